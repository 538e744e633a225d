import { describe, expect, it } from 'vitest';
import { addressTags } from '../../scripts/build/pageHtml';
import { siteAddress } from '../../scripts/build/siteAddress';

const EDITIONS = [
  { lang: 'en', dir: '' },
  { lang: 'ru', dir: 'ru' },
  { lang: 'uz-Latn', dir: 'uz' },
];
const href = (tags: string[], pattern: RegExp) => tags.map((tag) => pattern.exec(tag)?.[1]).filter(Boolean);

describe('the published address (SITE_URL)', () => {
  it('is a folder’s absolute http(s) address, given or not', () => {
    expect(siteAddress(undefined)).toBeNull();
    expect(siteAddress('  ')).toBeNull();
    expect(siteAddress('https://news.example/graphics/khamroyev')).toBe('https://news.example/graphics/khamroyev/');
    expect(siteAddress('http://localhost:4173/')).toBe('http://localhost:4173/');
  });

  it('stops the build, naming the setting, when it is not one', () => {
    for (const bad of [
      'news.example/khamroyev/',
      'ftp://news.example/',
      'https://news.example/?a=1',
      'https://news.example/#top',
      'https://u:p@news.example/',
    ])
      expect(() => siteAddress(bad), bad).toThrow(/SITE_URL/);
  });
});

describe('a page’s address tags', () => {
  it('without the address: alternates relative to the page, no canonical link', () => {
    const ru = addressTags(EDITIONS, EDITIONS[1]!, null);
    expect(href(ru, /hreflang="[^"]+" href="([^"]+)"/)).toEqual(['../', '../ru/', '../uz/', '../']);
    expect(ru.some((tag) => tag.includes('canonical'))).toBe(false);
    expect(href(addressTags(EDITIONS, EDITIONS[0]!, null), /href="([^"]+)"/)).toEqual(['./', './ru/', './uz/', './']);
  });

  it('with the address: the canonical link and every alternate absolute, English the default', () => {
    const site = 'https://news.example/graphics/khamroyev/';
    const uz = addressTags(EDITIONS, EDITIONS[2]!, site);
    expect(href(uz, /rel="canonical" href="([^"]+)"/)).toEqual([`${site}uz/`]);
    expect(href(uz, /hreflang="([^"]+)"/)).toEqual(['en', 'ru', 'uz-Latn', 'x-default']);
    expect(href(uz, /hreflang="[^"]+" href="([^"]+)"/)).toEqual([site, `${site}ru/`, `${site}uz/`, site]);
  });

  it('a story in one language has no alternates, only its canonical link when published', () => {
    expect(addressTags([EDITIONS[0]!], EDITIONS[0]!, null)).toEqual([]);
    expect(addressTags([EDITIONS[0]!], EDITIONS[0]!, 'https://news.example/')).toEqual([
      '<link rel="canonical" href="https://news.example/" />',
    ]);
  });
});
