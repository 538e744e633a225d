import { renderToStaticMarkup } from 'react-dom/server';
import type { StoryEdition } from '../story';
import { ShareCard, type CardSize } from './ShareCard';

/** A share card's SVG document, for the build to render to PNG. */
export function renderShareCard(edition: StoryEdition, beatId: string | null, size: CardSize): string {
  return renderToStaticMarkup(<ShareCard edition={edition} beatId={beatId} size={size} />);
}
