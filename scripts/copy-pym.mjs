// Serves pym.js 1.3.2 (MIT) from our own origin, so hosts using the pym.js embed code need no CDN.
import { copyFile } from 'node:fs/promises';

await copyFile(new URL('../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url), new URL('../dist/pym.v1.min.js', import.meta.url));
console.log('copied dist/pym.v1.min.js');
