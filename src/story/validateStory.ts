import { EVENT_LABEL_MAX } from './types.ts';
import {
  checkParagraphs,
  eachRecord,
  isoDay,
  isRecord,
  newId,
  ISO_BY_PRECISION,
  oneOf,
  sourceList,
  text,
  type Rec,
  type Report,
} from './validation.ts';
import { checkPublication } from './validatePublication.ts';

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
const BLOCKS = ['corrections-table', 'end-matter'];
const REVEAL_STEPS = [1, 3];
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
    if (source.dated !== null) text(source, 'dated', report);
    if (source.url !== null && (typeof source.url !== 'string' || !/^https?:\/\/\S+$/.test(source.url))) {
      report('url', 'must be an http(s) address or null');
    }
    if (
      source.moreUrls !== undefined &&
      (!Array.isArray(source.moreUrls) || !source.moreUrls.every((u) => typeof u === 'string' && /^https?:\/\/\S+$/.test(u)))
    ) {
      report('moreUrls', 'must be a list of http(s) addresses');
    }
  });
  return known;
}

function checkEvents(list: unknown, known: ReadonlySet<string>, strands: ReadonlySet<string> | null, problems: string[]): Set<string> {
  const seen = new Set<string>();
  let previous = '';
  eachRecord(list, 'event', problems, (event, report) => {
    newId(event, seen, report);
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
    // With strands, every event is on one of them; without, none names one.
    if (strands) oneOf(event, 'strand', [...strands], report);
    else if (event.strand !== undefined) report('strand', 'names a strand, but the story has no strands');
    sourceList(event, known, report);
  });
  return seen;
}

function checkStrands(list: unknown, problems: string[]): Set<string> | null {
  if (list === undefined) return null;
  const seen = new Set<string>();
  eachRecord(list, 'strand', problems, (strand, report) => {
    newId(strand, seen, report);
    text(strand, 'label', report);
  });
  return seen;
}

/** What a beat's references must point at. */
interface Known {
  sources: ReadonlySet<string>;
  events: ReadonlySet<string>;
  /** The story has the figures, the term and the words a sentence chart needs. */
  sentence: boolean;
}

function checkScene(scene: unknown, known: Known, report: Report): void {
  if (!isRecord(scene)) return report('scene', 'is missing');
  if (scene.kind === 'timeline') {
    const focus = scene.focus;
    if (!Array.isArray(focus) || focus.length === 0) report('scene.focus', 'names no event');
    else for (const id of focus) if (!known.events.has(id)) report('scene.focus', `names unknown event ${JSON.stringify(id)}`);
    if (scene.note !== undefined) {
      const note = scene.note;
      if (!Array.isArray(note) || note.length !== 2) report('scene.note', 'must name two events');
      else for (const id of note) if (!known.events.has(id)) report('scene.note', `names unknown event ${JSON.stringify(id)}`);
    }
  } else if (scene.kind === 'sentence') {
    oneOf(scene, 'state', SENTENCE_STATES, (f, p) => report(`scene.${f}`, p));
    if (!known.sentence) report('scene.kind', 'is sentence, but the story has no sentence, term and sentenceCopy');
  } else report('scene.kind', `must be timeline or sentence, got ${JSON.stringify(scene.kind)}`);
}

function checkBeats(list: unknown, known: Known, problems: string[]): void {
  const seen = new Set<string>();
  eachRecord(list, 'beat', problems, (beat, report) => {
    newId(beat, seen, report);
    for (const field of ['title', 'heading', 'graphicTitle', 'graphicDescription']) text(beat, field, report);
    checkParagraphs(beat.body, report, 'body');
    checkScene(beat.scene, known, report);
    // A note is written over a bracket between two events: it needs both the words and the events.
    const hasNote = isRecord(beat.scene) && beat.scene.note !== undefined;
    if (beat.graphicNote !== undefined || hasNote) {
      if (!hasNote) report('graphicNote', 'needs a timeline scene whose "note" names the two events it spans');
      else text(beat, 'graphicNote', report);
    }
    if (beat.inlineGraphic !== undefined && typeof beat.inlineGraphic !== 'boolean') report('inlineGraphic', 'must be true or false');
    if (beat.revealSteps !== undefined) {
      if (!REVEAL_STEPS.includes(beat.revealSteps as number)) report('revealSteps', `must be one of ${REVEAL_STEPS.join(', ')}`);
      else if (beat.revealSteps !== 1 && !(isRecord(beat.scene) && beat.scene.kind === 'sentence'))
        report('revealSteps', 'above 1 needs a sentence scene');
    }
    if (beat.block !== undefined) oneOf(beat, 'block', BLOCKS, report);
    // The end matter lists every source; it cites none of its own.
    sourceList(beat, known.sources, report, beat.block === 'end-matter');
  });
  if (Array.isArray(list) && list.length === 0) problems.push('beats: the story has none');
}

function checkSentence(value: unknown, known: ReadonlySet<string>, problems: string[]): void {
  if (!isRecord(value)) return void problems.push('sentence: must be a record of figures');
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
    for (const field of ['pageTitle', 'description', 'kicker', 'headline', 'dek', 'credit', 'coverage', 'embedCredit', 'footer'])
      text(story.meta, field, metaReport);
    isoDay(story.meta, 'updated', metaReport);
    // The last day, month or year the page covers: where "so far" ends in the charts.
    const through = story.meta.eventsThrough;
    if (typeof through !== 'string' || !Object.values(ISO_BY_PRECISION).some((pattern) => pattern.test(through)))
      metaReport('eventsThrough', `must be an ISO date at day, month or year precision, got ${JSON.stringify(through)}`);
    if (Array.isArray(story.corrections) && story.corrections.length > 0) text(story.meta, 'reportLang', metaReport);
  }
  const termReport: Report = (f, p) => problems.push(`term: field "${f}" ${p}`);
  if (story.term !== undefined && !isRecord(story.term)) problems.push('term: must be a record');
  else if (isRecord(story.term)) {
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
  const sources = checkSources(story.sources, problems);
  const strands = checkStrands(story.strands, problems);
  const events = checkEvents(story.events, sources, strands, problems);
  if (story.sentence !== undefined) checkSentence(story.sentence, sources, problems);
  const sentence = isRecord(story.sentence) && isRecord(story.term) && isRecord(story.sentenceCopy);
  checkBeats(story.beats, { sources, events, sentence }, problems);
  checkRest(story, sources, problems);
  const lead = isRecord(story.meta) ? story.meta.leadGraphic : undefined;
  if (lead !== undefined) {
    const beat = Array.isArray(story.beats) ? story.beats.find((b) => isRecord(b) && b.id === lead) : undefined;
    if (!isRecord(beat) || beat.inlineGraphic === false)
      problems.push(`meta: field "leadGraphic" must name a beat with a graphic of its own, got ${JSON.stringify(lead)}`);
  }
  checkPublication(story, problems);
  if (problems.length > 0) throw new StoryValidationError(problems);
  return story;
}
