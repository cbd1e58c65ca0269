/**
 * The embed configurator's script (`embed/configurator.js`, built by
 * src/build/embed-page-plugin.ts as one small classic script: the page's CSP allows no inline
 * script). It turns the form of `/embed/` (src/embed/page.ts) into the snippet a campaigner
 * pastes, shows each invalid value's error beside its field and leaves it out of the snippet,
 * warns when the accent is too faint on the background, copies the snippet, and keeps a live
 * preview (the real loader, `embed.js`, on a placeholder re-created from the form) with a log of
 * the events it sends.
 *
 * The page reads and works without it: the snippet and the preview are written at build with the
 * form's defaults. The option checks are the loader's own (src/embed/options.ts), so the snippet
 * never carries a value the loader would drop.
 */
import { matchLanguage } from '../i18n/languages.ts';
import { escapeHtml } from '../static-pages/common.ts';
import { checkChapter, checkColour, checkHashtags, checkHeight, checkUrl, type SupportsColour } from './options.ts';
import { CONFIGURATOR_MESSAGES as M } from './page-words.ts';
import {
  DEFAULT_FRAME_HEIGHT,
  DOM_EVENT,
  EMBED_OPTIONS,
  MAX_OPTION_LENGTH,
  MESSAGE_SOURCE,
  type EmbedMessage,
} from './protocol.ts';
import { contrast, hex, parseColour, themeFor, type Rgb } from './theme.ts';

/** The form's fields, named as the app's URL parameters, plus the frame's first height. */
export interface ConfiguratorValues {
  lang: string;
  mode: string;
  accent: string;
  background: string;
  petition: string;
  hashtags: string;
  chapter: string;
  /** `on` (the default, no attribute) or `off`: "how others chose" at the ending. */
  others: string;
  height: string;
}

export type ConfiguratorField = keyof ConfiguratorValues;
export type ErrorKind = keyof typeof M.errors;

/** The fields in the form's order, which is also the order of the snippet's attributes. */
export const FIELDS: readonly ConfiguratorField[] = [
  'lang',
  'mode',
  'accent',
  'background',
  'petition',
  'hashtags',
  'chapter',
  'others',
  'height',
];

/** The story's own colours (src/ui/app.css), which stand when a colour is left empty. */
export const DEFAULT_COLOURS = { accent: '#e0a84a', background: '#11161c' } as const;
const STORY_ACCENT: Rgb = [0xe0, 0xa8, 0x4a];
const STORY_BACKGROUND: Rgb = [0x11, 0x16, 0x1c];

/** The frame's height before the app reports its own, as the loader has it. */
export const DEFAULT_HEIGHT = DEFAULT_FRAME_HEIGHT;

/** The placeholder's marker attribute, which the loader looks for. */
export const PLACEHOLDER_ATTRIBUTE = 'data-three-thousand-miles';

/** The placeholder's attribute for an app URL parameter (`petition` → `data-petition-url`). */
export function attributeFor(field: ConfiguratorField): string {
  if (field === 'height') return 'data-height';
  const entry = Object.entries(EMBED_OPTIONS).find(([, param]) => param === field);
  if (!entry) throw new Error(`No data attribute carries "${field}" (src/embed/protocol.ts).`);
  return entry[0];
}

export interface CheckedOptions {
  /** The snippet's data attributes, in the form's order: only the fields set and valid. */
  attributes: Array<[name: string, value: string]>;
  /** Each field whose value is set but fails its check, and why. */
  errors: Partial<Record<ConfiguratorField, ErrorKind>>;
}

/** How colours are checked: what the browser parses, and what the app can use of it. */
export interface ColourChecks {
  /** Whether the browser parses it (`CSS.supports`); the loader's check (src/embed/options.ts). */
  supports?: SupportsColour;
  /**
   * Its sRGB value as the app reads it (src/embed/theme.ts `parseColour`): undefined for a
   * translucent colour or one the browser does not report in rgb() (lab(), oklch()…), which the
   * app ignores. Without it, what the browser parses passes.
   */
  colourOf?: ColourOf;
}

/**
 * The form's values as the snippet's attributes. An empty field, a default (standard mode) and an
 * invalid value are all left out, so the loader's and the app's own defaults stand; an invalid one
 * is also named in `errors`.
 */
export function checkOptions(values: ConfiguratorValues, colours: ColourChecks = {}): CheckedOptions {
  const { supports, colourOf } = colours;
  // The loader passes what the browser parses; the app then drops what it cannot check for contrast.
  const colour = (raw: string): string | undefined => {
    const value = checkColour(raw, supports);
    return value !== undefined && (!colourOf || colourOf(value)) ? value : undefined;
  };
  const attributes: CheckedOptions['attributes'] = [];
  const errors: CheckedOptions['errors'] = {};
  const checks: Record<ConfiguratorField, { check: (raw: string) => string | undefined; error: ErrorKind }> = {
    lang: { check: (raw) => (matchLanguage(raw) === raw ? raw : undefined), error: 'choice' },
    mode: { check: (raw) => (raw === 'classroom' ? raw : undefined), error: 'choice' },
    accent: { check: colour, error: 'colour' },
    background: { check: colour, error: 'colour' },
    petition: { check: checkUrl, error: 'url' },
    hashtags: { check: (raw) => checkHashtags(raw)?.join(','), error: 'hashtags' },
    chapter: { check: (raw) => (checkChapter(raw) === undefined ? undefined : String(Number(raw))), error: 'choice' },
    others: { check: (raw) => (raw === 'off' ? raw : undefined), error: 'choice' },
    height: { check: (raw) => (checkHeight(raw) === undefined ? undefined : String(Number(raw))), error: 'height' },
  };
  for (const field of FIELDS) {
    const raw = values[field].trim();
    // Standard is the default mode, and "how others chose" is on by default: no attribute, no error.
    if (raw === '' || (field === 'mode' && raw === 'standard') || (field === 'others' && raw === 'on')) continue;
    const { check, error } = checks[field];
    const value = raw.length > MAX_OPTION_LENGTH ? undefined : check(raw);
    if (value === undefined) errors[field] = error;
    else attributes.push([attributeFor(field), value]);
  }
  return { attributes, errors };
}

/** The placeholder `<div>` with `attributes`, as HTML. */
export function placeholderHtml(attributes: CheckedOptions['attributes']): string {
  const list = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return `<div ${PLACEHOLDER_ATTRIBUTE}${list}></div>`;
}

/** The two lines a campaigner pastes: the placeholder and the loader from `scriptUrl`. */
export function snippetHtml(attributes: CheckedOptions['attributes'], scriptUrl: string): string {
  return `${placeholderHtml(attributes)}\n<script src="${escapeHtml(scriptUrl)}" async></script>`;
}

/** A CSS colour's sRGB value, or undefined where the app could not use it (see `ColourChecks`). */
export type ColourOf = (value: string) => Rgb | undefined;

/** An sRGB colour as `#rrggbb` (what `<input type=color>` takes). */
export function toHex(rgb: Rgb): string {
  return hex(rgb.map((c) => Math.round(c)) as unknown as Rgb);
}

/**
 * The warning for an accent that will not show as given, or undefined. The app keeps an accent
 * that reads at 4.5:1 on the background (it colours links as well as buttons; 3:1 would do for a
 * button alone) and otherwise shows a shade of it that does (src/embed/theme.ts): the warning says
 * which. A colour left empty is the story's own, so a dark accent on the story's night blue, or
 * the story's amber on a pale background, is judged too.
 */
export function contrastWarning(accent: Rgb | undefined, background: Rgb | undefined): string | undefined {
  if (!accent && !background) return undefined;
  const wanted = accent ?? STORY_ACCENT;
  const behind = background ?? STORY_BACKGROUND;
  const ratio = contrast(wanted, behind);
  if (ratio >= 4.5) return undefined;
  const shown = themeFor({ ...(accent ? { accent } : {}), ...(background ? { background } : {}) }, () => undefined)
    .properties['--accent'];
  return M.lowContrast(formatRatio(ratio), shown ?? toHex(wanted));
}

/** A ratio as "2.9:1", rounded down: 2.99 must not read as the 3:1 it falls short of. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/** One line of the event log: the message's type and its other fields. */
export function describeEvent(message: EmbedMessage): { type: string; fields: string } {
  const fields = Object.fromEntries(Object.entries(message).filter(([key]) => key !== 'source' && key !== 'type'));
  return { type: message.type, fields: JSON.stringify(fields) };
}

/** What the script needs from the browser; tests stand in for what jsdom lacks. */
export interface ConfiguratorDeps {
  supports?: SupportsColour;
  /** A CSS colour's sRGB value as the app reads it (`ColourChecks`). */
  colourOf?: ColourOf;
  /** Milliseconds of quiet before the preview is re-created. */
  previewDelay?: number;
  clipboard?: Pick<Clipboard, 'writeText'>;
}

/** Starts the configurator on its form (`form[data-embed-configurator]`, src/embed/page.ts). */
export function startConfigurator(form: HTMLFormElement, deps: ConfiguratorDeps = {}): void {
  const doc = form.ownerDocument;
  const win = doc.defaultView ?? window;
  const byId = (id: string): HTMLElement => {
    const element = doc.getElementById(id);
    if (!element) throw new Error(`The embed page has no #${id}.`);
    return element;
  };
  const colourOf = deps.colourOf ?? ((value: string) => parseColour(value, doc));
  const scriptUrl = form.dataset.scriptUrl ?? '';
  const snippet = byId('snippet-code');
  const warning = byId('contrast-warning');
  const preview = byId('preview');
  const log = byId('event-log');
  const logEmpty = byId('event-log-empty');
  const status = byId('copy-status');
  const copy = byId('copy-snippet');
  /** Fields the campaigner has left (a `change`): their errors show from then on, not mid-typing. */
  const touched = new Set<ConfiguratorField>();
  /** What the preview's placeholder carries now (the page is built with the defaults'). */
  const attributesOf = (element: Element | null): string =>
    JSON.stringify(
      element
        ? Array.from(element.attributes, (a) => [a.name, a.value]).filter(([n]) => n !== PLACEHOLDER_ATTRIBUTE)
        : [],
    );
  let shownPreview = attributesOf(preview.querySelector(`[${PLACEHOLDER_ATTRIBUTE}]`));
  // Kept now: once the loader has mounted the placeholder, the note inside it is gone.
  const note = preview.querySelector('.preview-note')?.cloneNode(true);
  let previewTimer: ReturnType<typeof setTimeout> | undefined;

  const values = (): ConfiguratorValues => {
    const value = (name: ConfiguratorField): string => {
      const item = form.elements.namedItem(name) as HTMLInputElement | RadioNodeList | null;
      return item?.value ?? '';
    };
    return Object.fromEntries(FIELDS.map((f) => [f, value(f)])) as unknown as ConfiguratorValues;
  };

  const showError = (field: ConfiguratorField, error: ErrorKind | undefined) => {
    const input = form.elements.namedItem(field);
    const message = doc.getElementById(`${field}-error`);
    if (!(input instanceof win.HTMLElement) || !message) return;
    const shown = error !== undefined && touched.has(field);
    if (shown) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    // Emptied as well as hidden: a description is read from its element even when hidden.
    message.textContent = shown ? M.errors[error] : '';
    message.hidden = !shown;
  };

  const update = () => {
    const current = values();
    const { attributes, errors } = checkOptions(current, {
      ...(deps.supports ? { supports: deps.supports } : {}),
      colourOf,
    });
    for (const field of FIELDS) showError(field, errors[field]);
    snippet.textContent = snippetHtml(attributes, scriptUrl);

    // The pickers follow a colour typed as text; the warning judges what the snippet carries.
    const colours: Partial<Record<'accent' | 'background', Rgb>> = {};
    for (const field of ['accent', 'background'] as const) {
      const raw = current[field].trim();
      const rgb = raw && !errors[field] ? colourOf(raw) : undefined;
      if (rgb) colours[field] = rgb;
      const picker = doc.getElementById(`${field}-picker`) as HTMLInputElement | null;
      if (picker) picker.value = rgb ? toHex(rgb) : raw ? picker.value : DEFAULT_COLOURS[field];
    }
    const warn = contrastWarning(colours.accent, colours.background) ?? '';
    // Rewritten only when it changes: it is a status region, and typing must not repeat it.
    if (warning.textContent !== warn) warning.textContent = warn;

    const withHeight = attributes.some(([name]) => name === 'data-height')
      ? attributes
      : [...attributes, ['data-height', String(DEFAULT_HEIGHT)] as [string, string]];
    const next = JSON.stringify(withHeight);
    clearTimeout(previewTimer);
    if (next === shownPreview) return;
    previewTimer = setTimeout(() => {
      showPreview(withHeight);
      shownPreview = next;
    }, deps.previewDelay ?? 400);
  };

  const showPreview = (attributes: CheckedOptions['attributes']) => {
    // A new placeholder rather than new attributes: the loader mounts each placeholder once.
    const placeholder = doc.createElement('div');
    placeholder.setAttribute(PLACEHOLDER_ATTRIBUTE, '');
    for (const [name, value] of attributes) placeholder.setAttribute(name, value);
    if (note) placeholder.append(note.cloneNode(true));
    preview.replaceChildren(placeholder);
    // The new frame's events repeat the old one's (ready, scene…): mark where it starts.
    if (log.children.length) {
      const restart = doc.createElement('li');
      restart.className = 'restart';
      restart.textContent = M.previewRestarted;
      log.append(restart);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const field of FIELDS) touched.add(field);
    update();
  });
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    const colour = /^(accent|background)-picker$/.exec(target.id)?.[1] as 'accent' | 'background' | undefined;
    if (colour) {
      const text = form.elements.namedItem(colour) as HTMLInputElement;
      text.value = target.value;
      touched.add(colour);
    }
    update();
  });
  form.addEventListener('change', (event) => {
    const name = (event.target as HTMLInputElement).name as ConfiguratorField;
    if (FIELDS.includes(name)) touched.add(name);
    update();
  });

  copy.hidden = false;
  copy.addEventListener('click', () => {
    const text = snippet.textContent;
    const say = (message: string) => {
      // Emptied first, so that the same words said twice are announced twice.
      status.textContent = '';
      setTimeout(() => (status.textContent = message), 50);
    };
    const selectSnippet = () => {
      const range = doc.createRange();
      range.selectNodeContents(snippet);
      const selection = win.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      say(M.copyFallback);
    };
    // Absent outside a secure context, whatever the types say.
    const clipboard = deps.clipboard ?? (win.navigator as Partial<Navigator>).clipboard;
    if (!clipboard) {
      selectSnippet();
      return;
    }
    clipboard.writeText(text).then(() => {
      say(M.copied);
    }, selectSnippet);
  });

  // The log: every message the preview's frame sends, as the loader dispatches it on the
  // placeholder (it bubbles to the preview's box, which outlives each placeholder).
  byId('event-log-box').hidden = false;
  const announce = doc.getElementById('announce-events') as HTMLInputElement | null;
  announce?.addEventListener('change', () => {
    log.setAttribute('aria-live', announce.checked ? 'polite' : 'off');
  });
  byId('clear-log').addEventListener('click', () => {
    log.replaceChildren();
    logEmpty.hidden = false;
  });
  preview.addEventListener(DOM_EVENT, (event) => {
    const message = (event as CustomEvent<unknown>).detail as EmbedMessage | null;
    if (typeof message !== 'object' || message?.source !== MESSAGE_SOURCE) return;
    const { type, fields } = describeEvent(message);
    const last = log.lastElementChild;
    // Heights come in bursts while the story settles: one line holds the latest.
    const item = type === 'resize' && last?.getAttribute('data-type') === 'resize' ? last : doc.createElement('li');
    const name = doc.createElement('code');
    name.textContent = type;
    item.setAttribute('data-type', type);
    item.replaceChildren(name, ` ${fields}`);
    if (item !== last) log.append(item);
    while (log.children.length > 100) log.firstElementChild?.remove();
    logEmpty.hidden = true;
  });

  win.addEventListener('load', () => {
    // Deferred scripts have all run by now: no loader means embed.js failed to load.
    if ('ThreeThousandMiles' in win) return;
    for (const shown of [note, ...Array.from(preview.querySelectorAll('.preview-note'))])
      if (shown) shown.textContent = M.previewMissing;
  });

  update();
}

// In the page, start; imported elsewhere (tests, the page's builder), do nothing.
if (typeof document !== 'undefined') {
  const form = document.querySelector<HTMLFormElement>('form[data-embed-configurator]');
  if (form) startConfigurator(form);
}
