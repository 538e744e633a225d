// A stand-in for newsroom pages: serves the host pages in hosts/ on localhost:4174, so the story
// (on 127.0.0.1:4173) is always in a cross-origin frame, as on a real news site.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const PORT = Number(process.env.HOST_PORT ?? 4174);
const FILES = {
  '/pym.v1.js': join(here, '../../node_modules/pym.js/dist/pym.v1.js'),
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  // Browsers ask every origin for an icon; a 404 would show up as a console error in the tests.
  if (path === '/favicon.ico') return void response.writeHead(204).end();
  const file = FILES[path] ?? join(here, 'hosts', normalize(path).replace(/^(\.\.[/\\])+/, ''));
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}).listen(PORT, 'localhost', () => console.log(`host pages on http://localhost:${PORT}/`));
