// One small static file server for the scripts and tests that serve the build themselves: the
// benchmark (with gzip, as a CDN would) and the Content Security Policy tests (with public/_headers).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * Serves until `close()`.
 * - `mounts`: [url prefix, directory] pairs, the first matching prefix wins (`/` serves index.html);
 * - `pages`: generated HTML by exact path;
 * - `headersFor(path)`: extra response headers;
 * - `gzip`: compress text when the browser accepts it.
 */
export function serveStatic({ port, host = '127.0.0.1', mounts, pages = {}, headersFor = () => ({}), gzip = false }) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let body;
    let type = extname(path) || '.html';
    if (pages[path] !== undefined) body = Buffer.from(pages[path]);
    else {
      const mount = mounts.find(([prefix]) => path.startsWith(prefix));
      if (!mount) return void response.writeHead(404, headersFor(path)).end();
      const relative = normalize(path.slice(mount[0].length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
      try {
        body = await readFile(join(mount[1], relative));
        type = extname(relative);
      } catch {
        return void response.writeHead(404, headersFor(path)).end('not found');
      }
    }
    const compress = gzip && COMPRESSIBLE.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      ...headersFor(path),
      'content-type': TYPES[type] ?? 'application/octet-stream',
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(compress ? gzipSync(body) : body);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
