import { factsFingerprint } from './copy/storyFacts.ts';
import { eachRecord, isoDay, isRecord, newId, oneOf, text, type Rec, type Report } from './validation.ts';

const UPDATE_KINDS = ['published', 'update', 'correction'];

/**
 * The licence and our record of updates: ids new, days in order, a first publication first, the
 * page's "Updated" day the latest entry's, and the latest entry's fingerprint the facts' own, so
 * that the facts never change without an entry saying what changed and why.
 */
export function checkPublication(story: Rec, problems: string[]): void {
  const publication = story.publication;
  if (!isRecord(publication)) return void problems.push('publication: is missing');
  const licenceReport: Report = (f, p) => problems.push(`publication.licence: field "${f}" ${p}`);
  if (!isRecord(publication.licence)) problems.push('publication.licence: is missing');
  else {
    for (const field of ['code', 'name', 'terms']) text(publication.licence, field, licenceReport);
    if (typeof publication.licence.url !== 'string' || !/^https?:\/\/\S+$/.test(publication.licence.url))
      licenceReport('url', 'must be an http(s) address');
  }
  const seen = new Set<string>();
  let previous = '';
  let latest: Rec | null = null;
  eachRecord(publication.updates, 'publication update', problems, (update, report) => {
    newId(update, seen, report);
    isoDay(update, 'date', report);
    oneOf(update, 'kind', UPDATE_KINDS, report);
    text(update, 'what', report);
    if (update.why !== undefined) text(update, 'why', report);
    if (
      update.editions !== undefined &&
      (!Array.isArray(update.editions) || !update.editions.every((lang) => typeof lang === 'string' && lang))
    )
      report('editions', 'must be a list of language tags');
    if (typeof update.date === 'string') {
      if (update.date < previous) report('date', `comes before the entry above it (${previous}): the record runs oldest first`);
      previous = update.date;
    }
    if (latest === null && update.kind !== 'published') report('kind', 'must be "published": the record starts with the first publication');
    latest = update;
  });
  if (Array.isArray(publication.updates) && publication.updates.length === 0)
    problems.push('publication.updates: must hold at least the first publication');
  if (!Array.isArray(publication.updates) || publication.updates.length === 0) return;
  const last = latest as Rec | null;
  if (!last) return;
  const label = `publication update "${String(last.id)}"`;
  if (isRecord(story.meta) && story.meta.updated !== last.date)
    problems.push(`meta: field "updated" must be the latest update's date, ${String(last.date)} (publication.updates)`);
  if (!Array.isArray(story.events) || !Array.isArray(story.sources) || !Array.isArray(story.beats) || !Array.isArray(story.corrections))
    return;
  const now = factsFingerprint(story as unknown as Parameters<typeof factsFingerprint>[0]);
  if (last.factsFingerprint !== now)
    problems.push(
      `${label}: field "factsFingerprint" is ${JSON.stringify(last.factsFingerprint ?? null)}, but the story's facts now fingerprint as "${now}". ` +
        `The facts (events, dates, figures, statuses or sources) changed since that entry: add an entry to publication.updates saying what changed and why, with factsFingerprint "${now}".`,
    );
}
