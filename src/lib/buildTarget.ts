/**
 * True in the self-contained classroom file (`npm run build:offline`, Vite mode "offline"): the
 * page is open from disk, so it offers no download of itself and links nothing on our server.
 */
export const isOfflineFile: boolean = import.meta.env?.MODE === 'offline';

/** The classroom file's name, as `scripts/build-offline.mjs` writes it next to the web build (keep the two equal). */
export const OFFLINE_FILE_NAME = 'khamroyev-explainer.html';
