/**
 * What a static page carries inline (src/build/inline-style.ts): its stylesheet minified, every
 * rule of it kept, print styles included, with the hash the page's CSP allows; and the app's icon
 * as a `data:` URL a browser reads back to the same picture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashSource } from '../../src/build/csp-plugin.ts';
import { inlineAssets, inlineStyle, svgDataUrl } from '../../src/build/inline-style.ts';
import { readStaticCss } from '../../src/build/static-css.ts';
import { inlineIconAndStyle } from '../../src/static-pages/common.ts';

/** The class names, custom properties and at-rules a stylesheet names, comments aside. */
const names = (css: string): Set<string> =>
  new Set(
    css.replace(/\/\*[\s\S]*?\*\//g, '').match(/\.[a-z][\w-]*(?=[\s,:{.[>+~)])|--[\w-]+|@[a-z-]+\b[^{;]*?(?=\s*\{)/g),
  );

describe('a static page’s inline stylesheet', () => {
  it.each(['src/teacher/teacher.css', 'src/teacher/map-image.css', 'src/share/share.css'])(
    'keeps every rule of %s, smaller, with its hash',
    (path) => {
      const { css, hash } = inlineStyle(path);
      const source = readStaticCss(path);
      expect(css.length).toBeLessThan(source.length * 0.8);
      expect(css).not.toContain('@import');
      expect(css).not.toContain('/*');
      expect(hash).toBe(hashSource(css));
      // Every class, custom property and at-rule of the source is still there (the minifier drops
      // spaces, never a name), print styles included.
      const kept = [...names(css)].map((n) => n.replace(/\s+/g, ''));
      for (const name of names(source)) expect(kept, name).toContain(name.replace(/\s+/g, ''));
      expect(css.match(/@media print/g)?.length).toBe(source.match(/@media print/g)?.length);
    },
  );

  it('refuses CSS that would end its element early', () => {
    expect(() => inlineIconAndStyle({ css: 'a::after{content:"</style>"}', iconUrl: 'data:,' })).toThrow(/<\/style/);
  });
});

describe('the app’s icon as a data: URL', () => {
  it('decodes to the icon itself', () => {
    const svg = readFileSync('public/favicon.svg', 'utf8');
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml,')).toBe(true);
    expect(url).not.toMatch(/[<>"#]/);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg.trim().replace(/\s+/g, ' '));
  });

  it('goes with the stylesheet into a page’s head', () => {
    const { assets } = inlineAssets('src/share/share.css', 'public/favicon.svg');
    const [icon, style] = inlineIconAndStyle(assets);
    expect(icon).toMatch(/^<link rel="icon" href="data:image\/svg\+xml,%3Csvg [^"]*" type="image\/svg\+xml">$/);
    expect(style).toBe(`<style>${assets.css}</style>`);
  });
});
