/* global window, document, URLSearchParams, performance, pym */
// A newsroom page whose story starts 2,000 px below the fold, embedded by the method the address
// names (?method=loader|pym-trackscroll|pym-plain|amp|bare): the frame is cross-origin and off
// screen, so the browser throttles it. The page records every height the story reports, in each
// dialect, with when it came, for the tests to compare with the story's real height.
const STORY = 'http://127.0.0.1:4173/?mode=embed';
const TITLE = 'The case of Bakhrom Khamroyev, an interactive explainer';
const params = new URLSearchParams(window.location.search);
const method = params.get('method') ?? 'bare';
const heights = (window.reportedHeights = []);
const slot = document.getElementById('story');

window.addEventListener('message', (event) => {
  if (event.origin !== 'http://127.0.0.1:4173') return;
  const data = event.data;
  let height = null;
  if (typeof data === 'string' && data.startsWith('pymxPYMx') && data.split('xPYMx')[2] === 'height') height = Number(data.split('xPYMx')[3]);
  else if (data && data.sentinel === 'amp' && data.type === 'embed-size') height = data.height;
  else if (data && data.type === 'khamroyev:height') height = data.height;
  if (height === null) return;
  heights.push({ height, at: performance.now() });
  // AMP's <amp-iframe resizable> takes the frame's requested height while it is out of view.
  if (method === 'amp' && data.sentinel === 'amp') slot.querySelector('iframe').style.height = `${height}px`;
});

function frame(height) {
  const iframe = document.createElement('iframe');
  iframe.src = STORY;
  iframe.title = TITLE;
  iframe.style.cssText = `display:block;width:100%;border:0;height:${height}px`;
  return iframe;
}

if (method === 'loader') {
  slot.setAttribute('data-khamroyev-embed', '');
  slot.dataset.src = STORY;
  slot.dataset.title = TITLE;
  const script = document.createElement('script');
  script.src = 'http://127.0.0.1:4173/embed.js';
  document.body.append(script);
} else if (method === 'pym-trackscroll' || method === 'pym-plain') {
  window.pymParent = new pym.Parent('story', STORY, { title: TITLE, trackscroll: method === 'pym-trackscroll' });
} else {
  // AMP's placeholder height, or a plain iframe the host sized by hand.
  slot.append(frame(method === 'amp' ? 600 : 1600));
}
