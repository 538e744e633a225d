import { describe, expect, it } from 'vitest';
import { timelineData, timelineStateFor } from '../../scenes/timelineData';
import { story } from '../../story';
import { LABEL_FONT_SIZE, MARGIN_X } from './layout';
import { timelineLayout, type TimelineCallout } from './timelineLayout';
import type { TimelineState } from './types';

const timelineScenes = story.beats.flatMap((beat) => (beat.scene.kind === 'timeline' ? [{ id: beat.id, scene: beat.scene }] : []));

/** The box a callout's text occupies, in px. */
function box(c: TimelineCallout) {
  const left = c.anchor === 'start' ? c.textX : c.textX - c.textWidth;
  return { left, right: left + c.textWidth, top: c.top, bottom: c.bottom };
}

const close: TimelineState = timelineStateFor(timelineScenes.find((s) => s.id === 'memorial-liquidated')!.scene);

describe('timelineLayout', () => {
  it('maps the window of time onto the width, inside the margins', () => {
    const layout = timelineLayout(timelineData, close, { width: 800, height: 400 });
    expect(layout.axisStart).toBe(MARGIN_X);
    expect(layout.axisEnd).toBe(800 - MARGIN_X);
    const detained = layout.marks.find((m) => m.id === 'detained')!;
    expect(detained.shape).toBe('dot');
    expect(detained.x).toBeGreaterThan(MARGIN_X);
    expect(detained.x).toBeLessThan(800 / 4);
  });

  it('draws month-precision events as a bar one month wide, never as a day', () => {
    const layout = timelineLayout(timelineData, close, { width: 900, height: 400 });
    const appeal = layout.marks.find((m) => m.id === 'appeal')!;
    expect(appeal.shape).toBe('span');
    // 46 months in the close window over 876 px: one month is about 19 px.
    expect(appeal.width).toBeCloseTo(876 / 46, 0);
  });

  it('emphasises the focused events, keeps earlier ones and fades later ones', () => {
    const layout = timelineLayout(timelineData, close, { width: 900, height: 400 });
    const emphasis = (id: string) => layout.marks.find((m) => m.id === id)!.emphasis;
    expect(emphasis('international-memorial-ruling')).toBe('focus');
    expect(emphasis('born')).toBe('past');
    expect(emphasis('verdict')).toBe('future');
    expect(layout.marks.find((m) => m.id === 'born')!.inView).toBe(false);
  });

  it('marks calculated events as such', () => {
    const layout = timelineLayout(timelineData, close, { width: 900, height: 400 });
    expect(layout.marks.find((m) => m.id === 'term-end')!.calculated).toBe(true);
    expect(layout.marks.find((m) => m.id === 'verdict')!.calculated).toBe(false);
  });

  it('spaces year ticks so their labels never collide, and keeps them inside the frame', () => {
    for (const width of [320, 375, 768, 1440, 2560]) {
      for (const { scene } of timelineScenes) {
        const ticks = timelineLayout(timelineData, timelineStateFor(scene), { width, height: 300 }).ticks;
        expect(ticks.length).toBeGreaterThan(0);
        ticks.forEach((tick, i) => {
          expect(tick.x).toBeGreaterThanOrEqual(17);
          expect(tick.x).toBeLessThanOrEqual(width - 17);
          if (i > 0) expect(tick.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(40);
        });
      }
    }
  });

  it('never lets labels overlap or leave the frame, from 320 to 2560 px wide', () => {
    for (const width of [320, 360, 375, 414, 600, 768, 1024, 1440, 1920, 2560]) {
      for (const height of [220, 300, 420]) {
        for (const { id, scene } of timelineScenes) {
          const layout = timelineLayout(timelineData, timelineStateFor(scene), { width, height });
          const boxes = layout.callouts.map(box);
          for (const [i, b] of boxes.entries()) {
            const where = `${id} at ${width}x${height}`;
            expect(b.left, where).toBeGreaterThanOrEqual(0);
            expect(b.right, where).toBeLessThanOrEqual(width);
            expect(b.bottom, where).toBeLessThanOrEqual(height);
            for (const other of boxes.slice(i + 1)) {
              const apart = b.bottom <= other.top || other.bottom <= b.top || b.right <= other.left || other.right <= b.left;
              expect(apart, `${where}: labels overlap`).toBe(true);
            }
          }
        }
      }
    }
  });

  it('labels every focused event at phone size, with dates kept when labels must shrink', () => {
    for (const { id, scene } of timelineScenes) {
      const layout = timelineLayout(timelineData, timelineStateFor(scene), { width: 343, height: 260 });
      const inView = scene.focus.filter((f) => layout.marks.find((m) => m.id === f)!.inView);
      expect(layout.callouts.map((c) => c.id).sort(), id).toEqual([...inView].sort());
      for (const c of layout.callouts) expect(c.dateLine.length).toBeGreaterThan(0);
    }
  });

  it('wraps long labels instead of running past the edge', () => {
    const layout = timelineLayout(timelineData, close, { width: 320, height: 600 });
    for (const c of layout.callouts) {
      for (const line of c.lines) expect(line.length * LABEL_FONT_SIZE * 0.58).toBeLessThanOrEqual(320 - 2 * MARGIN_X);
    }
  });
});
