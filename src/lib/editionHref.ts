/** How many folders below the site's root an edition's folder is (`ru` is 1; the root's, empty, 0). */
export const folderDepth = (dir: string): number => (dir ? dir.split('/').length : 0);

/**
 * The address of the edition in folder `dir` from a page `depth` folders below the site's root,
 * relative, so the site works from any folder: `./`, `./ru/`, `../`, `../uz/`.
 */
export function editionHref(dir: string, depth: number): string {
  return `${depth === 0 ? './' : '../'.repeat(depth)}${dir ? `${dir}/` : ''}`;
}
