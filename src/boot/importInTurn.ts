/** A task boundary: the browser may paint, handle input and run other tasks before this resolves. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Fetches a module (and, where `modulepreload` is known, compiles it) without running it, so the
 * imports after it need not wait for the network. Browsers without `modulepreload` (Safari before
 * 17) fetch it as a CORS script preload, which the module import then reuses.
 */
export function modulePreload(url: string): void {
  const link = document.createElement('link');
  if (link.relList?.supports?.('modulepreload')) link.rel = 'modulepreload';
  else {
    link.rel = 'preload';
    link.as = 'script';
    link.crossOrigin = 'anonymous';
  }
  link.href = url;
  document.head.append(link);
}

export interface ImportInTurnOptions {
  load?: (url: string) => Promise<unknown>;
  preload?: (url: string) => void;
  between?: () => Promise<void>;
}

/**
 * Imports the modules one after another, each in a task of its own, all of them fetched at once. A
 * module's import evaluates it and every module under it in one task: React and the story's code
 * in one go were the longest task a slow phone ran after the first paint. Imported first, React's
 * chunk is evaluated alone, and the entry that imports it next finds it evaluated already. Rejects
 * with the first failure, and imports nothing after it.
 */
export async function importInTurn(
  urls: readonly string[],
  { load = (url) => import(/* @vite-ignore */ url), preload = modulePreload, between = nextTask }: ImportInTurnOptions = {},
): Promise<void> {
  urls.slice(1).forEach(preload);
  for (const [i, url] of urls.entries()) {
    if (i > 0) await between();
    await load(url);
  }
}
