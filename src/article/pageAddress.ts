import { useSyncExternalStore } from 'react';
import { siteRoot } from '../lib/buildTarget';
import type { StoryAddress } from './embedSnippets';

let address: StoryAddress | null | undefined;

/** This page's address without its query and fragment, and the site's root; read once, in the browser. */
function pageAddress(): StoryAddress | null {
  if (address === undefined) {
    const root = siteRoot();
    address = root ? { page: new URL('./', window.location.href).href, root } : null;
  }
  return address;
}

const noSubscription = () => () => {};

/**
 * Where the story is published, as the newsroom panels give it: known only in the browser, so null
 * on the server and while the prerendered page hydrates (both render the same), the address after.
 */
export const usePageAddress = (): StoryAddress | null => useSyncExternalStore(noSubscription, pageAddress, () => null);
