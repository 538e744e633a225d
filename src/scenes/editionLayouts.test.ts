import { describe, expect, it } from 'vitest';
import { allEditions } from '../../tests/unit/editions';
import { sentenceLayout, type PlacedText } from '../charts/SentenceChart/sentenceLayout';
import { textWidth } from '../charts/shared/textMetrics';
import { labelProblems } from '../charts/Timeline/labelProblems';
import { timelineLayout } from '../charts/Timeline/timelineLayout';
import { LABEL_FONT_SIZE } from '../charts/shared/layout';
import { graphicFor } from './graphicFor';

/**
 * The charts' layout rules hold in every edition, with the story's own words: Russian runs longer
 * than English, and the labels must still never overlap or leave the frame, from a 320 px phone to
 * a 2560 px screen (they shrink to their dates, then drop, rather than collide).
 */
const WIDTHS = [320, 360, 375, 414, 600, 768, 1024, 1440, 1920, 2560];
const HEIGHTS = [220, 300, 420, 640];

/** The horizontal extent of a line of the sentence chart's text, as drawn. */
function textExtent(text: PlacedText) {
  const width = textWidth(`${text.text}${text.strongSuffix ?? ''}`, LABEL_FONT_SIZE);
  const left = text.anchor === 'start' ? text.x : text.anchor === 'end' ? text.x - width : text.x - width / 2;
  return { left, right: left + width };
}

for (const edition of allEditions) {
  describe(`the charts' layouts in the ${edition.lang} edition`, () => {
    it('keep every timeline label apart and inside the frame, at every size', () => {
      for (const beat of edition.beats) {
        const graphic = graphicFor(edition, beat.id);
        if (graphic.shown !== 'timeline') continue;
        for (const width of WIDTHS) {
          for (const height of HEIGHTS) {
            const layout = timelineLayout(graphic.timeline!.data, graphic.timeline!.state, { width, height });
            expect(labelProblems(layout, { width, height }), `${beat.id} at ${width}x${height}`).toEqual([]);
          }
        }
      }
    });

    it('keep the marks each beat is about at least 12 px apart, centre to centre, at every width', () => {
      for (const beat of edition.beats) {
        const graphic = graphicFor(edition, beat.id);
        if (graphic.shown !== 'timeline') continue;
        const { data, state } = graphic.timeline!;
        for (const width of [375, 768, 1440, 1920]) {
          for (const height of [260, 420, 640]) {
            const layout = timelineLayout(data, state, { width, height });
            const focused = layout.marks.filter((m) => m.emphasis === 'focus' && m.inView);
            expect(focused.length, `${beat.id}: every focused event in view`).toBe(state.focusIds.length);
            for (const [i, a] of focused.entries())
              for (const b of focused.slice(i + 1))
                expect(
                  Math.hypot(a.cx - b.cx, a.cy - b.cy),
                  `${beat.id} at ${width}x${height}: ${a.id} and ${b.id}`,
                ).toBeGreaterThanOrEqual(12);
          }
        }
      }
    });

    it('fill at least half of a desktop panel’s height with marks, labels and notes', () => {
      // The pinned panel's chart area at 1440x900 and 1920x1080, in layout px (drawn 15/13 larger).
      for (const size of [
        { width: 690, height: 610 },
        { width: 960, height: 760 },
      ]) {
        for (const beat of edition.beats) {
          const graphic = graphicFor(edition, beat.id);
          const bottom =
            graphic.shown === 'timeline'
              ? (() => {
                  const layout = timelineLayout(graphic.timeline!.data, graphic.timeline!.state, size);
                  return layout.overview ? layout.overview.y + 9 : Math.max(...layout.callouts.map((c) => c.bottom));
                })()
              : (() => {
                  const layout = sentenceLayout(graphic.sentence!.data, graphic.sentence!.state.visibleBarIds, size);
                  return graphic.sentence!.state.view === 'lifetime' ? layout.lifetime.tickY : layout.tickY;
                })();
          expect(bottom / size.height, `${beat.id} at ${size.width}x${size.height}`).toBeGreaterThanOrEqual(0.5);
        }
      }
    });

    it('label every focused event of a beat on a phone, each with its date', () => {
      for (const beat of edition.beats) {
        const graphic = graphicFor(edition, beat.id);
        if (graphic.shown !== 'timeline') continue;
        const { data, state } = graphic.timeline!;
        const layout = timelineLayout(data, state, { width: 343, height: 300 });
        const inView = state.focusIds.filter((id) => layout.marks.find((mark) => mark.id === id)?.inView);
        expect(layout.callouts.map((c) => c.id).sort(), beat.id).toEqual([...inView].sort());
        for (const c of layout.callouts) expect(c.dateLine.length, `${beat.id}: ${c.id}`).toBeGreaterThan(0);
      }
    });

    it('keep the sentence chart’s words inside the frame, at every size', () => {
      for (const beat of edition.beats) {
        const graphic = graphicFor(edition, beat.id);
        if (graphic.shown !== 'sentence') continue;
        for (const width of WIDTHS) {
          for (const height of HEIGHTS) {
            const layout = sentenceLayout(graphic.sentence!.data, graphic.sentence!.state.visibleBarIds, { width, height });
            const texts = [
              ...layout.rows.flatMap((row) => [...row.captionLines, ...row.noteLines, ...(row.gapLabel ? [row.gapLabel] : [])]),
              ...layout.lifetime.labelLines,
              ...layout.lifetime.endLabels,
            ];
            for (const text of texts) {
              const { left, right } = textExtent(text);
              const where = `${beat.id} at ${width}x${height}: “${text.text}${text.strongSuffix ?? ''}”`;
              expect(left, where).toBeGreaterThanOrEqual(-0.5);
              expect(right, where).toBeLessThanOrEqual(width + 0.5);
            }
          }
        }
      }
    });
  });
}
