// @vitest-environment jsdom
/** The campaigner's loader (`embed.js`): frames, options, sizing, events, and who it listens to. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLoader } from '../../src/embed/loader.ts';
import { DOM_EVENT, MESSAGE_SOURCE } from '../../src/embed/protocol.ts';

const APP = 'https://story.example.org/three-thousand-miles/';
(globalThis as { __EMBED_TITLES__?: unknown }).__EMBED_TITLES__ = { en: 'Three Thousand Miles', ko: '삼천 마일' };

// jsdom has no CSS.supports; these tests stand in for the browser's colour parser.
beforeEach(() => {
  vi.stubGlobal('CSS', { supports: (_: string, value: string) => /^#[0-9a-f]{6}$/i.test(value) });
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function place(attributes: Record<string, string> = {}): HTMLDivElement {
  const div = document.createElement('div');
  div.setAttribute('data-three-thousand-miles', '');
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  document.body.append(div);
  return div;
}

/** A message as the app in `frame` would send it. */
function fromFrame(frame: HTMLIFrameElement, data: unknown, origin = 'https://story.example.org') {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: frame.contentWindow }));
}

describe('the embed loader', () => {
  it('turns the placeholder into a frame of the app with its checked options', () => {
    const div = place({
      'data-lang': 'ko',
      'data-mode': 'classroom',
      'data-accent': '#c0392b',
      'data-hashtags': 'NoForcedReturns',
      'data-start-chapter': '2',
      'data-height': '720',
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loader = startLoader(window, `${APP}embed.js`);
    const frame = div.querySelector('iframe')!;
    expect(loader.appUrl).toBe(APP);
    const src = new URL(frame.src);
    expect(src.origin + src.pathname).toBe(APP);
    expect(Object.fromEntries(src.searchParams)).toEqual({
      embed: '1',
      lang: 'ko',
      mode: 'classroom',
      accent: '#c0392b',
      hashtags: 'NoForcedReturns',
      chapter: '2',
    });
    expect(frame.title).toBe('삼천 마일');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('allow')).toContain('web-share');
    expect(frame.getAttribute('sandbox')!.split(' ').sort()).toEqual([
      'allow-forms',
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-same-origin',
      'allow-scripts',
    ]);
    expect(frame.style.height).toBe('720px');
    expect(warn).not.toHaveBeenCalled();
  });

  it('ignores hostile options with a warning, and runs nothing', () => {
    const hostile = '"><script>window.__ran = true</script>';
    const div = place({
      'data-lang': hostile,
      'data-accent': 'red;background:url(https://evil.example/)',
      'data-background': 'x'.repeat(10_000),
      'data-petition-url': 'javascript:window.__ran=true',
      'data-hashtags': hostile,
      'data-start-chapter': hostile,
      'data-height': hostile,
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    startLoader(window, `${APP}embed.js`);
    const frame = div.querySelector('iframe')!;
    expect(new URL(frame.src).search).toBe('?embed=1');
    expect(frame.style.height).toBe('640px');
    expect(warn).toHaveBeenCalledTimes(7);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('sizes the frame from the app’s reports and passes every message on as a DOM event', () => {
    const div = place();
    startLoader(window, `${APP}embed.js`);
    const frame = div.querySelector('iframe')!;
    const heard: unknown[] = [];
    div.addEventListener(DOM_EVENT, (event) => heard.push((event as CustomEvent).detail));
    const resize = { source: MESSAGE_SOURCE, type: 'resize', height: 1234.4 };
    const ending = { source: MESSAGE_SOURCE, type: 'ending', ending: 'seoul' };
    fromFrame(frame, resize);
    fromFrame(frame, ending);
    expect(frame.style.height).toBe('1235px');
    expect(heard).toEqual([resize, ending]);
  });

  it('hears nothing from another origin, another window, or in another shape', () => {
    const div = place();
    startLoader(window, `${APP}embed.js`);
    const frame = div.querySelector('iframe')!;
    const heard: unknown[] = [];
    div.addEventListener(DOM_EVENT, (event) => heard.push((event as CustomEvent).detail));
    const resize = { source: MESSAGE_SOURCE, type: 'resize', height: 3000 };
    fromFrame(frame, resize, 'https://evil.example');
    window.dispatchEvent(
      new MessageEvent('message', { data: resize, origin: 'https://story.example.org', source: window }),
    );
    fromFrame(frame, { type: 'resize', height: 3000 });
    fromFrame(frame, 'resize');
    fromFrame(frame, { source: MESSAGE_SOURCE, type: 'resize', height: Number.NaN });
    expect(heard).toHaveLength(1); // only the last: the right sender, a bad height ignored
    expect(frame.style.height).toBe('640px');
  });

  it('opens a link the frame could not, only when it is https', () => {
    const div = place();
    startLoader(window, `${APP}embed.js`);
    const frame = div.querySelector('iframe')!;
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    fromFrame(frame, { source: MESSAGE_SOURCE, type: 'link', url: 'javascript:alert(1)' });
    fromFrame(frame, { source: MESSAGE_SOURCE, type: 'link', url: 'https://example.org/petition' });
    expect(open).toHaveBeenCalledOnce();
    expect(open).toHaveBeenCalledWith('https://example.org/petition', '_blank', 'noopener,noreferrer');
  });

  it('mounts placeholders added later, and each only once', async () => {
    const loader = startLoader(window, `${APP}embed.js`);
    const div = place({ 'data-lang': 'en' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const frame = div.querySelector('iframe');
    expect(frame).not.toBeNull();
    expect(loader.mount(div)).toBe(frame);
    expect(div.querySelectorAll('iframe')).toHaveLength(1);
  });
});
