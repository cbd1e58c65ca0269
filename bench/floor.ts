/**
 * The floor: the title screen as a plain HTML page, the least a page can be for the same pixels.
 * Built from the app's own `index.html` in the same run, so that our page and the floor differ
 * only by what the app adds (its scripts, its policy), and measured beside it: the ratio of the
 * two largest paints is a budget that the machine's load affects far less than either figure.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built page with no script at all (inline or not), no preload and no policy; a linked
 * stylesheet of our own is put inline, as a hand-written page would carry it.
 */
export function floorPage(html: string, readAsset: (href: string) => string): string {
  return html
    .replace(/[ \t]*<script\b[^>]*>[\s\S]*?<\/script>\n?/gi, '')
    .replace(/[ \t]*<link rel="modulepreload"[^>]*>\n?/gi, '')
    .replace(/[ \t]*<meta http-equiv="Content-Security-Policy"[^>]*>\n?/gi, '')
    .replace(
      /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/gi,
      (_, href: string) => `<style>${readAsset(href)}</style>`,
    )
    .replace(/[ \t]*<noscript>[\s\S]*?<\/noscript>\n?/gi, '');
}

/** Writes the floor page of the build in `dist` (served at `/`) into `dir`, with its icon and robots.txt. */
export function writeFloor(dist: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  writeFileSync(
    join(dir, 'index.html'),
    floorPage(html, (href) => readFileSync(join(dist, href.replace(/^\//, '')), 'utf8')),
  );
  for (const file of ['favicon.svg', 'robots.txt'])
    if (existsSync(join(dist, file))) copyFileSync(join(dist, file), join(dir, file));
}
