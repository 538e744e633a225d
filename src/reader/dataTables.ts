// Both data tables, as one chunk the story loads when it draws them (lazyDataTables.ts).
export { SentenceTable } from './SentenceTable';
export { TimelineTable } from './TimelineTable';
