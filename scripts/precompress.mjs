// Writes a Brotli (.br, best quality) and a gzip (.gz, -9) copy beside every text file in dist/, the
// last step of `npm run build`. A static server that serves precompressed files (nginx's
// brotli_static and gzip_static, Caddy's `precompressed br gzip`; README "Security and hostile
// environments" has the nginx lines) then sends these bytes, which no server compressing on the fly
// at its usual quality would: the prerendered page is 13.7 KB in Brotli 11 against 17.0 KB in gzip,
// small enough for the first round trip of a new connection (scripts/check-budgets.mjs holds it
// there). scripts/staticServer.mjs serves them the same way for the benchmark.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const PRECOMPRESSED = /\.(html|js|css|svg|json|txt)$/;

const dist = new URL('../dist/', import.meta.url).pathname;

/** Every file under `dir` whose name matches `pattern`. */
function filesUnder(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

let raw = 0;
let brotli = 0;
const files = filesUnder(dist, PRECOMPRESSED);
for (const path of files) {
  const body = readFileSync(path);
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  raw += body.length;
  brotli += br.length;
}
console.log(`precompressed ${files.length} files in dist/: ${(raw / 1024).toFixed(1)} KB → ${(brotli / 1024).toFixed(1)} KB in Brotli`);
