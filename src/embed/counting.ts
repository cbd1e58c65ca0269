/**
 * Opt-in counting for campaigners: when `story/campaign.yaml` names a Plausible-compatible events
 * endpoint, the embed's events are sent there with `navigator.sendBeacon` (a plain-text body, so
 * no preflight; no cookie, no identifier, no personal data: Plausible's own API shape). Off by
 * default, and never in classroom mode (which a teacher can also switch on at the title screen:
 * the app then reports nothing more).
 */
import { counted } from '../app/classroom.ts';
import type { AppEvent } from './protocol.ts';

export interface CountingTarget {
  endpoint: string;
  domain: string;
}

/** Plausible's event body: `name`, `url`, `domain`, and `props` (strings only). */
export interface CountedEvent {
  name: string;
  url: string;
  domain: string;
  props?: Record<string, string>;
}

/** The event as Plausible would count it: `ready` is the page view, the rest custom events. */
export function countedEvent(event: AppEvent, target: CountingTarget, pageUrl: string): CountedEvent {
  // The address without its query or fragment: options and WordPress's secret stay out of it.
  const url = pageUrl.split(/[?#]/)[0] ?? pageUrl;
  const { type, ...rest } = event;
  // Every field of an event is a string (ids, names); Plausible's props must be.
  const props: Record<string, string> = {};
  for (const [key, value] of Object.entries(rest) as Array<[string, string | undefined]>)
    if (value !== undefined) props[key] = value;
  const name = type === 'ready' ? 'pageview' : type;
  return { name, url, domain: target.domain, ...(Object.keys(props).length ? { props } : {}) };
}

export type Beacon = (url: string, body: Blob) => boolean;

/**
 * A listener that counts each event. `beacon` is `navigator.sendBeacon`; a refused beacon (too
 * much queued, a blocked endpoint) is dropped: counting never gets in the way of the story. The
 * app reports nothing but `ready` in classroom mode, and that is not counted (src/app/classroom.ts).
 */
export function counter(
  target: CountingTarget,
  beacon: Beacon | undefined,
  pageUrl: () => string,
): (event: AppEvent) => void {
  return (event) => {
    if (!beacon || !counted(event)) return;
    const body = JSON.stringify(countedEvent(event, target, pageUrl()));
    try {
      beacon(target.endpoint, new Blob([body], { type: 'text/plain' }));
    } catch {
      // A beacon the browser refused outright: nothing to do.
    }
  };
}
