/**
 * A campaigner's embed options, checked the same way twice: by the loader as it reads the
 * snippet's data attributes, and by the app as it reads its URL (which anyone can write by hand).
 * A value that fails a check is dropped with one console warning and the default stands: nothing a
 * host page passes is ever put into markup, a style sheet or a link unchecked.
 */
import { isLocalHost } from '../campaign/campaign.ts';
import { matchLanguage, type Locale } from '../i18n/languages.ts';
import { MAX_OPTION_LENGTH } from './protocol.ts';

export type Warn = (message: string) => void;

/** `CSS.supports('color', value)` where the browser has it. */
export type SupportsColour = (value: string) => boolean;

export interface EmbedOptions {
  lang?: Locale;
  mode?: 'classroom';
  /** A CSS colour for buttons and links. */
  accent?: string;
  /** A CSS colour for the page behind the story. */
  background?: string;
  /** The campaigner's own petition: an https address. */
  petition?: string;
  /** Without `#`. */
  hashtags?: string[];
  /** 1-based. */
  chapter?: number;
  /** `off`: finished runs are not sent to be counted and "how others chose" is not shown. */
  others?: 'off';
}

const MAX_HASHTAGS = 5;

function browserSupportsColour(value: string): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('color', value);
}

/**
 * A colour a browser can parse, spelled with nothing that could reach outside a colour: no `;`,
 * braces, quotes, `url(` or `var(`, and none of the keywords that borrow another element's colour.
 */
export function checkColour(raw: string, supports: SupportsColour = browserSupportsColour): string | undefined {
  const value = raw.trim();
  if (value.length === 0 || value.length > 64) return undefined;
  if (!/^[#a-z0-9(),.%\s/+-]+$/i.test(value)) return undefined;
  if (/\b(url|var|env|attr|expression|image)\s*\(/i.test(value)) return undefined;
  if (/^(inherit|initial|unset|revert|revert-layer|currentcolor)$/i.test(value)) return undefined;
  return supports(value) ? value : undefined;
}

/** An absolute https address (or http on localhost, for a campaigner trying it out), without credentials. */
export function checkUrl(raw: string): string | undefined {
  const value = raw.trim();
  if (value.length === 0 || value.length > MAX_OPTION_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLocalHost(url.hostname))) return url.href;
  return undefined;
}

/** Hashtags separated by commas or spaces, `#` optional: letters, digits and `_` only, at most five. */
export function checkHashtags(raw: string): string[] | undefined {
  const tags = raw
    .split(/[\s,]+/)
    .map((tag) => tag.replace(/^#/, ''))
    .filter(Boolean);
  if (tags.length === 0 || tags.length > MAX_HASHTAGS) return undefined;
  return tags.every((tag) => tag.length <= 60 && /^[\p{L}\p{N}_]+$/u.test(tag)) ? tags : undefined;
}

export function checkChapter(raw: string): number | undefined {
  return /^\d{1,2}$/.test(raw.trim()) && Number(raw) >= 1 ? Number(raw) : undefined;
}

/** The frame's height before the app reports its own, in CSS pixels. */
export function checkHeight(raw: string): number | undefined {
  return /^\d{3,4}$/.test(raw.trim()) && Number(raw) >= 200 && Number(raw) <= 4000 ? Number(raw) : undefined;
}

/**
 * Reads the options from `get` (a data attribute, or a URL parameter, by the app's parameter
 * names), warning once for each value that is dropped.
 */
export function readOptions(
  get: (name: keyof EmbedOptions) => string | null | undefined,
  warn: Warn,
  supports?: SupportsColour,
): EmbedOptions {
  const options: EmbedOptions = {};
  const take = <K extends keyof EmbedOptions>(
    name: K,
    check: (raw: string) => EmbedOptions[K] | undefined,
    expected: string,
  ) => {
    const raw = get(name);
    if (raw === null || raw === undefined) return;
    const value = raw.length > MAX_OPTION_LENGTH ? undefined : check(raw);
    if (value === undefined) warn(`${name}: ignored; expected ${expected}.`);
    else options[name] = value;
  };
  take('lang', (raw) => matchLanguage(raw), 'a language code such as en, ko, ja, zh-Hans, es or fr');
  take('mode', (raw) => (raw === 'classroom' ? 'classroom' : undefined), '"classroom"');
  take('accent', (raw) => checkColour(raw, supports), 'a CSS colour such as #c0392b');
  take('background', (raw) => checkColour(raw, supports), 'a CSS colour such as #ffffff');
  take('petition', checkUrl, 'an https:// address');
  take('hashtags', checkHashtags, 'up to five hashtags of letters, digits and _');
  take('chapter', checkChapter, 'a chapter number');
  take('others', (raw) => (raw === 'off' ? 'off' : undefined), '"off"');
  return options;
}

/** The options as the app's URL parameters (only those that passed), for the frame's address. */
export function optionsQuery(options: EmbedOptions): URLSearchParams {
  const query = new URLSearchParams({ embed: '1' });
  if (options.lang) query.set('lang', options.lang);
  if (options.mode) query.set('mode', options.mode);
  if (options.accent) query.set('accent', options.accent);
  if (options.background) query.set('background', options.background);
  if (options.petition) query.set('petition', options.petition);
  if (options.hashtags) query.set('hashtags', options.hashtags.join(','));
  if (options.chapter) query.set('chapter', String(options.chapter));
  if (options.others) query.set('others', options.others);
  return query;
}
