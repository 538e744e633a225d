/**
 * The share cards as PNG files, rendered at build time from their SVG (src/share/ShareCard.tsx) with
 * resvg and the project's own fonts: no browser is needed to build them. The SVG's classes are
 * styled by the charts' stylesheet and the cards' own, with the theme's light colours written in,
 * since an image has no theme and resvg reads no CSS variables.
 */
import { Resvg } from '@resvg/resvg-js';
import fontverter from 'fontverter';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The stylesheets a card is drawn with, relative to the project's root, in order. */
const CARD_STYLES = ['src/charts/shared/charts.css', 'src/share/shareCard.css'];
const TOKENS = 'src/theme/tokens.css';
const FONTS = 'src/theme/fonts';

/** A stylesheet without its `@media` blocks (dark theme, forced colours): a card is drawn in the light theme. */
function withoutMediaBlocks(css: string): string {
  let out = '';
  let at = 0;
  for (let start = css.indexOf('@media', at); start >= 0; start = css.indexOf('@media', at)) {
    out += css.slice(at, start);
    let depth = 0;
    let i = css.indexOf('{', start);
    for (; i < css.length; i += 1) {
      if (css[i] === '{') depth += 1;
      else if (css[i] === '}' && (depth -= 1) === 0) break;
    }
    at = i + 1;
  }
  return out + css.slice(at);
}

/** The light theme's custom properties, from the first `:root` block of tokens.css. */
function lightTokens(root: string): Map<string, string> {
  const css = readFileSync(resolve(root, TOKENS), 'utf8');
  const block = css.match(/:root\s*{([^}]*)}/)?.[1];
  if (!block) throw new Error(`shareCards: no :root block in ${TOKENS}`);
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The cards' stylesheet with every `var(--token)` replaced by its light value. */
export function cardStylesheet(root: string): string {
  const tokens = lightTokens(root);
  const css = CARD_STYLES.map((file) => withoutMediaBlocks(readFileSync(resolve(root, file), 'utf8'))).join('\n');
  return css.replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
    const value = tokens.get(name);
    if (value === undefined) throw new Error(`shareCards: ${name} is used by a card's stylesheet but not set in ${TOKENS}`);
    return value;
  });
}

/** The project's own faces as TrueType files resvg can read, converted into `cacheDir` at each build. */
async function truetypeFonts(root: string, cacheDir: string): Promise<string[]> {
  mkdirSync(cacheDir, { recursive: true });
  const files: string[] = [];
  for (const name of readdirSync(resolve(root, FONTS)).filter((file) => file.endsWith('.woff2'))) {
    const target = join(cacheDir, name.replace(/\.woff2$/, '.ttf'));
    writeFileSync(target, await fontverter.convert(readFileSync(resolve(root, FONTS, name)), 'truetype'));
    files.push(target);
  }
  if (files.length === 0) throw new Error(`shareCards: no fonts in ${FONTS}: run npm run fonts`);
  return files;
}

/**
 * The card without what it does not show: the charts keep every mark mounted and fade out those a
 * beat does not draw (`opacity="0"`), some of them far off the canvas, which resvg cannot draw (it
 * stops the process). A card needs none of them.
 */
export function withoutHidden(svg: string): string {
  const hidden = /<([a-zA-Z]+)\b[^>]*\sopacity="0"[^>]*>/g;
  let out = svg;
  for (let found = hidden.exec(out); found; found = hidden.exec(out)) {
    const start = found.index;
    let end = start + found[0].length;
    if (!found[0].endsWith('/>')) {
      // Through the matching closing tag: the markup is React's, well formed.
      const tags = new RegExp(`<(/?)${found[1]}\\b[^>]*?(/?)>`, 'g');
      tags.lastIndex = end;
      let depth = 1;
      for (let tag = tags.exec(out); tag; tag = tags.exec(out)) {
        if (tag[1]) depth -= 1;
        else if (!tag[2]) depth += 1;
        if (depth === 0) {
          end = tag.index + tag[0].length;
          break;
        }
      }
      if (depth !== 0) throw new Error(`shareCards: no closing tag for a hidden <${found[1]}>`);
    }
    out = out.slice(0, start) + out.slice(end);
    hidden.lastIndex = start;
  }
  return out;
}

/** Renders card SVGs to PNG with the project's fonts and the cards' stylesheet. */
export async function cardRenderer(root: string, cacheDir: string): Promise<(svg: string) => Buffer> {
  const fonts = await truetypeFonts(root, cacheDir);
  // Each script's cut of a face has the same family name: resvg draws a text with the first face
  // its family names and finds other letters in the faces that hold them. So the cut of the card's
  // own script comes first.
  const scriptFirst = (script: string) => [...fonts].sort((a, b) => Number(b.includes(`-${script}-`)) - Number(a.includes(`-${script}-`)));
  const style = `<style>${cardStylesheet(root)}</style>`;
  return (svg: string) => {
    const fontFiles = scriptFirst(/[\u0400-\u04ff]/.test(svg) ? 'cyrillic' : 'latin');
    const shown = withoutHidden(svg);
    const at = shown.indexOf('>') + 1;
    const styled = shown.slice(0, at) + style + shown.slice(at);
    const png = new Resvg(styled, {
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Source Sans 3' },
      textRendering: 1,
      shapeRendering: 2,
    })
      .render()
      .asPng();
    return Buffer.from(png);
  };
}
