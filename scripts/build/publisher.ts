/**
 * Who publishes the story, from the `SITE_NAME` setting (README: "Publishing"): the name link
 * previews, the structured data and the oEmbed answers give as the site and the publisher. Without
 * it, the published address's host name stands in; without either, they name none.
 */
export const SITE_NAME_SETTING = 'SITE_NAME';

export function publisherName(value: string | undefined, siteUrl: string | null): string | null {
  const text = value?.trim().replace(/\s+/g, ' ');
  if (text) {
    if (text.length > 120) throw new Error(`${SITE_NAME_SETTING} must be a name of at most 120 characters; it is ${text.length}`);
    return text;
  }
  return siteUrl ? new URL(siteUrl).hostname : null;
}
