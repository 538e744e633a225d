// The benchmark's web server: dist/ at /, TimelineJS's own build (from its npm package) under
// /timelinejs/, and generated pages by path. Text is gzipped, as a CDN would send it, so both pages
// are measured the way readers would receive them.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MOUNTS = [
  ['/timelinejs/', join(root, 'node_modules/@knight-lab/timelinejs/dist/')],
  ['/', join(root, 'dist/')],
];
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

/** Serves until `close()`; `pages` maps a path to generated HTML. */
export function serveBench(port, pages = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let body;
    let type = extname(path) || '.html';
    if (pages[path] !== undefined) body = Buffer.from(pages[path]);
    else {
      const [prefix, dir] = MOUNTS.find(([mount]) => path.startsWith(mount));
      const relative = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
      try {
        body = await readFile(join(dir, relative));
        type = extname(relative);
      } catch {
        return void response.writeHead(404).end();
      }
    }
    const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzip ? gzipSync(body) : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
