import { describe, expect, it } from 'vitest';
import { readMode } from './readMode';

describe('readMode', () => {
  it('opens the scroll-driven article by default', () => {
    expect(readMode('')).toBe('scroll');
  });

  it('opens article mode when asked', () => {
    expect(readMode('?mode=article')).toBe('article');
  });

  it('falls back to the article for unknown or hostile values', () => {
    for (const search of ['?mode=nope', '?mode=', '?mode=%3Cscript%3E', '?mode=ARTICLE', '?%', '?mode=article%00']) {
      expect(readMode(search)).toBe('scroll');
    }
  });
});
