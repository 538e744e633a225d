// dist/boot.js: when the app starts, on the published page. The page's first script starts it
// (src/boot/pageStart.ts) once the prerendered page has painted.
//
// The default page is the prerendered story, readable as it arrives. Its app (React, the code every
// edition shares and the edition's own words: under 100 KB compressed, in scripts started a task
// apart) is fetched only once the page has loaded and painted, so on a slow phone it never competes
// with the words and fonts of the first screen for the network or the main thread. Every other mode is drawn by script, so its app
// starts at once. The page names the app scripts in a <meta> (the build's prerender writes it,
// scripts/build/pageHtml.ts): their file names are hashed.
import { readMode } from '../app/readMode';
import { afterPageLoad } from './afterPageLoad';
import { appScriptUrls } from './appScript';
import { importInTurn } from './importInTurn';
import { layOutBeats } from './layOutBeats';

const urls = appScriptUrls(document);
const start = () => {
  layOutBeats();
  if (urls.length === 0) return console.warn('The page names no app script: the story stays static.');
  // The prerendered story stays readable if this fails; only its graphic and controls stay still.
  importInTurn(urls).catch((error: unknown) => console.warn('The interactive story could not start:', error));
};
const mode = readMode(window.location.search, { width: window.innerWidth, height: window.innerHeight });
const prerendered = Boolean(document.getElementById('root')?.firstElementChild);
if (mode === 'scroll' && prerendered) afterPageLoad(start);
else start();
