import { useSyncExternalStore } from 'react';
import { siteRoot } from '../lib/buildTarget';
import type { StoryAddress } from './embedSnippets';

let published: StoryAddress | null | undefined;

/** This page's address without its query and fragment, and the site's root; read once, in the browser. */
function publishedAt(): StoryAddress | null {
  if (published === undefined) {
    const root = siteRoot();
    published = root ? { page: new URL('./', window.location.href).href, root } : null;
  }
  return published;
}

const noSubscription = () => () => {};

/**
 * Where the story is published, as the newsroom panels give it: known only in the browser, so null
 * on the server and while the prerendered page hydrates (both render the same), the address after.
 */
export const usePublishedAt = (): StoryAddress | null => useSyncExternalStore(noSubscription, publishedAt, () => null);
