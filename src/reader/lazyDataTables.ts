import { lazy } from 'react';

// The data tables, code and all, come only when the browser draws them: at the end of the story, or
// when an article-mode reader opens a graphic's numbers. One chunk for both; each is rendered inside
// a Suspense boundary.
const tables = () => import('./dataTables');
export const TimelineTable = lazy(() => tables().then((m) => ({ default: m.TimelineTable })));
export const SentenceTable = lazy(() => tables().then((m) => ({ default: m.SentenceTable })));
