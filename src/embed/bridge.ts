/**
 * The app's side of embedding: what it tells the page around it. Events go to whoever listens
 * (`Report`): the host page through `postMessage` when the app runs in a frame, and the
 * campaign's opt-in counting. None carries personal data: ids of scenes, choices and endings, the
 * name of a button.
 */
import type { AppEvent, EmbedMessage } from './protocol.ts';
import { MESSAGE_SOURCE } from './protocol.ts';

/** Hears what the app reports (the `source` is added on the way out to a host page). */
export type Report = (event: AppEvent) => void;

/** Does nothing: the app outside any frame with counting off, and every test that doesn't listen. */
export const ignore: Report = () => undefined;

/** Several listeners as one. */
export function reportTo(...listeners: Array<Report | undefined>): Report {
  const present = listeners.filter((l): l is Report => l !== undefined);
  return (event) => {
    for (const listener of present) listener(event);
  };
}

/** WordPress's `#?secret=…`: its embed script only believes height messages that carry it. */
export function wordpressSecret(hash: string): string | undefined {
  const secret = /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash)?.[1];
  return secret;
}

export interface FrameBridge {
  /** Reports a story event to the host page. */
  report: Report;
  /** Asks the host page to open an address the frame could not. */
  openLink: (url: string) => void;
  /** Starts reporting the content's height; returns a function that stops it. */
  watchHeight: (content: HTMLElement) => () => void;
}

/**
 * The bridge to the page around the frame, or undefined when the app is not framed. Messages go to
 * any origin (`*`): the app cannot know its host's, and they carry nothing private.
 */
export function frameBridge(win: Window = window): FrameBridge | undefined {
  if (win.parent === win) return undefined;
  const parent = win.parent;
  const secret = wordpressSecret(win.location.hash);
  const post = (message: EmbedMessage) => {
    parent.postMessage(message, '*');
  };
  return {
    report: (event) => {
      post({ source: MESSAGE_SOURCE, ...event });
    },
    openLink: (url) => {
      post({ source: MESSAGE_SOURCE, type: 'link', url });
    },
    watchHeight: (content) => {
      let last = -1;
      const send = () => {
        const height = contentHeight(win, content);
        if (height === last) return;
        last = height;
        post({ source: MESSAGE_SOURCE, type: 'resize', height });
        if (secret) parent.postMessage({ secret, message: 'height', value: height }, '*');
      };
      const observer = new ResizeObserver(send);
      observer.observe(content);
      send();
      return () => observer.disconnect();
    },
  };
}

/**
 * The height the frame needs to show everything without a scroll bar: the content's box and the
 * body's margins and padding below and above it. Not `scrollHeight`, which never drops below the
 * frame's own height and so would let a frame grow but never shrink.
 */
export function contentHeight(win: Window, content: HTMLElement): number {
  const body = win.document.body;
  const style = win.getComputedStyle(body);
  const around = ['marginTop', 'marginBottom', 'paddingTop', 'paddingBottom'] as const;
  const extra = around.reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0);
  return Math.ceil(content.getBoundingClientRect().height + extra);
}
