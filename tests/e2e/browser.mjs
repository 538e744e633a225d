// The one place that says which Chromium the browser tests drive and how it is launched.
// Debian's Chromium, never a downloaded build; the networking flags keep it from stalling on a closed network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
