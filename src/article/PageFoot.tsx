import { AccessibilityStatement } from './AccessibilityStatement';

import { NewsroomTools } from './NewsroomTools';
import { PublicationRecord } from './PublicationRecord';

/**
 * The end of the page's footer, far below the first screen: the licence and our record of updates,
 * the newsroom tools, the accessibility statement. One chunk, rendered by the browser after the story.
 */
export function PageFoot({ headline }: { headline: string }) {
  return (
    <>
      <PublicationRecord />
      <NewsroomTools headline={headline} />
      <AccessibilityStatement />
    </>
  );
}
