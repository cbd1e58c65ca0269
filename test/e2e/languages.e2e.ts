/**
 * Every shipped language played from the title screen to an ending in Chromium, with no English
 * left on any screen; the pseudo-locales on a 320 px phone with nothing overflowing and no string
 * left untranslated; the language chosen from the URL, the browser and the switcher, kept mid-story.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapStrings, type StoryText } from '../../src/engine/text.ts';
import { SHIPPED_LANGUAGES, type Locale } from '../../src/i18n/languages.ts';
import { wordsFor } from '../support/app.tsx';
import { realStory } from '../support/story.ts';
import { expectNoProblems, PHONE, type Viewport } from './browser.ts';
import { appSession, currentView, moveOn, READY_TITLE, type View } from './story-page.ts';

const baseURL = inject('baseURL');
const { open } = appSession(baseURL);
const story = realStory();
const MAX_STEPS = 80;
const NARROW: Viewport = { width: 320, height: 640 };
const TRANSLATED = SHIPPED_LANGUAGES.filter((l) => l !== 'en');

/** Every string of a bundle, glossary marks read as the words they show. */
function strings(value: unknown, glossary: StoryText['glossary']): string[] {
  const out: string[] = [];
  mapStrings(value, (text) => {
    out.push(
      text.replace(
        /\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g,
        (_, id: string, shown?: string) => shown ?? glossary[id.trim()]?.term ?? id,
      ),
    );
    return text;
  });
  return out;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * What English on a `lang` page would look like: every English sentence of four words or more,
 * and every interface string (placeholders as wildcards), less those the translation keeps as
 * they are (a name, a title of a source).
 */
function englishTells(lang: Locale): { sentences: string[]; ui: RegExp[] } {
  const en = wordsFor(story, 'en');
  const translated = wordsFor(story, lang);
  const theirs = squash(
    [...strings(translated.story, translated.story.glossary), ...strings(translated.ui, {})].join('\n'),
  );
  const sentences = strings(en.story, en.story.glossary)
    .flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/))
    .map(squash)
    .filter((s) => s.split(' ').length >= 4 && !theirs.includes(s));
  const ui = Object.values(en.ui as Record<string, string>)
    .filter((text) => /[A-Za-z]{3}/.test(text.replace(/\{\{[^}]*\}\}/g, '')))
    .filter((text) => !Object.values(translated.ui as Record<string, string>).includes(text))
    .map(
      (text) =>
        new RegExp(
          `^${text
            .split(/\{\{[^}]*\}\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.+?')}$`,
        ),
    );
  return { sentences: [...new Set(sentences)], ui };
}

/** All the words a screen offers a person: visible text, opened or not definitions, labels, titles. */
async function screenWords(page: Page): Promise<{ text: string; lines: string[] }> {
  return page.evaluate(() => {
    const extra = [
      document.title,
      ...[...document.querySelectorAll('.definition')].map((el) => el.textContent),
      ...[...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? ''),
      ...[...document.querySelectorAll('[title]')].map((el) => el.getAttribute('title') ?? ''),
    ];
    const lines = [...document.body.innerText.split('\n'), ...extra].map((l) => l.trim()).filter(Boolean);
    return { text: lines.join(' '), lines };
  });
}

async function expectNoEnglish(page: Page, lang: Locale, where: string, tells: ReturnType<typeof englishTells>) {
  const { text, lines } = await screenWords(page);
  const flat = text.replace(/\s+/g, ' ');
  const sentences = tells.sentences.filter((s) => flat.includes(s));
  const ui = lines.filter((line) => tells.ui.some((re) => re.test(line)));
  expect({ sentences, ui }, `English left on the ${lang} ${where}`).toEqual({ sentences: [], ui: [] });
}

async function expectLang(page: Page, lang: string, dir = 'ltr'): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]))
    .toEqual([lang, dir]);
}

/** Plays from the title screen to an ending, taking choice `step mod n`; calls `check` on every screen. */
async function playToEnding(page: Page, check: (where: string) => Promise<void>): Promise<View> {
  await check('title screen');
  let view = await moveOn(page, () => page.locator(`${READY_TITLE} .title-actions .primary`).click());
  for (let step = 0; view.kind === 'scene'; step++) {
    if (step >= MAX_STEPS) throw new Error(`no ending after ${String(MAX_STEPS)} choices`);
    // Open every glossary term, so definitions are on screen too.
    for (const term of await page.locator('main .term').all()) await term.click();
    await check(`scene ${view.id}`);
    const choices = page.locator('main [role="group"] button');
    const count = await choices.count();
    view = await moveOn(page, () => choices.nth(step % count).click());
  }
  await check(`ending ${view.id}`);
  return view;
}

/**
 * What is wrong with the layout on screen: the page wider than the screen, elements past its
 * edges, text clipped in its box, and plain-ASCII words (a hard-coded string, on a pseudo-locale).
 */
async function layoutReport(
  page: Page,
): Promise<{ pageWider: boolean; overflowing: string[]; clipped: string[]; plain: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const overflowing = [...document.querySelectorAll('main *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.left < -1 || box.right > width + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    const clipped = [...document.querySelectorAll('main button, main select, main h1, main h2, main p, main summary')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent.slice(0, 40)}`);
    // Pseudo-locale text has no plain ASCII letters: a run of them is a hard-coded string.
    // Sources keep their own (English) titles, marked lang="en", as do campaign texts with no
    // translation; names (organisations, networks) are translate="no"; options name languages
    // and countries.
    const plain: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang="en"], [translate="no"], option, script, style, noscript')) continue;
      if (/[A-Za-z]{3,}/.test(node.textContent ?? '')) plain.push((node.textContent ?? '').trim().slice(0, 60));
    }
    // What the page shows or reads out; the head's metadata (the oEmbed link's title) is not.
    for (const el of document.body.querySelectorAll('[aria-label], [title]'))
      for (const value of [el.getAttribute('aria-label'), el.getAttribute('title')])
        if (value && /[A-Za-z]{3,}/.test(value)) plain.push(value);
    return {
      pageWider: document.documentElement.scrollWidth > width,
      overflowing: overflowing.slice(0, 5),
      clipped: clipped.slice(0, 5),
      plain: plain.slice(0, 5),
    };
  });
}

describe('each shipped language, title screen to an ending', () => {
  it.each(TRANSLATED.map((lang, i) => [lang, i * 7 + 3] as const))(
    'plays in %s at 320 px with <html lang> right, no English and nothing clipped on any screen (seed %i)',
    async (lang, seed) => {
      const tells = englishTells(lang);
      const { page, problems } = await open(NARROW, `/?lang=${lang}&seed=${String(seed)}`);
      await expectLang(page, lang);
      const ending = await playToEnding(page, async (where) => {
        await expectLang(page, lang);
        await expectNoEnglish(page, lang, where, tells);
        const { pageWider, overflowing, clipped } = await layoutReport(page);
        expect({ pageWider, overflowing, clipped }, `${lang} ${where}`).toEqual({
          pageWider: false,
          overflowing: [],
          clipped: [],
        });
      });
      expect(ending.kind).toBe('ending');
      expectNoProblems(problems);
    },
  );

  it('fetches only the chosen language: no English words are downloaded for a Korean player', async () => {
    const { page } = await open(PHONE, '/?lang=ko&seed=1');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.reload();
    await page.locator(`${READY_TITLE} .title-actions .primary`).click();
    await page.locator('main article[data-scene]').waitFor();
    const chunks = requests.filter((url) => /\/assets\/[^/]+\.js$/.test(url)).map((url) => url.split('/').pop()!);
    // The opening words first; the rest follows while the player reads.
    await expect.poll(() => requests.some((url) => url.includes('/words-ko-rest-'))).toBe(true);
    const words = requests.filter((url) => /\/assets\/words-/.test(url)).map((url) => url.split('/').pop()!);
    expect(words.filter((file) => !/^words-ko-(rest-)?[\w-]+\.js$/.test(file))).toEqual([]);
    expect(chunks.some((file) => file.startsWith('words-ko-'))).toBe(true);
  });
});

describe('the pseudo-locales on a 320 px screen', () => {
  it.each([
    ['en-XA', 'ltr'],
    ['ar-XB', 'rtl'],
  ] as const)('%s: every screen fits, nothing is clipped, no string is left untranslated', async (lang, dir) => {
    const { page, problems } = await open(NARROW, `/?lang=${lang}&seed=11`);
    await expectLang(page, lang, dir);
    await playToEnding(page, async (where) => {
      const report = await layoutReport(page);
      expect(report, `${lang} ${where}`).toEqual({ pageWider: false, overflowing: [], clipped: [], plain: [] });
    });
    expectNoProblems(problems);
  });
});

describe('choosing the language', () => {
  it("opens in the browser's language when the URL names none", async () => {
    const { page } = await open(PHONE, '/', { locale: 'fr-FR' });
    await expectLang(page, 'fr');
    await expect(page.locator('main h1').textContent()).resolves.toBe(wordsFor(story, 'fr').story.story.title);
  });

  it('falls back quietly to English for an unknown ?lang=', async () => {
    const { page, problems } = await open(PHONE, '/?lang=xx-YY');
    await expectLang(page, 'en');
    await expect(page.locator('main h1').textContent()).resolves.toBe(story.title);
    expectNoProblems(problems);
  });

  it('switches mid-story in the settings, keeps the place, and remembers the choice', async () => {
    const { page, problems } = await open(PHONE, '/?seed=5');
    await page.getByRole('button', { name: 'Begin' }).click();
    await currentView(page);
    const view = await moveOn(page, () => page.locator('main [role="group"] button').first().click());
    const before = view.id;

    await page.locator('main .settings summary').click();
    await page.getByLabel('Language').selectOption('ko');
    await expectLang(page, 'ko');
    expect(await currentView(page)).toEqual(view);
    const korean = wordsFor(story, 'ko').story;
    const scene = story.scenes[before]!;
    const koTitle = korean.chapters[scene.chapter]!.scenes[before]!.title;
    await expect(page.locator('main h1').textContent()).resolves.toBe(
      koTitle.replace(
        /\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g,
        (_, id: string, shown?: string) => shown ?? korean.glossary[id]?.term ?? id,
      ),
    );
    const koUi = wordsFor(story, 'ko').ui;
    await expect(page.getByRole('group', { name: koUi.yourChoices }).count()).resolves.toBe(1);

    // Reloaded with no ?lang=: the saved choice wins over the browser's English, and the run goes on.
    await page.goto(`${baseURL}/`);
    await expectLang(page, 'ko');
    await page.locator(`${READY_TITLE} .title-actions .primary`).click();
    expect((await currentView(page)).id).toBe(before);
    expectNoProblems(problems);
  });
});
