import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../scripts/sourceFiles.mjs';
import { QUIET_EVENTS } from '../../src/app/quietRootEvents';

/**
 * The import rules of STYLE.md, enforced: arrows point one way. Each folder lists the folders and
 * packages its (non-test) files may import. Relative imports inside the same folder are always fine.
 */
const SRC = resolve(__dirname, '../../src');
const D3_MODULES = ['d3-scale', 'd3-time', 'd3-shape', 'd3-array', 'd3-format', 'd3-time-format'];
const RULES: Record<string, { folders: string[]; packages: string[] }> = {
  story: { folders: [], packages: [] },
  lib: { folders: [], packages: ['d3-time', 'd3-time-format'] },
  theme: { folders: [], packages: ['react'] },
  charts: { folders: ['theme', 'lib'], packages: ['react', 'framer-motion', ...D3_MODULES] },
  // The one translator from a beat to chart props: pure functions, no React.
  scenes: { folders: ['story', 'charts', 'lib'], packages: [] },
  // The reader UI every mode shares; ScrollStory joins the scroll engine to the beats once, for every mode.
  reader: { folders: ['scenes', 'story', 'charts', 'scroll', 'theme', 'lib'], packages: ['react', 'framer-motion'] },
  scroll: { folders: ['lib'], packages: ['react'] },
  // article/usePrinting flushes one state update synchronously (react-dom's flushSync) before print layout.
  article: { folders: ['reader', 'scenes', 'scroll', 'story', 'theme', 'lib'], packages: ['react', 'react-dom', 'framer-motion'] },
  embed: { folders: ['reader', 'scenes', 'scroll', 'story', 'theme', 'lib'], packages: ['react', 'framer-motion'] },
  present: { folders: ['reader', 'scenes', 'scroll', 'story', 'theme', 'lib'], packages: ['react', 'framer-motion'] },
  lesson: { folders: ['reader', 'scenes', 'scroll', 'story', 'theme', 'lib'], packages: ['react', 'framer-motion'] },
  // The compact card a content system embeds: one beat at a time, sized by the host's own protocol.
  card: { folders: ['embed', 'reader', 'scenes', 'story', 'theme', 'lib'], packages: ['react', 'framer-motion'] },
  // Link previews and share cards, written by the build from the server entry: never in the browser's bundle.
  share: { folders: ['charts', 'scenes', 'story', 'lib'], packages: ['react', 'react-dom'] },
  // The composition root provides the story to every page.
  app: {
    folders: ['article', 'embed', 'present', 'lesson', 'card', 'reader', 'story', 'theme', 'lib'],
    packages: ['react', 'react-dom', 'framer-motion'],
  },
  // The entries pick the story to render.
  '.': { folders: ['app', 'share', 'story', 'theme', 'lib'], packages: ['react', 'react-dom', 'virtual:edition'] },
  // Each translated edition's page: the app, started with that edition's words (a module the build writes).
  editions: { folders: ['app', 'story'], packages: ['virtual:edition'] },
  loader: { folders: [], packages: [] },
  // boot.js decides when the app starts, by the same mode rules the app renders by (app/readMode).
  boot: { folders: ['app', 'lib'], packages: [] },
};

const importsOf = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g,
    ),
  ].map((m) => (m[1] ?? m[2] ?? m[3]) as string);

const topFolder = (file: string) => {
  const rel = relative(SRC, file);
  if (rel.includes('/')) return rel.split('/')[0]!;
  // A bare folder import (`../story`) names the folder; a file at the top (`main.tsx`) belongs to '.'.
  return /\.[a-z]+$/.test(rel) ? '.' : rel;
};

describe('architecture', () => {
  const files = sourceFiles(SRC);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('keeps every import within its folder’s rules', () => {
    const problems: string[] = [];
    for (const file of files) {
      const folder = topFolder(file);
      const rule = RULES[folder];
      if (!rule) {
        problems.push(`${relative(SRC, file)}: folder "${folder}" has no import rule`);
        continue;
      }
      for (const spec of importsOf(file)) {
        if (spec.endsWith('.css')) continue;
        if (spec.startsWith('.')) {
          const target = topFolder(resolve(dirname(file), spec));
          if (target !== folder && !rule.folders.includes(target)) problems.push(`${relative(SRC, file)} imports ${spec} (${target}/)`);
        } else {
          const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
          if (!rule.packages.includes(pkg)) problems.push(`${relative(SRC, file)} imports package ${spec}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('imports d3 by module, never the umbrella, and never d3-selection', () => {
    for (const file of files) {
      for (const spec of importsOf(file)) {
        expect(spec, relative(SRC, file)).not.toBe('d3');
        expect(spec, relative(SRC, file)).not.toBe('d3-selection');
      }
    }
  });

  it('gives no component a React handler for an event kept from React’s root', () => {
    // React's names for the quiet events, and the enter and leave events it makes from them.
    const names = [
      'Wheel',
      'MouseOver',
      'MouseOut',
      'PointerOver',
      'PointerOut',
      'MouseEnter',
      'MouseLeave',
      'PointerEnter',
      'PointerLeave',
    ];
    expect(QUIET_EVENTS).toEqual(['wheel', 'pointerover', 'pointerout', 'mouseover', 'mouseout']);
    const handler = new RegExp(`\\bon(${names.join('|')})(Capture)?=\\{`);
    const offenders = files.filter((file) => !/\.test\.tsx?$/.test(file) && handler.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });
});
