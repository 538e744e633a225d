// A certificate for https://127.0.0.1, made locally with openssl the first time the
// benchmark runs (kept in node_modules/.cache, never committed). The benchmark serves over HTTPS so
// that Chromium speaks HTTP/2 to it, as it does to any CDN a newsroom publishes on: one connection
// for the page, its stylesheet and its fonts, not six HTTP/1.1 connections each opened in turn.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The certificate is self-signed, so no browser trusts it: this flag lets the benchmark's Chromium load it. */
export const TLS_CHROMIUM_ARGS = ['--ignore-certificate-errors'];

/** `{ key, cert }` for node:http2's createSecureServer; throws, saying what to install, without openssl. */
export function localTls(cacheDir) {
  const key = join(cacheDir, 'key.pem');
  const cert = join(cacheDir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(cacheDir, { recursive: true });
    const made = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '825', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
      { encoding: 'utf8' },
    );
    if (made.error || made.status !== 0) {
      throw new Error(`bench: could not make a local certificate with openssl (apt-get install openssl): ${made.error?.message ?? made.stderr}`);
    }
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
