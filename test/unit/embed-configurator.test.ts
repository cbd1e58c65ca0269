// @vitest-environment jsdom
/**
 * The embed configurator's script (src/embed/configurator.ts): the form's options become exactly
 * the snippet's attributes (the loader's own checks, so nothing it would drop), an invalid value
 * shows its error and stays out of the snippet, the contrast warning names the colour the app will
 * really show, and on the real page (src/embed/page.ts) the snippet, the preview, the event log
 * and the copy button follow the form.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../src/build/csp-plugin.ts';
import {
  checkOptions,
  contrastWarning,
  describeEvent,
  formatRatio,
  snippetHtml,
  startConfigurator,
  type ColourOf,
  type ConfiguratorDeps,
  type ConfiguratorValues,
} from '../../src/embed/configurator.ts';
import { DEFAULT_VALUES, embedPageHtml } from '../../src/embed/page.ts';
import { CONFIGURATOR_MESSAGES } from '../../src/embed/page-words.ts';
import { DOM_EVENT, MAX_OPTION_LENGTH, MESSAGE_SOURCE } from '../../src/embed/protocol.ts';
import { contrast, themeFor, type Rgb } from '../../src/embed/theme.ts';
import { SHIPPED_LANGUAGES } from '../../src/i18n/languages.ts';
import { plainStory } from '../../src/teacher/guide.ts';
import { realStory } from '../support/story.ts';

const NAMED: Record<string, Rgb> = { darkred: [139, 0, 0], white: [255, 255, 255], black: [0, 0, 0] };

/** Stands in for `CSS.supports('color', …)`: hex, rgb()/rgba() and a few names. */
const supports = (value: string): boolean =>
  /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) || /^rgba?\([\d\s.,/]+\)$/.test(value) || value in NAMED;

/** Stands in for the app's `parseColour`: opaque colours only, as the app takes them. */
const colourOf: ColourOf = (value) => {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  const parts = long ?? (short ? [short[0], ...short.slice(1).map((d) => d + d)] : undefined);
  if (parts) return [1, 2, 3].map((i) => parseInt(parts[i]!, 16)) as unknown as Rgb;
  const rgb = /^rgb\((\d+) (\d+) (\d+)\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return NAMED[value];
};

const values = (overrides: Partial<ConfiguratorValues> = {}): ConfiguratorValues => ({
  ...DEFAULT_VALUES,
  ...overrides,
});
const checked = (overrides: Partial<ConfiguratorValues>) => checkOptions(values(overrides), { supports, colourOf });

describe('the options as the snippet’s attributes', () => {
  it('leaves every default out: the story’s own options stand', () => {
    expect(checkOptions(values({ height: '' }), { supports, colourOf })).toEqual({ attributes: [], errors: {} });
    expect(checked({})).toEqual({ attributes: [['data-height', '640']], errors: {} });
  });

  it.each([
    [{ lang: 'ko' }, ['data-lang', 'ko']],
    [{ lang: 'zh-Hans' }, ['data-lang', 'zh-Hans']],
    [{ mode: 'classroom' }, ['data-mode', 'classroom']],
    [{ accent: '#c0392b' }, ['data-accent', '#c0392b']],
    [{ accent: ' darkred ' }, ['data-accent', 'darkred']],
    [{ background: 'rgb(255 255 255)' }, ['data-background', 'rgb(255 255 255)']],
    [{ petition: 'https://example.org/sign?ref=embed' }, ['data-petition-url', 'https://example.org/sign?ref=embed']],
    [{ petition: 'http://localhost:8080/petition' }, ['data-petition-url', 'http://localhost:8080/petition']],
    [{ hashtags: '#FreeNK, 탈북민  Three_Thousand' }, ['data-hashtags', 'FreeNK,탈북민,Three_Thousand']],
    [{ chapter: '3' }, ['data-start-chapter', '3']],
    [{ others: 'off' }, ['data-how-others-chose', 'off']],
    [{ height: '900' }, ['data-height', '900']],
  ] as const)('maps %o to %o', (given, attribute) => {
    const { attributes, errors } = checked({ height: '', ...given });
    expect(errors).toEqual({});
    expect(attributes).toEqual([attribute]);
  });

  it.each([
    [{ lang: 'xx' }, 'lang', 'choice'],
    [{ mode: 'party' }, 'mode', 'choice'],
    [{ accent: 'notacolour' }, 'accent', 'colour'],
    [{ accent: 'red;background:url(https://evil.example/)' }, 'accent', 'colour'],
    // Parsed by the browser but translucent: the app would ignore it, so it is no option.
    [{ background: 'rgba(0, 0, 0, 0.5)' }, 'background', 'colour'],
    [{ petition: 'javascript:alert(1)' }, 'petition', 'url'],
    [{ petition: 'http://example.org/petition' }, 'petition', 'url'],
    [{ petition: 'example.org/petition' }, 'petition', 'url'],
    [{ petition: `https://example.org/${'x'.repeat(MAX_OPTION_LENGTH)}` }, 'petition', 'url'],
    [{ hashtags: 'one two three four five six' }, 'hashtags', 'hashtags'],
    [{ hashtags: 'not-a-tag' }, 'hashtags', 'hashtags'],
    [{ chapter: 'two' }, 'chapter', 'choice'],
    [{ others: 'maybe' }, 'others', 'choice'],
    [{ height: '50' }, 'height', 'height'],
    [{ height: '640px' }, 'height', 'height'],
  ] as const)('refuses %o and leaves it out of the snippet', (given, field, error) => {
    const { attributes, errors } = checked({ height: '', ...given });
    expect(errors).toEqual({ [field]: error });
    expect(attributes).toEqual([]);
  });

  it('keeps the form’s order and drops only the invalid value', () => {
    const { attributes } = checked({
      lang: 'fr',
      mode: 'classroom',
      accent: '#fff',
      petition: 'javascript:alert(1)',
      hashtags: 'Un',
      chapter: '2',
    });
    expect(attributes.map(([name]) => name)).toEqual([
      'data-lang',
      'data-mode',
      'data-accent',
      'data-hashtags',
      'data-start-chapter',
      'data-height',
    ]);
  });
});

describe('the snippet', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('is the placeholder and the loader, on two lines', () => {
    const html = snippetHtml(checked({ lang: 'ko', mode: 'classroom' }).attributes, 'https://example.org/ttm/embed.js');
    expect(html).toBe(
      '<div data-three-thousand-miles data-lang="ko" data-mode="classroom" data-height="640"></div>\n' +
        '<script src="https://example.org/ttm/embed.js" async></script>',
    );
    const doc = parse(html);
    const div = doc.querySelector('[data-three-thousand-miles]')!;
    expect(div.getAttribute('data-lang')).toBe('ko');
    expect(doc.querySelector('script')?.getAttribute('src')).toBe('https://example.org/ttm/embed.js');
    expect(doc.querySelector('script')?.hasAttribute('async')).toBe(true);
  });

  it('keeps a value with quotes and brackets inside its attribute', () => {
    const hostile = 'https://example.org/?q="><script>alert(1)</script>';
    const html = snippetHtml([['data-petition-url', hostile]], 'https://example.org/embed.js');
    const doc = parse(html);
    expect(doc.querySelector('div')?.getAttribute('data-petition-url')).toBe(hostile);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.body.children).toHaveLength(2);
  });
});

describe('the contrast warning', () => {
  const amber: Rgb = [0xe0, 0xa8, 0x4a];
  const shownBy = (colours: { accent?: Rgb; background?: Rgb }) =>
    themeFor(colours, () => undefined).properties['--accent'];

  it('is silent for the story’s own colours and for an accent that reads', () => {
    expect(contrastWarning(undefined, undefined)).toBeUndefined();
    expect(contrastWarning([255, 255, 255], undefined)).toBeUndefined();
    expect(contrastWarning([0x80, 0, 0], [255, 255, 255])).toBeUndefined();
  });

  it('names the ratio and the colour the app will show instead', () => {
    const warning = contrastWarning([0x33, 0x33, 0x33], undefined);
    expect(warning).toContain('1.4:1');
    expect(warning).toContain(shownBy({ accent: [0x33, 0x33, 0x33] })!);
    expect(shownBy({ accent: [0x33, 0x33, 0x33] })).not.toBe('#333333');
  });

  it('judges the story’s amber on a campaigner’s pale background', () => {
    const warning = contrastWarning(undefined, [255, 255, 255]);
    expect(warning).toContain(formatRatio(contrast(amber, [255, 255, 255])));
    expect(warning).toContain(shownBy({ background: [255, 255, 255] })!);
  });

  it('rounds a ratio down, so that 2.99 never reads as 3:1', () => {
    expect(formatRatio(2.99)).toBe('2.9:1');
    expect(formatRatio(4.5)).toBe('4.5:1');
    expect(formatRatio(21)).toBe('21.0:1');
  });
});

describe('the configurator on its page', () => {
  const story = plainStory(realStory());
  const SCRIPT_URL = 'https://example.org/ttm/embed.js';
  let writes: string[];
  let failClipboard: boolean;

  /** The built page, as the browser opens it, before its script runs. */
  const render = () => {
    const html = embedPageHtml({
      story,
      languages: SHIPPED_LANGUAGES,
      hashtags: ['EscapeNorthKorea'],
      base: '/ttm/',
      appUrl: 'https://example.org/ttm/',
      contentSecurityPolicy: contentSecurityPolicy(),
    });
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  };
  const start = (deps: ConfiguratorDeps = {}) => {
    const form = document.querySelector<HTMLFormElement>('form[data-embed-configurator]')!;
    startConfigurator(form, {
      supports,
      colourOf,
      previewDelay: 400,
      clipboard: {
        writeText: (text: string) => {
          writes.push(text);
          return failClipboard ? Promise.reject(new Error('denied')) : Promise.resolve();
        },
      },
      ...deps,
    });
    return form;
  };
  const field = (id: string) => document.getElementById(id) as HTMLInputElement;
  const snippet = () => field('snippet-code').textContent;
  /** Types `text` into a field as a person does: input events, then a change on leaving it. */
  const type = (id: string, text: string, leave = true) => {
    const input = field(id);
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (leave) input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const choose = (id: string, value: string) => {
    const select = document.getElementById(id) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const describedBy = (element: Element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');

  beforeEach(() => {
    render();
    vi.useFakeTimers();
    writes = [];
    failClipboard = false;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts with the snippet the page was built with', () => {
    const built = snippet();
    start();
    expect(snippet()).toBe(built);
    expect(snippet()).toBe(
      `<div data-three-thousand-miles data-height="640"></div>\n<script src="${SCRIPT_URL}" async></script>`,
    );
    expect(field('copy-snippet').hidden).toBe(false);
    expect(field('event-log-box').hidden).toBe(false);
  });

  it('updates the snippet as the options change', () => {
    start();
    choose('lang', 'ja');
    field('mode-classroom').click();
    choose('chapter', '3');
    type('hashtags', 'NorthKorea Refugees');
    expect(snippet()).toContain(
      '<div data-three-thousand-miles data-lang="ja" data-mode="classroom" data-hashtags="NorthKorea,Refugees" data-start-chapter="3" data-height="640"></div>',
    );
  });

  it('shows an error for javascript:alert(1) as the petition, and leaves it out of the snippet', () => {
    start();
    const petition = field('petition');
    type('petition', 'javascript:alert(1)', false);
    // Not while typing…
    expect(petition.getAttribute('aria-invalid')).toBeNull();
    expect(field('petition-error').hidden).toBe(true);
    petition.dispatchEvent(new Event('change', { bubbles: true }));
    // …but once the field is left.
    expect(petition.getAttribute('aria-invalid')).toBe('true');
    expect(field('petition-error').hidden).toBe(false);
    expect(field('petition-error').textContent).toBe(CONFIGURATOR_MESSAGES.errors.url);
    expect(describedBy(petition)).toContain(CONFIGURATOR_MESSAGES.errors.url);
    expect(snippet()).not.toContain('javascript');
    expect(snippet()).not.toContain('data-petition-url');

    type('petition', 'https://example.org/petition', false);
    expect(petition.getAttribute('aria-invalid')).toBeNull();
    expect(field('petition-error').textContent).toBe('');
    expect(snippet()).toContain('data-petition-url="https://example.org/petition"');
  });

  it('warns of a faint accent beside both colour fields, and keeps the picker in step', () => {
    start();
    expect(field('contrast-warning').textContent).toBe('');
    type('accent', '#333');
    expect(field('contrast-warning').textContent).toContain('1.4:1');
    expect(describedBy(field('accent'))).toContain('1.4:1');
    expect(describedBy(field('background'))).toContain('1.4:1');
    expect(field('accent-picker').value).toBe('#333333');

    const picker = field('background-picker');
    picker.value = '#ffffff';
    picker.dispatchEvent(new Event('input', { bubbles: true }));
    expect(field('background').value).toBe('#ffffff');
    expect(snippet()).toContain('data-background="#ffffff"');
    expect(field('contrast-warning').textContent).toBe('');
  });

  it('re-creates the preview’s placeholder once the options settle, and only when they change', () => {
    start();
    const first = document.querySelector('#preview [data-three-thousand-miles]');
    type('lang', 'es');
    type('hashtags', 'Uno');
    vi.advanceTimersByTime(399);
    expect(document.querySelector('#preview [data-three-thousand-miles]')).toBe(first);
    vi.advanceTimersByTime(1);
    const placeholders = document.querySelectorAll('#preview [data-three-thousand-miles]');
    expect(placeholders).toHaveLength(1);
    const now = placeholders[0]!;
    expect(now).not.toBe(first);
    expect(now.getAttribute('data-lang')).toBe('es');
    expect(now.getAttribute('data-hashtags')).toBe('Uno');
    expect(now.getAttribute('data-height')).toBe('640');

    // The same options again (an invalid value added): the frame is left alone.
    type('petition', 'javascript:alert(1)');
    vi.advanceTimersByTime(1000);
    expect(document.querySelector('#preview [data-three-thousand-miles]')).toBe(now);
  });

  it('logs the preview’s events, one line for a burst of heights, quietly unless asked', () => {
    start();
    const log = field('event-log');
    const send = (detail: unknown) =>
      document
        .querySelector('#preview [data-three-thousand-miles]')!
        .dispatchEvent(new CustomEvent(DOM_EVENT, { detail, bubbles: true }));
    send({ source: MESSAGE_SOURCE, type: 'resize', height: 700 });
    send({ source: MESSAGE_SOURCE, type: 'resize', height: 812 });
    send({ source: MESSAGE_SOURCE, type: 'ready', lang: 'en', mode: 'standard' });
    send({ source: 'someone-else', type: 'ending', ending: 'x' });
    expect([...log.children].map((li) => li.textContent)).toEqual([
      'resize {"height":812}',
      'ready {"lang":"en","mode":"standard"}',
    ]);
    expect(field('event-log-empty').hidden).toBe(true);

    expect(log.getAttribute('aria-live')).toBe('off');
    field('announce-events').click();
    expect(log.getAttribute('aria-live')).toBe('polite');
    field('clear-log').click();
    expect(log.children).toHaveLength(0);
    expect(field('event-log-empty').hidden).toBe(false);
  });

  it('copies the snippet and says so', async () => {
    start();
    choose('lang', 'ko');
    field('copy-snippet').click();
    await vi.advanceTimersByTimeAsync(100);
    expect(writes).toEqual([snippet()]);
    expect(field('copy-status').textContent).toBe(CONFIGURATOR_MESSAGES.copied);
    expect(field('copy-status').getAttribute('role')).toBe('status');
  });

  it('selects the snippet and says to press Ctrl+C when the clipboard refuses', async () => {
    failClipboard = true;
    start();
    field('copy-snippet').click();
    await vi.advanceTimersByTimeAsync(100);
    expect(field('copy-status').textContent).toBe(CONFIGURATOR_MESSAGES.copyFallback);
    expect(document.getSelection()?.toString()).toBe(snippet());
  });
});

describe('an event’s log line', () => {
  it('is its type and its other fields', () => {
    expect(describeEvent({ source: MESSAGE_SOURCE, type: 'cta', action: 'share', network: 'x' })).toEqual({
      type: 'cta',
      fields: '{"action":"share","network":"x"}',
    });
  });
});
