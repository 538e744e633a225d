// The inline script's entry: the build bundles this into one function call (scripts/build/pageStartScript.ts).
import { pageStart } from './pageStart';

pageStart(document, window);
