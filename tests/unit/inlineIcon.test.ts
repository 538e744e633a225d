import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineIcon, svgDataUrl } from '../../scripts/build/inlineIcon';

const root = resolve(__dirname, '../..');

describe('the favicon carried in the page', () => {
  it('is a data: URL that survives the attribute and the URL parser: no double quote, #, %, < or > left bare', () => {
    const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg">\n  <rect fill="#1b1b1b" width="100%"/>\n</svg>\n');
    expect(url).toBe(
      "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E %3Crect fill='%231b1b1b' width='100%25'/%3E %3C/svg%3E",
    );
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toContain("fill='#1b1b1b'");
  });

  it('replaces the template’s link to public/favicon.svg, and refuses a template that no longer has one', () => {
    const page = inlineIcon('<head><link rel="icon" href="./favicon.svg" type="image/svg+xml" /></head>', root);
    expect(page).toMatch(/<link rel="icon" href="data:image\/svg\+xml,%3Csvg [^"]+" type="image\/svg\+xml" \/>/);
    expect(() => inlineIcon('<head></head>', root)).toThrow(/icon/);
  });
});
