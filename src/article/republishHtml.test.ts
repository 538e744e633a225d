import { describe, expect, it } from 'vitest';
import { allEditions } from '../../tests/unit/editions';
import type { StoryEdition } from '../story';
import { republishHtml } from './republishHtml';

/**
 * A strict sanitiser, as a content system runs on pasted HTML: paragraphs, headings, lists, links
 * and emphasis, and only `href` (http or https) on links. Anything else goes, with its content; an
 * attribute it does not allow goes alone.
 */
const ALLOWED = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'UL', 'OL', 'LI', 'A', 'EM', 'STRONG', 'I', 'B']);
function sanitise(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const walk = (parent: Element) => {
    for (const child of Array.from(parent.children)) {
      if (!ALLOWED.has(child.tagName)) {
        child.remove();
        continue;
      }
      for (const attribute of Array.from(child.attributes)) {
        const keep = child.tagName === 'A' && attribute.name === 'href' && /^https?:\/\//.test(attribute.value);
        if (!keep) child.removeAttribute(attribute.name);
      }
      walk(child);
    }
  };
  walk(doc.body);
  return doc.body.innerHTML;
}

const textOf = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.textContent ?? '';

async function republished(edition: StoryEdition, storyUrl = 'https://news.example/graphics/khamroyev/') {
  const [prose, details, corrections, sources, furniture] = await Promise.all([
    edition.load.prose(),
    edition.load.details(),
    edition.load.corrections(),
    edition.load.sources(),
    edition.load.furniture(),
  ]);
  return {
    html: republishHtml({
      meta: edition.meta,
      beats: edition.beats,
      prose,
      method: details.method,
      corrections,
      sources,
      licence: details.licence,
      ui: edition.ui,
      originally: furniture.republish.originally,
      storyUrl,
    }),
    prose,
    sources,
    corrections,
  };
}

for (const edition of allEditions) {
  describe(`the republish HTML (${edition.lang})`, () => {
    it('survives a strict sanitiser with every word and every link', async () => {
      const { html } = await republished(edition);
      const clean = sanitise(html);
      expect(textOf(clean)).toBe(textOf(html));
      // Nothing but the language of the Russian words goes: every element and link stays as written.
      const asParsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
      asParsed.querySelectorAll('[lang]').forEach((element) => element.removeAttribute('lang'));
      expect(clean).toBe(asParsed.innerHTML);
    });

    it('holds the headline, every beat’s heading and text, every correction, every source, the credit, the licence and a link back', async () => {
      const storyUrl = 'https://news.example/graphics/khamroyev/';
      const { html, prose, sources, corrections } = await republished(edition, storyUrl);
      const text = textOf(html);
      expect(text).toContain(edition.meta.headline);
      expect(text).toContain(edition.meta.credit);
      for (const beat of edition.beats) {
        expect(text).toContain(beat.heading);
        for (const paragraph of prose[beat.id] ?? [])
          for (const run of paragraph) expect(text).toContain(typeof run === 'string' ? run : 'ru' in run ? run.ru : run.em);
      }
      for (const correction of corrections) expect(text).toContain(correction.reportWording);
      for (const source of sources) {
        expect(text).toContain(source.title);
        if (source.url) expect(html).toContain(`href="${source.url.replace(/&/g, '&amp;')}"`);
      }
      expect(html).toContain(`href="${storyUrl}"`);
      expect(html).toContain('href="https://creativecommons.org/licenses/by-nc-nd/4.0/"');
      expect(html).not.toMatch(/\{(link|licence)\}/);
    });
  });
}
