/* global window, document, crypto, DOMParser, fetch, URL, CSS, performance, URLSearchParams, location */
// A stand-in for WordPress core embedding a link from an oEmbed provider it does not know
// (wp-includes/embed.php and wp-embed.js): it discovers the provider from the page's
// <link rel="alternate" type="application/json+oembed">, keeps only an <iframe> from the answer's
// html with the attributes WordPress allows, sandboxes it to scripts, appends #?secret=<10 letters>
// to its address, and sizes it only from {secret, message: 'height', value} messages sent by that
// frame, between 200 and 1000 px. It sends {secret, message: 'ready'} when the frame has loaded.
const ALLOWED = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title', 'class'];
const log = (window.wordpressLog = []);

function secret() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (n) => letters[n % letters.length]).join('');
}

async function embed(target, address) {
  const page = new DOMParser().parseFromString(await (await fetch(address)).text(), 'text/html');
  const link = page.querySelector('link[rel="alternate"][type="application/json+oembed"]');
  if (!link) throw new Error(`No oEmbed discovery link in ${address}`);
  const answer = await (await fetch(new URL(link.getAttribute('href'), address))).json();
  window.oembedAnswer = answer;
  const given = new DOMParser().parseFromString(answer.html, 'text/html').querySelector('iframe');
  if (!given) throw new Error('The oEmbed html has no iframe');
  const frame = document.createElement('iframe');
  for (const name of ALLOWED) if (given.hasAttribute(name)) frame.setAttribute(name, given.getAttribute(name));
  const key = secret();
  frame.className = 'wp-embedded-content';
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('security', 'restricted');
  frame.dataset.secret = key;
  frame.src = `${frame.getAttribute('src')}#?secret=${key}`;
  frame.addEventListener('load', () => frame.contentWindow.postMessage({ message: 'ready', secret: key }, '*'));
  target.replaceChildren(frame);
}

window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data !== 'object' || !data.secret || !data.message) return;
  for (const frame of document.querySelectorAll(`iframe[data-secret="${CSS.escape(String(data.secret))}"]`)) {
    if (event.source !== frame.contentWindow) continue;
    if (data.message === 'height') {
      let value = parseInt(data.value, 10);
      if (value > 1000) value = 1000;
      else if (~~value < 200) value = 200;
      frame.height = String(value);
      log.push({ height: value, at: performance.now() });
    }
  }
});

const address = new URLSearchParams(location.search).get('url') ?? 'http://127.0.0.1:4173/';
embed(document.getElementById('story'), address).catch((error) => {
  window.embedError = String(error);
});
