import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheWebFaces, webFaceFamilies } from './cacheWebFaces';
import { WEB_FACES_ATTRIBUTE, webFacesKey } from './webFaces';

/** A face as document.fonts lists it: its family (quoted, as browsers report it) and a load to watch. */
const face = (family: string, fails = false) => ({
  family: `"${family}"`,
  load: vi.fn(() => (fails ? Promise.reject(new Error('offline')) : Promise.resolve())),
});

function page({ lang = 'en', faces = [] as ReturnType<typeof face>[], storage = true, using = false } = {}) {
  const root = document.documentElement;
  root.lang = lang;
  root.toggleAttribute(WEB_FACES_ATTRIBUTE, using);
  // jsdom has no FontFaceSet: the page's faces stand in for it.
  Object.defineProperty(document, 'fonts', { configurable: true, get: () => faces });
  const stored = new Map<string, string>();
  const win = {
    get localStorage() {
      if (!storage) throw new DOMException('refused', 'SecurityError');
      return { setItem: (key: string, value: string) => stored.set(key, value) };
    },
  } as unknown as Window;
  return { win, stored };
}

describe('the web faces', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete (document as { fonts?: unknown }).fonts;
    document.documentElement.removeAttribute(WEB_FACES_ATTRIBUTE);
    document.documentElement.lang = 'en';
  });

  it('names the Cyrillic cuts only for the Russian edition', () => {
    expect(webFaceFamilies('en')).toEqual(['Source Serif 4', 'Source Sans 3']);
    expect(webFaceFamilies('uz-Latn')).toEqual(['Source Serif 4', 'Source Sans 3']);
    expect(webFaceFamilies('ru')).toContain('Source Serif 4 Cyrillic');
  });

  it('fetches the page’s faces, not another edition’s, and notes them for the next view', async () => {
    const serif = face('Source Serif 4');
    const cyrillic = face('Source Serif 4 Cyrillic');
    const { win, stored } = page({ faces: [serif, cyrillic] });
    await cacheWebFaces(document, win);
    expect(serif.load).toHaveBeenCalled();
    expect(cyrillic.load).not.toHaveBeenCalled();
    expect(stored.get(webFacesKey('en'))).toBe('1');
  });

  it('notes nothing when a face fails to arrive, so the next view starts in the fallbacks', async () => {
    const { win, stored } = page({ faces: [face('Source Serif 4'), face('Source Sans 3', true)] });
    await cacheWebFaces(document, win);
    expect(stored.size).toBe(0);
  });

  it('spends none of the reader’s data where storage is refused', async () => {
    const refused = face('Source Serif 4');
    await cacheWebFaces(document, page({ faces: [refused], storage: false }).win);
    expect(refused.load).not.toHaveBeenCalled();
  });

  it('notes the faces a page drawn by script already uses, for the scroll story’s next view', async () => {
    const { win, stored } = page({ faces: [face('Source Serif 4')], using: true });
    await cacheWebFaces(document, win);
    expect(stored.get(webFacesKey('en'))).toBe('1');
  });
});
