import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const out = await build({ logLevel: 'silent', build: { outDir: '/tmp/analyze', emptyOutDir: true, write: false } });
const outputs = Array.isArray(out) ? out : [out];
for (const o of outputs) for (const chunk of o.output) {
  if (chunk.type !== 'chunk') continue;
  console.log('CHUNK', chunk.fileName, chunk.isEntry ? 'entry' : chunk.isDynamicEntry ? 'dynamic' : '', (gzipSync(chunk.code, { level: 9 }).length / 1024).toFixed(1), 'KB gz', (chunk.code.length/1024).toFixed(1), 'KB raw');
  const groups = {};
  for (const [id, m] of Object.entries(chunk.modules)) {
    const match = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = process.env.DETAIL && match && match[1].startsWith(process.env.DETAIL) ? id.split("node_modules/")[1] : match ? match[1] : id.replace(process.cwd() + '/', '').split('/').slice(0, 2).join('/');
    groups[key] = (groups[key] ?? 0) + m.renderedLength;
  }
  for (const [k, v] of Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log('  ', k.padEnd(40), (v / 1024).toFixed(1), 'KB raw');
}
