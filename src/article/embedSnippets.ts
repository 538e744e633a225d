/** The HTML a newsroom pastes to embed the story, in the three ways the embed supports. */
export interface EmbedSnippet {
  id: 'loader' | 'pym' | 'iframe';
  code: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Where the story is published: absolute addresses, each ending in `/`. */
export interface StoryAddress {
  /** The story's page (an edition's folder). */
  page: string;
  /** The site's root, where the loader and pym.js are. */
  root: string;
}

/**
 * The three snippets for a story published at `address`, wherever that is (a domain's root or a
 * newsroom's folder). Each names the frame with a descriptive title, keeps a plain link inside its
 * container for hosts without JavaScript, and allows fullscreen.
 */
export function embedSnippets({ page, root }: StoryAddress, title: string): EmbedSnippet[] {
  const embed = `${page}?mode=embed`;
  const t = escapeAttribute(title);
  const link = `<a href="${page}">${escapeText(title)}</a>`;
  return [
    {
      id: 'loader',
      code: [
        `<div data-khamroyev-embed data-src="${embed}" data-title="${t}">`,
        `  ${link}`,
        `</div>`,
        `<script src="${root}embed.js" async></script>`,
      ].join('\n'),
    },
    {
      id: 'pym',
      code: [
        `<div id="khamroyev-story">${link}</div>`,
        `<script src="${root}pym.v1.min.js"></script>`,
        `<script>`,
        `  new pym.Parent('khamroyev-story', '${embed}', { title: '${t.replace(/'/g, '&#39;')}', trackscroll: true, allowfullscreen: true });`,
        `</script>`,
      ].join('\n'),
    },
    {
      id: 'iframe',
      code: `<iframe src="${embed}" title="${t}" width="100%" height="2400" style="border:0" allow="fullscreen" loading="lazy">${link}</iframe>`,
    },
  ];
}
