import { plainText } from '../story/copy/copyTree';
import type { Licence, StoryEdition } from '../story';

/** A beat as a link preview and a share page show it. */
export interface SharedBeat {
  id: string;
  /** The beat's name in the story's navigation. */
  title: string;
  heading: string;
  /** The beat's first paragraph, as plain text: the preview's description. */
  summary: string;
  /** What the beat's graphic shows: the card image's alternative text. */
  graphicDescription: string;
}

/**
 * What the build needs from an edition to write its link previews, structured data, oEmbed answers
 * and share pages: plain words and dates, read from the edition's parts.
 */
export interface SharingData {
  lang: string;
  headline: string;
  description: string;
  kicker: string;
  credit: string;
  licence: Licence;
  /** ISO days: the first publication and the latest entry of the record of updates. */
  published: string;
  modified: string;
  /** The story's own card: the beat it draws (the first showing the sentence), its graphic's description. */
  storyCardDescription: string;
  beats: readonly SharedBeat[];
  /** A share page's link into the story at its beat, and its link to the whole story. */
  openInStory: string;
  readFullStory: string;
}

export async function sharingData(edition: StoryEdition): Promise<SharingData> {
  const [prose, details, furniture] = await Promise.all([edition.load.prose(), edition.load.details(), edition.load.furniture()]);
  const first = details.updates.find((update) => update.kind === 'published') ?? details.updates[0];
  const latest = details.updates[details.updates.length - 1];
  if (!first || !latest) throw new Error('sharingData: the story has no record of updates');
  const storyBeat = edition.beats.find((beat) => beat.scene.kind === 'sentence') ?? edition.beats[0]!;
  return {
    lang: edition.lang,
    headline: edition.meta.headline,
    description: edition.meta.description,
    kicker: edition.meta.kicker,
    credit: edition.meta.credit,
    licence: details.licence,
    published: first.date,
    modified: latest.date,
    storyCardDescription: storyBeat.graphicDescription,
    beats: edition.beats.map((beat) => ({
      id: beat.id,
      title: beat.title,
      heading: beat.heading,
      summary: prose[beat.id]?.[0] ? plainText(prose[beat.id]![0]!) : edition.meta.description,
      graphicDescription: beat.graphicDescription,
    })),
    openInStory: furniture.card.openInStory,
    readFullStory: edition.ui.readFullStory,
  };
}
