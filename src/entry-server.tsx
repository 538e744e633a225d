import { renderPage } from './app/renderPage';
import { edition } from './story/edition';

/** The build's prerender calls this: the case's page as HTML. */
export const render = (): Promise<string> => renderPage(edition);
