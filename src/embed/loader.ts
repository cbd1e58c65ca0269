/**
 * `embed.js`: the campaigner's one script. Every `<div data-three-thousand-miles>` on the page
 * becomes a frame of the app, sized by the app's own reports, and every message the app sends is
 * dispatched again on the div as a `three-thousand-miles` DOM event (`event.detail` is the
 * message), so one `addEventListener` counts starts, endings and sign-ups.
 *
 * No framework, no dependencies beyond the option checks it shares with the app: built by
 * `src/build/embed-plugin.ts` into a classic script of a few KB. Divs added later (a single-page
 * site) are found by a MutationObserver, or mounted by hand with `ThreeThousandMiles.mount(div)`.
 */
import { checkHeight, checkUrl, optionsQuery, readOptions } from './options.ts';
import { DEFAULT_FRAME_HEIGHT, DOM_EVENT, EMBED_OPTIONS, MESSAGE_SOURCE, type EmbedMessage } from './protocol.ts';

/** The story's title in each language, for the frame's accessible name (filled in by the build). */
declare const __EMBED_TITLES__: Record<string, string>;

const SELECTOR = '[data-three-thousand-miles]';

interface Mounted {
  element: HTMLElement;
  frame: HTMLIFrameElement;
}

export interface Loader {
  mount: (element: HTMLElement) => HTMLIFrameElement | undefined;
  /** The app's address, from which frames load and whose messages alone are heard. */
  appUrl: string;
}

/**
 * Starts the loader on `window`: mounts what is there, watches for more, listens for the app.
 * `scriptSrc` is this script's own address; the app lives beside it.
 */
export function startLoader(win: Window & typeof globalThis, scriptSrc: string): Loader {
  const doc = win.document;
  const appUrl = new URL('./', scriptSrc);
  const mounted: Mounted[] = [];
  const warn = (message: string) => {
    win.console.warn(`[three-thousand-miles] ${message}`);
  };

  const mount = (element: HTMLElement): HTMLIFrameElement | undefined => {
    const existing = mounted.find((m) => m.element === element);
    if (existing) return existing.frame;
    const attribute = (name: string) => element.getAttribute(name);
    const options = readOptions((name) => {
      const entry = Object.entries(EMBED_OPTIONS).find(([, param]) => param === name);
      return entry ? attribute(entry[0]) : null;
    }, warn);
    const heightRaw = attribute('data-height');
    let height = DEFAULT_FRAME_HEIGHT;
    if (heightRaw !== null) {
      const checked = checkHeight(heightRaw);
      if (checked === undefined) warn('data-height: ignored; expected a number of pixels from 200 to 4000.');
      else height = checked;
    }

    const frame = doc.createElement('iframe');
    const src = new URL(appUrl.href);
    src.search = optionsQuery(options).toString();
    frame.src = src.href;
    frame.title = __EMBED_TITLES__[options.lang ?? 'en'] ?? __EMBED_TITLES__.en ?? 'Three Thousand Miles';
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('allow', 'web-share; autoplay; clipboard-write');
    // Scripts and its own storage to play and resume; forms to sign; popups (escaping the sandbox)
    // for the share and petition pages it opens.
    frame.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox',
    );
    frame.style.cssText = `display:block;width:100%;border:0;height:${String(height)}px`;
    element.replaceChildren(frame);
    mounted.push({ element, frame });
    return frame;
  };

  const mountAll = (root: ParentNode) => {
    if (root instanceof win.HTMLElement && root.matches(SELECTOR)) mount(root);
    for (const element of Array.from(root.querySelectorAll<HTMLElement>(SELECTOR))) mount(element);
  };

  win.addEventListener('message', (event: MessageEvent<unknown>) => {
    // Only the app's own frames are heard: a message from anywhere else changes nothing.
    if (event.origin !== appUrl.origin) return;
    const target = mounted.find((m) => m.frame.contentWindow === event.source);
    const message = event.data as Partial<EmbedMessage> | null;
    if (!target || typeof message !== 'object' || message?.source !== MESSAGE_SOURCE) return;
    if (typeof message.type !== 'string') return;
    if (message.type === 'resize' && typeof message.height === 'number' && Number.isFinite(message.height))
      target.frame.style.height = `${String(Math.min(Math.max(Math.ceil(message.height), 100), 20000))}px`;
    if (message.type === 'scene' && target.frame.getBoundingClientRect().top < 0)
      // A new scene starts at the frame's top: bring it into view when the page had scrolled past.
      target.frame.scrollIntoView({ block: 'start' });
    if (message.type === 'link' && typeof message.url === 'string') {
      // The frame could not open a window; the player's click counts for this page too.
      const url = checkUrl(message.url);
      if (url) win.open(url, '_blank', 'noopener,noreferrer');
    }
    target.element.dispatchEvent(new win.CustomEvent(DOM_EVENT, { detail: message, bubbles: true }));
  });

  const start = () => {
    mountAll(doc);
    new win.MutationObserver((records) => {
      for (const record of records)
        for (const node of Array.from(record.addedNodes)) if (node instanceof win.HTMLElement) mountAll(node);
    }).observe(doc.documentElement, { childList: true, subtree: true });
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();

  return { mount, appUrl: appUrl.href };
}
