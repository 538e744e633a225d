/**
 * d3-scale as the charts use it: interpolating numbers, formatting no ticks. The app, its server
 * render, its tests and the offline file all resolve d3-interpolate and d3-format to the project's
 * own stand-ins (src/lib/numberInterpolation.ts and src/lib/noNumberFormat.ts say why): about 7 KB
 * of gzip less in every page's first download. The lint forbids the project's own code to import
 * either package.
 */
import { resolve } from 'node:path';

/** Vite's `resolve.alias` entries that put the stand-ins in the two packages' place. */
export function d3StandInAliases(root: string) {
  return [
    { find: /^d3-interpolate$/, replacement: resolve(root, 'src/lib/numberInterpolation.ts') },
    { find: /^d3-format$/, replacement: resolve(root, 'src/lib/noNumberFormat.ts') },
  ];
}
