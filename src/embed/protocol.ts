/**
 * The embed contract: what the app tells the page around it, and which options a campaigner's
 * snippet may pass. Shared by the app (`src/embed/`), the loader (`embed.js`), the configurator
 * page (`/embed/`) and the README's campaigner section. Messages never carry personal data.
 */
import type { StoryEvent } from '../engine/events.ts';

/** Every message the app posts carries this `source`, so a host can tell it from other frames'. */
export const MESSAGE_SOURCE = 'three-thousand-miles';

/** The DOM event the loader dispatches on the placeholder for every message; `detail` is the message. */
export const DOM_EVENT = 'three-thousand-miles';

export type CtaAction = 'sign' | 'share' | 'learn' | 'replay';

export type { StoryEvent };

/**
 * What the app reports about itself, to the host page and to counting: the story's own events
 * (what the story machine emits, unchanged), the page opening, and a call to action taken.
 */
export type AppEvent =
  | StoryEvent
  | { type: 'ready'; lang: string; mode: 'standard' | 'classroom' }
  | { type: 'cta'; action: CtaAction; network?: string };

type Sourced<T> = T extends unknown ? { source: typeof MESSAGE_SOURCE } & T : never;

/** Every message on the wire: an `AppEvent` with the `source`, or the frame's own housekeeping. */
export type EmbedMessage = Sourced<
  | AppEvent
  | { type: 'resize'; height: number }
  /** Asks the host to open an address the frame cannot open itself (a sandbox without popups). */
  | { type: 'link'; url: string }
>;

export type EmbedMessageType = EmbedMessage['type'];

/**
 * The snippet's data attributes and the app URL parameters they become. `data-height` stays with
 * the loader (the frame's height before the app reports its own).
 */
export const EMBED_OPTIONS = {
  'data-lang': 'lang',
  'data-mode': 'mode',
  'data-accent': 'accent',
  'data-background': 'background',
  'data-petition-url': 'petition',
  'data-hashtags': 'hashtags',
  'data-start-chapter': 'chapter',
  'data-how-others-chose': 'others',
} as const;

/** The URL parameters an embed adds beyond the app's own (`lang`, `mode`, `chapter`). */
export const EMBED_PARAMETERS = ['accent', 'background', 'petition', 'hashtags', 'others'] as const;

/** The frame's height, in CSS pixels, before the app reports its own. */
export const DEFAULT_FRAME_HEIGHT = 640;

/** Longest value any option may have; longer ones are ignored with a warning. */
export const MAX_OPTION_LENGTH = 500;
