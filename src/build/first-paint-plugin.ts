/**
 * Vite plugin: at build, makes the built `index.html` paint the prerendered title screen from its
 * own bytes alone. The entry's stylesheet is inlined as a `<style>` (the CSP allows it by hash,
 * src/build/csp-plugin.ts), and the app's scripts are no longer named in the HTML, where the
 * browser would fetch them (and Lighthouse count them) before the first paint: a small inline
 * script, allowed by hash too, adds the entry and its static imports after the first frame.
 * Only at build: the dev server serves the page as it is.
 */
import type { Plugin, Rollup } from 'vite';

/** Vite's tags for the entry, its static imports and its stylesheet (`crossorigin` as Vite writes them). */
const ENTRY = /[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\n?/g;
const PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">/g;

/**
 * How long the page waits for its first frame before it starts the app anyway: a frame that
 * never comes (a hidden tab, a frame scrolled out of view, where Chromium holds animation frames
 * back) must not keep the app from starting.
 */
export const START_FALLBACK_MS = 250;

/**
 * The inline script that starts the app: after the first frame has painted (a task queued from
 * an animation frame runs once that frame is done), or after `START_FALLBACK_MS`, whichever is
 * first. The static imports are preloaded at the same moment, so they load alongside the entry
 * rather than after it. A Begin pressed before the app has taken the page over (`data-app` on
 * `<html>`, src/ui/useDocumentSettings.ts) is not lost: it is kept on `#root` as
 * `data-queued-start` for the app to honour (src/main.tsx), and starts the app at once, with the
 * chunks Begin needs (`onBegin`: the run's, src/app/run-parts.ts) preloaded beside it.
 */
export function startScript(entry: string, preloads: readonly string[], onBegin: readonly string[] = []): string {
  const add = `(t,a)=>{const e=document.createElement(t);Object.assign(e,a);e.crossOrigin='';document.head.append(e)}`;
  const early = [
    `const early=(e)=>{if(document.documentElement.dataset.app!==undefined)return document.removeEventListener('click',early,true);`,
    `const root=document.getElementById('root');`,
    `if(root&&e.target instanceof Element&&e.target.closest('#root [data-start="begin"]')){root.dataset.queuedStart='begin';start();`,
    `for(const href of ${JSON.stringify(onBegin)})add('link',{rel:'modulepreload',href})}};`,
    `document.addEventListener('click',early,true);`,
  ].join('');
  return [
    `(()=>{let started=false;const add=${add};`,
    `const start=()=>{if(started)return;started=true;`,
    `for(const href of ${JSON.stringify(preloads)})add('link',{rel:'modulepreload',href});`,
    `add('script',{type:'module',src:${JSON.stringify(entry)}})};`,
    early,
    // Once the first contentful paint is reported (after it is on screen, not merely drawn), else
    // after a frame where the browser cannot say; at the latest, after the fallback.
    `const painted=typeof PerformanceObserver==='function'&&(PerformanceObserver.supportedEntryTypes||[]).includes('paint');`,
    `if(painted)new PerformanceObserver((list,observer)=>{if(list.getEntriesByName('first-contentful-paint').length){observer.disconnect();setTimeout(start)}}).observe({type:'paint',buffered:true});`,
    `else requestAnimationFrame(()=>setTimeout(start));`,
    `setTimeout(start,${String(START_FALLBACK_MS)})})()`,
  ].join('');
}

/** The built page with its stylesheet inlined and its scripts started after the first paint. */
export function deferToFirstPaint(
  html: string,
  cssOf: (href: string) => string | undefined,
  onBegin: readonly string[] = [],
): string {
  const entries = [...html.matchAll(ENTRY)].map((m) => m[1]!);
  if (entries.length !== 1) throw new Error(`index.html: expected one entry script, found ${String(entries.length)}.`);
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
  let missing: string | undefined;
  const inlined = html.replace(STYLESHEET, (tag, href: string) => {
    const css = cssOf(href);
    if (css === undefined) {
      missing = href;
      return tag;
    }
    // `</style` inside the CSS would end the element early; the app's own CSS never has it.
    if (/<\/style/i.test(css)) throw new Error(`${href}: "</style" in CSS cannot be inlined.`);
    return `<style>${css.trim()}</style>`;
  });
  if (missing) throw new Error(`index.html links ${missing}, which the bundle does not hold.`);
  return inlined
    .replace(ENTRY, '')
    .replace(PRELOAD, '')
    .replace(
      /<\/body>/,
      () =>
        `  <script>${startScript(
          entries[0]!,
          preloads,
          onBegin.filter((href) => !preloads.includes(href)),
        )}</script>\n  </body>`,
    );
}

/** The module whose chunk Begin loads (src/ui/useTitleScreen.ts). */
const RUN_PARTS = 'src/app/run-parts.ts';

/** The files of the chunk made from `module` and of every chunk it imports statically. */
function chunksOf(bundle: Rollup.OutputBundle, module: string): string[] {
  const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
  const start = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(module));
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of chunks.find((chunk) => chunk.fileName === file)?.imports ?? []) visit(imported);
  };
  if (start) visit(start.fileName);
  return [...files];
}

export function firstPaintPlugin(): Plugin {
  let base = '/';
  return {
    name: 'three-thousand-miles:first-paint',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        return deferToFirstPaint(
          html,
          (href) => {
            const file = bundle?.[href.startsWith(base) ? href.slice(base.length) : href];
            if (file?.type !== 'asset') return undefined;
            return typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          },
          bundle ? chunksOf(bundle, RUN_PARTS).map((file) => `${base}${file}`) : [],
        );
      },
    },
  };
}
