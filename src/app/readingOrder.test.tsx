import { virtual } from '@guidepup/virtual-screen-reader';
import { render, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allEditions } from '../../tests/unit/editions';
import { preload } from '../reader/EditionContext';
import type { StoryEdition } from '../story';
import { App } from './App';
import type { Mode } from './readMode';

/** The most a screen reader may say, reading on from the headline, before the first beat's heading. */
const MOST_UTTERANCES = 40;

/**
 * What a screen reader says, moving on item by item from the top of the page, up to the first
 * beat's heading: counted from the headline where the mode shows one (the presenter's slides start
 * with the beat).
 */
async function readToFirstBeat(edition: StoryEdition): Promise<{ count: number; spoken: string[] }> {
  const first = edition.beats[0]!;
  const isFirstHeading = (phrase: string) => phrase.startsWith(`heading, ${first.heading}`) || phrase.startsWith(`heading, ${first.title}`);
  await virtual.start({ container: document.body });
  const spoken: string[] = [];
  try {
    for (let i = 0; i < 1000 && !isFirstHeading(spoken.at(-1) ?? ''); i++) {
      if (i > 0) await virtual.next();
      spoken.push(await virtual.lastSpokenPhrase());
    }
  } finally {
    await virtual.stop();
  }
  if (!isFirstHeading(spoken.at(-1) ?? '')) throw new Error('The first beat’s heading was never read');
  const from = Math.max(
    0,
    spoken.findIndex((phrase) => phrase.includes(edition.meta.headline)),
  );
  return { count: spoken.length - 1 - from, spoken: spoken.slice(from) };
}

/** The modes a reader reads the story in: each must reach the story before anything long. */
const MODES = ['scroll', 'article', 'embed', 'present', 'card'] as const satisfies readonly Mode[];
const PAGE_ROOT: Record<(typeof MODES)[number], string> = {
  scroll: '.article',
  article: '.article',
  embed: '.embed',
  present: '.present',
  card: '.card',
};

for (const edition of allEditions) {
  describe(`reading order (${edition.lang}): the story before the graphic's long list`, () => {
    beforeAll(async () => {
      await Promise.all(Object.values(edition.load).map((load) => load && preload(load as () => Promise<unknown>)));
    });
    afterEach(() => {
      document.body.innerHTML = '';
    });

    for (const mode of MODES) {
      it(`${mode}: the first beat's heading within ${MOST_UTTERANCES} utterances of the headline`, async () => {
        render(<App mode={mode} edition={edition} />);
        // The modes that load their own code are read once they are there.
        await waitFor(() => expect(document.querySelector(PAGE_ROOT[mode])).not.toBeNull());
        const { count, spoken } = await readToFirstBeat(edition);
        expect(count, spoken.join('\n')).toBeLessThanOrEqual(MOST_UTTERANCES);
      }, 60_000);
    }

    it('the events stay one step away: after the story, in the graphic, every one of them', async () => {
      render(<App mode="scroll" edition={edition} />);
      const list = document.querySelector('.scrolly-graphic li');
      const lastBeat = document.getElementById(edition.beats.at(-1)!.id)!;
      expect(list).not.toBeNull();
      expect(lastBeat.compareDocumentPosition(list!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(document.querySelectorAll('.scrolly-graphic li').length).toBe(edition.events.length);
    });
  });
}
