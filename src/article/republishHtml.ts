import { escapeHtml } from '../lib/escapeHtml';
import type { BeatProse, Correction, EditionBeat, Inline, Licence, Paragraph, Source, StoryMeta, UiCopy } from '../story';

/** Everything the republished text is made of: the edition's words and where the story lives. */
export interface RepublishParts {
  meta: Pick<StoryMeta, 'headline' | 'dek' | 'credit' | 'reportLang'>;
  beats: readonly EditionBeat[];
  prose: BeatProse;
  method: readonly Paragraph[];
  corrections: readonly Correction[];
  sources: readonly Source[];
  licence: Licence;
  ui: Pick<UiCopy, 'sourcesLabel' | 'methodHeading' | 'sourcesHeading' | 'correctionsTable'>;
  /** The line under the headline: `{link}` and `{licence}` filled here. */
  originally: string;
  /** The story's published address: the link back. */
  storyUrl: string;
}

const escape = escapeHtml;

/** A run as HTML: Russian in `<i lang="ru">` (a strict allowlist keeps the letters if not the language), emphasis in `<em>`. */
const run = (inline: Inline) =>
  typeof inline === 'string' ? escape(inline) : 'ru' in inline ? `<i lang="ru">${escape(inline.ru)}</i>` : `<em>${escape(inline.em)}</em>`;

const paragraph = (runs: Paragraph) => `<p>${runs.map(run).join('')}</p>`;

const link = (href: string, text: string) => `<a href="${escape(href)}">${escape(text)}</a>`;

/**
 * The whole story as clean HTML for another site to republish: headline, dek, the line saying where
 * it was first published and under which licence, every beat's heading and text with the sources it
 * cites, the report's errors as a list, how the facts were checked, the credit and the list of
 * sources. Only paragraphs, headings, lists, links and emphasis: what a content system's sanitiser
 * keeps (republishHtml.test.ts runs it through a strict one). Pure.
 */
export function republishHtml(parts: RepublishParts): string {
  const { meta, ui } = parts;
  const story = parts.storyUrl;
  // Split, not String.replace: an address may hold `$&`, which replace would expand.
  const originally = escape(parts.originally)
    .split('{link}')
    .join(link(story, story))
    .split('{licence}')
    .join(link(parts.licence.url, parts.licence.code));
  const out = [`<h1>${escape(meta.headline)}</h1>`, `<p>${escape(meta.dek)}</p>`, `<p><em>${originally}</em></p>`];
  const cited = (ids: readonly string[]) =>
    ids.length > 0 ? [`<p><em>${escape(ui.sourcesLabel)} ${ids.map(escape).join(', ')}</em></p>`] : [];
  for (const beat of parts.beats) {
    out.push(`<h2>${escape(beat.heading)}</h2>`, ...(parts.prose[beat.id] ?? []).map(paragraph), ...cited(beat.sources));
    if (beat.block === 'corrections-table' && parts.corrections.length > 0) {
      out.push(
        `<ul>${parts.corrections
          .map(
            (correction) =>
              `<li><strong>${escape(ui.correctionsTable.reportSaid)}:</strong> “${escape(correction.reportWording)}”. ` +
              `<strong>${escape(ui.correctionsTable.sourcesSay)}:</strong> ${correction.correction.map(run).join('')} ` +
              `<em>${escape(ui.sourcesLabel)} ${correction.sources.map(escape).join(', ')}</em></li>`,
          )
          .join('')}</ul>`,
      );
    }
  }
  out.push(`<h2>${escape(ui.methodHeading)}</h2>`, ...parts.method.map(paragraph), `<p>${escape(meta.credit)}</p>`);
  out.push(
    `<h2>${escape(ui.sourcesHeading)}</h2>`,
    `<ol>${parts.sources
      .map((source) => {
        const title = source.url ? link(source.url, source.title) : escape(source.title);
        return `<li>${escape(source.id)} ${escape(source.outlet)}, ${title}${source.dated ? `, ${escape(source.dated)}` : ''}</li>`;
      })
      .join('')}</ol>`,
    `<p>${link(story, meta.headline)}</p>`,
  );
  return out.join('\n');
}
