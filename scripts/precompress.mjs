// Writes a Brotli (.br, best quality) and a gzip (.gz, -9) copy beside every text file of the site, the
// last step of `npm run build` (scripts/build/explainerBuild.ts). A static server that serves precompressed files (nginx's
// brotli_static and gzip_static, Caddy's `precompressed br gzip`; README "Security and hostile
// environments" has the nginx lines) then sends these bytes, smaller than a server compressing on
// the fly at its usual quality would send: the prerendered page is about 13 KB in Brotli 11 against
// 16 KB in gzip -9, small enough for the first round trip of a new connection
// (scripts/check-budgets.mjs holds it there). scripts/staticServer.mjs serves them the same way for
// the benchmark.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotli11, COMPRESSIBLE, gzip9 } from './compression.mjs';

/** Writes `path.br` and `path.gz` beside the file; returns the sizes. */
export function precompressFile(path) {
  const body = readFileSync(path);
  const br = brotli11(body);
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzip9(body));
  return { raw: body.length, brotli: br.length };
}

/** Every file under `dir` whose name matches `pattern`. */
function filesUnder(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Precompresses every text file under `dir`; returns how many, and their sizes before and after. */
export function precompressDir(dir) {
  const sizes = filesUnder(dir, COMPRESSIBLE).map(precompressFile);
  const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
  return { files: sizes.length, raw: sum('raw'), brotli: sum('brotli') };
}
