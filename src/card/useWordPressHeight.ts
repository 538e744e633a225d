import { useEffect } from 'react';
import { reportHeight } from '../embed/reportHeight';
import { asksForHeight, heightMessage, readSecret } from './wordpressHost';

/**
 * Under a WordPress host (a secret in the frame's address), tells it the card's height whenever it
 * changes, and again when it asks; anywhere else, does nothing. Messages go only to the parent.
 */
export function useWordPressHeight(): void {
  useEffect(() => {
    const secret = readSecret(window.location.hash);
    if (!secret || window.parent === window) return;
    const post = (height: number) => {
      try {
        window.parent.postMessage(heightMessage(secret, height), '*');
      } catch {
        // A host that cannot receive messages is told nothing.
      }
    };
    const heights = reportHeight(post);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && asksForHeight(event.data, secret)) heights.now();
    };
    window.addEventListener('message', onMessage);
    return () => {
      heights.stop();
      window.removeEventListener('message', onMessage);
    };
  }, []);
}
