/**
 * The words of a story, told apart from its facts. A copy tree is any record of the story (beats,
 * events, the kit, the page's furniture): its copy leaves are the strings and paragraphs a reader
 * sees; everything else (ids, dates, figures, statuses, references) is a fact and is never
 * translated. Each leaf has a stable key built from field names and record ids
 * (`beats.intro.heading`, `beats.intro.body.0`), which translations are keyed by.
 */
import type { Paragraph } from '../types.ts';

/** A piece of copy: a string, or a paragraph of runs. */
export type CopyValue = string | Paragraph;

/** Fields that hold facts, never copy: they are the same in every edition. */
const FACT_FIELDS = new Set([
  'id',
  'date',
  'precision',
  'status',
  'sources',
  'source',
  'scene',
  'url',
  'moreUrls',
  'months',
  'born',
  'termStart',
  'termMonths',
  'originalTermMonths',
  'updated',
  'inlineGraphic',
  'revealSteps',
  'block',
  'beats',
  'minutes',
  'corrections',
  'strand',
  'eventsThrough',
  'leadGraphic',
  // A vocabulary term's Russian: the same word in every edition.
  'ru',
  // The English report's own words, which a correction quotes and then explains: a fact about the report.
  'reportWording',
  'reportLang',
  // The licence's code; an update's kind, the editions it published and the facts' fingerprint it recorded.
  'code',
  'kind',
  'editions',
  'factsFingerprint',
]);

/** Fields that hold one paragraph (a list of runs), translated as one piece. */
const PARAGRAPH_FIELDS = new Set(['correction', 'definition', 'intro']);
/** Fields that hold a list of paragraphs, each translated as one piece. */
const PARAGRAPH_LIST_FIELDS = new Set(['body', 'method', 'steps', 'contentNote', 'debrief']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An array element's key: its id where it has one (stable when the list is reordered), else its place. */
const elementKey = (element: unknown, index: number) => (isRecord(element) && typeof element.id === 'string' ? element.id : String(index));

/**
 * A copy of `tree` with every copy leaf replaced by `visit(key, value)`. Facts are kept as they are.
 * `prefix` is the key of `tree` itself.
 */
export function mapCopy<T>(tree: T, visit: (key: string, value: CopyValue) => CopyValue, prefix = ''): T {
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  // A tree's own top-level names are sections (`beats`, `events`), never fact fields.
  const walk = (value: unknown, key: string, field: string, section = false): unknown => {
    if (
      (!section && FACT_FIELDS.has(field)) ||
      value === null ||
      value === undefined ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    )
      return value;
    if (typeof value === 'function') return value;
    if (typeof value === 'string') return visit(key, value);
    if (PARAGRAPH_FIELDS.has(field)) return visit(key, value as Paragraph);
    if (Array.isArray(value)) {
      // A list of paragraphs; a list of records that shares the field's name (the warm-up's steps) is walked as records.
      if (PARAGRAPH_LIST_FIELDS.has(field))
        return value.map((item, i) =>
          Array.isArray(item) ? visit(`${key}.${i}`, item as Paragraph) : walk(item, `${key}.${elementKey(item, i)}`, ''),
        );
      return value.map((element, i) => walk(element, `${key}.${elementKey(element, i)}`, ''));
    }
    if (isRecord(value))
      return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, walk(child, `${key}.${name}`, name)]));
    return value;
  };
  if (!isRecord(tree)) throw new Error('A copy tree must be a record');
  return Object.fromEntries(Object.entries(tree).map(([name, child]) => [name, walk(child, join(name), name, true)])) as T;
}

/** Every copy leaf of `tree`, by key, in reading order. */
export function copyEntries(tree: unknown, prefix = ''): Map<string, CopyValue> {
  const entries = new Map<string, CopyValue>();
  mapCopy(
    tree,
    (key, value) => {
      entries.set(key, value);
      return value;
    },
    prefix,
  );
  return entries;
}

/**
 * A short fingerprint of a piece of English copy (FNV-1a, 32 bits, hex): a translation records the
 * fingerprint of the English it was made from, so a changed English text shows the translation as stale.
 */
export function fingerprint(value: CopyValue): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The plain text of a piece of copy, runs joined. */
export function plainText(value: CopyValue): string {
  return typeof value === 'string' ? value : value.map((run) => (typeof run === 'string' ? run : 'ru' in run ? run.ru : run.em)).join('');
}
