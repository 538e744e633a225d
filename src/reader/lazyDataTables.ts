import { lazy } from 'react';

// The data tables, code and all, come only when the browser draws them: at the end of the story, and
// in article mode with each graphic's numbers (drawn inside its closed <details>). One chunk for
// both; each is rendered inside a Suspense boundary.
const tables = () => import('./dataTables');
export const TimelineTable = lazy(() => tables().then((m) => ({ default: m.TimelineTable })));
export const SentenceTable = lazy(() => tables().then((m) => ({ default: m.SentenceTable })));
