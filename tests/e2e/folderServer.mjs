// Serves the built sites from folders, not from a domain's root, on port 4177: the case's site under
// /graphics/2026/khamroyev/ (as a newsroom publishes graphics) and the fictional fixture story under
// /fixture/. A newsroom page at /host/folder-loader.html embeds the case with the loader from its
// folder: opened as localhost it is another origin than the story at 127.0.0.1, as on a real site.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/staticServer.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.FOLDER_PORT ?? 4177);
export const STORY_FOLDER = '/graphics/2026/khamroyev/';

const story = `http://127.0.0.1:${PORT}${STORY_FOLDER}`;
const LOADER_HOST =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host: the story from a folder</title><link rel="icon" href="data:,"></head>' +
  '<body><main><h1>A newsroom page</h1><p style="height:60vh">The host article starts here.</p>' +
  `<div data-khamroyev-embed data-src="${story}?mode=embed" data-title="The case"><a href="${story}">The case</a></div>` +
  `<p style="height:80vh">The host article ends.</p></main><script src="${story}embed.js" async></script></body></html>`;

await serveStatic({
  port: PORT,
  mounts: [
    [STORY_FOLDER, join(root, 'dist')],
    ['/fixture/', join(root, 'dist-fixture')],
  ],
  pages: { '/host/folder-loader.html': LOADER_HOST, '/favicon.ico': '' },
  compress: true,
});
console.log(`sites from folders on http://127.0.0.1:${PORT}${STORY_FOLDER} and /fixture/`);
