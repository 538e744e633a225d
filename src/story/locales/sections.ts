/**
 * How a translation is split into files, so translators (and reviewers) can work on one part at a
 * time: the story itself, the teacher kit, and the page's furniture. Each key belongs to the section
 * its first name names.
 */
export const SECTIONS = {
  story: ['meta', 'beats', 'events', 'strands', 'method', 'sentence', 'sentenceCopy', 'term', 'corrections', 'sources', 'publication'],
  kit: ['kit'],
  ui: ['ui', 'chart', 'furniture'],
} as const;

export type SectionName = keyof typeof SECTIONS;

/** The section a copy key belongs to. */
export function sectionOf(key: string): SectionName {
  const head = key.split('.')[0]!;
  for (const [name, heads] of Object.entries(SECTIONS)) if ((heads as readonly string[]).includes(head)) return name as SectionName;
  throw new Error(`The copy key ${key} belongs to no section`);
}
