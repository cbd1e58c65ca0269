/**
 * A static page's stylesheet (src/teacher/teacher.css, src/privacy/privacy.css,
 * src/share/share.css, src/embed/embed.css) as the build emits it: one file, each `@import` of
 * our own CSS (src/static-pages/*.css) put in its place, so the page fetches one stylesheet from
 * its own origin as the CSP (`style-src 'self'`) allows, or carries it inline (the share pages and
 * the teacher guide, src/build/inline-style.ts). Anything else after `@import` (another origin, a
 * media query) is refused: the pages load nothing from elsewhere.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** `@import './x.css';` or `@import url("./x.css");` alone on its line, with the blank lines after it. */
const IMPORT = /^@import\s+(?:url\()?\s*(['"])(.+?)\1\s*\)?\s*;[ \t]*\n*/gm;

/** The CSS file at `path` with its imports inlined, each file once. */
export function readStaticCss(path: string): string {
  return inline(resolve(path), []);
}

function inline(path: string, chain: readonly string[]): string {
  if (chain.includes(path)) throw new Error(`${path} imports itself through ${chain.join(' → ')}`);
  const css = readFileSync(path, 'utf8');
  const rest = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(IMPORT, '');
  if (/@import\b/.test(rest))
    throw new Error(`${path}: only @import '<our own file>.css'; is inlined, with nothing after the name`);
  return css.replace(IMPORT, (_, _quote: string, href: string) => {
    if (!/^\.{1,2}\/[^:]*\.css$/.test(href))
      throw new Error(`${path}: @import '${href}' must name one of our own .css files by a relative path`);
    return `${inline(resolve(dirname(path), href), [...chain, path]).trimEnd()}\n\n`;
  });
}
