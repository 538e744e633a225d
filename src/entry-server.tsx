import { edition as en } from 'virtual:edition/en';
import { edition as ru } from 'virtual:edition/ru';
import { edition as uz } from 'virtual:edition/uz-Latn';
import { renderPage, renderSourcesPage } from './app/renderPage';
import { renderShareCard } from './share/renderShareCard';
import type { CardSize } from './share/ShareCard';
import { sharingData, type SharingData } from './share/sharingData';

const editions = [en, ru, uz];

const editionOf = (lang: string) => {
  const edition = editions.find((e) => e.lang === lang);
  if (!edition) throw new Error(`No edition ${lang}`);
  return edition;
};

/** The build's prerender calls this: an edition's page as HTML. */
export function render(lang: string): Promise<string> {
  return renderPage(editionOf(lang));
}

/** What the build's link previews, structured data, oEmbed answers and share pages say, in an edition. */
export function sharing(lang: string): Promise<SharingData> {
  return sharingData(editionOf(lang));
}

/** A share card's SVG: a beat's, or with `beatId` null the story's own. */
export function shareCard(lang: string, beatId: string | null, size: CardSize): string {
  return renderShareCard(editionOf(lang), beatId, size);
}

/** The build's prerender calls this: an edition's page of sources and data, as HTML, with its title. */
export async function renderSources(lang: string): Promise<{ html: string; title: string }> {
  const edition = editionOf(lang);
  const { sourcesPage } = await edition.load.furniture();
  return { html: await renderSourcesPage(edition), title: `${sourcesPage.title}: ${edition.meta.headline}` };
}
