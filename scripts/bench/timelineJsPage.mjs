// The comparison page: our story's events in Knight Lab's TimelineJS (npm @knight-lab/timelinejs),
// in its JSON format, with its assets served locally and a system-font theme, so it makes no request
// to a CDN or a font host either.

/** TimelineJS's date object at the event's precision: a month-precision event has no day. */
function timelineDate(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The same events the explainer shows, as a TimelineJS document. */
export function timelineJsData(story) {
  return {
    title: { text: { headline: escapeHtml(story.meta.headline), text: `<p>${escapeHtml(story.meta.dek)}</p>` } },
    events: story.events.map((event) => ({
      start_date: timelineDate(event.date),
      text: { headline: escapeHtml(event.label), text: `<p>${escapeHtml(event.description)}</p>` },
    })),
  };
}

/** A full page that renders the events with TimelineJS, as a newsroom would embed it. */
export function timelineJsPage(story) {
  const data = JSON.stringify(timelineJsData(story)).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(story.meta.headline)} (TimelineJS)</title>
<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<style>html, body { height: 100%; margin: 0; } #timeline { width: 100%; height: 100%; }</style>
</head>
<body>
<div id="timeline"></div>
<script src="/timelinejs/js/timeline.js"></script>
<script>
new TL.Timeline('timeline', ${data}, { script_path: '/timelinejs/js/', font: 'georgia-helvetica', language: 'en' });
</script>
</body>
</html>
`;
}
