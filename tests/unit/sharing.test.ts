import { describe, expect, it } from 'vitest';
import { publisherName } from '../../scripts/build/publisher';
import { withoutHidden } from '../../scripts/build/shareCards';
import { oembedAnswer, sharePage, storyTags, structuredData, structuredDataScript, type SharingPlace } from '../../scripts/build/sharing';
import { sharingData } from '../../src/share/sharingData';
import { allEditions } from './editions';

const SITE = 'https://news.example/graphics/khamroyev/';
const published: SharingPlace = { dir: '', siteUrl: SITE, siteName: 'News Example' };
const unpublished: SharingPlace = { dir: '', siteUrl: null, siteName: null };

describe('what a page tells the sites that link to it', async () => {
  const english = await sharingData(allEditions[0]!);
  const russian = await sharingData(allEditions[1]!);

  it('with the published address: absolute page, image and oEmbed addresses, a large-image card', () => {
    const tags = storyTags(english, published).join('\n');
    expect(tags).toContain(`<meta property="og:url" content="${SITE}" />`);
    expect(tags).toContain(`<meta property="og:image" content="${SITE}share/story.png" />`);
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(tags).toContain(`href="${SITE}oembed/story.json"`);
    expect(tags).toContain('<meta property="og:site_name" content="News Example" />');
    expect(tags).toContain('<meta property="og:locale" content="en_GB" />');
    expect(tags).toContain('<meta property="og:locale:alternate" content="uz_UZ" />');
  });

  it('without it: no tag that would have to be absolute, and a plain summary card', () => {
    const tags = storyTags(english, unpublished).join('\n');
    expect(tags).not.toMatch(/og:url|og:image|twitter:image|oembed/);
    expect(tags).toContain('<meta name="twitter:card" content="summary" />');
    expect(tags).toContain('<meta property="og:title"');
    expect(oembedAnswer(english, unpublished, null)).toBeNull();
  });

  it('writes the structured data as schema.org’s NewsArticle, dated by the record of updates', () => {
    const article = structuredData(english, published, null) as unknown as Record<string, unknown>;
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: english.headline,
      inLanguage: 'en',
      datePublished: '2026-11-28',
      dateModified: english.modified,
      license: 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
      publisher: { '@type': 'Organization', name: 'News Example', url: SITE },
    });
    expect(article.image).toEqual([`${SITE}share/story-1x1.png`, `${SITE}share/story-4x3.png`, `${SITE}share/story-16x9.png`]);
    const translation = structuredData(russian, { ...published, dir: 'ru' }, { place: published, lang: 'en' }) as unknown as Record<
      string,
      unknown
    >;
    expect(translation).toMatchObject({
      inLanguage: 'ru',
      url: `${SITE}ru/`,
      datePublished: '2026-12-03',
      translationOfWork: { url: SITE, inLanguage: 'en' },
    });
    expect(structuredData(english, unpublished, null)).not.toHaveProperty('url');
  });

  it('keeps the structured data inside its script element whatever the text says', () => {
    const script = structuredDataScript({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '</script><script>alert(1)</script>',
    });
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(script.slice(script.indexOf('>') + 1, -'</script>'.length)).headline).toBe('</script><script>alert(1)</script>');
  });

  it('answers oEmbed with the card view of the story or a beat, its size, thumbnail and licence', () => {
    const beat = english.beats.find((b) => b.id === 'verdict')!;
    const answer = oembedAnswer(english, published, beat)!;
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'News Example',
      thumbnail_url: `${SITE}share/verdict.png`,
    });
    expect(answer.html).toContain(`src="${SITE}?mode=card&amp;step=verdict"`);
    // A quoted link first: WordPress sizes the frame only for an answer with one.
    expect(answer.html).toMatch(new RegExp(`^<blockquote><a href="${SITE}share/verdict/">[^<]+</a></blockquote><iframe `));
    expect(answer.license).toBe('CC BY-NC-ND 4.0');
  });

  it('writes each beat a share page that links into the story at it, its text escaped', () => {
    const beat = { ...english.beats[0]!, heading: 'A <b>bold</b> & "quoted" heading' };
    const page = sharePage(english, published, beat, ['../../assets/index.css']);
    expect(page).toContain('<h1>A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; heading</h1>');
    expect(page).toContain(`<a class="share-page-link" href="../../#${beat.id}">`);
    expect(page).toContain(`<link rel="canonical" href="${SITE}share/${beat.id}/" />`);
    expect(page).not.toContain('<script');
  });
});

describe('the publisher setting', () => {
  it('is the name given, else the published address’s host, else none', () => {
    expect(publisherName('  News   Example ', SITE)).toBe('News Example');
    expect(publisherName(undefined, SITE)).toBe('news.example');
    expect(publisherName('', null)).toBeNull();
    expect(() => publisherName('x'.repeat(121), SITE)).toThrow(/SITE_NAME must be a name of at most 120 characters/);
  });
});

describe('a share card without what it does not show', () => {
  it('drops every element faded out, with its children, and keeps the rest', () => {
    const svg =
      '<svg><g opacity="0"><g><circle r="1"></circle></g></g><g opacity="1"><rect></rect></g><circle opacity="0"/><text>a</text></svg>';
    expect(withoutHidden(svg)).toBe('<svg><g opacity="1"><rect></rect></g><text>a</text></svg>');
  });
});
