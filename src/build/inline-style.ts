/**
 * What a static page (a share page, the teacher guide) carries in its own bytes so that it paints
 * from them alone, as the app's title page does (src/build/first-paint-plugin.ts): its stylesheet,
 * minified, in a `<style>` that the page's CSP allows by its hash, and the app's icon as a `data:`
 * URL. Fetched, the stylesheet would block the first paint for a round trip, and the icon, which
 * Chromium fetches as soon as the head is parsed, would be counted by Lighthouse's simulation
 * before the largest paint (150 ms on its mobile profile). Build time only (Node).
 */
import { readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import type { InlineAssets } from '../static-pages/common.ts';
import { hashSource } from './csp-plugin.ts';
import { readStaticCss } from './static-css.ts';

/**
 * The browsers the minified CSS must still serve, as Vite derives them from the app's
 * `build.target` (es2022, vite.config.ts) for its own CSS: Chromium 94 reads no range media
 * queries, so `(min-width: 40rem)` stays as it is written.
 */
const version = (major: number, minor = 0): number => (major << 16) | (minor << 8);
const TARGETS = {
  chrome: version(94),
  edge: version(94),
  firefox: version(93),
  safari: version(16, 4),
  ios_saf: version(16, 4),
  opera: version(80),
};

/** A stylesheet as it goes inline: its imports inlined (static-css.ts), then minified; and its CSP hash. */
export function inlineStyle(path: string): { css: string; hash: string } {
  const { code } = transform({
    filename: path,
    code: Buffer.from(readStaticCss(path)),
    minify: true,
    targets: TARGETS,
  });
  const css = code.toString();
  // `</style` inside the CSS would end the element early; our CSS never has it, and must not.
  if (/<\/style/i.test(css)) throw new Error(`${path}: "</style" in CSS cannot be inlined.`);
  return { css, hash: hashSource(css) };
}

/** An SVG as a `data:` URL: percent-encoded only where a URL needs it, so it stays readable and small. */
export function svgDataUrl(svg: string): string {
  const encoded = svg
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[%#<>"{}|\\^`[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `data:image/svg+xml,${encoded}`;
}

/**
 * A page's inline assets from its stylesheet's path and the app's icon (`public/favicon.svg`, which
 * `index.html` links), with the hash its CSP must allow.
 */
export function inlineAssets(stylesheet: string, icon: string): { assets: InlineAssets; styleHash: string } {
  const { css, hash } = inlineStyle(stylesheet);
  return { assets: { css, iconUrl: svgDataUrl(readFileSync(icon, 'utf8')) }, styleHash: hash };
}
