/**
 * What the published page loads, read from Vite's manifest of the client build
 * (`<outDir>/.vite/manifest.json`) rather than from the HTML Vite would write.
 */
import { readFileSync } from 'node:fs';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface EntryFiles {
  /** The scripts to start, in order: the chunks the entry imports (React), then the entry. */
  scripts: string[];
  /** The stylesheets the entry and its static imports need. */
  css: string[];
  /** Every file the build wrote, as the manifest lists it (scripts, styles, fonts, images). */
  all: string[];
}

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(`${outDir}/.vite/manifest.json`, 'utf8')) as Manifest;
}

/** The entry's files: its static imports first, depth first, each once, then the entry itself. */
export function entryFiles(manifest: Manifest, entry: string): EntryFiles {
  const root = manifest[entry];
  if (!root?.isEntry) throw new Error(`Vite's manifest has no entry ${entry}`);
  const scripts: string[] = [];
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Vite's manifest has no chunk ${key}, which another imports`);
    chunk.imports?.forEach(visit);
    chunk.css?.forEach((file) => css.add(file));
    scripts.push(chunk.file);
  };
  visit(entry);
  const all = new Set<string>();
  for (const chunk of Object.values(manifest)) [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])].forEach((file) => all.add(file));
  return { scripts, css: [...css], all: [...all] };
}

/** The file a stylesheet entry of the build (`src/theme/afterPaint.css`) was written to. */
export function stylesheetEntry(manifest: Manifest, entry: string): string {
  const chunk = manifest[entry];
  if (!chunk?.isEntry || !chunk.file.endsWith('.css')) throw new Error(`Vite's manifest has no stylesheet entry ${entry}`);
  return chunk.file;
}
