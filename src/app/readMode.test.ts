import { describe, expect, it } from 'vitest';
import { asksForScriptDrawnPage, readMode } from './readMode';

const roomy = { width: 1440, height: 900 };

describe('readMode', () => {
  it('opens the scroll-driven article by default', () => {
    expect(readMode('', roomy)).toBe('scroll');
    expect(readMode('?mode=scroll', roomy)).toBe('scroll');
  });

  it('opens article mode when asked', () => {
    expect(readMode('?mode=article', roomy)).toBe('article');
  });

  it('falls back to the article for unknown or hostile values', () => {
    for (const search of ['?mode=nope', '?mode=', '?mode=%3Cscript%3E', '?mode=ARTICLE', '?%', '?mode=article%00']) {
      expect(readMode(search, roomy)).toBe('scroll');
    }
  });

  it('chooses article mode when the viewport is too narrow or too short for a sticky graphic', () => {
    expect(readMode('', { width: 320, height: 256 })).toBe('article');
    expect(readMode('', { width: 667, height: 375 })).toBe('article');
    expect(readMode('', { width: 319, height: 800 })).toBe('article');
    expect(readMode('', { width: 375, height: 812 })).toBe('scroll');
  });

  it('lets an explicit mode override the viewport rule', () => {
    expect(readMode('?mode=scroll', { width: 320, height: 256 })).toBe('scroll');
  });
});

describe('readMode for embeds', () => {
  it('opens the embed page whatever the frame size', () => {
    expect(readMode('?mode=embed&initialWidth=320&childId=story', { width: 320, height: 300 })).toBe('embed');
  });
});

describe('asking for a page drawn by script', () => {
  it('is any known mode but the scroll story; anything else is the story', () => {
    for (const mode of ['article', 'embed', 'present', 'notes', 'lesson', 'card'])
      expect(asksForScriptDrawnPage(`?mode=${mode}`)).toBe(true);
    for (const search of ['', '?mode=scroll', '?mode=nonsense', '?mode=', '?x=present', '?mode=%E0%A4%A'])
      expect(asksForScriptDrawnPage(search)).toBe(false);
  });
});
