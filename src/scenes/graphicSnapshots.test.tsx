import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SentenceChart } from '../charts/SentenceChart/SentenceChart';
import { Timeline } from '../charts/Timeline/Timeline';
import type { StoryEdition } from '../story';
import { allEditions } from '../../tests/unit/editions';
import { graphicFor } from './graphicFor';

/**
 * A snapshot of each beat's graphic as a file a reviewer opens in a browser: the sentence chart as an
 * SVG document styled by the project's own stylesheets, the timeline (an SVG inside its HTML list) as
 * an HTML page. Numbers are rounded to one decimal and React's generated ids numbered in order, so a
 * diff shows geometry, not noise. A snapshot that differs is written beside the old one as
 * `<beat>-changed.svg` (or `.html`) to open side by side; `vitest -u` accepts it. English, the source,
 * in `__snapshots__/`; each translation in a folder of its own, where its longer labels show.
 */
const ROOT = resolve(__dirname, '__snapshots__');
const dirOf = (edition: StoryEdition) => (edition.lang === 'en' ? ROOT : `${ROOT}/${edition.lang}`);
const STYLES = ['../../theme/tokens.css', '../../charts/shared/charts.css'];
const size = { width: 640, height: 360 };

function normalised(markup: string): string {
  const ids = new Map<string, string>();
  return markup
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/_R_[\w]+_|«[^»]+»/g, (id) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
      return ids.get(id)!;
    })
    .replace(/></g, '>\n<');
}

function svgDocument(markup: string, depth: number): string {
  const styles = STYLES.map((href) => `<?xml-stylesheet href="${'../'.repeat(depth)}${href}" type="text/css"?>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${styles}\n${markup.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')}\n`;
}

function htmlDocument(markup: string, title: string, lang: string, depth: number): string {
  const styles = STYLES.map((href) => `<link rel="stylesheet" href="${'../'.repeat(depth)}${href}">`).join('\n');
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<meta charset="utf-8">\n<title>${title}</title>\n${styles}\n<body style="width:${size.width}px;height:${size.height}px">\n${markup}\n</body>\n</html>\n`;
}

/** Compares with the stored file; writes `-changed` beside it when they differ, unless updating. */
function matchFile(dir: string, name: string, extension: string, content: string): void {
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/${name}.${extension}`;
  const changed = `${dir}/${name}-changed.${extension}`;
  const updating = (expect.getState().snapshotState as unknown as { _updateSnapshot: string })._updateSnapshot === 'all';
  // Under CI a missing snapshot is a failure: written there, it would be compared with nothing.
  if (!existsSync(file) && process.env.CI === 'true') throw new Error(`No snapshot ${file}: run vitest locally and commit it`);
  if (updating || !existsSync(file)) {
    writeFileSync(file, content);
    rmSync(changed, { force: true });
    return;
  }
  const stored = readFileSync(file, 'utf8');
  if (stored === content) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, content);
  expect(content, `${name}.${extension} changed: open ${name}-changed.${extension} beside it, and run vitest -u to accept`).toBe(stored);
}

for (const edition of allEditions) {
  const dir = dirOf(edition);
  const depth = edition.lang === 'en' ? 0 : 1;
  describe(`graphic snapshots (${edition.lang}): a reviewer opens each beat’s chart as a file`, () => {
    it('keeps one snapshot per beat, and none for a beat or chart that is gone', () => {
      const expected = edition.beats
        .map((beat) => `${beat.id}.${graphicFor(edition, beat.id).shown === 'timeline' ? 'html' : 'svg'}`)
        .sort();
      const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.includes('-changed.'));
      expect(files.map((entry) => entry.name).sort()).toEqual(expected);
    });

    for (const beat of edition.beats) {
      it(beat.id, () => {
        const graphic = graphicFor(edition, beat.id);
        if (graphic.shown === 'timeline') {
          const markup = renderToStaticMarkup(
            <Timeline data={graphic.timeline!.data} state={graphic.timeline!.state} {...size} text={edition.chartCopy.timelineText} />,
          );
          matchFile(dir, beat.id, 'html', htmlDocument(normalised(markup), beat.graphicTitle, edition.lang, depth));
        } else {
          const markup = renderToStaticMarkup(<SentenceChart data={graphic.sentence!.data} state={graphic.sentence!.state} {...size} />);
          matchFile(dir, beat.id, 'svg', svgDocument(normalised(markup), depth));
        }
      });
    }
  });
}
