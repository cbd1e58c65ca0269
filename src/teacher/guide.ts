/**
 * The teacher guide, `teacher/index.html` (English) and `teacher/<lang>/index.html`: everything a
 * teacher needs to run a lesson with the story, generated from the story's data at build time so
 * that it never drifts from the story. Pure: the build writes the files
 * (src/build/teacher-plugin.ts).
 *
 * The story's words (title, introduction, objectives, content note, chapter titles, questions,
 * scene and ending titles, glossary) come in the page's language; the guide's own prose (headings,
 * lesson plan, instructions) is English for now, marked `lang="en"` on a page in another language,
 * which says so at its top.
 *
 * The page reads with no JavaScript and loads nothing but its stylesheet (`teacher/teacher.css`,
 * src/teacher/style.ts), under the app's Content-Security-Policy. It prints as a handout: white
 * pages, the chapters kept whole, the map on pages of its own, the sources' addresses printed.
 */
import type { CompiledStory } from '../engine/story.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { appRoots, escapeHtml } from '../share/page.ts';
import { plainText } from '../ui/RichText.tsx';
import {
  chapterMaps,
  chapterMapSvg,
  endingReach,
  ENGLISH_MAP_WORDS,
  firstReach,
  overviewMap,
  overviewSvg,
} from './paths-map.ts';
import { chapterEndings, chapterThemes } from './themes.ts';

/** The files the build writes, relative to the output folder. */
export const teacherPagePath = (lang: Language): string =>
  lang === 'en' ? 'teacher/index.html' : `teacher/${lang}/index.html`;
export const TEACHER_STYLESHEET_PATH = 'teacher/teacher.css';

/** The youngest students the guide recommends the story for. */
export const MINIMUM_AGE = 14;

/**
 * The app's features the guide explains that are still to come: each is described with "once
 * available" until it ships. Flip one to true when its feature lands.
 */
export const FEATURES = {
  /** `?chapter=N` starts a run at chapter N. */
  chapterStart: true,
  /** The embed snippet, and its `data-mode="classroom"`. */
  embed: false,
  /** Offline play after one visit (a service worker). */
  offline: true,
};

/** Numbers from the story's summary (src/engine/compile/summary.ts), when the build has them. */
export interface GuideStats {
  /** How many seeded random runs were played. */
  runs: number;
  /** The median number of choices in a run. */
  medianChoices: number;
  /** Per ending: the fewest choices that reach it, and how many of the random runs ended there. */
  endings: Record<string, { shortest?: number; runs: number }>;
}

export interface GuideInput {
  lang: Language;
  /** The story in the page's language (`applyText`). */
  story: CompiledStory;
  /** The story in English, its source language: the content notes are read from it. */
  english: CompiledStory;
  /** The languages that have a guide, `lang` among them. */
  languages: readonly Language[];
  /** Vite's `base`. */
  base: string;
  /** Absolute, no trailing slash (`campaign.publicUrl`). */
  publicUrl: string;
  contentSecurityPolicy: string;
  stats?: GuideStats;
  /** Overrides `FEATURES` (tests). */
  features?: Partial<typeof FEATURES>;
}

/** How deep a guide page sits below the app's folder. */
const depth = (lang: Language): number => (lang === 'en' ? 1 : 2);

/** The app's folder as seen from a guide page: for its links and stylesheet. */
export function guideRoot(base: string, lang: Language): string {
  if (/^https?:\/\//i.test(base)) return base.endsWith('/') ? base : `${base}/`;
  if (base === '' || base.startsWith('.')) return '../'.repeat(depth(lang));
  return base.endsWith('/') ? base : `${base}/`;
}

/** The story with every word a guide shows made plain: glossary marks become their words. */
export function plainStory(story: CompiledStory): CompiledStory {
  const plain = (text: string): string => plainText(text, story.glossary);
  const line = (text: string): string => plain(text).replace(/\s+/g, ' ').trim();
  return {
    ...story,
    title: line(story.title),
    premise: line(story.premise),
    contentNote: line(story.contentNote),
    intro: plain(story.intro),
    objectives: story.objectives.map(line),
    chapters: story.chapters.map((c) => ({
      ...c,
      title: line(c.title),
      ...(c.subtitle !== undefined ? { subtitle: line(c.subtitle) } : {}),
      questions: c.questions.map(line),
    })),
    scenes: Object.fromEntries(
      Object.entries(story.scenes).map(([id, s]) => [id, { ...s, title: line(s.title), text: plain(s.text) }]),
    ),
    endings: Object.fromEntries(Object.entries(story.endings).map(([id, e]) => [id, { ...e, title: line(e.title) }])),
    glossary: Object.fromEntries(
      Object.entries(story.glossary).map(([id, g]) => [
        id,
        { ...g, term: line(g.term), definition: line(plainText(g.definition, story.glossary)) },
      ]),
    ),
  };
}

/** Paragraphs of a text, split on blank lines, each on one line. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The glossary terms marked in `texts`, in the order they first appear. */
function termsIn(texts: string[], glossary: CompiledStory['glossary']): string[] {
  const ids: string[] = [];
  for (const text of texts)
    for (const m of text.matchAll(/\[\[([^\]|]*)(?:\|[^\]]*)?\]\]/g)) {
      const id = (m[1] ?? '').trim();
      if (glossary[id] && !ids.includes(id)) ids.push(id);
    }
  return ids;
}

const number = new Intl.NumberFormat('en');
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count in the guide's prose: words up to ten, then figures ("three endings", "12 endings"). */
function count(n: number, one: string, many: string): string {
  return `${WORDS[n] ?? number.format(n)} ${n === 1 ? one : many}`;
}
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** "a, b and c". */
function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** A link's address, shown after it in print only (hidden on screen, and from screen readers with it). */
function printUrl(url: string): string {
  return `<span class="print-url"> (${escapeHtml(url)})</span>`;
}

/** A small drawing for the map's key, in the map's own classes, so that it prints as the map does. */
function keyIcon(inner: string): string {
  return `<svg class="paths-map" viewBox="0 0 36 20" width="36" height="20" aria-hidden="true" focusable="false">${inner}</svg>`;
}

/** The whole HTML document of one guide page. */
export function teacherGuideHtml(input: GuideInput): string {
  const { lang, base, publicUrl, languages } = input;
  const features = { ...FEATURES, ...input.features };
  const story = plainStory(input.story);
  const english = input.english;
  const e = escapeHtml;
  const translated = lang !== 'en';
  /** On English prose in a page of another language. */
  const P = translated ? ' lang="en"' : '';
  /** On the story's words inside English prose. */
  const S = translated ? ` lang="${lang}"` : '';
  const root = guideRoot(base, lang);
  const site = appRoots(publicUrl, base).absolute;
  const query = (params: Record<string, string>): string => `?${new URLSearchParams(params).toString()}`;
  const playHref = `${root}${query({ lang })}`;
  const classroomParams = { mode: 'classroom', lang };
  const classroomHref = `${root}${query(classroomParams)}`;
  const languageName = LANGUAGES[lang].name;
  const once = (available: boolean): string => (available ? '' : ' (once available)');
  const title = (t: string): string => `<span${S}>${e(t)}</span>`;
  const chapterNo = (i: number): string => String(i + 1);

  const reach = firstReach(story);
  const byReach = (a: string, b: string): number => (reach.get(a) ?? 0) - (reach.get(b) ?? 0);
  const themes = chapterThemes(english);
  const endingsReach = endingReach(story);
  const sceneCount = Object.keys(story.scenes).length;
  const endingCount = Object.keys(story.endings).length;
  const stats = input.stats;
  const lastChapter = story.chapters[story.chapters.length - 1];
  const lastShortests = chapterEndings(story, lastChapter?.id ?? '')
    .map((id) => stats?.endings[id]?.shortest)
    .filter((n): n is number => n !== undefined);
  const lastShortest = lastShortests.length ? Math.min(...lastShortests) : undefined;
  const earlyEndings = chapterEndings(story, story.chapters[0]?.id ?? '');
  const earlyShare =
    stats && stats.runs > 0
      ? earlyEndings.reduce((sum, id) => sum + (stats.endings[id]?.runs ?? 0), 0) / stats.runs
      : undefined;

  // ---- head
  const pageTitle = `Teacher guide — ${story.title}`;
  const alternates = languages.map(
    (l) =>
      `<link rel="alternate" hreflang="${l}" href="${e(`${site}${teacherPagePath(l).replace(/index\.html$/, '')}`)}">`,
  );
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(input.contentSecurityPolicy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="dark">',
    '<meta name="theme-color" content="#11161c">',
    `<title>${e(pageTitle)}</title>`,
    `<meta name="description" content="${e(`A teacher guide to ${story.title}: lesson plan, content notes, chapter summaries, discussion questions, the map of all paths, glossary and sources.`)}">`,
    ...alternates,
    `<link rel="icon" href="${e(root)}favicon.svg" type="image/svg+xml">`,
    `<link rel="stylesheet" href="${e(root)}${TEACHER_STYLESHEET_PATH}">`,
  ];

  // ---- masthead: the story's name and the guide's languages
  const languageLinks = languages.map((l) => {
    const href = `${root}${teacherPagePath(l).replace(/index\.html$/, '')}`;
    const current = l === lang ? ' aria-current="page"' : '';
    return `<li><a href="${e(href)}" hreflang="${l}" lang="${l}"${current}>${e(LANGUAGES[l].name)}</a></li>`;
  });
  const masthead = [
    `<a class="skip-link" href="#guide"${P}>Skip to the guide</a>`,
    '<header class="masthead">',
    `<p class="masthead-story">${e(story.title)}</p>`,
    `<nav class="languages" aria-label="This guide in other languages"${P}>`,
    `<p class="languages-label" aria-hidden="true">This guide in:</p>`,
    `<ul>${languageLinks.join('')}</ul>`,
    '</nav>',
    '</header>',
  ];

  // ---- contents
  const sections: Array<[string, string]> = [
    ['overview', 'Overview and learning objectives'],
    ['age', 'Age guidance and content notes'],
    ['lesson', 'A 45-minute lesson'],
    ['chapters', 'The chapters: summaries and discussion questions'],
    ['map', 'The map of all paths'],
    ['glossary', 'Glossary'],
    ['sources', 'Sources'],
    ['classroom', 'Setting up the story in class'],
  ];
  const contents = [
    `<nav class="contents" aria-labelledby="contents-heading"${P}>`,
    '<h2 id="contents-heading">Contents</h2>',
    `<ol>${sections.map(([id, name]) => `<li><a href="#${id}">${e(name)}</a></li>`).join('')}</ol>`,
    '</nav>',
  ];

  // ---- introduction
  const intro = [
    `<h1><span class="h1-kicker"${P}>Teacher guide</span> <span class="h1-title">${e(story.title)}</span></h1>`,
    translated
      ? `<p class="notice" lang="en">This is the teacher guide for the ${e(englishName(lang))} version of the story (<span lang="${lang}">${e(languageName)}</span>). The story’s own words on this page (its title, introduction, learning objectives, content note, chapter titles and summaries, discussion questions, the map’s labels and the glossary) are in ${e(englishName(lang))}. The guide’s own text (headings, lesson plan and instructions) is in English for now.</p>`
      : '',
    `<p class="premise">${e(story.premise)}</p>`,
    `<p class="actions"><a class="button" href="${e(playHref)}"${P}>Play the story</a> <a class="button button-quiet" href="${e(classroomHref)}"${P}>Open it in classroom mode</a></p>`,
  ];

  // ---- overview
  const facts = Object.keys(story.facts).length;
  const sources = Object.values(story.sources).sort((a, b) =>
    a.title.localeCompare(b.title, 'en', { sensitivity: 'base', ignorePunctuation: true }),
  );
  const overview = [
    `<section id="overview" aria-labelledby="overview-heading">`,
    `<h2 id="overview-heading"${P}>Overview and learning objectives</h2>`,
    `<h3${P}>At a glance</h3>`,
    `<dl class="facts-table"${P}>`,
    `<div><dt>For</dt><dd>Students aged ${MINIMUM_AGE} and over</dd></div>`,
    `<div><dt>Shape</dt><dd>${story.chapters.length} chapters, ${sceneCount} scenes and ${endingCount} endings; ${facts} fact cards citing ${Object.keys(story.sources).length} sources</dd></div>`,
    stats
      ? `<div><dt>One run</dt><dd>A median of ${number.format(stats.medianChoices)} choices in ${number.format(stats.runs)} simulated runs, as many end early${lastShortest !== undefined ? `; a run to one of the last chapter’s endings makes at least ${lastShortest} choices` : ''}</dd></div>`
      : '',
    `<div><dt>Languages</dt><dd>${list(languages.map((l) => `<span lang="${l}">${e(LANGUAGES[l].name)}</span>`))}</dd></div>`,
    `<div><dt>Needs</dt><dd>A web browser on a computer, tablet or phone; no account, no sign-up, nothing to install</dd></div>`,
    '</dl>',
    `<h3${P}>About the story</h3>`,
    ...paragraphs(story.intro).map((p) => `<p>${e(p)}</p>`),
    `<h3${P}>Learning objectives</h3>`,
    `<p${P}>After the lesson, students should be able to:</p>`,
    `<ol class="objectives">${story.objectives.map((o) => `<li>${e(o)}</li>`).join('')}</ol>`,
    '</section>',
  ];

  // ---- age guidance and content notes
  const placeTitle = (kind: 'scene' | 'ending', id: string): string =>
    kind === 'scene' ? (story.scenes[id]?.title ?? id) : (story.endings[id]?.title ?? id);
  const chapterNotes = story.chapters.map((chapter, i) => {
    const endings = chapterEndings(story, chapter.id).sort(byReach);
    const found = themes[chapter.id] ?? [];
    const items = found.map(({ theme, places }) => {
      const scenes = places.filter((p) => p.kind === 'scene').map((p) => `‘${title(placeTitle('scene', p.id))}’`);
      const ends = places.filter((p) => p.kind === 'ending').map((p) => `‘${title(placeTitle('ending', p.id))}’`);
      const where = [
        scenes.length ? `the ${scenes.length === 1 ? 'scene' : 'scenes'} ${list(scenes)}` : '',
        ends.length ? `the ${ends.length === 1 ? 'ending' : 'endings'} ${list(ends)}` : '',
      ].filter(Boolean);
      return `<li><strong>${e(theme.label)}</strong>: in ${list(where)}.</li>`;
    });
    return [
      `<div class="chapter-note">`,
      `<h4><span${P}>Chapter ${chapterNo(i)}:</span> ${e(chapter.title)}</h4>`,
      `<p${P}>${
        endings.length
          ? `It can end the story in ${count(endings.length, 'ending', 'endings')}: ${list(endings.map((id) => `‘${title(story.endings[id]!.title)}’`))}.`
          : 'No run ends in this chapter.'
      }${
        items.length
          ? ' Its fact cards, its endings’ epilogues and the places it names deal with:'
          : ' Its fact cards and endings name none of the themes listed here.'
      }</p>`,
      items.length ? `<ul${P}>${items.join('')}</ul>` : '',
      '</div>',
    ].join('\n');
  });
  const age = [
    `<section id="age" aria-labelledby="age-heading">`,
    `<h2 id="age-heading"${P}>Age guidance and content notes</h2>`,
    `<div${P}>`,
    `<p>The story is for students aged <strong>${MINIMUM_AGE} and over</strong>. It is written in plain language, in the second person and the present tense: the student makes the choices of a young North Korean woman, and lives with them. It is honest and restrained. Violence is implied, never shown, and no scene is there to shock; what happened to real people is told in fact cards and epilogues, in measured words, with sources.</p>`,
    '<p>Even so, it deals with hard things, and a choice that feels careful can still end badly, as it does for real people. Before the lesson:</p>',
    '<ul>',
    '<li>Play it yourself at least twice: once to an early ending and once to the last chapter. Read the notes on each chapter below.</li>',
    '<li>Tell the class what the story deals with before they begin, that they may stop at any time, and whom they can talk to afterwards.</li>',
    '<li>Some students may have lived through forced migration, detention or trafficking, or have family who did. Never ask anyone to share their own experience; let the story’s character carry the discussion.</li>',
    '</ul>',
    '</div>',
    `<h3${P}>The story’s content note</h3>`,
    `<p class="content-note">${e(story.contentNote)}</p>`,
    `<h3${P}>Chapter by chapter</h3>`,
    `<p${P}>Read from the story itself when this guide was built: the endings each chapter can reach, and the themes its fact cards, its endings’ epilogues and the places it names deal with, with where each appears.</p>`,
    ...chapterNotes,
    '</section>',
  ];

  // ---- lesson plan
  const firstChapter = story.chapters[0];
  const firstTerms = termsIn(
    (input.story.chapters[0]?.scenes ?? []).map((id) => input.story.scenes[id]?.text ?? ''),
    input.story.glossary,
  ).slice(0, 5);
  const places = story.chapters.map((c) => c.subtitle).filter((s): s is string => Boolean(s));
  const lesson = [
    `<section id="lesson" aria-labelledby="lesson-heading"${P}>`,
    '<h2 id="lesson-heading">A 45-minute lesson</h2>',
    `<p>One lesson: students play the story once (or twice, if their first run ends early) and talk about the choices they made. For a longer unit, teach one chapter per lesson with the questions in <a href="#chapters">The chapters</a>.</p>`,
    '<div class="lesson-step">',
    '<h3>Before: 10 minutes</h3>',
    '<ol>',
    `<li><strong>Place it.</strong> On a map, find where the chapters happen: ${list(places.map((p) => `<span${S}>${e(p)}</span>`))}.</li>`,
    `<li><strong>Frame it.</strong> Read the story’s introduction aloud (see <a href="#overview">Overview</a>). The characters are composite and fictional; what happens to them follows the public record, and every fact card names its source.</li>`,
    '<li><strong>Prepare for it.</strong> Read the content note, agree how the class will talk about what they read, and say that anyone may stop or step out.</li>',
    firstTerms.length
      ? `<li><strong>Pre-teach a few words</strong> students meet in the first chapter: ${list(firstTerms.map((id) => `<span${S}>${e(story.glossary[id]!.term)}</span>`))} (see <a href="#glossary">Glossary</a>). In the story, a marked word shows its definition when tapped.</li>`
      : '',
    '</ol>',
    '</div>',
    '<div class="lesson-step">',
    '<h3>During: 25 minutes</h3>',
    '<ol>',
    `<li><strong>Play in pairs</strong>, in classroom mode (<a href="${e(classroomHref)}">open it</a>; <a href="#classroom">how to set it up</a>): one device per pair, both agreeing on each choice before they make it. Pairs talk, and the talk is the point.</li>`,
    '<li><strong>Keep a note</strong> of one choice the pair found hard, and why, and of the ending they reach.</li>',
    `<li><strong>Runs differ.</strong> Chance plays a part, shown honestly as risk${
      stats
        ? `: in ${number.format(stats.runs)} simulated runs the median was ${number.format(stats.medianChoices)} choices${
            earlyShare !== undefined && firstChapter
              ? `, and ${percent.format(earlyShare)} ended in the first chapter, <span${S}>${e(firstChapter.title)}</span>`
              : ''
          }`
        : ''
    }. A pair whose run ends early reads the epilogue and its fact cards, then plays again and chooses differently.</li>`,
    '<li><strong>Between chapters</strong>, classroom mode shows the discussion questions of the chapter just finished: pairs jot a first answer and go on.</li>',
    '</ol>',
    '</div>',
    '<div class="lesson-step">',
    '<h3>After: 10 minutes</h3>',
    '<ol>',
    `<li><strong>Gather the endings</strong> the pairs reached on the board, beside the list of all ${endingCount} (see <a href="#map">the map of all paths</a>). Which were reached by choice, and which by chance?</li>`,
    '<li><strong>Discuss</strong> two or three questions from the chapter most pairs reached.</li>',
    '<li><strong>Return to the facts.</strong> Read one fact card aloud with its source. The story is fiction; what it is built on is not.</li>',
    '</ol>',
    '</div>',
    '<div class="lesson-step">',
    '<h3>Extension activity: check a fact</h3>',
    `<p>Each student picks one fact card they met, finds its source in <a href="#sources">Sources</a>, and reads what the source says. Does it say what the card says? What does it leave uncertain? Where do figures differ between sources, and why might they? Students write a short paragraph, or present to the class. This works toward the last learning objective: telling a documented fact from a story built on it.</p>`,
    '<p>Or, with the map of all paths: find an ending that only a chance outcome (a dashed arrow) leads to. What could a careful person not have avoided? What does that say about the people who were caught?</p>',
    '</div>',
    '</section>',
  ];

  // ---- chapters
  const chapterArticles = story.chapters.map((chapter, i) => {
    const start = story.scenes[chapter.start];
    const opening = start ? paragraphs(start.text)[0] : undefined;
    const scenes = [...chapter.scenes].sort(byReach);
    const endings = chapterEndings(story, chapter.id).sort(byReach);
    const onward = [
      ...new Set(
        chapter.scenes.flatMap((id) =>
          story.scenes[id]!.choices.flatMap((c) => (c.to ? [c.to] : (c.chance ?? []).map((o) => o.to))),
        ),
      ),
    ].filter((to) => story.scenes[to] && story.scenes[to].chapter !== chapter.id);
    const onwardChapters = [
      ...new Set(onward.map((to) => story.chapters.findIndex((c) => c.id === story.scenes[to]!.chapter))),
    ]
      .filter((n) => n >= 0)
      .sort((a, b) => a - b);
    const startHref = `${root}${query({ mode: 'classroom', chapter: chapterNo(i), lang })}`;
    return [
      `<article class="chapter" id="chapter-${chapterNo(i)}" aria-labelledby="chapter-${chapterNo(i)}-heading">`,
      `<h3 id="chapter-${chapterNo(i)}-heading"><span class="chapter-number"${P}>Chapter ${chapterNo(i)}</span> ${e(chapter.title)}</h3>`,
      `<h4${P}>Summary</h4>`,
      `<dl class="summary">`,
      chapter.subtitle ? `<div><dt${P}>Where and when</dt><dd>${e(chapter.subtitle)}</dd></div>` : '',
      opening
        ? `<div><dt${P}>How it opens, in the story’s words</dt><dd><blockquote><p>${e(opening)}</p></blockquote></dd></div>`
        : '',
      `<div><dt${P}>Its ${scenes.length} scenes, in the order a player first meets them</dt><dd><ol class="scene-list">${scenes.map((id) => `<li>${e(story.scenes[id]!.title)}</li>`).join('')}</ol></dd></div>`,
      `<div><dt${P}>How it can end the story</dt><dd>${
        endings.length
          ? `<ul class="ending-list">${endings.map((id) => `<li>${e(story.endings[id]!.title)}</li>`).join('')}</ul>`
          : `<span${P}>No run ends here.</span>`
      }</dd></div>`,
      onwardChapters.length
        ? `<div><dt${P}>Where it leads on</dt><dd${P}>${list(onwardChapters.map((n) => `Chapter ${chapterNo(n)}, ${title(story.chapters[n]!.title)}`))}</dd></div>`
        : `<div><dt${P}>Where it leads on</dt><dd${P}>Nowhere: every run that reaches this chapter ends in it.</dd></div>`,
      '</dl>',
      `<div class="questions">`,
      `<h4${P}>Discussion questions</h4>`,
      chapter.questions.length
        ? `<ol>${chapter.questions.map((q) => `<li>${e(q)}</li>`).join('')}</ol>`
        : `<p${P}>This chapter has no discussion questions.</p>`,
      '</div>',
      `<p class="chapter-start"${P}><a href="${e(startHref)}">Start a class at chapter ${chapterNo(i)}</a>${printUrl(`${site}${query({ mode: 'classroom', chapter: chapterNo(i), lang })}`)}${once(features.chapterStart)}</p>`,
      '</article>',
    ].join('\n');
  });
  const chaptersSection = [
    `<section id="chapters" aria-labelledby="chapters-heading">`,
    `<h2 id="chapters-heading"${P}>The chapters: summaries and discussion questions</h2>`,
    `<p${P}>Each summary is drawn from the chapter itself, and tells nothing of later chapters: where and when it happens, how it opens, its scenes and the endings it can reach. The discussion questions are the ones classroom mode shows after the chapter.</p>`,
    ...chapterArticles,
    '</section>',
  ];

  // ---- the map of all paths
  const maps = chapterMaps(story, ENGLISH_MAP_WORDS);
  const overviewDrawing = overviewSvg(overviewMap(story, ENGLISH_MAP_WORDS), story, ENGLISH_MAP_WORDS);
  const chapterFigures = maps.map((map) =>
    [
      `<figure class="map-figure map-chapter-figure" id="map-chapter-${map.number}">`,
      `<figcaption id="map-chapter-${map.number}-caption"><span${P}>Chapter ${map.number}:</span> ${e(map.title)} <span class="map-caption-count"${P}>(${map.info.scenes} scenes${map.info.endings.length ? `, ${map.info.endings.length} ${map.info.endings.length === 1 ? 'ending' : 'endings'}` : ''})</span></figcaption>`,
      `<div class="map-frame" tabindex="0" role="group" aria-labelledby="map-chapter-${map.number}-caption">`,
      chapterMapSvg(map, ENGLISH_MAP_WORDS),
      '</div>',
      '</figure>',
    ].join('\n'),
  );
  const endingItems = endingsReach.map((r) => {
    const ending = story.endings[r.id]!;
    const chapterIndex = story.chapters.findIndex((c) => c.id === r.chapter);
    const s = stats?.endings[r.id];
    const details = [
      `${capitalise(count(r.direct.length, 'scene leads', 'scenes lead'))} straight to it: ${list(r.direct.map((id) => `‘${title(story.scenes[id]!.title)}’`))}.`,
      `${r.scenes} of the story’s ${sceneCount} scenes can lead to it.`,
      s?.shortest !== undefined ? `The shortest run to it makes ${s.shortest} choices.` : '',
      stats && s
        ? `${percent.format(s.runs / stats.runs)} of ${number.format(stats.runs)} simulated runs ended here.`
        : '',
    ].filter(Boolean);
    return [
      `<li data-ending="${e(r.id)}">`,
      `<p class="ending-name"><strong>${e(ending.title)}</strong> <span${P}>(chapter ${chapterNo(chapterIndex)}, ${title(story.chapters[chapterIndex]?.title ?? '')})</span></p>`,
      `<p${P}>${details.join(' ')}</p>`,
      '</li>',
    ].join('\n');
  });
  const mapSection = [
    `<section id="map" aria-labelledby="map-heading">`,
    `<div class="map-intro">`,
    `<h2 id="map-heading"${P}>The map of all paths</h2>`,
    `<p${P}>Every way through the story, drawn from the story’s own data. Chapters run left to right in the overview; each chapter’s map below runs top to bottom, its scenes in the order players first meet them. An arrow is a step some run can take: some choices are offered only when earlier choices allow them. The <a href="#endings-list">list of endings</a> after the maps says the same in words.</p>`,
    `<ul class="map-key"${P}>`,
    `<li>${keyIcon('<g class="map-node map-scene"><rect x="2" y="3" width="32" height="14" rx="3"/></g>')} a scene (a box)</li>`,
    `<li>${keyIcon('<g class="map-node map-ending"><polygon points="6,2 30,2 34,6 34,14 30,18 6,18 2,14 2,6"/></g>')} an ending (an octagon)</li>`,
    `<li>${keyIcon('<g class="map-node map-exit"><polygon points="2,2 34,2 34,12 18,18 2,12"/></g>')} where a chapter is entered, or leads on to another</li>`,
    `<li>${keyIcon('<path class="map-edge" d="M2 10H29"/><polygon class="map-arrowhead" points="28,6 35,10 28,14"/>')} a choice (a solid arrow)</li>`,
    `<li>${keyIcon('<path class="map-edge map-edge-chance" d="M2 10H29"/><polygon class="map-arrowhead" points="28,6 35,10 28,14"/>')} a chance outcome (a dashed arrow)</li>`,
    '</ul>',
    `<figure class="map-figure map-overview-figure">`,
    `<figcaption id="map-overview-caption"${P}>The chapters, and the endings each can lead to</figcaption>`,
    `<div class="map-frame" tabindex="0" role="group" aria-labelledby="map-overview-caption">`,
    overviewDrawing,
    '</div>',
    '</figure>',
    '</div>',
    ...chapterFigures,
    `<div class="endings-list">`,
    `<h3 id="endings-list"${P}>The ${endingCount} endings, and the scenes that lead to each</h3>`,
    `<ol class="endings">${endingItems.join('\n')}</ol>`,
    '</div>',
    '</section>',
  ];

  // ---- glossary
  const glossary = Object.values(story.glossary).sort((a, b) => a.term.localeCompare(b.term, lang));
  const glossarySection = [
    `<section id="glossary" aria-labelledby="glossary-heading">`,
    `<h2 id="glossary-heading"${P}>Glossary</h2>`,
    `<p${P}>The words the story explains in place, when a player taps a marked word.</p>`,
    `<dl class="glossary">${glossary.map((g) => `<div><dt><dfn>${e(g.term)}</dfn></dt><dd>${e(g.definition)}</dd></div>`).join('')}</dl>`,
    '</section>',
  ];

  // ---- sources
  const cited = new Map<string, number>();
  for (const fact of Object.values(story.facts)) for (const id of fact.sources) cited.set(id, (cited.get(id) ?? 0) + 1);
  const sourcesSection = [
    `<section id="sources" aria-labelledby="sources-heading"${P}>`,
    '<h2 id="sources-heading">Sources</h2>',
    `<p>Every source the story’s ${facts} fact cards cite, with a link to it. The titles are the sources’ own.</p>`,
    `<ol class="sources">${sources
      .map((s) => {
        const citations = cited.get(s.id) ?? 0;
        return `<li><cite><a class="source-link" href="${e(s.url)}">${e(s.title)}</a></cite>${printUrl(s.url)}. ${e(s.publisher)}, ${s.year}.${citations ? ` <span class="cited">Cited by ${count(citations, 'fact card', 'fact cards')}.</span>` : ''}</li>`;
      })
      .join('\n')}</ol>`,
    '</section>',
  ];

  // ---- classroom setup
  const code = (text: string): string => `<code>${e(text)}</code>`;
  const classroomUrl = `${site}${query(classroomParams)}`;
  const classroom = [
    `<section id="classroom" aria-labelledby="classroom-heading"${P}>`,
    '<h2 id="classroom-heading">Setting up the story in class</h2>',
    '<h3>Classroom mode</h3>',
    `<p>Add ${code('?mode=classroom')} to the story’s address: <a href="${e(classroomHref)}">${e(classroomUrl)}</a>. In classroom mode the story never asks students to sign or share anything and sends nothing anywhere; between chapters and at each ending it shows the discussion questions, and students can go back one choice.</p>`,
    `<p>If the story is embedded in a page (your school’s, or a campaign’s)${once(features.embed)}, add ${code('data-mode="classroom"')} to the embed code’s element for the same classroom mode inside that page.</p>`,
    '<h3>Start at a chapter</h3>',
    `<p>Add ${code('?chapter=N')} to start at chapter N, from 1 to ${story.chapters.length}${once(features.chapterStart)}: ${code(`${site}?mode=classroom&chapter=2`)} starts a class at chapter 2. Each chapter’s summary above has its link.</p>`,
    '<h3>Language</h3>',
    `<p>Add ${code('?lang=')} and a language code to open the story in that language: ${list(languages.map((l) => `${code(l)} (<span lang="${l}">${e(LANGUAGES[l].name)}</span>)`))}. Students can also switch language on the title screen and in the settings, and keep their place.</p>`,
    '<h3>Offline</h3>',
    `<p>After one visit, the story keeps working without a connection${once(features.offline)}: open it once on each device before the lesson, and a weak school network will not stop the class.</p>`,
    '<h3>Privacy</h3>',
    '<p>No account, no sign-up and no tracking. A run is saved only in the browser on the device, so a student can pick up where they were after a refresh.</p>',
    `<p class="actions"><a class="button" href="${e(playHref)}">Play the story</a></p>`,
    '</section>',
  ];

  const footer = [
    `<footer class="colophon"${P}>`,
    `<p>This guide is generated from the story’s own files each time the site is built, so its summaries, questions, map, glossary and sources always match the story.</p>`,
    '</footer>',
  ];

  const { dir, script } = LANGUAGES[lang];
  return [
    '<!doctype html>',
    `<html lang="${lang}" dir="${dir}" data-script="${script}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    ...masthead,
    '<main id="guide" class="guide">',
    ...intro,
    ...contents,
    ...overview,
    ...age,
    ...lesson,
    ...chaptersSection,
    ...mapSection,
    ...glossarySection,
    ...sourcesSection,
    ...classroom,
    '</main>',
    ...footer,
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

/** The English name of a shipped language, for the guide's English prose. */
export function englishName(lang: Language): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
}
