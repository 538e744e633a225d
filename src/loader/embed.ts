/**
 * The host loader, `embed.js`: a newsroom puts it next to a placeholder
 *   <div data-khamroyev-embed data-src="https://…/?mode=embed" data-title="…"><a href="…">…</a></div>
 * and it keeps the scroll-driven story alive inside an iframe. The iframe is as tall as the screen
 * and sticks to the top of a container as tall as the story; the loader posts the host's scroll
 * offset once per animation frame and the story scrolls itself to match, so its own sticky graphic
 * and scroll engine work unchanged. No dependencies, no key handlers on the host page.
 * Where a clipping ancestor makes sticky impossible, the story is told to stack instead and the
 * iframe grows to its full height.
 * The reader's beat is kept in the host's address, `#khamroyev=verdict` (the key set by the
 * placeholder's `data-address-key`; `off` leaves the address alone), with replaceState, so a reload
 * or a shared link opens the story there and the history gains no entry.
 */
(() => {
  const PREFIX = 'khamroyev:';
  const VERSION = 1;

  /** True when an ancestor would clip or scroll the iframe, so `position: sticky` cannot work. */
  const stickyBlocked = (element: HTMLElement): boolean => {
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      // `clip` makes no scroll container, so sticky still works through it.
      if (/(hidden|auto|scroll)/.test(style.overflow + style.overflowY)) return true;
    }
    return false;
  };

  /** Height of a fixed or sticky bar at the top of the host page (a site header), in px. */
  const headerHeight = (iframe: HTMLIFrameElement): number => {
    let bottom = 0;
    for (const element of document.elementsFromPoint(innerWidth / 2, 1)) {
      if (element === iframe || element === document.documentElement || element === document.body) continue;
      const position = getComputedStyle(element).position;
      if (position === 'fixed' || position === 'sticky') bottom = Math.max(bottom, element.getBoundingClientRect().bottom);
    }
    return Math.max(0, Math.min(bottom, innerHeight / 3));
  };

  /**
   * The host's fragment as key=value pairs, or null when it is something else (the host's own
   * anchor, `#comments`), which the loader never overwrites.
   */
  const hashPairs = (): URLSearchParams | null => {
    const hash = location.hash.slice(1);
    return !hash || hash.includes('=') ? new URLSearchParams(hash) : null;
  };
  const BEAT_ID = /^[a-z0-9-]{1,64}$/;

  const mount = (placeholder: HTMLElement) => {
    const src = placeholder.dataset.src;
    if (!src || placeholder.dataset.khamroyevMounted) return;
    placeholder.dataset.khamroyevMounted = 'true';
    const url = new URL(src, location.href);
    url.searchParams.set('host', 'loader');
    const key = placeholder.dataset.addressKey ?? 'khamroyev';
    const addressed = key === 'off' ? null : hashPairs()?.get(key);
    // The host's address names a beat: the story opens there (and brings it into view).
    const linked = addressed && BEAT_ID.test(addressed) ? addressed : null;
    if (linked) url.searchParams.set('step', linked);
    let opening: string | null = null;
    /** Writes the reader's beat into the host's address; the beat the story opened on, unlinked, clears it. */
    const keepBeat = (step: string) => {
      const pairs = key === 'off' || !BEAT_ID.test(step) ? null : hashPairs();
      if (!pairs) return;
      opening ??= step;
      if (step === opening && !linked) pairs.delete(key);
      else pairs.set(key, step);
      const hash = pairs.toString();
      if (`#${hash}` === location.hash || (!hash && !location.hash)) return;
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
    };
    const origin = url.origin;

    const container = document.createElement('div');
    container.style.cssText = 'position:relative;height:100vh;';
    const iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = placeholder.dataset.title || 'Embedded story';
    iframe.setAttribute('allow', 'fullscreen');
    iframe.setAttribute('loading', 'eager');
    iframe.style.cssText = 'display:block;width:100%;border:0;position:sticky;top:0;height:100vh;';
    container.appendChild(iframe);
    placeholder.replaceChildren(container);

    let sticky = !stickyBlocked(container);
    let top = 0;
    let story = 0;
    let lastOffset = -1;
    let frame = 0;
    const post = (message: Record<string, unknown>) => iframe.contentWindow?.postMessage({ ...message, version: VERSION }, origin);

    const layout = () => {
      top = sticky ? headerHeight(iframe) : 0;
      iframe.style.top = `${top}px`;
      iframe.style.height = sticky ? `calc(100vh - ${top}px)` : `${story || innerHeight}px`;
      if (sticky && CSS.supports('height', '100dvh')) iframe.style.height = `calc(100dvh - ${top}px)`;
      container.style.height = `${story || innerHeight}px`;
    };

    const sendScroll = () => {
      frame = 0;
      if (!sticky) return;
      const rect = container.getBoundingClientRect();
      const max = Math.max(0, rect.height - iframe.getBoundingClientRect().height);
      const offset = Math.round(Math.min(max, Math.max(0, top - rect.top)));
      if (offset !== lastOffset) {
        lastOffset = offset;
        post({ type: `${PREFIX}scroll`, offset });
      }
    };
    const wake = () => {
      if (!frame) frame = requestAnimationFrame(sendScroll);
    };

    addEventListener('message', (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow || event.origin !== origin) return;
      const data = event.data as Record<string, unknown> | null;
      if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
      if (data.type === `${PREFIX}hello`) {
        layout();
        post({ type: `${PREFIX}host`, sticky });
        lastOffset = -1;
        wake();
      } else if (data.type === `${PREFIX}height` && typeof data.height === 'number' && data.height > 0 && data.height < 1e6) {
        story = Math.ceil(data.height);
        layout();
        wake();
      } else if (data.type === `${PREFIX}scroll-to` && typeof data.offset === 'number' && Number.isFinite(data.offset)) {
        const target = container.getBoundingClientRect().top + scrollY - top + data.offset;
        scrollTo({ top: target });
      } else if (data.type === `${PREFIX}step` && typeof data.step === 'string') {
        keepBeat(data.step);
        placeholder.dispatchEvent(new CustomEvent('khamroyev:step', { detail: { step: data.step.slice(0, 64) }, bubbles: true }));
      }
    });
    addEventListener('scroll', wake, { passive: true });
    // Phones fire resize as their toolbars come and go: one check per frame, and the story is told
    // only when sticky really changes.
    let resizing = 0;
    addEventListener('resize', () => {
      if (resizing) return;
      resizing = requestAnimationFrame(() => {
        resizing = 0;
        const next = !stickyBlocked(container);
        const changed = next !== sticky;
        sticky = next;
        layout();
        if (changed) post({ type: `${PREFIX}host`, sticky });
        wake();
      });
    });
    layout();
  };

  const mountAll = () => document.querySelectorAll<HTMLElement>('[data-khamroyev-embed]').forEach(mount);
  const start = () => {
    mountAll();
    // Pages that add the placeholder later (single-page apps) get the story too.
    new MutationObserver(mountAll).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
