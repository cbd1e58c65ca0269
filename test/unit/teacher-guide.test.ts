// @vitest-environment jsdom
/**
 * The teacher guide page (src/teacher/guide.ts) for the real story: everything a teacher needs is
 * there and in order, all of it in the page's language (the sources' own titles aside); its links
 * work under any base path; nothing inline runs; hostile words stay text. And the content notes
 * (src/teacher/themes.ts) name what the chapters hold, and where.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource } from '../../src/build/csp-plugin.ts';
import { inlineAssets, inlineStyle } from '../../src/build/inline-style.ts';
import type { CompiledStory } from '../../src/engine/story.ts';
import { applyText } from '../../src/engine/text.ts';
import { LANGUAGES, SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import {
  guideRoot,
  plainStory,
  teacherGuideHtml,
  teacherMapFiles,
  teacherMapPath,
  teacherPagePath,
  type GuideInput,
  type GuideStats,
} from '../../src/teacher/guide.ts';
import { chapterThemes } from '../../src/teacher/themes.ts';
import { guideWords } from '../../src/teacher/words/index.ts';
import { wordsFor } from '../support/app.tsx';
import { realStory } from '../support/story.ts';

const story = realStory();
const inLanguage = (lang: Language): CompiledStory => applyText(story, wordsFor(story, lang).story);

const stats: GuideStats = {
  runs: 1000,
  medianChoices: 13,
  endings: Object.fromEntries(Object.keys(story.endings).map((id, i) => [id, { shortest: 10 + i, runs: 50 + i }])),
};

/** The real stylesheet and icon, as the build carries them inline, and the CSP that allows the style. */
const { assets, styleHash } = inlineAssets('src/teacher/teacher.css', 'public/favicon.svg');
const csp = contentSecurityPolicy([], { styles: [styleHash] });

function input(overrides: Partial<GuideInput> = {}): GuideInput {
  const lang = overrides.lang ?? 'en';
  return {
    lang,
    story: inLanguage(lang),
    english: story,
    languages: SHIPPED_LANGUAGES,
    base: '/',
    publicUrl: 'https://example.org',
    contentSecurityPolicy: csp,
    inline: assets,
    stats,
    ...overrides,
  };
}

/** The maps' stylesheet, as the build carries it in each map's file. */
const mapCss = inlineStyle('src/teacher/map-image.css').css;

/** A language's map files, parsed as a browser parses an .svg file, by their path from the output folder. */
function mapFiles(lang: Language): Map<string, Document> {
  return new Map(
    teacherMapFiles({ lang, story: inLanguage(lang), css: mapCss }).map(({ fileName, source }) => {
      const svg = new DOMParser().parseFromString(source, 'image/svg+xml');
      expect(svg.getElementsByTagName('parsererror')[0]?.textContent ?? '', fileName).toBe('');
      return [fileName, svg];
    }),
  );
}

/** Where an image's address leads from a page, as a path from the output folder. */
const fromPage = (lang: Language, src: string): string =>
  new URL(src, `https://example.org/${teacherPagePath(lang)}`).href.slice('https://example.org/'.length);

function page(overrides: Partial<GuideInput> = {}): Document {
  return new DOMParser().parseFromString(teacherGuideHtml(input(overrides)), 'text/html');
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the English teacher guide', () => {
  const doc = page();
  const plain = plainStory(story);

  it('is one document in English that paints from its own bytes: its stylesheet inline, allowed by hash, and nothing runs', () => {
    const html = teacherGuideHtml(input());
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr"')).toBe(true);
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).toBe(csp);
    expect(policy).not.toContain('unsafe-inline');
    const styles = [...doc.querySelectorAll('style')].map((s) => s.textContent);
    expect(styles).toEqual([assets.css]);
    expect(policy.split('; ').find((d) => d.startsWith('style-src'))).toBe(
      `style-src 'self' ${hashSource(styles[0]!)}`,
    );
    // The print styles travel with it.
    expect(assets.css).toMatch(/@media print\{/);
    expect(doc.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    expect(doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    expect(doc.title).toBe(`Teacher guide — ${plain.title}`);
  });

  it('has one h1, headings in order, a skip link to the guide and contents that all lead somewhere', () => {
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    const skip = doc.body.firstElementChild;
    expect(skip?.getAttribute('href')).toBe('#guide');
    expect(doc.getElementById('guide')?.tagName).toBe('MAIN');
    const targets = [...doc.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    for (const id of targets) expect(doc.getElementById(id), `#${id}`).not.toBeNull();
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the objectives, the age, the content note and a note on each chapter naming its endings', () => {
    const objectives = [...doc.querySelectorAll('.objectives li')].map(text);
    expect(objectives).toEqual(plain.objectives);
    expect(text(doc.getElementById('age'))).toContain('aged 14 and over');
    expect(text(doc.querySelector('.content-note'))).toBe(plain.contentNote);
    const notes = [...doc.querySelectorAll('.chapter-note')];
    expect(notes).toHaveLength(story.chapters.length);
    for (const ending of Object.values(plain.endings)) {
      const index = story.chapters.findIndex((c) => c.id === ending.chapter);
      expect(text(notes[index]), ending.id).toContain(`‘${ending.title}’`);
    }
    expect(text(notes[2])).toContain('Human trafficking, forced marriage and sexual exploitation');
  });

  it('has a 45-minute lesson: 10 minutes before, 25 during, 10 after, and an extension', () => {
    const steps = [...doc.querySelectorAll('#lesson h3')].map(text);
    expect(steps).toEqual([
      'Before: 10 minutes',
      'During: 25 minutes',
      'After: 10 minutes',
      'Extension activity: check a fact',
    ]);
    expect(text(doc.getElementById('lesson'))).toContain('1,000 simulated runs the median was 13 choices');
  });

  it('summarises every chapter in its own words and gives its questions', () => {
    for (const [i, chapter] of plain.chapters.entries()) {
      const article = doc.getElementById(`chapter-${String(i + 1)}`)!;
      expect(text(article.querySelector('h3'))).toBe(`Chapter ${String(i + 1)} ${chapter.title}`);
      expect(text(article)).toContain(chapter.subtitle!);
      expect([...article.querySelectorAll('.scene-list li')].map(text).sort()).toEqual(
        chapter.scenes.map((id) => plain.scenes[id]!.title).sort(),
      );
      expect([...article.querySelectorAll('.questions li')].map(text)).toEqual(chapter.questions);
      const opening = text(article.querySelector('blockquote'));
      expect(plain.scenes[chapter.start]!.text.replace(/\s+/g, ' ')).toContain(opening);
      // Nothing of a later chapter: no scene title of one appears in the summary.
      for (const later of plain.chapters.slice(i + 1))
        for (const id of later.scenes)
          expect(text(article.querySelector('.scene-list')), id).not.toContain(plain.scenes[id]!.title);
    }
  });

  it('has the map of all paths with its text alternative, listing every ending', () => {
    const frames = [...doc.querySelectorAll('#map figure .map-frame')];
    expect(frames).toHaveLength(story.chapters.length + 1);
    const files = mapFiles('en');
    for (const frame of frames) {
      // One file, drawn for the screen and, as `#print`, for paper: same size, same text alternative.
      const [screen, print] = [frame.querySelector('img.map-screen'), frame.querySelector('img.map-print')];
      const src = screen?.getAttribute('src') ?? '';
      expect(print?.getAttribute('src')).toBe(`${src}#print`);
      const svg = files.get(fromPage('en', src))?.documentElement;
      expect(svg, src).toBeDefined();
      const [titleId, descId] = (svg!.getAttribute('aria-labelledby') ?? '').split(' ');
      const title = svg!.querySelector(`[id="${titleId}"]`)?.textContent ?? '';
      const description = svg!.querySelector(`[id="${descId}"]`)?.textContent ?? '';
      expect(title, src).not.toBe('');
      expect(description, src).not.toBe('');
      for (const img of [screen!, print!]) {
        // Fetched only near the screen, or for print: never before the page's first paint.
        expect(img.getAttribute('loading')).toBe('lazy');
        expect(img.getAttribute('alt')).toBe(`${title}. ${description}`);
        expect(img.getAttribute('width')).toBe(String(Math.round(Number(svg!.getAttribute('width')))));
        expect(img.getAttribute('height')).toBe(String(Math.round(Number(svg!.getAttribute('height')))));
      }
    }
    const listed = [...doc.querySelectorAll('#map li[data-ending]')].map((li) => li.getAttribute('data-ending'));
    expect(listed.sort()).toEqual(Object.keys(story.endings).sort());
    expect(text(doc.querySelector('li[data-ending="stayed"]'))).toMatch(/shortest run to it makes 10 choices/);
  });

  it('lists every glossary term and every source, with its link and its address for print', () => {
    const terms = [...doc.querySelectorAll('.glossary dfn')].map(text);
    expect(terms.sort()).toEqual(
      Object.values(plain.glossary)
        .map((g) => g.term)
        .sort(),
    );
    for (const source of Object.values(story.sources)) {
      // Compared as strings, not in a selector: jsdom's selector engine misses an href with "&" in it.
      const link = [...doc.querySelectorAll('.sources a')].find((a) => a.getAttribute('href') === source.url) ?? null;
      expect(link, source.id).not.toBeNull();
      const item = link!.closest('li')!;
      expect(text(item)).toContain(`(${source.url})`);
      expect(text(item)).toContain(`${source.publisher}, ${String(source.year)}`);
    }
  });

  it('explains classroom mode, starting at a chapter, embedding and offline use, and links to play', () => {
    const setup = text(
      page({ features: { chapterStart: true, embed: false, offline: false } }).getElementById('classroom'),
    );
    expect(setup).toContain('?mode=classroom');
    expect(setup).toContain('data-mode="classroom"');
    expect(setup).toContain('?chapter=N');
    expect(setup).toContain('https://example.org/?mode=classroom&chapter=2');
    expect(setup).toMatch(/without a connection \(once available\)/);
    expect(setup).toMatch(/a campaign’s\) \(once available\)/);
    expect(setup).not.toMatch(/chapter N, from 1 to 5 \(once available\)/);
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/?lang=en');
    expect(hrefs).toContain('/?mode=classroom&lang=en');
    expect(hrefs).toContain('/?mode=classroom&chapter=3&lang=en');
  });

  it('says "once available" only of what has not shipped', () => {
    const all = { chapterStart: true, embed: true, offline: true };
    expect(teacherGuideHtml(input({ features: all }))).not.toContain('once available');
    expect(text(page({ features: { offline: true } }).getElementById('classroom'))).not.toMatch(
      /connection \(once available\)/,
    );
  });

  it('leaves out the run figures when the build has none', () => {
    const html = teacherGuideHtml(input({ stats: undefined }));
    expect(html).not.toContain('simulated runs');
    expect(html).not.toContain('undefined');
  });
});

describe('a translated teacher guide', () => {
  const englishSections = [...page().querySelectorAll('section > h2, section > h3, .lesson-step h3')].map(text);

  it.each(SHIPPED_LANGUAGES.filter((l) => l !== 'en'))('is in %s throughout, the sources’ own words aside', (lang) => {
    const doc = page({ lang });
    const localised = plainStory(inLanguage(lang));
    expect(doc.documentElement.lang).toBe(lang);
    expect(doc.querySelector('.notice')).toBeNull();
    expect(doc.body.textContent).not.toContain('in English for now');
    expect(doc.querySelector('style')?.textContent).toBe(assets.css);
    for (const [i, chapter] of localised.chapters.entries()) {
      const article = doc.getElementById(`chapter-${String(i + 1)}`)!;
      expect(text(article.querySelector('h3'))).toContain(chapter.title);
      expect([...article.querySelectorAll('.questions li')].map(text)).toEqual(chapter.questions);
      expect(text(article.querySelector('h3 .chapter-number'))).not.toContain('Chapter');
    }
    // Nothing is marked English but a source's title and publisher, and the name "English".
    for (const el of doc.querySelectorAll('body [lang="en"]'))
      if (text(el) !== 'English') expect(el.closest('.sources'), el.outerHTML).not.toBeNull();
    const headings = [...doc.querySelectorAll('h1, h2, h3, h4')].map(text);
    // (French spells "Sources" as English does.)
    for (const heading of englishSections)
      if (!(lang === 'fr' && heading === 'Sources')) expect(headings, heading).not.toContain(heading);
    expect(englishSections.length).toBeGreaterThan(5);
    expect([...doc.querySelectorAll('.glossary dfn')].map(text).sort()).toEqual(
      Object.values(localised.glossary)
        .map((g) => g.term)
        .sort(),
    );
    expect(text(doc.querySelector('.content-note'))).toBe(localised.contentNote);
    expect(doc.querySelector(`.languages a[aria-current="page"]`)?.getAttribute('hreflang')).toBe(lang);
  });

  it('has Korean headings on the Korean page, and no English guide heading', () => {
    const doc = page({ lang: 'ko' });
    const headings = [...doc.querySelectorAll('h2, h3, h4')].map(text);
    expect(text(doc.getElementById('overview-heading'))).toBe('개요와 학습 목표');
    expect(text(doc.querySelector('#chapter-1 .chapter-number'))).toBe('1장');
    expect([...doc.querySelectorAll('#lesson h3')].map(text)).toEqual([
      '수업 전: 10분',
      '수업 중: 25분',
      '수업 후: 10분',
      '심화 활동: 사실 확인하기',
    ]);
    for (const heading of headings) {
      expect(heading, heading).toMatch(/[\uac00-\ud7a3]/);
      expect(heading, heading).not.toMatch(/\b(Chapter|Overview|Glossary|Sources|Summary|Discussion|minutes)\b/);
    }
    expect(text(doc.getElementById('classroom'))).toContain('?mode=classroom');
  });
});

describe('where a guide page finds the app', () => {
  it.each([
    ['/', 'en', '/'],
    ['/', 'ko', '/'],
    ['/stories/ttm/', 'ko', '/stories/ttm/'],
    ['./', 'en', '../'],
    ['./', 'fr', '../../'],
    ['https://cdn.example.org/ttm/', 'ja', 'https://cdn.example.org/ttm/'],
  ] as const)('with base %s, the %s page finds it at %s', (base, lang, root) => {
    expect(guideRoot(base, lang)).toBe(root);
    const doc = page({ base, lang });
    expect(doc.querySelector('a.button')?.getAttribute('href')).toBe(`${root}?lang=${lang}`);
    // The maps sit beside the page, whatever the base: their addresses are relative to it.
    for (const img of doc.querySelectorAll('#map img'))
      expect(fromPage(lang, img.getAttribute('src')!.replace(/#print$/, ''))).toMatch(
        new RegExp(`^teacher/maps/${lang}/(overview|chapter-\\d+)\\.svg$`),
      );
  });

  it('writes English at teacher/ and every other language in a folder of its own', () => {
    expect(SHIPPED_LANGUAGES.map(teacherPagePath)).toEqual([
      'teacher/index.html',
      'teacher/ko/index.html',
      'teacher/ja/index.html',
      'teacher/zh-Hans/index.html',
      'teacher/es/index.html',
      'teacher/fr/index.html',
    ]);
  });
});

describe('the maps’ files', () => {
  it.each(SHIPPED_LANGUAGES)(
    'are standalone SVG files in %s, each ending drawn and named in the page’s language',
    (lang) => {
      const files = mapFiles(lang);
      const plain = plainStory(inLanguage(lang));
      const chapters = story.chapters.map((_, i) => teacherMapPath(lang, `chapter-${i + 1}`));
      expect([...files.keys()]).toEqual([teacherMapPath(lang, 'overview'), ...chapters]);
      // The page shows every one of them, and nothing else.
      const doc = page({ lang });
      const shown = [...doc.querySelectorAll('#map img.map-screen')].map((img) =>
        fromPage(lang, img.getAttribute('src')!),
      );
      expect(shown).toEqual([...files.keys()]);

      for (const [fileName, svg] of files) {
        const root = svg.documentElement;
        expect(root.namespaceURI, fileName).toBe('http://www.w3.org/2000/svg');
        expect(root.getAttribute('role')).toBe('img');
        expect(root.getAttribute('lang')).toBe(lang);
        expect(root.getAttribute('data-script')).toBe(LANGUAGES[lang].script);
        // `#print` targets the root: the file's own stylesheet draws it for paper.
        expect(root.id).toBe('print');
        expect([...root.querySelectorAll('style')].map((el) => el.textContent)).toEqual([mapCss]);
        const labelled = (root.getAttribute('aria-labelledby') ?? '').split(' ');
        expect(labelled.map((id) => root.querySelector(`[id="${id}"]`)?.localName)).toEqual(['title', 'desc']);
      }
      const w = guideWords(lang).map;
      expect(files.get(teacherMapPath(lang, 'overview'))!.querySelector('title')?.textContent).toBe(w.overviewTitle);

      // Every ending, in the overview and in the map of the chapter that leads to it, with its title.
      const endingsIn = (svg: Document): Array<[string, string]> =>
        [...svg.querySelectorAll('g.map-ending')].map((g) => [
          g.getAttribute('data-id')!,
          g.querySelector('title')?.textContent ?? '',
        ]);
      const expected = Object.values(plain.endings)
        .map((ending): [string, string] => [ending.id, ending.title])
        .sort();
      expect(endingsIn(files.get(teacherMapPath(lang, 'overview'))!).sort()).toEqual(expected);
      const inChapters = chapters.flatMap((name) => endingsIn(files.get(name)!));
      expect([...new Map(inChapters).entries()].sort()).toEqual(expected);
    },
  );

  it('carry the drawing’s colours for the screen, and black on white for paper', () => {
    expect(mapCss).toContain('.map-ending polygon{stroke:var(--map-ending)');
    expect(mapCss).toMatch(/:root:target\{[^}]*--text:#000[^}]*--map-box:#fff/);
    expect(mapCss).toContain(':root[data-script=hangul]{');
  });
});

describe('hostile words in the story', () => {
  it('stay text', () => {
    const hostile = '<img src=x onerror=alert(1)> & "quotes"';
    const bent: CompiledStory = {
      ...story,
      title: hostile,
      chapters: story.chapters.map((c, i) => (i === 0 ? { ...c, title: hostile, questions: [hostile] } : c)),
    };
    const doc = page({ story: bent });
    // The only images are the maps', from their own files; the hostile title is their alternative's text.
    expect([...doc.querySelectorAll('img')].map((img) => img.getAttribute('src')?.replace(/#print$/, ''))).toEqual(
      ['overview', 'overview', ...story.chapters.flatMap((_, i) => [`chapter-${i + 1}`, `chapter-${i + 1}`])].map(
        (name) => teacherMapPath('en', name).slice('teacher/'.length),
      ),
    );
    expect(doc.querySelector('#map-chapter-1 img.map-screen')?.getAttribute('alt')).toContain(hostile);
    expect(text(doc.querySelector('h1 .h1-title'))).toBe(hostile);
    expect(text(doc.querySelector('#chapter-1 .questions li'))).toBe(hostile);
  });
});

describe('the content notes', () => {
  const themes = chapterThemes(story);
  const found = (chapter: string, theme: string): string[] =>
    themes[chapter]?.find((t) => t.theme.id === theme)?.places.map((p) => p.id) ?? [];

  it('name trafficking where the story’s fact cards and epilogues tell of it, and not elsewhere', () => {
    expect(found('china', 'trafficking')).toEqual(['sold-as-wife']);
    expect(found('home', 'trafficking')).toEqual([]);
  });

  it('name detention at each ending that tells of it', () => {
    expect(found('the-river', 'detention')).toContain('caught-at-river');
    expect(found('china', 'detention')).toContain('sent-back-from-china');
    expect(found('the-road', 'detention')).toContain('deported-from-laos');
  });

  it('read no theme into a story that tells of none', () => {
    const quiet: CompiledStory = {
      ...story,
      facts: Object.fromEntries(
        Object.entries(story.facts).map(([id, f]) => [id, { ...f, text: 'Rice is up again.' }]),
      ),
      endings: Object.fromEntries(
        Object.entries(story.endings).map(([id, e]) => [id, { ...e, text: 'You stay.', epilogue: 'Spring comes.' }]),
      ),
      scenes: Object.fromEntries(Object.entries(story.scenes).map(([id, s]) => [id, { ...s, text: 'The market.' }])),
    };
    for (const list of Object.values(chapterThemes(quiet))) expect(list).toEqual([]);
  });
});
