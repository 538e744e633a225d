import { BEAT_IDS } from './beatIds.ts';
import { EVENT_IDS } from './eventIds.ts';
import { EVENT_LABEL_MAX } from './types.ts';
import { checkParagraphs, eachRecord, isoDay, isRecord, ISO_BY_PRECISION, oneOf, sourceList, text, type Rec, type Report } from './validation.ts';

/**
 * Checks the story data at build time and in the tests. The types catch most mistakes while editing;
 * this catches what types cannot (order, dates, cross-references) and data that arrives untyped.
 * Every problem is reported with the record and the field, e.g.
 * `event "verdict": field "sources" cites unknown source "S99"`.
 */
export class StoryValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Story data is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'StoryValidationError';
  }
}

const STATUSES = ['established', 'alleged', 'single-source', 'calculated'];
const VIEWS = ['long', 'context', 'close'];
const SENTENCE_STATES = ['verdict', 'appeal', 'lifetime'];
const SENTENCE_FIELDS = ['requested', 'imposed', 'prisonPart', 'colonyPart', 'afterAppeal', 'websiteBan'];

function checkSources(list: unknown, problems: string[]): Set<string> {
  const known = new Set<string>();
  eachRecord(list, 'source', problems, (source, report) => {
    if (typeof source.id !== 'string' || !/^S\d{2}$/.test(source.id)) report('id', 'must look like S01');
    else if (known.has(source.id)) report('id', 'is used twice');
    else known.add(source.id);
    text(source, 'outlet', report);
    text(source, 'title', report);
    if (source.date !== null) text(source, 'date', report);
    if (source.url !== null && (typeof source.url !== 'string' || !/^https?:\/\/\S+$/.test(source.url))) {
      report('url', 'must be an http(s) address or null');
    }
    if (source.moreUrls !== undefined && (!Array.isArray(source.moreUrls) || !source.moreUrls.every((u) => typeof u === 'string' && /^https?:\/\/\S+$/.test(u)))) {
      report('moreUrls', 'must be a list of http(s) addresses');
    }
  });
  return known;
}

function checkEvents(list: unknown, known: ReadonlySet<string>, problems: string[]): void {
  const seen = new Set<string>();
  let previous = '';
  eachRecord(list, 'event', problems, (event, report) => {
    if (!(EVENT_IDS as readonly unknown[]).includes(event.id)) report('id', 'is not a known event id');
    else if (seen.has(event.id as string)) report('id', 'is used twice');
    seen.add(event.id as string);
    oneOf(event, 'precision', Object.keys(ISO_BY_PRECISION), report);
    const pattern = ISO_BY_PRECISION[event.precision as keyof typeof ISO_BY_PRECISION];
    if (typeof event.date !== 'string' || (pattern && !pattern.test(event.date))) {
      report('date', `must be ISO at ${String(event.precision)} precision, got ${JSON.stringify(event.date)}`);
    } else if (event.date < previous) {
      report('date', `is out of order: ${event.date} comes after ${previous}`);
    } else previous = event.date;
    text(event, 'label', report);
    if (typeof event.label === 'string' && event.label.length > EVENT_LABEL_MAX) {
      report('label', `is longer than ${EVENT_LABEL_MAX} characters`);
    }
    text(event, 'description', report);
    text(event, 'dateNote', report, true);
    oneOf(event, 'status', STATUSES, report);
    sourceList(event, known, report);
  });
}

function checkScene(scene: unknown, report: Report): void {
  if (!isRecord(scene)) return report('scene', 'is missing');
  if (scene.kind === 'timeline') {
    oneOf(scene, 'view', VIEWS, (f, p) => report(`scene.${f}`, p));
    const focus = scene.focus;
    if (!Array.isArray(focus) || focus.length === 0) report('scene.focus', 'names no event');
    else {
      for (const id of focus) {
        if (!(EVENT_IDS as readonly unknown[]).includes(id)) {
          report('scene.focus', `names unknown event ${JSON.stringify(id)}`);
        }
      }
    }
  } else if (scene.kind === 'sentence') {
    oneOf(scene, 'state', SENTENCE_STATES, (f, p) => report(`scene.${f}`, p));
  } else report('scene.kind', `must be timeline or sentence, got ${JSON.stringify(scene.kind)}`);
}

function checkBeats(list: unknown, known: ReadonlySet<string>, problems: string[]): void {
  eachRecord(list, 'beat', problems, (beat, report, index) => {
    const expected = BEAT_IDS[index];
    if (beat.id !== expected) {
      report('id', expected ? `must be "${expected}" at position ${index + 1}` : 'is not a known beat id');
    }
    text(beat, 'title', report);
    text(beat, 'heading', report);
    text(beat, 'graphicDescription', report);
    checkParagraphs(beat.body, report, 'body');
    checkScene(beat.scene, report);
    sourceList(beat, known, report, beat.id === 'sources');
  });
  if (Array.isArray(list) && list.length < BEAT_IDS.length) {
    for (const id of BEAT_IDS.slice(list.length)) problems.push(`beat "${id}": is missing`);
  }
}

function checkSentence(value: unknown, known: ReadonlySet<string>, problems: string[]): void {
  if (!isRecord(value)) return void problems.push('sentence: is missing');
  const months: Record<string, number> = {};
  for (const field of SENTENCE_FIELDS) {
    const report: Report = (f, p) => problems.push(`sentence "${field}": field "${f}" ${p}`);
    const figure = value[field];
    if (!isRecord(figure)) {
      problems.push(`sentence "${field}": is missing`);
      continue;
    }
    if (!Number.isInteger(figure.months) || (figure.months as number) <= 0) {
      report('months', 'must be a positive whole number of months');
    }
    months[field] = figure.months as number;
    text(figure, 'label', report);
    if (figure.note !== undefined) text(figure, 'note', report);
    oneOf(figure, 'status', STATUSES, report);
    sourceList(figure, known, report);
  }
  const m = (field: string): number => months[field] ?? Number.NaN;
  if (m('prisonPart') + m('colonyPart') !== m('imposed')) {
    problems.push('sentence "imposed": field "months" is not the prison part plus the colony part');
  }
  if (!(m('afterAppeal') < m('imposed') && m('imposed') < m('requested'))) {
    problems.push('sentence "afterAppeal": field "months" must be below the imposed term, itself below the request');
  }
}

function checkRest(story: Rec, known: ReadonlySet<string>, problems: string[]): void {
  const metaReport: Report = (f, p) => problems.push(`meta: field "${f}" ${p}`);
  if (!isRecord(story.meta)) problems.push('meta: is missing');
  else {
    for (const field of ['headline', 'dek', 'credit', 'coverage']) text(story.meta, field, metaReport);
    isoDay(story.meta, 'updated', metaReport);
  }
  const termReport: Report = (f, p) => problems.push(`term: field "${f}" ${p}`);
  if (!isRecord(story.term)) problems.push('term: is missing');
  else {
    isoDay(story.term, 'born', termReport);
    isoDay(story.term, 'termStart', termReport);
    text(story.term, 'assumption', termReport);
    sourceList(story.term, known, termReport);
  }
  eachRecord(story.corrections, 'correction', problems, (correction, report) => {
    text(correction, 'reportWording', report);
    checkParagraphs([correction.correction], report, 'correction');
    sourceList(correction, known, report);
  });
  checkParagraphs(story.method, metaReport, 'method');
}

/**
 * Validates the whole story and throws a {@link StoryValidationError} listing every problem.
 * Returns the story unchanged when it is valid.
 */
export function validateStory<T>(story: T): T {
  const problems: string[] = [];
  if (!isRecord(story)) throw new StoryValidationError(['story: is not a record']);
  const known = checkSources(story.sources, problems);
  checkEvents(story.events, known, problems);
  checkBeats(story.beats, known, problems);
  checkSentence(story.sentence, known, problems);
  checkRest(story, known, problems);
  if (problems.length > 0) throw new StoryValidationError(problems);
  return story;
}
