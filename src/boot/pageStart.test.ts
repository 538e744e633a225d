import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WEB_FACES_ATTRIBUTE, webFacesKey } from '../lib/webFaces';
import { LOAD_WAIT_CAP_MS } from './afterPageLoad';
import { RESTORING_SCROLL_ATTRIBUTE } from './layOutBeats';
import { pageStart } from './pageStart';

/** A page whose first script names boot.js, in a window with the given query, storage and paint timing. */
function openPage({
  search = '',
  stored = null as string | null,
  paintTiming = true,
  storageRefused = false,
  lang = 'en',
  navigation = 'navigate',
  hash = '',
  forcedColors = false,
  framed = false,
  canWait = true,
} = {}) {
  document.head.replaceChildren();
  document.documentElement.lang = lang;
  document.documentElement.removeAttribute(RESTORING_SCROLL_ATTRIBUTE);
  document.documentElement.removeAttribute(WEB_FACES_ATTRIBUTE);
  const script = document.createElement('script');
  script.setAttribute('data-boot', '../boot.js');
  script.setAttribute('data-styles', '../assets/after-paint.css');
  document.head.appendChild(script);
  vi.spyOn(document, 'currentScript', 'get').mockReturnValue(script);
  let paint: ((list: { getEntriesByName: (name: string) => unknown[] }) => void) | null = null;
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint'] : [];
    constructor(callback: typeof paint) {
      paint = callback;
    }
    observe() {}
    disconnect() {}
  }
  const win = {
    parent: null as unknown,
    HTMLLinkElement: { prototype: canWait ? { blocking: null } : {} },
    location: { search, hash },
    matchMedia: (query: string) => ({ matches: forcedColors && query === '(forced-colors: active)' }),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    PerformanceObserver: FakeObserver,
    performance: { getEntriesByType: (type: string) => (type === 'navigation' ? [{ type: navigation }] : []) },
    get localStorage() {
      if (storageRefused) throw new DOMException('refused', 'SecurityError');
      return { getItem: (key: string) => (key === webFacesKey('en') ? stored : null) };
    },
  } as unknown as Window & typeof globalThis;
  (win as { parent: unknown }).parent = framed ? {} : win;
  pageStart(document, win);
  return {
    boot: () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map((s) => s.getAttribute('src')),
    /** The stylesheets linked, each as its address and whether the first paint waits for it. */
    styles: () =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => ({
        href: link.getAttribute('href'),
        blocking: link.getAttribute('blocking') === 'render',
      })),
    paint: () => paint?.({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) }),
  };
}

describe('the page’s first script', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('waits for the paint, whatever the query says', () => {
    expect(openPage({ search: '?mode=scroll&beat=verdict' }).boot()).toEqual([]);
    expect(openPage({ search: '?mode=nonsense' }).boot()).toEqual([]);
    expect(openPage({ search: '?mode=present' }).boot()).toEqual([]);
  });

  it('starts boot.js only in the task after the story’s first contentful paint, once', async () => {
    const page = openPage();
    await vi.advanceTimersByTimeAsync(500);
    expect(page.boot()).toEqual([]);
    page.paint();
    expect(page.boot()).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(page.boot()).toEqual(['../boot.js']);
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_CAP_MS);
    expect(page.boot()).toEqual(['../boot.js']);
  });

  it('starts boot.js anyway when no paint comes (a hidden frame)', async () => {
    const page = openPage();
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_CAP_MS);
    expect(page.boot()).toEqual(['../boot.js']);
  });

  it('starts boot.js after the paint for a page drawn by script too, and a task later where the browser has no paint timing', async () => {
    const present = openPage({ search: '?mode=present' });
    expect(present.boot()).toEqual([]);
    present.paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(present.boot()).toEqual(['../boot.js']);
    const page = openPage({ paintTiming: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(page.boot()).toEqual(['../boot.js']);
  });

  it('sets the page in the web faces only where this browser has cached them', () => {
    openPage({ stored: '1' });
    expect(document.documentElement.hasAttribute(WEB_FACES_ATTRIBUTE)).toBe(true);
    openPage({ stored: null });
    expect(document.documentElement.hasAttribute(WEB_FACES_ATTRIBUTE)).toBe(false);
    // The English edition's note says nothing of the Russian faces.
    openPage({ stored: '1', lang: 'ru' });
    expect(document.documentElement.hasAttribute(WEB_FACES_ATTRIBUTE)).toBe(false);
  });

  it('keeps every beat in the first layout on a reload or a return through history, not on a fresh visit', () => {
    openPage({ navigation: 'reload' });
    expect(document.documentElement.hasAttribute(RESTORING_SCROLL_ATTRIBUTE)).toBe(true);
    openPage({ navigation: 'back_forward' });
    expect(document.documentElement.hasAttribute(RESTORING_SCROLL_ATTRIBUTE)).toBe(true);
    openPage({ navigation: 'navigate' });
    expect(document.documentElement.hasAttribute(RESTORING_SCROLL_ATTRIBUTE)).toBe(false);
  });

  it('keeps the fallback faces, and still starts the story, where storage is refused', async () => {
    const page = openPage({ storageRefused: true });
    expect(document.documentElement.hasAttribute(WEB_FACES_ATTRIBUTE)).toBe(false);
    page.paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(page.boot()).toEqual(['../boot.js']);
  });

  it('links the rest of the stylesheet with boot.js once a first view of the story’s top has painted', async () => {
    const page = openPage();
    expect(page.styles()).toEqual([]);
    page.paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(page.styles()).toEqual([{ href: '../assets/after-paint.css', blocking: false }]);
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_CAP_MS);
    expect(page.styles()).toHaveLength(1);
  });

  it('has every other view of the story wait for the rest of the stylesheet before its first paint', () => {
    const waits = { href: '../assets/after-paint.css', blocking: true };
    // A link into the story, a restored offset, the web faces, a forced-colours mode.
    expect(openPage({ hash: '#verdict' }).styles()).toEqual([waits]);
    expect(openPage({ navigation: 'reload' }).styles()).toEqual([waits]);
    expect(openPage({ stored: '1' }).styles()).toEqual([waits]);
    expect(openPage({ forcedColors: true }).styles()).toEqual([waits]);
  });

  it('links it with boot.js for a page drawn by script, which waits for it itself, not its first paint', async () => {
    const page = openPage({ search: '?mode=embed', stored: '1' });
    expect(page.styles()).toEqual([]);
    page.paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(page.styles()).toEqual([{ href: '../assets/after-paint.css', blocking: false }]);
  });

  it('starts boot.js at once for a page drawn by script in a frame, which may not paint until the reader nears it', () => {
    expect(openPage({ search: '?mode=embed', framed: true }).boot()).toEqual(['../boot.js']);
    expect(openPage({ search: '?mode=present', framed: false }).boot()).toEqual([]);
    expect(openPage({ framed: true }).boot()).toEqual([]);
  });

  it('keeps the fallback faces where a stylesheet cannot hold the first paint for their rules', () => {
    openPage({ stored: '1', canWait: false });
    expect(document.documentElement.hasAttribute(WEB_FACES_ATTRIBUTE)).toBe(false);
  });
});
