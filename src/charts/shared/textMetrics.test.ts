import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './textMetrics';

describe('wrapText', () => {
  it('keeps a short label on one line', () => {
    expect(wrapText('Detained in Moscow', 13, 300)).toEqual(['Detained in Moscow']);
  });

  it('breaks at spaces so no line is wider than asked', () => {
    const lines = wrapText('International Memorial ruling in force', 13, 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('International Memorial ruling in force');
  });
});
