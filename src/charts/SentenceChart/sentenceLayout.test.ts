import { describe, expect, it } from 'vitest';
import { textWidth } from '../shared/textMetrics';
import { LABEL_FONT_SIZE, MARGIN_X } from './layout';
import { fixtureData as sentenceData } from './sentenceFixture';
import { sentenceLayout } from './sentenceLayout';

const all = ['requested', 'imposed', 'afterAppeal'];

describe('sentenceLayout', () => {
  const layout = sentenceLayout(sentenceData, all, { width: 612, height: 400 });
  const row = (id: string) => layout.rows.find((r) => r.id === id)!;

  it('draws every term on one shared scale of years', () => {
    // 588 px of bars for 21 years: 28 px a year.
    expect(row('requested').barWidth).toBeCloseTo(588, 5);
    expect(row('imposed').barWidth).toBeCloseTo(14 * 28, 5);
    expect(row('afterAppeal').barWidth).toBeCloseTo(13.75 * 28, 5);
  });

  it('shows the 3-year prison part at the start of the imposed term', () => {
    expect(row('imposed').prisonWidth).toBeCloseTo(3 * 28, 5);
  });

  it('draws the 7-year gap between request and sentence on the sentence’s row', () => {
    expect(layout.gap!.x).toBeCloseTo(MARGIN_X + 14 * 28, 5);
    expect(layout.gap!.width).toBeCloseTo(7 * 28, 5);
    expect(layout.gap!.y).toBe(row('imposed').barY);
    expect(layout.gap!.label?.text).toBe('7 years less (calculated)');
  });

  it('hides the bars a state does not show, without moving the others', () => {
    const verdict = sentenceLayout(sentenceData, ['requested', 'imposed'], { width: 612, height: 400 });
    expect(verdict.rows.map((r) => r.visible)).toEqual([true, true, false]);
    expect(verdict.rows.map((r) => r.barY)).toEqual(layout.rows.map((r) => r.barY));
  });

  it('labels the scale in years and keeps the last label inside the frame', () => {
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20]);
    expect(layout.ticks.at(-1)!.label).toBe('20 years');
    const narrow = sentenceLayout(sentenceData, all, { width: 320, height: 260 });
    const last = narrow.ticks.at(-1)!;
    const right = last.anchor === 'end' ? last.x : last.x + textWidth(last.label, LABEL_FONT_SIZE) / 2;
    expect(right).toBeLessThanOrEqual(320);
  });

  it('fits a short phone panel by tightening the bars', () => {
    const phone = sentenceLayout(sentenceData, all, { width: 343, height: 250 });
    expect(phone.barHeight).toBeLessThan(layout.barHeight);
    expect(phone.tickY).toBeLessThanOrEqual(250);
  });

  it('places the term on his whole life: before his detention, custody so far, the rest of the term', () => {
    const life = layout.lifetime;
    const age = (a: number) => MARGIN_X + (a / 73.12) * 588;
    // Positions are whole pixels: within half a pixel of the exact age.
    expect(Math.abs(life.x - age(sentenceData.lifetime.startAge))).toBeLessThanOrEqual(0.5);
    expect(Number.isInteger(life.x)).toBe(true);
    const [before, custody, rest] = life.segments;
    expect(before).toMatchObject({ kind: 'before', x: MARGIN_X });
    expect(custody!.x).toBe(before!.x + before!.width);
    expect(Math.abs(rest!.x - age(sentenceData.lifetime.custodyEndAge))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(rest!.x + rest!.width - age(sentenceData.lifetime.endAge))).toBeLessThanOrEqual(0.5);
    expect(life.ticks[0]!.value).toBe(10);
    expect(life.ticks.at(-1)!.value).toBe(70);
    expect(life.endLabels.map((l) => l.text)).toEqual(['At 58', 'In custody so far', 'About 72 (calculated)']);
    expect(life.labelLines.map((l) => l.text)).toEqual(['Born', 'The term after appeal']);
  });

  it('names each point under the lifetime bar on a line of its own, each ending at its point', () => {
    for (const width of [320, 375, 768, 1440]) {
      const life = sentenceLayout(sentenceData, all, { width, height: 400 }).lifetime;
      const ys = life.endLabels.map((l) => l.y);
      expect(new Set(ys).size).toBe(ys.length);
      life.leaders.forEach((leader, i) => expect(life.endLabels[i]!.x).toBeLessThanOrEqual(leader.x));
    }
  });

  it('grows the lifetime bar to fill a tall panel, within a limit', () => {
    const tall = sentenceLayout(sentenceData, all, { width: 700, height: 640 }).lifetime;
    const short = sentenceLayout(sentenceData, all, { width: 700, height: 220 }).lifetime;
    expect(tall.barHeight).toBeGreaterThan(short.barHeight);
    expect(tall.tickY).toBeGreaterThan(320);
    expect(tall.tickY).toBeLessThanOrEqual(640);
  });
});
