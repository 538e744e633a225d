import fc from 'fast-check';
import { cleanup, render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { readMode, type Mode } from '../../src/app/readMode';
import { parseHostMessage, readChildId, type HostMessage } from '../../src/embed/hostMessages';
import { isAllowedOrigin } from '../../src/embed/allowedOrigins';
import { commandFor } from '../../src/present/commands';
import { parseSync } from '../../src/present/presenterChannel';
import { BEAT_IDS, isBeatId, story } from '../../src/story';
import { unknownBeatNotice } from '../../src/present/unknownBeatNotice';
import { presentCopy } from '../../src/story/presentCopy';

/**
 * Property tests over hostile input: query strings, fragments and postMessage payloads a page may
 * receive. Each property runs at least 1,000 generated cases from a fixed seed, so a failure
 * reproduces: fast-check prints the seed and the shrunk counterexample.
 */
const RUNS = { numRuns: 1000, seed: 20261128 };

/** Strings a hostile page or link would try: markup, scripts, odd unicode, huge and empty values. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '%E0%A4%A',
    '%00',
    '\u202e\u0000\ud800',
    'verdict<svg onload=alert(1)>',
    '__proto__',
    'constructor',
    'a'.repeat(100_000),
  ),
);

/** encodeURIComponent, which throws on a lone surrogate: then the raw string, as a browser would pass it. */
const encode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
};

const MODES: readonly Mode[] = ['scroll', 'article', 'embed', 'present', 'notes', 'lesson', 'card'];

/** Any JSON-like value, with our protocol's field names mixed in so the parser's branches are reached. */
const messageLike = fc.oneof(
  fc.anything(),
  fc.record(
    {
      type: fc.oneof(fc.constantFrom('khamroyev:host', 'khamroyev:scroll', 'khamroyev:height', 'khamroyev:step'), hostileString),
      version: fc.oneof(fc.constant(1), fc.anything()),
      sticky: fc.anything(),
      offset: fc.oneof(fc.double(), fc.integer(), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.tuple(hostileString, hostileString, hostileString).map(([id, type, body]) => ['pym', id, type, body].join('xPYMx')),
  fc
    .tuple(fc.constantFrom('width', 'viewport-iframe-position', 'height'), fc.array(fc.double(), { maxLength: 8 }))
    .map(([type, numbers]) => `pymxPYMxstoryxPYMx${type}xPYMx${numbers.join(' ')}`),
);

describe('hostile input', () => {
  it('any query string gives one of the documented modes, never a throw', () => {
    fc.assert(
      fc.property(hostileString, hostileString, fc.nat(4000), fc.nat(4000), (key, value, width, height) => {
        for (const search of [`?mode=${value}`, `?${key}=${value}`, value, `?mode=${encode(value)}&mode=scroll`]) {
          expect(MODES).toContain(readMode(search, { width, height }));
        }
      }),
      RUNS,
    );
  });

  it('only an exact beat id is a beat: fragments and ?step= values never match by accident', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        expect(isBeatId(value)).toBe((BEAT_IDS as readonly string[]).includes(value));
      }),
      RUNS,
    );
  });

  it('postMessage payloads become a documented host message or nothing, never a throw', () => {
    fc.assert(
      fc.property(messageLike, fc.option(fc.constantFrom('story', 'other'), { nil: null }), (data, childId) => {
        const message: HostMessage | null = parseHostMessage(data, childId);
        if (message === null) return;
        // Whatever got through is one of the four documented shapes, with finite, bounded numbers.
        switch (message.kind) {
          case 'host':
            expect(typeof message.sticky).toBe('boolean');
            break;
          case 'scroll':
            expect(Number.isFinite(message.offset) && message.offset >= 0).toBe(true);
            break;
          case 'pym-width':
            expect(Number.isFinite(message.width) && message.width >= 0).toBe(true);
            break;
          case 'pym-position':
            expect(Number.isFinite(message.viewportHeight) && message.viewportHeight > 0 && Number.isFinite(message.frameTop)).toBe(true);
            break;
          default:
            throw new Error(`undocumented message ${JSON.stringify(message)}`);
        }
      }),
      RUNS,
    );
  });

  it('a pym message for another frame, or over-long, is ignored', () => {
    fc.assert(
      fc.property(hostileString, fc.double(), (id, width) => {
        fc.pre(id !== 'story');
        expect(parseHostMessage(`pymxPYMx${id}xPYMxwidthxPYMx${width}`, 'story')).toBeNull();
        expect(parseHostMessage(`pymxPYMxstoryxPYMxwidthxPYMx${'9'.repeat(600)}`, 'story')).toBeNull();
      }),
      RUNS,
    );
  });

  it('the frame id pym passes in the query string is plain or absent', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const id = readChildId(`?childId=${encode(value)}`);
        if (id !== null) expect(id).toMatch(/^[\w-]{1,64}$/);
      }),
      RUNS,
    );
  });

  it('presenter sync messages become a valid position or nothing', () => {
    fc.assert(
      fc.property(
        messageLike,
        fc.record({ type: hostileString, version: fc.anything(), index: fc.anything(), reveal: fc.anything() }, { requiredKeys: [] }),
        (a, b) => {
          for (const data of [a, b]) {
            const sync = parseSync(data, story.beats);
            if (sync === null) continue;
            expect(Number.isInteger(sync.index) && sync.index >= 0 && sync.index < BEAT_IDS.length).toBe(true);
            expect(sync.reveal).toBeGreaterThanOrEqual(0);
            expect(sync.reveal).toBeLessThan(story.beats[sync.index]!.revealSteps ?? 1);
          }
        },
      ),
      RUNS,
    );
  });

  it('origins are allowed only by exact match', () => {
    fc.assert(
      fc.property(hostileString, (origin) => {
        expect(isAllowedOrigin(origin, ['https://news.example'])).toBe(origin === 'https://news.example');
      }),
      RUNS,
    );
  });

  it('key presses map to a documented command or none', () => {
    fc.assert(
      fc.property(hostileString, fc.boolean(), (key, shiftKey) => {
        const command = commandFor({ key, shiftKey });
        if (command !== null) expect(Object.keys(presentCopy.commands)).toContain(command);
      }),
      RUNS,
    );
  });

  it('what a reader asked for is shown as text, never as markup', () => {
    // The one place the page repeats a reader's input: the presenter's unknown-beat notice.
    fc.assert(
      fc.property(hostileString, (asked) => {
        const message = unknownBeatNotice(presentCopy.unknownBeat, asked, 'The verdict');
        const { container } = render(createElement('p', { role: 'status' }, message));
        const shown = container.querySelector('p')!;
        expect(shown.children).toHaveLength(0);
        expect(shown.textContent).toBe(message);
        cleanup();
      }),
      RUNS,
    );
  });

  it('the unknown-beat message is bounded text: what was asked is cut to 40 characters', () => {
    fc.assert(
      fc.property(hostileString, (asked) => {
        const message = unknownBeatNotice(presentCopy.unknownBeat, asked, 'The verdict');
        expect(message.length).toBeLessThanOrEqual(120);
      }),
      RUNS,
    );
  });
});
