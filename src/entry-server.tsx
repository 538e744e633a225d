import { edition as en } from 'virtual:edition/en';
import { edition as ru } from 'virtual:edition/ru';
import { edition as uz } from 'virtual:edition/uz-Latn';
import { renderPage } from './app/renderPage';

const editions = [en, ru, uz];

/** The build's prerender calls this: an edition's page as HTML. */
export function render(lang: string): Promise<string> {
  const edition = editions.find((e) => e.lang === lang);
  if (!edition) throw new Error(`No edition ${lang}`);
  return renderPage(edition);
}
