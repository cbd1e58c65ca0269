// @vitest-environment jsdom
/**
 * The embed configurator's page (src/embed/page.ts) for the real story, and its script as the
 * build bundles it (src/build/embed-page-plugin.ts): every field labelled, hinted and tied to its
 * error; the languages by their own names and the chapters by their titles; every message type of
 * the protocol documented with a real example; the loader and the script as files under any base
 * path, nothing inline. (Its script as built: embed-oembed.test.ts, which runs under Node.)
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/build/csp-plugin.ts';
import {
  EMBED_SCRIPT_PATH,
  EMBED_STYLESHEET_PATH,
  embedPageHtml,
  embedPageRoot,
  eventExamples,
  type EmbedPageInput,
} from '../../src/embed/page.ts';
import { PAGE_WORDS } from '../../src/embed/page-words.ts';
import { EMBED_OPTIONS, MESSAGE_SOURCE } from '../../src/embed/protocol.ts';
import { LANGUAGES, SHIPPED_LANGUAGES } from '../../src/i18n/languages.ts';
import { plainStory } from '../../src/teacher/guide.ts';
import { realStory } from '../support/story.ts';

const story = plainStory(realStory());

function input(overrides: Partial<EmbedPageInput> = {}): EmbedPageInput {
  return {
    story,
    languages: SHIPPED_LANGUAGES,
    hashtags: ['EscapeNorthKorea'],
    base: '/',
    appUrl: 'https://example.org/',
    contentSecurityPolicy: contentSecurityPolicy(),
    ...overrides,
  };
}

const parse = (overrides: Partial<EmbedPageInput> = {}): Document =>
  new DOMParser().parseFromString(embedPageHtml(input(overrides)), 'text/html');

/** The text of every element an attribute's ids point to. */
const byIds = (doc: Document, ids: string | null): Array<Element | null> =>
  (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => doc.getElementById(id));

describe('the embed configurator page', () => {
  it('is a page of its own under the app’s CSP, its script and the loader files, nothing inline', () => {
    const html = embedPageHtml(input());
    const doc = parse();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      contentSecurityPolicy(),
    );
    expect(doc.title).toBe('Embed Three Thousand Miles on your site');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => [s.getAttribute('src'), s.defer, s.textContent])).toEqual([
      [`/${EMBED_SCRIPT_PATH}`, true, ''],
      ['/embed.js', true, ''],
    ]);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it.each([
    ['/', '/'],
    ['/stories/ttm/', '/stories/ttm/'],
    ['./', '../'],
    ['https://cdn.example.org/ttm/', 'https://cdn.example.org/ttm/'],
  ])('finds its files and the loader under base %s', (base, root) => {
    expect(embedPageRoot(base)).toBe(root);
    const doc = parse({ base });
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(`${root}${EMBED_STYLESHEET_PATH}`);
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([
      `${root}${EMBED_SCRIPT_PATH}`,
      `${root}embed.js`,
    ]);
  });

  it('gives every field a visible label, a hint and a place for its error', () => {
    const doc = parse();
    const form = doc.querySelector('form[data-embed-configurator]')!;
    const controls = [...form.querySelectorAll('input, select')];
    expect(controls.length).toBeGreaterThanOrEqual(11);
    for (const control of controls) {
      const id = control.id;
      const labels = [
        ...byIds(doc, control.getAttribute('aria-labelledby')),
        doc.querySelector(`label[for="${id}"]`),
      ].filter((l): l is Element => l !== null);
      expect(labels.length, `#${id} is labelled`).toBeGreaterThan(0);
      expect(
        labels.every((l) => !l.closest('[hidden]') && l.textContent.trim() !== ''),
        `#${id}`,
      ).toBe(true);
      const described = byIds(doc, control.getAttribute('aria-describedby'));
      expect(
        described.every((d) => d !== null),
        `#${id} points at elements that exist`,
      ).toBe(true);
      expect(
        described.some((d) => d?.classList.contains('hint')),
        `#${id} has a hint`,
      ).toBe(true);
    }
    for (const name of ['lang', 'accent', 'background', 'petition', 'hashtags', 'chapter', 'height']) {
      const control = doc.getElementById(name)!;
      expect(control.getAttribute('name'), name).toBe(name);
      expect(control.getAttribute('aria-describedby'), name).toContain(`${name}-error`);
      expect(doc.getElementById(`${name}-error`)?.hidden, name).toBe(true);
    }
  });

  it('names every field as an option of the embed contract', () => {
    const doc = parse();
    const names = new Set([...doc.querySelectorAll('form [name]')].map((c) => c.getAttribute('name')));
    expect([...names].sort()).toEqual([...Object.values(EMBED_OPTIONS), 'height'].sort());
  });

  it('offers the shipped languages by their own names, and the chapters by their titles', () => {
    const doc = parse();
    const languages = [...doc.querySelectorAll<HTMLOptionElement>('#lang option')].filter((o) => o.value);
    expect(languages.map((o) => [o.value, o.lang, o.textContent])).toEqual(
      SHIPPED_LANGUAGES.map((l) => [l, l, LANGUAGES[l].name]),
    );
    const chapters = [...doc.querySelectorAll<HTMLOptionElement>('#chapter option')];
    expect(chapters[0]?.value).toBe('');
    expect(chapters.slice(1).map((o) => [o.value, o.textContent])).toEqual(
      story.chapters.slice(1).map((c, i) => [String(i + 2), `${String(i + 2)}. ${c.title}`]),
    );
  });

  it('explains what classroom mode takes away', () => {
    const doc = parse();
    const classroom = doc.getElementById('mode-classroom')!;
    const about = byIds(doc, classroom.getAttribute('aria-describedby'))
      .map((e) => e?.textContent)
      .join(' ');
    expect(about).toMatch(/no petition form/i);
    expect(about).toMatch(/no share buttons/i);
  });

  it('carries the default snippet and preview, for a reader without its script', () => {
    const doc = parse({ appUrl: 'https://example.org/ttm/' });
    expect(doc.getElementById('snippet-code')?.textContent).toBe(
      '<div data-three-thousand-miles data-height="640"></div>\n<script src="https://example.org/ttm/embed.js" async></script>',
    );
    const placeholder = doc.querySelector('#preview [data-three-thousand-miles]');
    expect(placeholder?.getAttribute('data-height')).toBe('640');
    expect(doc.getElementById('copy-snippet')?.hidden).toBe(true);
    expect(doc.getElementById('copy-status')?.getAttribute('role')).toBe('status');
    const log = doc.getElementById('event-log')!;
    expect(log.tagName).toBe('OL');
    expect(log.getAttribute('aria-live')).toBe('off');
  });

  it('documents every message type with its fields and a real example', () => {
    const doc = parse();
    const rows = [...doc.querySelectorAll('.events-table tbody tr')];
    const examples = eventExamples(story);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(Object.keys(examples));
    for (const row of rows) {
      const type = row.querySelector('th')!.textContent as keyof typeof examples;
      const example = JSON.parse(row.querySelector('pre code')!.textContent) as Record<string, unknown>;
      expect(example).toEqual(examples[type]);
      expect(example.source).toBe(MESSAGE_SOURCE);
      const fields = [...row.querySelectorAll('.fields > li > code:first-child')].map((c) => c.textContent);
      expect(fields.sort(), type).toEqual(
        Object.keys(example)
          .filter((k) => k !== 'source' && k !== 'type')
          .sort(),
      );
    }
    // The ids are the story's own.
    expect(story.scenes[examples.scene.scene]).toBeDefined();
    expect(story.endings[examples.ending.ending]).toBeDefined();
    expect(doc.querySelector('#events pre code')?.textContent).toContain(
      "document.querySelector('[data-three-thousand-miles]').addEventListener('three-thousand-miles', (e) => {",
    );
  });

  it('says which headers the story’s host must send, at its own path', () => {
    const doc = parse({ base: '/stories/ttm/' });
    const text = doc.getElementById('headers')?.textContent ?? '';
    expect(text).toContain('frame-ancestors');
    expect(text).toContain('X-Frame-Options');
    expect(text).toContain('Access-Control-Allow-Origin: *');
    expect(text).toContain('/stories/ttm/assets/*');
    expect(text).toContain('location /stories/ttm/assets/ {');
  });

  it('keeps hostile words as text', () => {
    const hostile = '"><script>alert(1)</script>';
    const doc = parse({
      story: { ...story, title: hostile, chapters: story.chapters.map((c) => ({ ...c, title: hostile })) },
      hashtags: [hostile],
    });
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect(doc.querySelector('h1')?.textContent).toBe(PAGE_WORDS.pageTitle(hostile));
  });
});
