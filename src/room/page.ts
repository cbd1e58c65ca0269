/**
 * The class page, `class/index.html`: where a teacher starts a room and projects it. The page is a
 * shell (English until its script runs, which renders it in the teacher's language); its script
 * (`class/class.js`, src/room/projector.ts) is a file of its own, as the CSP requires, apart from
 * the app's module graph. What the projector shows of the story (the decisions in story order,
 * their choices, the endings, each chapter's discussion questions) and its words come from
 * `class/data-<lang>.json`, built from the compiled story and the interface's ui.json. Pure: the
 * build writes the files (src/build/class-page-plugin.ts).
 */
import type { CompiledStory } from '../engine/story.ts';
import type { Language } from '../i18n/languages.ts';
import { escapeHtml, iconAndStylesheet, pageRoot, staticDocument, staticHead } from '../static-pages/common.ts';

export const CLASS_PAGE_PATH = 'class/index.html';
export const CLASS_STYLESHEET_PATH = 'class/class.css';
export const CLASS_SCRIPT_PATH = 'class/class.js';
export const classDataPath = (lang: Language): string => `class/data-${lang}.json`;

/** The prefix of the page's words in ui.json (`classPageTitle` → `title`). */
export const WORDS_PREFIX = 'classPage';

export interface Decision {
  scene: string;
  chapter: string;
  /** The scene's title. */
  title: string;
  choices: { id: string; text: string }[];
}

/** What the projector needs of the story and of the interface, in one language. */
export interface ProjectorData {
  lang: Language;
  storyTitle: string;
  /** The page's words, keyed without the prefix. */
  words: Record<string, string>;
  decisions: Decision[];
  chapters: { id: string; title: string; questions: string[] }[];
  endings: { id: string; title: string }[];
}

/** The page's words from a language's ui.json (flat), without their prefix. */
export function pageWords(ui: Record<string, unknown>): Record<string, string> {
  const words: Record<string, string> = {};
  for (const [key, value] of Object.entries(ui))
    if (key.startsWith(WORDS_PREFIX) && typeof value === 'string') {
      const name = key.slice(WORDS_PREFIX.length);
      words[name.charAt(0).toLowerCase() + name.slice(1)] = value;
    }
  return words;
}

/**
 * The decisions of a story (its plain text, glossary marks resolved), in story order: chapter by
 * chapter, each chapter's scenes as written, the scenes with more than one choice.
 */
export function projectorData(
  story: Pick<CompiledStory, 'title' | 'chapters' | 'scenes' | 'endings'>,
  lang: Language,
  words: Record<string, string>,
  plain: (text: string) => string,
): ProjectorData {
  const line = (text: string): string => plain(text).replace(/\s+/g, ' ').trim();
  const decisions: Decision[] = [];
  for (const chapter of story.chapters)
    for (const id of chapter.scenes) {
      const scene = story.scenes[id];
      if (!scene || scene.choices.length < 2) continue;
      decisions.push({
        scene: scene.id,
        chapter: chapter.id,
        title: line(scene.title),
        choices: scene.choices.map((c) => ({ id: c.id, text: line(c.text) })),
      });
    }
  return {
    lang,
    storyTitle: line(story.title),
    words,
    decisions,
    chapters: story.chapters.map((c) => ({ id: c.id, title: line(c.title), questions: c.questions.map(line) })),
    endings: Object.values(story.endings).map((e) => ({ id: e.id, title: line(e.title) })),
  };
}

export interface ClassPageInput {
  /** English words (the shell's, until the script renders the teacher's language). */
  words: Record<string, string>;
  storyTitle: string;
  languages: readonly { lang: Language; name: string }[];
  base: string;
  contentSecurityPolicy: string;
}

/** The page's HTML: a heading, the start form, and the script that does the rest. */
export function classPageHtml(input: ClassPageInput): string {
  const e = escapeHtml;
  const w = input.words;
  const root = pageRoot(input.base, 1);
  const title = `${w.title ?? 'Class room'} · ${input.storyTitle}`;
  return staticDocument(
    'en',
    [
      ...staticHead({ csp: input.contentSecurityPolicy, title, description: w.lead ?? '' }),
      ...iconAndStylesheet(root, 'class/class.css'),
      `<script src="${e(root)}class/class.js" defer></script>`,
    ],
    [
      '<header class="class-masthead">',
      `<nav aria-label="${e(input.storyTitle)}"><ul>`,
      `<li><a href="${e(root)}" data-link="play">${e(w.playStory ?? '')}</a></li>`,
      `<li><a href="${e(root)}teacher/" data-link="guide">${e(w.teacherGuide ?? '')}</a></li>`,
      `<li><a href="${e(root)}privacy/" data-link="privacy">${e(w.privacy ?? '')}</a></li>`,
      '</ul></nav>',
      '</header>',
      `<main id="main" class="class-page" data-root="${e(root)}" data-languages="${e(
        JSON.stringify(input.languages),
      )}">`,
      `<h1 tabindex="-1">${e(w.heading ?? '')}</h1>`,
      `<p class="lead">${e(w.lead ?? '')}</p>`,
      `<noscript><p>${e(w.noServer ?? '')}</p></noscript>`,
      '</main>',
    ],
  );
}
