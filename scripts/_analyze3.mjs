import { build } from 'vite';
import { gzipSync } from 'node:zlib';
for (const variant of [{}, { modulePreload: false }, { modulePreload: false, minify: 'terser', terserOptions: { compress: { passes: 2 }, format: { comments: false } } }]) {
  const out = await build({ logLevel: 'silent', build: { outDir: '/tmp/analyze', emptyOutDir: true, write: false, ...variant } });
  const o = Array.isArray(out) ? out[0] : out;
  const entry = o.output.find((c) => c.type === 'chunk' && c.isEntry);
  const all = o.output.filter((c) => c.type === 'chunk').reduce((t, c) => t + gzipSync(c.code, { level: 9 }).length, 0);
  console.log(JSON.stringify(variant).slice(0, 60), 'entry', (gzipSync(entry.code, { level: 9 }).length / 1024).toFixed(1), 'all', (all / 1024).toFixed(1));
}
