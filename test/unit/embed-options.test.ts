/** The embed's option checks, its colours' contrast, its counting and its messages to the host. */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { contentHeight, frameBridge, reportTo, wordpressSecret } from '../../src/embed/bridge.ts';
import type { AppEvent } from '../../src/embed/protocol.ts';
import { countedEvent, counter } from '../../src/embed/counting.ts';
import {
  checkColour,
  checkHashtags,
  checkHeight,
  checkUrl,
  optionsQuery,
  readOptions,
  type EmbedOptions,
} from '../../src/embed/options.ts';
import { MAX_OPTION_LENGTH, MESSAGE_SOURCE } from '../../src/embed/protocol.ts';
import { hex, themeFor, type Rgb } from '../../src/embed/theme.ts';
// An oracle apart from the module under test: theme.ts's own contrast must not judge its output.
import { contrast, parseHex } from '../support/contrast.ts';

/** Stands in for `CSS.supports('color', …)`: the colours a browser would take, for these tests. */
const supports = (value: string) =>
  /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) || /^rgb\(\d+ \d+ \d+\)$/.test(value) || value === 'rebeccapurple';

const HOSTILE = [
  'javascript:alert(1)',
  '"><script>alert(1)</script>',
  "red;background:url('https://evil.example/x.png')",
  'var(--x)',
  'url(https://evil.example/)',
  'expression(alert(1))',
  'red}body{display:none',
  'x'.repeat(10_000),
];

describe('option checks', () => {
  it('takes a colour only when the browser parses it and nothing else rides along', () => {
    expect(checkColour('#c0392b', supports)).toBe('#c0392b');
    expect(checkColour(' rebeccapurple ', supports)).toBe('rebeccapurple');
    expect(checkColour('notacolour', supports)).toBeUndefined();
    expect(checkColour('currentcolor', () => true)).toBeUndefined();
    for (const value of HOSTILE)
      expect(
        checkColour(value, () => true),
        value,
      ).toBeUndefined();
  });

  it('takes https addresses (and http on localhost), nothing else', () => {
    expect(checkUrl('https://example.org/petition?id=1')).toBe('https://example.org/petition?id=1');
    expect(checkUrl('http://localhost:8080/p')).toBe('http://localhost:8080/p');
    for (const value of [
      'http://example.org/',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example/',
      '/relative',
      'https://user:pass@example.org/',
      `https://example.org/${'a'.repeat(MAX_OPTION_LENGTH)}`,
      ...HOSTILE,
    ])
      expect(checkUrl(value), value).toBeUndefined();
  });

  it('takes up to five hashtags of letters, digits and _', () => {
    expect(checkHashtags('#NoForcedReturns, 탈북민 Free_NK')).toEqual(['NoForcedReturns', '탈북민', 'Free_NK']);
    expect(checkHashtags('a b c d e f')).toBeUndefined();
    expect(checkHashtags('ok, not-ok')).toBeUndefined();
    expect(checkHashtags('"><script>')).toBeUndefined();
  });

  it('takes a height between 200 and 4000 pixels', () => {
    expect(checkHeight('640')).toBe(640);
    for (const value of ['199', '4001', '50%', '640px', '-640', '1e3'])
      expect(checkHeight(value), value).toBeUndefined();
  });

  it('reads every option, dropping each bad one with its own warning', () => {
    const values: Record<string, string> = {
      lang: 'ko-KR',
      mode: 'classroom',
      accent: '#c0392b',
      background: 'javascript:alert(1)',
      petition: 'https://example.org/sign',
      hashtags: 'NoForcedReturns',
      chapter: 'three',
      others: 'off',
    };
    const warn = vi.fn();
    const options = readOptions((name) => values[name], warn, supports);
    expect(options).toEqual({
      lang: 'ko',
      mode: 'classroom',
      accent: '#c0392b',
      petition: 'https://example.org/sign',
      hashtags: ['NoForcedReturns'],
      others: 'off',
    });
    expect(optionsQuery(options).get('others')).toBe('off');
    expect(readOptions((name) => (name === 'others' ? 'no' : null), warn).others).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls.map((c) => String(c[0]).split(':')[0])).toEqual(['background', 'chapter', 'others']);
  });

  it('lets no hostile value through, whatever the option', () => {
    const names = ['lang', 'mode', 'accent', 'background', 'petition', 'hashtags', 'chapter', 'others'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...HOSTILE), (name, value) => {
        const options = readOptions(
          (n) => (n === name ? value : null),
          () => undefined,
          () => true,
        );
        expect(options).toEqual({});
      }),
    );
  });

  it('never puts anything in the frame address but checked values, each encoded', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('lang', 'accent', 'petition', 'hashtags'), fc.string()), (raw) => {
        const options = readOptions(
          (n) => raw[n],
          () => undefined,
          supports,
        );
        const query = optionsQuery(options);
        expect(query.get('embed')).toBe('1');
        for (const [key, value] of query) {
          if (key === 'embed') continue;
          const checked = options[key as keyof EmbedOptions];
          expect(Array.isArray(checked) ? checked.join(',') : String(checked)).toBe(value);
        }
      }),
    );
  });
});

describe('a campaigner’s colours', () => {
  const white: Rgb = [255, 255, 255];
  const pairs = (properties: Record<string, string>) => {
    const rgb = (name: string): Rgb => parseHex(properties[name]!);
    return { rgb };
  };

  it('keeps every text and line readable on a light background', () => {
    const theme = themeFor({ background: white }, () => undefined);
    const { rgb } = pairs(theme.properties);
    expect(theme.scheme).toBe('light');
    expect(contrast(rgb('--text'), white)).toBeGreaterThanOrEqual(7);
    expect(contrast(rgb('--text-muted'), white)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb('--accent'), white)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb('--accent-ink'), rgb('--accent'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb('--line'), white)).toBeGreaterThanOrEqual(3);
    expect(contrast(rgb('--error'), white)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps an accent that reads, and moves one that does not, saying so', () => {
    const warn = vi.fn();
    const kept = themeFor({ background: white, accent: [0x8b, 0x00, 0x00] }, warn);
    expect(kept.properties['--accent']).toBe('#8b0000');
    expect(warn).not.toHaveBeenCalled();
    const moved = themeFor({ background: white, accent: [0xff, 0xd7, 0x00] }, warn);
    expect(moved.properties['--accent']).not.toBe('#ffd700');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('finds readable pairs for any background and accent', () => {
    const colour = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)) as fc.Arbitrary<Rgb>;
    fc.assert(
      fc.property(colour, colour, (background, accent) => {
        const { rgb } = pairs(themeFor({ background, accent }, () => undefined).properties);
        expect(contrast(rgb('--text'), background)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(rgb('--text-muted'), background)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(rgb('--accent'), background)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(rgb('--accent-ink'), rgb('--accent'))).toBeGreaterThanOrEqual(4.5);
        expect(contrast(rgb('--line'), background)).toBeGreaterThanOrEqual(3);
      }),
    );
  });

  it('spells colours as hex', () => {
    expect(hex([0, 128, 255])).toBe('#0080ff');
  });
});

describe('opt-in counting', () => {
  const target = { endpoint: 'https://stats.example.org/api/event', domain: 'campaign.example.org' };

  it('counts the start as a page view and the rest as named events, without the address’s query', () => {
    expect(
      countedEvent({ type: 'ready', lang: 'ko', mode: 'standard' }, target, 'https://a.example/?embed=1#?secret=x'),
    ).toEqual({
      name: 'pageview',
      url: 'https://a.example/',
      domain: 'campaign.example.org',
      props: { lang: 'ko', mode: 'standard' },
    });
    expect(countedEvent({ type: 'cta', action: 'share', network: 'x' }, target, 'https://a.example/')).toEqual({
      name: 'cta',
      url: 'https://a.example/',
      domain: 'campaign.example.org',
      props: { action: 'share', network: 'x' },
    });
  });

  it('sends each event as a text beacon, and nothing for a classroom start', async () => {
    const beacon = vi.fn<(url: string, body: Blob) => boolean>(() => true);
    const count = counter(target, beacon, () => 'https://a.example/');
    count({ type: 'ready', lang: 'en', mode: 'classroom' });
    expect(beacon).not.toHaveBeenCalled();
    count({ type: 'ending', ending: 'seoul' });
    expect(beacon).toHaveBeenCalledOnce();
    const [url, body] = beacon.mock.calls[0]!;
    expect(url).toBe(target.endpoint);
    expect(body.type).toBe('text/plain');
    expect(JSON.parse(await body.text())).toMatchObject({ name: 'ending', props: { ending: 'seoul' } });
  });

  it('goes on quietly when there is no beacon or it throws', () => {
    expect(() => counter(target, undefined, () => '')({ type: 'ending', ending: 'x' })).not.toThrow();
    const throwing = () => {
      throw new TypeError('refused');
    };
    expect(() => counter(target, throwing, () => '')({ type: 'ending', ending: 'x' })).not.toThrow();
  });
});

describe('messages to the host page', () => {
  function framedWindow(hash = '') {
    const posted: Array<[unknown, string]> = [];
    const parent = { postMessage: (message: unknown, origin: string) => posted.push([message, origin]) };
    const win = { parent, location: { hash } } as unknown as Window;
    return { win, posted };
  }

  it('is silent outside a frame', () => {
    const win = {} as Window & { parent: Window };
    (win as { parent: unknown }).parent = win;
    expect(frameBridge(win)).toBeUndefined();
  });

  it('posts each event with its source, and links to open', () => {
    const { win, posted } = framedWindow();
    const bridge = frameBridge(win)!;
    bridge.report({ type: 'choice', scene: 'the-knock', choice: 'hide' });
    bridge.openLink('https://example.org/');
    expect(posted).toEqual([
      [{ source: MESSAGE_SOURCE, type: 'choice', scene: 'the-knock', choice: 'hide' }, '*'],
      [{ source: MESSAGE_SOURCE, type: 'link', url: 'https://example.org/' }, '*'],
    ]);
  });

  it('reads WordPress’s secret, and only a plain one', () => {
    expect(wordpressSecret('#?secret=abc123')).toBe('abc123');
    expect(wordpressSecret('#?secret=abc&x=1')).toBe('abc');
    expect(wordpressSecret('#?secret=<script>')).toBeUndefined();
    expect(wordpressSecret('')).toBeUndefined();
  });

  it('reports to every listener', () => {
    const a = vi.fn();
    const b = vi.fn();
    const event: AppEvent = { type: 'ending', ending: 'seoul' };
    reportTo(a, undefined, b)(event);
    expect(a).toHaveBeenCalledWith(event);
    expect(b).toHaveBeenCalledWith(event);
  });

  it('measures the content and the body’s margins, not the frame', () => {
    const body = {};
    const win = {
      document: { body },
      getComputedStyle: () => ({ marginTop: '8px', marginBottom: '8px', paddingTop: '0px', paddingBottom: '4.5px' }),
    } as unknown as Window;
    const content = { getBoundingClientRect: () => ({ height: 500.2 }) } as HTMLElement;
    expect(contentHeight(win, content)).toBe(521);
  });
});
