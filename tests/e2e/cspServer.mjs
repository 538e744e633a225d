// Serves the production build (dist/) on 127.0.0.1:4175 with the headers of dist/_headers (public/_headers
// as the build completes it, with the hashes of the pages' inline stylesheets), Content Security Policy
// included (each path gets the headers of every block that matches it): the browser tests check the
// site runs under them with no violation.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/staticServer.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.CSP_PORT ?? 4175);

/** The blocks of a Netlify-style _headers file: a path pattern (`/*`, `/assets/*`) and its headers. */
async function readHeaderRules() {
  const text = await readFile(join(root, 'dist/_headers'), 'utf8');
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  if (!rules.find((r) => r.pattern === '/*')?.headers['Content-Security-Policy'])
    throw new Error('dist/_headers has no Content-Security-Policy for /*');
  return rules;
}

const rules = await readHeaderRules();
/** Every rule whose pattern matches the path, in file order, merged. */
const headersFor = (path) =>
  Object.assign(
    {},
    ...rules.filter((r) => (r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern)).map((r) => r.headers),
  );

// A newsroom page on the story's own origin (frame-ancestors 'self' lets it frame the story; a plain
// HTTP host on another origin may not) that frames the story sandboxed to scripts only: the frame's
// opaque origin loads every script, stylesheet and font in CORS mode, under the real headers.
const SANDBOXED_HOST =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host: sandboxed frame under the policy</title><link rel="icon" href="data:,"></head>' +
  '<body><h1>A newsroom page with a strictly sandboxed iframe</h1>' +
  '<iframe src="/?mode=embed" sandbox="allow-scripts" title="The case of Bakhrom Khamroyev" width="1200" height="1600"></iframe></body></html>';

await serveStatic({ port: PORT, mounts: [['/', join(root, 'dist')]], pages: { '/test-hosts/sandboxed.html': SANDBOXED_HOST }, headersFor });
console.log(`CSP server on http://127.0.0.1:${PORT}/`);
