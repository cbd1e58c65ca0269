/**
 * The static pages' stylesheets as the build emits them (src/build/static-css.ts): our own imports
 * inlined in order, anything from elsewhere refused, and the real pages' stylesheets complete.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStaticCss } from '../../src/build/static-css.ts';
import { ROOT } from '../support/story.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'static-css-'));
  mkdirSync(join(dir, 'common'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, css: string): string => {
  writeFileSync(join(dir, name), css);
  return join(dir, name);
};

describe('a static page’s stylesheet', () => {
  it('puts each of our imports in its place, in order, and keeps the rest as written', () => {
    write('common/palette.css', ':root {\n  --bg: #11161c;\n}\n');
    write('common/root.css', "@import './palette.css';\n\nhtml {\n  background: var(--bg);\n}\n");
    const page = write(
      'page.css',
      '/* The page. */\n@import \'./common/root.css\';\n@import url("./common/palette.css");\n\nh1 {\n  margin: 0;\n}\n',
    );
    expect(readStaticCss(page)).toBe(
      '/* The page. */\n:root {\n  --bg: #11161c;\n}\n\nhtml {\n  background: var(--bg);\n}\n\n:root {\n  --bg: #11161c;\n}\n\nh1 {\n  margin: 0;\n}\n',
    );
  });

  it.each([
    ['another origin', "@import 'https://fonts.example/x.css';"],
    ['a bare name', "@import 'normalize.css';"],
    ['a media query', "@import './a.css' screen;"],
    ['a layer', "@import url('./a.css') layer(base);"],
  ])('refuses an import from %s', (_, line) => {
    write('a.css', 'a {\n  color: red;\n}\n');
    expect(() => readStaticCss(write('page.css', `${line}\n`))).toThrow(/@import/);
  });

  it('refuses a file that imports itself', () => {
    write('a.css', "@import './b.css';\n");
    write('b.css', "@import './a.css';\n");
    expect(() => readStaticCss(join(dir, 'a.css'))).toThrow(/imports itself/);
  });

  it.each(['src/teacher/teacher.css', 'src/privacy/privacy.css', 'src/share/share.css', 'src/embed/embed.css'])(
    '%s comes whole: the palette, the page’s own values, no import left',
    (path) => {
      const css = readStaticCss(join(ROOT, path));
      expect(css).not.toContain('@import');
      expect(css).toContain('--bg: #11161c;');
      expect(css).toMatch(/--page-line-height: [\d.]+;/);
      for (const [, name] of css.matchAll(/var\((--[\w-]+)\)/g)) expect(css, `${name} is set`).toContain(`${name}:`);
    },
  );
});
