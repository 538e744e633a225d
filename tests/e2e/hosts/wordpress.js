/* global window, document, crypto, DOMParser, fetch, URL, CSS, performance, URLSearchParams, location */
// A stand-in for WordPress core embedding a link from an oEmbed provider it does not know. On the
// server (wp_filter_oembed_result) it discovers the provider from the page's
// <link rel="alternate" type="application/json+oembed">, keeps only a <blockquote> and an <iframe>
// from the answer's html with the attributes it allows, sandboxes the frame to scripts, appends
// #?secret=<10 letters> to its address, and, when there is a blockquote, hides the frame until it
// speaks. Its host script (wp-embed.js) is loaded only for such an answer (wp_maybe_enqueue_oembed_host_js):
// it sizes the frame only from {secret, message: 'height', value} messages sent by that frame,
// between 200 and 1000 px, shows it and hides the blockquote; follows {secret, message: 'link'} to
// an address on the frame's host when the frame has focus; and sends {secret, message: 'ready'}
// once, when it starts.
const IFRAME_ATTRIBUTES = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'];
const log = (window.wordpressLog = []);

function secret() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (n) => letters[n % letters.length]).join('');
}

/** What WordPress keeps of an oEmbed answer's html, as elements, or null when it keeps nothing. */
function filtered(html) {
  const given = new DOMParser().parseFromString(html, 'text/html').body;
  const frame = given.querySelector('iframe');
  if (!frame) return null;
  const key = secret();
  const iframe = document.createElement('iframe');
  for (const name of IFRAME_ATTRIBUTES) if (frame.hasAttribute(name)) iframe.setAttribute(name, frame.getAttribute(name));
  iframe.src = `${iframe.getAttribute('src')}#?secret=${key}`;
  iframe.dataset.secret = key;
  iframe.className = 'wp-embedded-content';
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('security', 'restricted');
  const quote = given.querySelector('blockquote');
  let blockquote = null;
  if (quote) {
    blockquote = document.createElement('blockquote');
    const link = quote.querySelector('a[href]');
    if (link) blockquote.append(Object.assign(document.createElement('a'), { href: link.getAttribute('href'), textContent: link.textContent }));
    blockquote.className = 'wp-embedded-content';
    blockquote.dataset.secret = key;
    iframe.style.cssText = 'position: absolute; clip: rect(1px, 1px, 1px, 1px);';
  }
  return { blockquote, iframe };
}

/** wp-embed.js: the host's side of the conversation. */
function hostScript() {
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || !data.secret || !data.message) return;
    const selector = `[data-secret="${CSS.escape(String(data.secret))}"]`;
    for (const quote of document.querySelectorAll(`blockquote${selector}`)) quote.style.display = 'none';
    for (const frame of document.querySelectorAll(`iframe${selector}`)) {
      if (event.source !== frame.contentWindow) continue;
      frame.removeAttribute('style');
      if (data.message === 'height') {
        let value = parseInt(data.value, 10);
        if (value > 1000) value = 1000;
        else if (~~value < 200) value = 200;
        frame.height = String(value);
        log.push({ height: value, at: performance.now() });
      } else if (data.message === 'link') {
        const source = new URL(frame.getAttribute('src'));
        const target = new URL(data.value, source);
        if (/^https?:$/.test(target.protocol) && target.host === source.host && document.activeElement === frame) window.top.location.href = data.value;
      }
    }
  });
  for (const frame of document.querySelectorAll('iframe[data-secret]'))
    frame.contentWindow?.postMessage({ message: 'ready', secret: frame.dataset.secret }, '*');
}

async function embed(target, address) {
  const page = new DOMParser().parseFromString(await (await fetch(address)).text(), 'text/html');
  const link = page.querySelector('link[rel="alternate"][type="application/json+oembed"]');
  if (!link) throw new Error(`No oEmbed discovery link in ${address}`);
  const answer = await (await fetch(new URL(link.getAttribute('href'), address))).json();
  window.oembedAnswer = answer;
  const kept = filtered(answer.html);
  if (!kept) throw new Error('WordPress keeps nothing of an answer with no iframe');
  target.replaceChildren(...[kept.blockquote, kept.iframe].filter(Boolean));
  if (kept.blockquote) hostScript();
  window.wordpressHostScript = Boolean(kept.blockquote);
}

const address = new URLSearchParams(location.search).get('url') ?? 'http://127.0.0.1:4173/';
embed(document.getElementById('story'), address).catch((error) => {
  window.embedError = String(error);
});
