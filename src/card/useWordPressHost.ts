import { useEffect } from 'react';
import { postToParent as post } from '../embed/postToParent';
import { reportHeight } from '../embed/reportHeight';
import { asksForHeight, heightMessage, linkMessage, readSecret } from './wordpressHost';

/**
 * Under a WordPress host (a secret in the frame's address): tells it the card's height whenever it
 * changes, and again when it asks; and, since its sandbox lets no link open, asks it to follow a
 * link to the story's own site. Anywhere else, does nothing.
 */
export function useWordPressHost(): void {
  useEffect(() => {
    const secret = readSecret(window.location.hash);
    if (!secret || window.parent === window) return;
    const heights = reportHeight((height) => post(heightMessage(secret, height)));
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && asksForHeight(event.data, secret)) heights.now();
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      if (!link || event.defaultPrevented || event.button !== 0) return;
      // WordPress follows only addresses on the frame's own host: the story, its beats, its sources.
      if (new URL(link.href).host !== window.location.host) return;
      event.preventDefault();
      post(linkMessage(secret, link.href));
    };
    window.addEventListener('message', onMessage);
    document.addEventListener('click', onClick);
    return () => {
      heights.stop();
      window.removeEventListener('message', onMessage);
      document.removeEventListener('click', onClick);
    };
  }, []);
}
