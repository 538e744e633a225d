/**
 * What a page tells the sites that link to it, as strings: link-preview tags (Open Graph and
 * Twitter cards), the `NewsArticle` structured data, oEmbed answers and their discovery links, and
 * the static share page each beat has. Pure: the build writes them (explainerBuild.ts). Whatever
 * must be absolute needs the published address (`siteUrl`); without it, those parts are left out.
 */
import type { NewsArticle, WithContext } from 'schema-dts';
import { escapeHtml } from '../../src/lib/escapeHtml.ts';
import { staticPage } from './pageHtml.ts';
import type { SharedBeat, SharingData } from '../../src/share/sharingData.ts';

/** The images a story has, by name: link previews use the first; the structured data the three ratios. */
export const STORY_IMAGES = [
  { name: 'story', width: 1200, height: 630 },
  { name: 'story-1x1', width: 1200, height: 1200 },
  { name: 'story-4x3', width: 1200, height: 900 },
  { name: 'story-16x9', width: 1200, height: 675 },
] as const;
/** Every beat's card is a link preview's size. */
export const BEAT_IMAGE = { width: 1200, height: 630 } as const;
/** The folder of the cards, the share pages and the oEmbed answers, inside each edition's. */
export const SHARE_DIR = 'share';
export const OEMBED_DIR = 'oembed';
/** The width and height the oEmbed answer proposes for the card view; its host sizes it from its messages. */
export const CARD_FRAME = { width: 640, height: 760 } as const;

/** Where an edition's page is, and what the build knows of the site. */
export interface SharingPlace {
  /** The edition's folder below the site's root, without slashes; empty for the root. */
  dir: string;
  /** The published address (with its trailing slash), or null. */
  siteUrl: string | null;
  /** Who publishes it, or null. */
  siteName: string | null;
}

/** An absolute address inside an edition's folder, or null without the published address. */
export function absolute(place: SharingPlace, path: string): string | null {
  if (!place.siteUrl) return null;
  return new URL(`${place.dir ? `${place.dir}/` : ''}${path}`, place.siteUrl).href;
}

/** A beat's title where it stands alone (a preview, a tab, an oEmbed answer): its heading, then the story's. */
const beatTitle = (data: SharingData, beat: SharedBeat) => `${beat.heading} · ${data.headline}`;

const meta = (property: string, content: string, attribute: 'property' | 'name' = 'property') =>
  `<meta ${attribute}="${property}" content="${escapeHtml(content)}" />`;

/** What one page previews as: the story's page, or a beat's share page. */
interface Preview {
  title: string;
  description: string;
  /** The page's own address, relative to its edition's folder ('' for the story). */
  path: string;
  image: { path: string; width: number; height: number; alt: string };
  oembed: string;
}

function storyPreview(data: SharingData): Preview {
  const card = STORY_IMAGES[0];
  return {
    title: data.headline,
    description: data.description,
    path: '',
    image: { path: `${SHARE_DIR}/${card.name}.png`, width: card.width, height: card.height, alt: data.storyCardDescription },
    oembed: `${OEMBED_DIR}/story.json`,
  };
}

function beatPreview(data: SharingData, beat: SharedBeat): Preview {
  return {
    title: beatTitle(data, beat),
    description: beat.summary,
    path: `${SHARE_DIR}/${beat.id}/`,
    image: { path: `${SHARE_DIR}/${beat.id}.png`, ...BEAT_IMAGE, alt: beat.graphicDescription },
    oembed: `${OEMBED_DIR}/${beat.id}.json`,
  };
}

/** Link-preview tags and oEmbed discovery for a page; with no published address, only what may be relative. */
function previewTags(data: SharingData, place: SharingPlace, preview: Preview): string[] {
  const url = absolute(place, preview.path);
  const image = absolute(place, preview.image.path);
  const oembed = absolute(place, preview.oembed);
  return [
    meta('og:type', 'article'),
    meta('og:title', preview.title),
    meta('og:description', preview.description),
    meta('og:locale', data.locale),
    ...data.otherLocales.map((locale) => meta('og:locale:alternate', locale)),
    ...(place.siteName ? [meta('og:site_name', place.siteName)] : []),
    ...(url ? [meta('og:url', url)] : []),
    ...(image
      ? [
          meta('og:image', image),
          meta('og:image:type', 'image/png'),
          meta('og:image:width', String(preview.image.width)),
          meta('og:image:height', String(preview.image.height)),
          meta('og:image:alt', preview.image.alt),
        ]
      : []),
    meta('article:published_time', data.published),
    meta('article:modified_time', data.modified),
    meta('twitter:card', image ? 'summary_large_image' : 'summary', 'name'),
    meta('twitter:title', preview.title, 'name'),
    meta('twitter:description', preview.description, 'name'),
    ...(image ? [meta('twitter:image', image, 'name'), meta('twitter:image:alt', preview.image.alt, 'name')] : []),
    ...(oembed
      ? [`<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed)}" title="${escapeHtml(preview.title)}" />`]
      : []),
  ];
}

/** The story page's link-preview and oEmbed discovery tags. */
export const storyTags = (data: SharingData, place: SharingPlace) => previewTags(data, place, storyPreview(data));

/**
 * The story as schema.org's `NewsArticle`: the type is generated from schema.org's vocabulary
 * (schema-dts), so a property or value it does not define fails the typecheck. Google's
 * article guidelines ask for images in 16:9, 4:3 and 1:1.
 */
export function structuredData(
  data: SharingData,
  place: SharingPlace,
  /** For a translation: the original edition's place and language. */
  original: { place: SharingPlace; lang: string } | null,
): WithContext<NewsArticle> {
  const url = absolute(place, '');
  const publisher = place.siteName
    ? { '@type': 'Organization' as const, name: place.siteName, ...(place.siteUrl ? { url: place.siteUrl } : {}) }
    : null;
  const images = STORY_IMAGES.slice(1)
    .map((image) => absolute(place, `${SHARE_DIR}/${image.name}.png`))
    .filter((href): href is string => href !== null);
  const originalUrl = original ? absolute(original.place, '') : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.headline,
    description: data.description,
    datePublished: data.published,
    dateModified: data.modified,
    inLanguage: data.lang,
    isAccessibleForFree: true,
    license: data.licence.url,
    ...(url ? { url, mainEntityOfPage: url } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    ...(publisher ? { publisher, author: publisher } : {}),
    ...(originalUrl && original ? { translationOfWork: { '@type': 'NewsArticle', url: originalUrl, inLanguage: original.lang } } : {}),
  };
}

/** The structured data as the script block the page carries at its end (a data block: CSP never runs it). */
export function structuredDataScript(article: WithContext<NewsArticle>): string {
  // `<` escaped so that no text in the data can close the script element.
  return `<script type="application/ld+json">${JSON.stringify(article).replace(/</g, '\\u003c')}</script>`;
}

/**
 * An oEmbed 1.0 `rich` answer: the compact card view in a frame, for the story or one beat. The
 * frame comes after a quoted link to the page: WordPress loads the script that sizes embedded frames
 * only for an answer with a blockquote, shows the link until the frame first reports its height,
 * then hides it; any other consumer shows a link and the frame.
 */
export function oembedAnswer(data: SharingData, place: SharingPlace, beat: SharedBeat | null): Record<string, string | number> | null {
  const page = absolute(place, beat ? `${SHARE_DIR}/${beat.id}/` : '');
  const story = absolute(place, '');
  const image = beat ? { name: beat.id, ...BEAT_IMAGE } : STORY_IMAGES[0];
  const thumbnail = absolute(place, `${SHARE_DIR}/${image.name}.png`);
  if (!page || !story || !thumbnail || !place.siteUrl) return null;
  const src = new URL(story);
  src.searchParams.set('mode', 'card');
  if (beat) src.searchParams.set('step', beat.id);
  const title = beat ? beatTitle(data, beat) : data.headline;
  const { width, height } = CARD_FRAME;
  return {
    version: '1.0',
    type: 'rich',
    title,
    ...(place.siteName ? { provider_name: place.siteName, author_name: place.siteName } : {}),
    provider_url: place.siteUrl,
    html:
      `<blockquote><a href="${escapeHtml(page)}">${escapeHtml(title)}</a></blockquote>` +
      `<iframe src="${escapeHtml(src.href)}" width="${width}" height="${height}" title="${escapeHtml(title)}" frameborder="0" scrolling="no"></iframe>`,
    width,
    height,
    thumbnail_url: thumbnail,
    thumbnail_width: image.width,
    thumbnail_height: image.height,
    // Not in oEmbed 1.0, which lets providers add fields: the terms the content may be republished on.
    license: data.licence.code,
    license_url: data.licence.url,
  };
}

/**
 * A beat's share page: what a link to one beat opens in a social network's preview and in a
 * browser. It shows the beat's heading, its first paragraph and its card, and links into the story
 * at that beat; it runs no script.
 */
export function sharePage(
  data: SharingData,
  place: SharingPlace,
  beat: SharedBeat,
  /** The site's stylesheets, relative to the share page. */
  stylesheets: readonly string[],
): string {
  const preview = beatPreview(data, beat);
  const up = '../../';
  const canonical = absolute(place, preview.path);
  return staticPage({
    lang: data.lang,
    title: preview.title,
    head: [
      meta('description', preview.description, 'name'),
      ...(canonical ? [`<link rel="canonical" href="${escapeHtml(canonical)}" />`] : []),
      ...previewTags(data, place, preview),
      ...stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}" />`),
    ],
    body: `<main class="share-page">
      <p class="kicker">${escapeHtml(data.kicker)}</p>
      <h1>${escapeHtml(beat.heading)}</h1>
      <p>${escapeHtml(beat.summary)}</p>
      <img src="../${beat.id}.png" width="${BEAT_IMAGE.width}" height="${BEAT_IMAGE.height}" alt="${escapeHtml(beat.graphicDescription)}" />
      <p><a class="share-page-link" href="${up}#${beat.id}">${escapeHtml(data.openInStory)}</a></p>
      <p><a href="${up}">${escapeHtml(data.headline)}</a></p>
    </main>`,
  });
}
