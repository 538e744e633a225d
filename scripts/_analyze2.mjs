import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const out = await build({ logLevel: 'silent', build: { outDir: '/tmp/analyze', emptyOutDir: true, write: false, minify: true } });
const o = Array.isArray(out) ? out[0] : out;
const entry = o.output.find((c) => c.type === 'chunk' && c.isEntry);
const groups = {};
for (const [id, m] of Object.entries(entry.modules)) {
  const match = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  const key = match ? match[1] : id.replace(process.cwd() + '/', '').split('/').slice(0, 2).join('/');
  groups[key] = (groups[key] ?? '') + (m.code ?? '');
}
let total = 0;
for (const [k, code] of Object.entries(groups).sort((a, b) => b[1].length - a[1].length)) { const gz = gzipSync(code, { level: 9 }).length; total += gz; console.log(k.padEnd(40), (code.length / 1024).toFixed(1), (gz / 1024).toFixed(1)); }
console.log('sum of separately gzipped', (total / 1024).toFixed(1), 'entry gz', (gzipSync(entry.code, { level: 9 }).length / 1024).toFixed(1));
