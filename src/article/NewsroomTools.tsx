import { isOfflineFile } from '../lib/buildTarget';
import { EmbedCode } from './EmbedCode';
import { RepublishPanel } from './RepublishPanel';

/**
 * What a newsroom takes from the page's foot: the embed code, and the text to republish. One chunk,
 * loaded after the story. The offline classroom file has no published address to give: none there.
 */
export function NewsroomTools({ headline }: { headline: string }) {
  if (isOfflineFile) return null;
  return (
    <>
      <EmbedCode headline={headline} />
      <RepublishPanel />
    </>
  );
}
