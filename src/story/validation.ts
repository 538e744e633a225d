/**
 * The small checks every validator of story data shares. Each reports a problem against the record
 * and the field it found it in, so a build error names exactly what to fix.
 */
export type Rec = Record<string, unknown>;
export type Report = (field: string, problem: string) => void;

export const ISO_BY_PRECISION = {
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
} as const;

export const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);

export function text(rec: Rec, field: string, report: Report, optional = false): void {
  const value = rec[field];
  if (optional && value === undefined) return;
  if (typeof value !== 'string' || value.trim() === '') report(field, 'is missing or empty');
}

export function isoDay(rec: Rec, field: string, report: Report): void {
  const value = rec[field];
  if (typeof value !== 'string' || !ISO_BY_PRECISION.day.test(value)) {
    report(field, `must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(value)}`);
  }
}

export function oneOf(rec: Rec, field: string, allowed: readonly string[], report: Report): void {
  const value = rec[field];
  if (typeof value !== 'string' || !allowed.includes(value)) {
    report(field, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
}

export function sourceList(rec: Rec, known: ReadonlySet<string>, report: Report, allowEmpty = false): void {
  const value = rec.sources;
  if (!Array.isArray(value)) return report('sources', 'is missing');
  if (value.length === 0 && !allowEmpty) report('sources', 'cites no source');
  for (const id of value) {
    if (!known.has(id)) report('sources', `cites unknown source ${JSON.stringify(id)}`);
  }
}

/** A list of records, each checked by `check` with a reporter that names the record. */
export function eachRecord(
  list: unknown,
  kind: string,
  problems: string[],
  check: (rec: Rec, report: Report, index: number) => void,
): void {
  if (!Array.isArray(list)) {
    problems.push(`${kind}s: must be a list`);
    return;
  }
  list.forEach((item, index) => {
    const name = isRecord(item) && typeof item.id === 'string' ? `"${item.id}"` : `#${index + 1}`;
    const report: Report = (field, problem) => problems.push(`${kind} ${name}: field "${field}" ${problem}`);
    if (!isRecord(item)) problems.push(`${kind} ${name}: is not a record`);
    else check(item, report, index);
  });
}

export function checkParagraphs(value: unknown, report: Report, field: string): void {
  if (!Array.isArray(value)) return report(field, 'must be a list of paragraphs');
  value.forEach((paragraph, index) => {
    const ok =
      Array.isArray(paragraph) &&
      paragraph.length > 0 &&
      paragraph.every(
        (run) => (typeof run === 'string' && run !== '') || (isRecord(run) && (typeof run.ru === 'string' || typeof run.em === 'string')),
      );
    if (!ok) report(field, `paragraph ${index + 1} must be a non-empty list of text runs`);
  });
}

/** Ids appear in URLs and as HTML ids: lowercase words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks an id's form and that it is new; returns it when usable. */
export function newId(rec: Rec, seen: Set<string>, report: Report): string | null {
  const id = rec.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    report('id', `must be lowercase words joined by hyphens, got ${JSON.stringify(id)}`);
    return null;
  }
  if (seen.has(id)) report('id', 'is used twice');
  seen.add(id);
  return id;
}
