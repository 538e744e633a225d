import { describe, expect, it } from 'vitest';
import { story } from './index.ts';
import { BEAT_IDS } from './beatIds.ts';
import { EVENT_IDS } from './eventIds.ts';
import { StoryValidationError, validateStory } from './validateStory.ts';

/** A deep copy of the story with one change applied, typed loosely as broken data would be. */
function broken(change: (s: any) => void): unknown {
  const copy = structuredClone(story) as any;
  change(copy);
  return copy;
}

function problemsOf(data: unknown): string[] {
  try {
    validateStory(data);
  } catch (error) {
    if (error instanceof StoryValidationError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('validateStory', () => {
  it('accepts the story as shipped', () => {
    expect(problemsOf(story)).toEqual([]);
  });

  it('names the beat and field that cite an unknown source', () => {
    const problems = problemsOf(broken((s) => s.beats[6].sources.push('S99')));
    expect(problems).toContain('beat "verdict": field "sources" cites unknown source "S99"');
  });

  it('names the event that is out of date order', () => {
    const problems = problemsOf(broken((s) => (s.events[3].date = '2001-01-01')));
    expect(problems.some((p) => p.startsWith('event "ban-list-published": field "date" is out of order'))).toBe(true);
  });

  it('rejects a date written at the wrong precision', () => {
    const problems = problemsOf(broken((s) => (s.events[16].date = '2023-05-15')));
    expect(problems).toContain('event "prosecution-request": field "date" must be ISO at month precision, got "2023-05-15"');
  });

  it('names a missing field', () => {
    const problems = problemsOf(broken((s) => delete s.events[0].label));
    expect(problems).toContain('event "born": field "label" is missing or empty');
  });

  it('rejects an unknown status', () => {
    const problems = problemsOf(broken((s) => (s.events[0].status = 'rumoured')));
    expect(problems[0]).toMatch(/^event "born": field "status" must be one of established, alleged, single-source, calculated/);
  });

  it('rejects a beat id used twice, or one that cannot be a URL fragment', () => {
    expect(problemsOf(broken((s) => (s.beats[1].id = 'intro')))).toContain('beat "intro": field "id" is used twice');
    expect(problemsOf(broken((s) => (s.beats[1].id = 'The Ban')))).toContain(
      'beat "The Ban": field "id" must be lowercase words joined by hyphens, got "The Ban"',
    );
    expect(problemsOf(broken((s) => (s.beats = [])))).toContain('beats: the story has none');
  });

  it('keeps this story’s public beat and event ids, in order', () => {
    // URLs and the tests rely on them (DESIGN.md): the engine accepts any ids, this story keeps its own.
    expect(story.beats.map((b) => b.id)).toEqual([...BEAT_IDS]);
    expect(story.events.map((e) => e.id)).toEqual([...EVENT_IDS]);
  });

  it('rejects a slow reveal on a graphic that has none, a block it does not know, a note on an unknown event', () => {
    const problems = problemsOf(
      broken((s) => {
        s.beats[0].revealSteps = 3;
        s.beats[1].block = 'footnotes';
        s.beats[2].scene.note = ['detained', 'arrest'];
      }),
    );
    expect(problems).toContain('beat "intro": field "revealSteps" above 1 needs a sentence scene');
    expect(problems).toContain('beat "ban-2003": field "block" must be one of corrections-table, end-matter, got "footnotes"');
    expect(problems).toContain('beat "memorial-liquidated": field "scene.note" names unknown event "arrest"');
  });

  it('rejects a chart note without its words, an event on an unknown strand, and a missing "events through" date', () => {
    const problems = problemsOf(
      broken((s) => {
        delete s.beats[3].graphicNote;
        s.events[0].strand = 'sport';
        delete s.meta.eventsThrough;
      }),
    );
    expect(problems).toContain('beat "detained": field "graphicNote" is missing or empty');
    expect(problems).toContain('event "born": field "strand" must be one of law, memorial, case, got "sport"');
    expect(problems).toContain('meta: field "eventsThrough" must be an ISO date at day, month or year precision, got undefined');
  });

  it('rejects a sentence scene in a story with no sentence', () => {
    const problems = problemsOf(broken((s) => delete s.sentenceCopy));
    expect(problems).toContain('beat "verdict": field "scene.kind" is sentence, but the story has no sentence, term and sentenceCopy');
  });

  it('rejects a scene that focuses on an unknown event', () => {
    const problems = problemsOf(broken((s) => s.beats[0].scene.focus.push('moon-landing')));
    expect(problems).toContain('beat "intro": field "scene.focus" names unknown event "moon-landing"');
  });

  it('checks that the sentence figures add up', () => {
    const problems = problemsOf(broken((s) => (s.sentence.colonyPart.months = 120)));
    expect(problems).toContain('sentence "imposed": field "months" is not the prison part plus the colony part');
  });

  it('rejects a source with a bad link', () => {
    const problems = problemsOf(broken((s) => (s.sources[0].url = 'javascript:alert(1)')));
    expect(problems).toContain('source "S01": field "url" must be an http(s) address or null');
  });

  it('asks for the language of the report that the corrections quote', () => {
    expect(problemsOf(broken((s) => delete s.meta.reportLang))).toContain('meta: field "reportLang" is missing or empty');
  });

  it('throws one error listing every problem', () => {
    expect(() => validateStory(broken((s) => ((s.meta.headline = ''), (s.term.born = '12/10/1963'))))).toThrow(
      /meta: field "headline" is missing or empty[\s\S]*term: field "born" must be an ISO date/,
    );
  });
});

describe('the record of updates and the facts’ fingerprint', () => {
  const fingerprintProblem = (problems: string[]) => problems.find((p) => p.includes('"factsFingerprint"'));

  it('stops the build when a fact changes without a new entry, giving the fingerprint to record', () => {
    for (const change of [
      (s: any) => (s.events[16].date = '2023-04'),
      (s: any) => (s.sentence.requested.months = 250),
      (s: any) => (s.events[5].status = 'alleged'),
      (s: any) => s.sources.push({ id: 'S99', outlet: 'x', title: 'y', dated: null, url: null }),
      (s: any) => (s.sources[0].url = 'https://example.org/moved'),
      (s: any) => (s.sources[0].dated = '1 January 2020'),
      (s: any) => (s.sources[0].outlet = 'Another outlet'),
    ]) {
      const problem = fingerprintProblem(problemsOf(broken(change)));
      expect(problem).toMatch(
        /^publication update "graphics": field "factsFingerprint" is "\w+", but the story's facts now fingerprint as "\w+"/,
      );
      expect(problem).toMatch(/add an entry to publication.updates saying what changed and why/);
    }
  });

  it('lets the wording change freely', () => {
    const reworded = broken((s) => {
      s.events[0].label = 'Born in Uzbekistan';
      s.sources[0].title = 'Another title';
      s.corrections[0].correction = ['Reworded.'];
      s.beats[0].heading = 'Another heading';
      s.events[2].description = 'Reworded.';
    });
    expect(problemsOf(reworded)).toEqual([]);
  });

  it('accepts a new entry that records the new fingerprint, and dates the page by it', () => {
    const changed = broken((s) => (s.events[16].date = '2023-04')) as any;
    const now = /now fingerprint as "(\w+)"/.exec(fingerprintProblem(problemsOf(changed))!)![1];
    changed.publication.updates.push({
      id: 'date-moved',
      date: '2026-12-10',
      kind: 'correction',
      what: 'A date moved.',
      why: 'A source.',
      factsFingerprint: now,
    });
    expect(problemsOf(changed)).toEqual(['meta: field "updated" must be the latest update\'s date, 2026-12-10 (publication.updates)']);
    changed.meta.updated = '2026-12-10';
    expect(problemsOf(changed)).toEqual([]);
  });

  it('keeps the record in order, starting with the first publication', () => {
    expect(problemsOf(broken((s) => (s.publication.updates[1].date = '2020-01-01')))).toContain(
      'publication update "wording-checked": field "date" comes before the entry above it (2026-11-28): the record runs oldest first',
    );
    expect(problemsOf(broken((s) => (s.publication.updates[0].kind = 'update')))).toContain(
      'publication update "first-published": field "kind" must be "published": the record starts with the first publication',
    );
    expect(problemsOf(broken((s) => (s.publication.licence.url = 'not a url')))).toContain(
      'publication.licence: field "url" must be an http(s) address',
    );
  });
});
