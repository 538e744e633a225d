import { plainText } from '../story/copy/copyTree';
import type { Licence, StoryEdition } from '../story';
import { storyCardBeat } from './storyCardBeat';

/** A beat as a link preview and a share page show it. */
export interface SharedBeat {
  id: string;
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
  /** Open Graph's name for the edition's language and territory, and the other editions'. */
  locale: string;
  otherLocales: readonly string[];
  headline: string;
  description: string;
  kicker: string;
  licence: Licence;
  /** ISO days: this edition's first publication and the latest entry of the record of updates. */
  published: string;
  modified: string;
  /** What the story's own card draws (the sentence chart): its alternative text. */
  storyCardDescription: string;
  beats: readonly SharedBeat[];
  /** A share page's link into the story at its beat. */
  openInStory: string;
}

export async function sharingData(edition: StoryEdition): Promise<SharingData> {
  const [prose, details, furniture] = await Promise.all([edition.load.prose(), edition.load.details(), edition.load.furniture()]);
  const { updates } = details;
  // An edition added later was first published with the entry that names it; the others with the story.
  const first = updates.find((update) => update.editions?.includes(edition.lang)) ?? updates.find((update) => update.kind === 'published');
  const latest = updates[updates.length - 1];
  if (!first || !latest) throw new Error('sharingData: the story has no record of updates');
  const localeOf = (lang: string) => edition.editions.find((link) => link.lang === lang)?.locale;
  const locale = localeOf(edition.lang);
  if (!locale) throw new Error(`sharingData: the edition ${edition.lang} is not among the story's editions`);
  return {
    lang: edition.lang,
    locale,
    otherLocales: edition.editions.filter((link) => link.lang !== edition.lang).map((link) => link.locale),
    headline: edition.meta.headline,
    description: edition.meta.description,
    kicker: edition.meta.kicker,
    licence: details.licence,
    published: first.date,
    modified: latest.date,
    storyCardDescription: storyCardBeat(edition.beats).graphicDescription,
    beats: edition.beats.map((beat) => ({
      id: beat.id,
      heading: beat.heading,
      summary: prose[beat.id]?.[0] ? plainText(prose[beat.id]![0]!) : edition.meta.description,
      graphicDescription: beat.graphicDescription,
    })),
    openInStory: furniture.card.openInStory,
  };
}
