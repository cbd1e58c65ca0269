import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource, inlineHashes } from '../../src/build/csp-plugin.ts';
import { deferToFirstPaint, startScript } from '../../src/build/first-paint-plugin.ts';

const BUILT = `<!doctype html>
<html><head>
    <title>T</title>
    <script type="module" crossorigin src="/base/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/base/assets/runtime-2.js">
    <link rel="modulepreload" crossorigin href="/base/assets/vendor-3.js">
    <link rel="stylesheet" crossorigin href="/base/assets/index-4.css">
  </head>
  <body>
    <div id="root"><main><h1>Title</h1></main></div>
  </body>
</html>`;

const css = (href: string): string | undefined => (href === '/base/assets/index-4.css' ? 'h1{color:red}\n' : undefined);

describe('the built page, deferred to its first paint', () => {
  it('inlines the stylesheet and names no script the browser would fetch before painting', () => {
    const html = deferToFirstPaint(BUILT, css);
    expect(html).toContain('<style>h1{color:red}</style>');
    expect(html).not.toMatch(/<link rel="(?:stylesheet|modulepreload)"/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).toContain('<div id="root"><main><h1>Title</h1></main></div>');
  });

  it('starts the entry and preloads its imports from one inline script at the end of the body', () => {
    const html = deferToFirstPaint(BUILT, css);
    const script = /<script>([\s\S]*?)<\/script>\s*<\/body>/.exec(html)?.[1];
    expect(script).toBe(
      startScript('/base/assets/index-1.js', ['/base/assets/runtime-2.js', '/base/assets/vendor-3.js']),
    );
    expect(script).toContain('requestAnimationFrame');
  });

  it('refuses a page whose stylesheet the bundle does not hold, or with no entry', () => {
    expect(() => deferToFirstPaint(BUILT, () => undefined)).toThrow(/index-4\.css/);
    expect(() => deferToFirstPaint(BUILT.replace(/<script[^>]*><\/script>/, ''), css)).toThrow(/one entry script/);
  });

  /** Runs the start script against a stand-in document; returns what it added and its hooks. */
  function runStart(globals: Record<string, unknown> = {}) {
    const added: Array<Record<string, string>> = [];
    const frames: Array<() => void> = [];
    const timers: Array<() => void> = [];
    const listeners: Array<(event: { target: unknown }) => void> = [];
    const root = { dataset: {} as Record<string, string> };
    const html = { dataset: {} as Record<string, string> };
    class Element {
      constructor(private readonly selector: string) {}
      closest(selector: string) {
        return selector === this.selector ? this : null;
      }
    }
    const document = {
      createElement: (tag: string) => ({ tag }),
      head: { append: (element: Record<string, string>) => added.push(element) },
      documentElement: html,
      getElementById: (id: string) => (id === 'root' ? root : null),
      addEventListener: (type: string, listener: (event: { target: unknown }) => void) => {
        if (type === 'click') listeners.push(listener);
      },
      removeEventListener: (_type: string, listener: (event: { target: unknown }) => void) => {
        if (listeners.includes(listener)) listeners.splice(listeners.indexOf(listener), 1);
      },
    };
    runInNewContext(startScript('/a.js', ['/b.js'], ['/run.js']), {
      document,
      Element,
      requestAnimationFrame: (f: () => void) => frames.push(f),
      setTimeout: (f: () => void) => timers.push(f),
      ...globals,
    });
    const click = (selector: string) => [...listeners].forEach((l) => l({ target: new Element(selector) }));
    return { added, frames, timers, listeners, root, html, click };
  }

  const STARTED = [
    { tag: 'link', rel: 'modulepreload', href: '/b.js', crossOrigin: '' },
    { tag: 'script', type: 'module', src: '/a.js', crossOrigin: '' },
  ];

  it('runs the start script: the entry and its preloads are added once, after a frame or the fallback', () => {
    // The run's chunks are not among them: Begin fetches those.
    const { added, frames, timers } = runStart();
    expect(added).toEqual([]);
    frames.forEach((f) => f());
    timers.forEach((f) => f());
    timers.forEach((f) => f());
    expect(added).toEqual(STARTED);
  });

  it('where the browser reports paints, starts the app once the first contentful paint is on screen', () => {
    let report: ((entries: string[]) => void) | undefined;
    class PerformanceObserver {
      static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
      constructor(private readonly callback: (list: unknown, observer: unknown) => void) {}
      observe(options: { type: string; buffered: boolean }) {
        expect(options).toEqual({ type: 'paint', buffered: true });
        report = (names) =>
          this.callback({ getEntriesByName: (name: string) => names.filter((n) => n === name) }, this);
      }
      disconnect() {
        report = undefined;
      }
    }
    const page = runStart({ PerformanceObserver });
    expect(page.frames).toEqual([]);
    // Set aside, not run: the fallback's timer.
    expect(page.timers.splice(0)).toHaveLength(1);
    report!(['first-paint']);
    expect(page.timers).toEqual([]);
    expect(page.added).toEqual([]);
    report!(['first-contentful-paint']);
    expect(report).toBeUndefined();
    page.timers.at(-1)!();
    expect(page.added).toEqual(STARTED);
  });

  it('keeps a Begin pressed before the app has taken over, and starts the app at once', () => {
    const page = runStart();
    page.click('#root [data-title-screen]');
    expect(page.root.dataset).toEqual({});
    expect(page.added).toEqual([]);
    page.click('#root [data-start="begin"]');
    expect(page.root.dataset).toEqual({ queuedStart: 'begin' });
    // The app, and beside it the run's chunks that Begin needs.
    const begun = [...STARTED, { tag: 'link', rel: 'modulepreload', href: '/run.js', crossOrigin: '' }];
    expect(page.added).toEqual(begun);
    page.timers.forEach((f) => f());
    expect(page.added).toEqual(begun);
  });

  it('leaves clicks to the app once it runs the page', () => {
    const page = runStart();
    page.html.dataset.app = 'ready';
    page.click('#root [data-start="begin"]');
    expect(page.root.dataset).toEqual({});
    expect(page.listeners).toEqual([]);
  });
});

describe('the CSP of a page with inline code', () => {
  it('allows each inline script and style by the hash of its exact text, and nothing inline else', () => {
    const html = deferToFirstPaint(BUILT, css);
    const hashes = inlineHashes(html);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(hashes.scripts).toEqual([`'sha256-${createHash('sha256').update(script).digest('base64')}'`]);
    expect(hashes.styles).toEqual([hashSource('h1{color:red}')]);
    const policy = contentSecurityPolicy([], hashes);
    expect(policy).toContain(`script-src 'self' ${hashes.scripts![0]!};`);
    expect(policy).toContain(`style-src 'self' ${hashes.styles![0]!};`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('hashes no script that has a src', () => {
    expect(inlineHashes('<script type="module" src="/a.js"></script>')).toEqual({ scripts: [], styles: [] });
  });
});
