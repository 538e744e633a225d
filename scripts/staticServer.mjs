// One small static file server for the scripts and tests that serve the build themselves: the
// benchmark (compressed, as a CDN would) and the Content Security Policy tests (with public/_headers).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, normalize } from 'node:path';
import { brotli11, COMPRESSIBLE, gzip9, precompressedCopy } from './compression.mjs';

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
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves until `close()`.
 * - `mounts`: [url prefix, directory] pairs, the first matching prefix wins (a folder's address serves its index.html);
 * - `pages`: generated HTML by exact path;
 * - `headersFor(path)`: extra response headers;
 * - `compress`: compress text as a CDN serving precompressed files would: the `.br` or `.gz` file
 *   beside it (scripts/precompress.mjs writes them into dist/), or else Brotli at its best quality
 *   (or gzip -9) made once per body, for files that have none (TimelineJS's, the generated pages);
 *   `encodings` lists the ones offered, best first (['gzip'] serves as an older host would);
 * - `tls`: `{ key, cert }` to serve HTTPS, which browsers speak HTTP/2 over (HTTP/1.1 still answers).
 */
export function serveStatic({
  port,
  host = '127.0.0.1',
  mounts,
  pages = {},
  headersFor = () => ({}),
  compress = false,
  encodings = ['br', 'gzip'],
  tls = null,
}) {
  // Files and pages do not change while the server runs: each is compressed once per encoding.
  const madeOnce = new Map();
  const compressOnce = (key, encoding, body) => {
    if (!madeOnce.has(key)) madeOnce.set(key, encoding === 'br' ? brotli11(body) : gzip9(body));
    return madeOnce.get(key);
  };
  const handle = async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let body;
    let file = null;
    let type = extname(path) || '.html';
    if (pages[path] !== undefined) body = Buffer.from(pages[path]);
    else {
      const mount = mounts.find(([prefix]) => path.startsWith(prefix));
      if (!mount) return void response.writeHead(404, headersFor(path)).end();
      // A folder's address serves its index.html, as a static host does: `/ru/` is the Russian edition.
      const inMount = path.slice(mount[0].length);
      const relative = normalize(!inMount || inMount.endsWith('/') ? `${inMount}index.html` : inMount).replace(/^(\.\.[/\\])+/, '');
      file = join(mount[1], relative);
      try {
        body = await readFile(file);
        type = extname(relative);
      } catch {
        return void response.writeHead(404, headersFor(path)).end('not found');
      }
    }
    const accepts = request.headers['accept-encoding'] ?? '';
    const compressible = compress && COMPRESSIBLE.test(type);
    const encoding = !compressible ? null : (encodings.find((name) => new RegExp(`\\b${name}\\b`).test(accepts)) ?? null);
    if (encoding) {
      const copy = file && precompressedCopy(file, encoding);
      body = copy ? await readFile(copy) : compressOnce(`${encoding}:${path}`, encoding, body);
    }
    response.writeHead(200, {
      ...headersFor(path),
      'content-type': TYPES[type] ?? 'application/octet-stream',
      ...(compressible ? { vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    response.end(body);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
