import { describe, expect, it } from 'vitest';
import { LABEL_FONT_SIZE, MARGIN_X } from './layout';
import { fixtureData as timelineData, fixtureStates } from './timelineFixture';
import { labelProblems } from './labelProblems';
import { timelineLayout } from './timelineLayout';
import type { TimelineState } from './types';

const states = Object.entries(fixtureStates).map(([id, state]) => ({ id, state }));

const close: TimelineState = fixtureStates.close;

describe('timelineLayout', () => {
  it('maps the window of time onto the width, inside the margins', () => {
    const layout = timelineLayout(timelineData, close, { width: 800, height: 400 });
    expect(layout.axisStart).toBe(MARGIN_X);
    expect(layout.axisEnd).toBe(800 - MARGIN_X);
    const arrest = layout.marks.find((m) => m.id === 'arrest')!;
    expect(arrest.shape).toBe('dot');
    expect(arrest.x).toBeGreaterThan(MARGIN_X);
    expect(arrest.x).toBeLessThan(800 / 4);
  });

  it('draws month-precision events as a bar one month wide, never as a day', () => {
    const layout = timelineLayout(timelineData, close, { width: 900, height: 400 });
    const appeal = layout.marks.find((m) => m.id === 'appeal-heard')!;
    expect(appeal.shape).toBe('span');
    // 30 months in the close window over 876 px: one month is about 29 px.
    expect(appeal.width).toBeCloseTo(876 / 30, 0);
  });

  it('emphasises the focused events, keeps earlier ones and fades later ones', () => {
    const layout = timelineLayout(timelineData, close, { width: 900, height: 400 });
    const emphasis = (id: string) => layout.marks.find((m) => m.id === id)!.emphasis;
    expect(emphasis('first-ruling')).toBe('focus');
    expect(emphasis('founded')).toBe('past');
    expect(emphasis('appeal-heard')).toBe('future');
    expect(layout.marks.find((m) => m.id === 'founded')!.inView).toBe(false);
  });

  it('marks calculated events as such', () => {
    const layout = timelineLayout(timelineData, close, { width: 900, height: 400 });
    expect(layout.marks.find((m) => m.id === 'release')!.calculated).toBe(true);
    expect(layout.marks.find((m) => m.id === 'appeal-heard')!.calculated).toBe(false);
  });

  it('spaces ticks so their labels never collide, and keeps them inside the frame', () => {
    for (const width of [320, 375, 768, 1440, 2560]) {
      for (const { state } of states) {
        const ticks = timelineLayout(timelineData, state, { width, height: 300 }).ticks;
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
        for (const { id, state } of states) {
          const layout = timelineLayout(timelineData, state, { width, height });
          expect(labelProblems(layout, { width, height }), `${id} at ${width}x${height}`).toEqual([]);
        }
      }
    }
  });

  it('labels every focused event at phone size, with dates kept when labels must shrink', () => {
    for (const { id, state } of states) {
      const layout = timelineLayout(timelineData, state, { width: 343, height: 260 });
      const inView = state.focusIds.filter((f) => layout.marks.find((m) => m.id === f)!.inView);
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

  it('stacks close days in one lane apart, each at its true place in time', () => {
    for (const width of [320, 375, 768, 1440]) {
      const layout = timelineLayout(timelineData, close, { width, height: 600 });
      const first = layout.marks.find((m) => m.id === 'first-ruling')!;
      const second = layout.marks.find((m) => m.id === 'second-ruling')!;
      expect(Math.hypot(first.cx - second.cx, first.cy - second.cy)).toBeGreaterThanOrEqual(12);
      expect(second.cx).toBeGreaterThanOrEqual(first.cx);
    }
  });

  it('draws one lane per strand, labelled, where there is room, and merges them on a short panel', () => {
    const roomy = timelineLayout(timelineData, fixtureStates.later, { width: 900, height: 600 });
    expect(roomy.lanes.map((lane) => lane.label)).toEqual(['The law', 'The society', 'Its chair']);
    const ys = roomy.lanes.map((lane) => lane.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    const short = timelineLayout(timelineData, close, { width: 343, height: 220 });
    expect(short.lanes).toHaveLength(1);
  });

  it('writes the note over a bracket between its two events', () => {
    const layout = timelineLayout(timelineData, fixtureStates.days, { width: 600, height: 500 });
    const arrest = layout.marks.find((m) => m.id === 'arrest')!;
    const inForce = layout.marks.find((m) => m.id === 'in-force')!;
    expect(layout.note).toMatchObject({ x1: arrest.cx, x2: inForce.cx });
    expect(layout.note!.y).toBeLessThan(Math.min(...layout.lanes.map((lane) => lane.y)));
  });

  it('ticks a window of days by the day or the week, and a long one by the year', () => {
    const days = timelineLayout(timelineData, fixtureStates.days, { width: 900, height: 400 }).ticks;
    expect(days[0]!.key.startsWith('day')).toBe(true);
    const long = timelineLayout(timelineData, fixtureStates.long, { width: 900, height: 400 }).ticks;
    expect(long.every((tick) => tick.key.startsWith('year'))).toBe(true);
  });

  it('shows where the window sits on an overview of the whole span', () => {
    const layout = timelineLayout(timelineData, close, { width: 800, height: 600 });
    const { overview } = layout;
    expect(overview).not.toBeNull();
    expect(overview!.window.x).toBeGreaterThanOrEqual(overview!.x1);
    expect(overview!.window.x + overview!.window.width).toBeLessThanOrEqual(overview!.x2);
    expect(overview!.startLabel).toBe('1960');
    expect(overview!.endLabel).toBe('2030');
  });
});
