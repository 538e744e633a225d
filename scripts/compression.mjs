// The two compressions the build and its checks speak of, in one place: Brotli at its best quality
// (what scripts/precompress.mjs writes and the benchmark serves) and gzip at level 9 (what the size
// budgets count, as Node's zlib writes it).
import { existsSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const brotli11 = (body) =>
  brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });

export const gzip9 = (body) => gzipSync(body, { level: 9 });

/** The text files worth compressing, by extension. */
export const COMPRESSIBLE = /\.(html|js|css|svg|json|txt)$/;

/**
 * The path of the precompressed copy beside `file` (`.br` or `.gz`, as scripts/precompress.mjs
 * writes them), or null when it is missing or older than the file: a stale copy is never used.
 */
export function precompressedCopy(file, encoding) {
  const copy = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  return existsSync(copy) && statSync(copy).mtimeMs >= statSync(file).mtimeMs ? copy : null;
}
