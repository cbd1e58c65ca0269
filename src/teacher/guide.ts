/**
 * The teacher guide, `teacher/index.html` (English) and `teacher/<lang>/index.html`: everything a
 * teacher needs to run a lesson with the story, generated from the story's data at build time so
 * that it never drifts from the story. Pure: the build writes the files
 * (src/build/teacher-plugin.ts).
 *
 * The story's words (title, introduction, objectives, content note, chapter titles, questions,
 * scene and ending titles, glossary) come in the page's language, and so does the guide's own prose
 * (headings, lesson plan, instructions, the map's labels), from src/teacher/words/. Only the
 * sources' titles and publishers stay as they are, marked `lang="en"` on a page in another language.
 *
 * The page reads with no JavaScript and loads nothing before it paints: its stylesheet
 * (src/teacher/teacher.css) and the app's icon are inline, the style allowed by its hash in the
 * app's Content-Security-Policy. It prints as a handout: white
 * pages, the chapters kept whole, the map on pages of its own, the sources' addresses printed.
 */
import { endingReach, firstReach } from '../engine/graph.ts';
import type { CompiledStory } from '../engine/story.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { appRoots } from '../share/page.ts';
import {
  alternateLinks,
  escapeHtml,
  inlineIconAndStyle,
  languageMasthead,
  pageRoot,
  staticDocument,
  staticHead,
  type InlineAssets,
} from '../static-pages/common.ts';
import { plainText } from '../ui/RichText.tsx';
import {
  chapterMaps,
  chapterMapSvg,
  overviewMap,
  overviewSvg,
  type ChapterMap,
  type MapWords,
  type OverviewMap,
} from './paths-map.ts';
import { chapterEndings, chapterThemes } from './themes.ts';
import { guideWords } from './words/index.ts';

/** The files the build writes, relative to the output folder. */
export const teacherPagePath = (lang: Language): string =>
  lang === 'en' ? 'teacher/index.html' : `teacher/${lang}/index.html`;

/**
 * The maps' files, relative to the output folder: one set per language, as their labels are in it.
 * `name` is `overview` or `chapter-<n>`.
 */
export const teacherMapPath = (lang: Language, name: string): string => `teacher/maps/${lang}/${name}.svg`;

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
  embed: true,
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
  /** The app's Content-Security-Policy, with the hash of `inline.css` among its styles. */
  contentSecurityPolicy: string;
  /** The page's stylesheet and the app's icon, carried inline (src/build/inline-style.ts). */
  inline: InlineAssets;
  stats?: GuideStats;
  /** Overrides `FEATURES` (tests). */
  features?: Partial<typeof FEATURES>;
}

/** How deep a guide page sits below the app's folder. */
const depth = (lang: Language): number => (lang === 'en' ? 1 : 2);

/** The app's folder as seen from a guide page: for its links. */
export function guideRoot(base: string, lang: Language): string {
  return pageRoot(base, depth(lang));
}

/** The maps a guide page shows, laid out in its language. */
function guideMaps(story: CompiledStory, words: MapWords): { chapters: ChapterMap[]; overview: OverviewMap } {
  return { chapters: chapterMaps(story, words), overview: overviewMap(story, words) };
}

/**
 * The SVG files of a guide page's maps, each standalone with its stylesheet (`css`, from
 * src/teacher/map-image.css) and its language, for the build to write at their `fileName`. Out of
 * the page, they keep it small enough to arrive in one round trip; the page shows them by `<img>`.
 */
export function teacherMapFiles(input: {
  lang: Language;
  /** The story in the page's language (`applyText`). */
  story: CompiledStory;
  css: string;
}): Array<{ fileName: string; source: string }> {
  const { lang, css } = input;
  const story = plainStory(input.story);
  const words = guideWords(lang).map;
  const file = { lang, script: LANGUAGES[lang].script, css };
  const { chapters, overview } = guideMaps(story, words);
  return [
    { fileName: teacherMapPath(lang, 'overview'), source: overviewSvg(overview, story, words, undefined, file) },
    ...chapters.map((map) => ({
      fileName: teacherMapPath(lang, `chapter-${map.number}`),
      source: chapterMapSvg(map, words, undefined, file),
    })),
  ];
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
  const w = guideWords(lang);
  /** On the sources' own words (titles, publishers), in English, on a page in another language. */
  const EN = lang === 'en' ? '' : ' lang="en"';
  const root = guideRoot(base, lang);
  const site = appRoots(publicUrl, base).absolute;
  const query = (params: Record<string, string>): string => `?${new URLSearchParams(params).toString()}`;
  const playHref = `${root}${query({ lang })}`;
  const classroomParams = { mode: 'classroom', lang };
  const classroomHref = `${root}${query(classroomParams)}`;
  const classHref = `${root}class/`;
  const once = (available: boolean): string => (available ? '' : w.once);
  const quoted = (t: string): string => w.quote(e(t));
  const chapterNo = (i: number): number => i + 1;
  const id = (i: number): string => String(i + 1);

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
  const pageTitle = w.pageTitle(story.title);
  /** A language's guide, in the folder its `index.html` sits in. */
  const folder = (l: Language): string => teacherPagePath(l).replace(/index\.html$/, '');
  const head = [
    ...staticHead({ csp: input.contentSecurityPolicy, title: pageTitle, description: w.description(story.title) }),
    ...alternateLinks(languages, (l) => `${site}${folder(l)}`, { xDefault: false }),
    ...inlineIconAndStyle(input.inline),
  ];

  // ---- masthead: the story's name and the guide's languages
  const masthead = languageMasthead({
    lang,
    languages,
    hrefOf: (l) => `${root}${folder(l)}`,
    skipTo: 'guide',
    skipLink: w.skipLink,
    storyTitle: story.title,
    languagesNav: w.languagesNav,
    languagesLabel: w.languagesLabel,
  });

  // ---- contents
  const sections = Object.entries(w.sections);
  const contents = [
    `<nav class="contents" aria-labelledby="contents-heading">`,
    `<h2 id="contents-heading">${e(w.contents)}</h2>`,
    `<ol>${sections.map(([id, name]) => `<li><a href="#${id}">${e(name)}</a></li>`).join('')}</ol>`,
    '</nav>',
  ];

  // ---- introduction
  const intro = [
    `<h1><span class="h1-kicker">${e(w.kicker)}</span> <span class="h1-title">${e(story.title)}</span></h1>`,
    `<p class="premise">${e(story.premise)}</p>`,
    `<p class="actions"><a class="button" href="${e(playHref)}">${e(w.play)}</a> <a class="button button-quiet" href="${e(classroomHref)}">${e(w.openClassroom)}</a></p>`,
  ];

  // ---- overview
  const facts = Object.keys(story.facts).length;
  const sources = Object.values(story.sources).sort((a, b) =>
    a.title.localeCompare(b.title, 'en', { sensitivity: 'base', ignorePunctuation: true }),
  );
  const o = w.overview;
  const overview = [
    `<section id="overview" aria-labelledby="overview-heading">`,
    `<h2 id="overview-heading">${e(w.sections.overview)}</h2>`,
    `<h3>${o.atAGlance}</h3>`,
    `<dl class="facts-table">`,
    `<div><dt>${o.forLabel}</dt><dd>${o.forValue(MINIMUM_AGE)}</dd></div>`,
    `<div><dt>${o.shapeLabel}</dt><dd>${o.shapeValue({ chapters: story.chapters.length, scenes: sceneCount, endings: endingCount, facts, sources: Object.keys(story.sources).length })}</dd></div>`,
    stats
      ? `<div><dt>${o.runLabel}</dt><dd>${o.runValue(stats.medianChoices, stats.runs, lastShortest)}</dd></div>`
      : '',
    `<div><dt>${o.languagesLabel}</dt><dd>${w.list(languages.map((l) => `<span lang="${l}">${e(LANGUAGES[l].name)}</span>`))}</dd></div>`,
    `<div><dt>${o.needsLabel}</dt><dd>${o.needsValue}</dd></div>`,
    '</dl>',
    `<h3>${o.about}</h3>`,
    ...paragraphs(story.intro).map((p) => `<p>${e(p)}</p>`),
    `<h3>${o.objectives}</h3>`,
    `<p>${o.objectivesLead}</p>`,
    `<ol class="objectives">${story.objectives.map((o) => `<li>${e(o)}</li>`).join('')}</ol>`,
    '</section>',
  ];

  // ---- age guidance and content notes
  const a = w.age;
  const placeTitle = (kind: 'scene' | 'ending', id: string): string =>
    kind === 'scene' ? (story.scenes[id]?.title ?? id) : (story.endings[id]?.title ?? id);
  const chapterNotes = story.chapters.map((chapter, i) => {
    const endings = chapterEndings(story, chapter.id).sort(byReach);
    const found = themes[chapter.id] ?? [];
    const items = found.map(({ theme, places }) => {
      const scenes = places.filter((p) => p.kind === 'scene').map((p) => quoted(placeTitle('scene', p.id)));
      const ends = places.filter((p) => p.kind === 'ending').map((p) => quoted(placeTitle('ending', p.id)));
      return `<li>${a.theme(e(w.themes[theme.id]), scenes, ends)}</li>`;
    });
    return [
      `<div class="chapter-note">`,
      `<h4><span>${a.chapter(chapterNo(i))}</span> ${e(chapter.title)}</h4>`,
      `<p>${endings.length ? a.endsIn(endings.map((id) => quoted(story.endings[id]!.title))) : a.noEnding}${
        items.length ? a.themesLead : a.noThemes
      }</p>`,
      items.length ? `<ul>${items.join('')}</ul>` : '',
      '</div>',
    ].join('\n');
  });
  const age = [
    `<section id="age" aria-labelledby="age-heading">`,
    `<h2 id="age-heading">${e(w.sections.age)}</h2>`,
    `<div>`,
    `<p>${a.intro(MINIMUM_AGE)}</p>`,
    `<p>${a.evenSo}</p>`,
    `<ul>${a.before.map((item) => `<li>${item}</li>`).join('')}</ul>`,
    '</div>',
    `<h3>${a.contentNote}</h3>`,
    `<p class="content-note">${e(story.contentNote)}</p>`,
    `<h3>${a.byChapter}</h3>`,
    `<p>${a.byChapterLead}</p>`,
    ...chapterNotes,
    '</section>',
  ];

  // ---- lesson plan
  const l = w.lesson;
  const firstChapter = story.chapters[0];
  const firstTerms = termsIn(
    (input.story.chapters[0]?.scenes ?? []).map((id) => input.story.scenes[id]?.text ?? ''),
    input.story.glossary,
  ).slice(0, 5);
  const places = story.chapters.map((c) => c.subtitle).filter((s): s is string => Boolean(s));
  const lesson = [
    `<section id="lesson" aria-labelledby="lesson-heading">`,
    `<h2 id="lesson-heading">${e(w.sections.lesson)}</h2>`,
    `<p>${l.lead}</p>`,
    '<div class="lesson-step">',
    `<h3>${l.before}</h3>`,
    '<ol>',
    `<li>${l.place(places.map((p) => e(p)))}</li>`,
    `<li>${l.frame}</li>`,
    `<li>${l.prepare}</li>`,
    firstTerms.length ? `<li>${l.preteach(firstTerms.map((id) => e(story.glossary[id]!.term)))}</li>` : '',
    '</ol>',
    '</div>',
    '<div class="lesson-step">',
    `<h3>${l.during}</h3>`,
    '<ol>',
    `<li>${l.pairs(e(classroomHref))}</li>`,
    `<li>${l.keepNote}</li>`,
    `<li>${l.runsDiffer(
      stats
        ? {
            runs: stats.runs,
            median: stats.medianChoices,
            ...(earlyShare !== undefined && firstChapter
              ? { early: { share: earlyShare, chapter: e(firstChapter.title) } }
              : {}),
          }
        : undefined,
    )}</li>`,
    `<li>${l.between}</li>`,
    '</ol>',
    '</div>',
    '<div class="lesson-step">',
    `<h3>${l.after}</h3>`,
    '<ol>',
    `<li>${l.gather(endingCount)}</li>`,
    `<li>${l.discuss}</li>`,
    `<li>${l.facts}</li>`,
    '</ol>',
    '</div>',
    '<div class="lesson-step">',
    `<h3>${l.extension}</h3>`,
    `<p>${l.checkFact}</p>`,
    `<p>${l.chanceEnding}</p>`,
    '</div>',
    '</section>',
  ];

  // ---- chapters
  const c = w.chapters;
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
    const startHref = `${root}${query({ mode: 'classroom', chapter: id(i), lang })}`;
    return [
      `<article class="chapter" id="chapter-${id(i)}" aria-labelledby="chapter-${id(i)}-heading">`,
      `<h3 id="chapter-${id(i)}-heading"><span class="chapter-number">${c.chapter(chapterNo(i))}</span> ${e(chapter.title)}</h3>`,
      `<h4>${c.summary}</h4>`,
      `<dl class="summary">`,
      chapter.subtitle ? `<div><dt>${c.whereWhen}</dt><dd>${e(chapter.subtitle)}</dd></div>` : '',
      opening ? `<div><dt>${c.opening}</dt><dd><blockquote><p>${e(opening)}</p></blockquote></dd></div>` : '',
      `<div><dt>${c.scenes(scenes.length)}</dt><dd><ol class="scene-list">${scenes.map((id) => `<li>${e(story.scenes[id]!.title)}</li>`).join('')}</ol></dd></div>`,
      `<div><dt>${c.endings}</dt><dd>${
        endings.length
          ? `<ul class="ending-list">${endings.map((id) => `<li>${e(story.endings[id]!.title)}</li>`).join('')}</ul>`
          : `<span>${c.noEnding}</span>`
      }</dd></div>`,
      `<div><dt>${c.leadsOn}</dt><dd>${
        onwardChapters.length
          ? c.leadsTo(onwardChapters.map((n) => ({ n: chapterNo(n), title: e(story.chapters[n]!.title) })))
          : c.nowhere
      }</dd></div>`,
      '</dl>',
      `<div class="questions">`,
      `<h4>${c.questions}</h4>`,
      chapter.questions.length
        ? `<ol>${chapter.questions.map((q) => `<li>${e(q)}</li>`).join('')}</ol>`
        : `<p>${c.noQuestions}</p>`,
      '</div>',
      `<p class="chapter-start"><a href="${e(startHref)}">${c.start(chapterNo(i))}</a>${printUrl(`${site}${query({ mode: 'classroom', chapter: id(i), lang })}`)}${once(features.chapterStart)}</p>`,
      '</article>',
    ].join('\n');
  });
  const chaptersSection = [
    `<section id="chapters" aria-labelledby="chapters-heading">`,
    `<h2 id="chapters-heading">${e(w.sections.chapters)}</h2>`,
    `<p>${c.lead}</p>`,
    ...chapterArticles,
    '</section>',
  ];

  // ---- the map of all paths
  const m = w.paths;
  const { chapters: maps, overview: overviewLayout } = guideMaps(story, w.map);
  /**
   * A map's file, shown twice: on screen, and on paper as `#print`, which its own stylesheet draws
   * black on white (src/teacher/map-image.css); the print stylesheet shows one or the other.
   */
  const mapImages = (name: string, width: number, height: number, title: string, description: string): string => {
    const src = `${'../'.repeat(depth(lang) - 1)}${teacherMapPath(lang, name).slice('teacher/'.length)}`;
    const alt = e(w.map.imageAlt(title, description));
    const size = `width="${String(Math.round(width))}" height="${String(Math.round(height))}"`;
    // Lazy: fetched as they near the screen, or when the page is printed, so that Lighthouse's
    // simulation does not count them before the first paint.
    return [
      `<img class="map-screen" src="${e(src)}" ${size} alt="${alt}" loading="lazy">`,
      `<img class="map-print" src="${e(src)}#print" ${size} alt="${alt}" loading="lazy">`,
    ].join('\n');
  };
  const overviewDrawing = mapImages(
    'overview',
    overviewLayout.width,
    overviewLayout.height,
    w.map.overviewTitle,
    w.map.overviewDescription(story.chapters.length, endingCount),
  );
  const chapterFigures = maps.map((map) =>
    [
      `<figure class="map-figure map-chapter-figure" id="map-chapter-${map.number}">`,
      `<figcaption id="map-chapter-${map.number}-caption"><span>${m.chapterCaption(map.number)}</span> ${e(map.title)} <span class="map-caption-count">${m.captionCount(map.info.scenes, map.info.endings.length)}</span></figcaption>`,
      `<div class="map-frame" tabindex="0" role="group" aria-labelledby="map-chapter-${map.number}-caption">`,
      mapImages(
        `chapter-${map.number}`,
        map.width,
        map.height,
        w.map.chapterMapTitle(map.number, map.title),
        w.map.chapterMapDescription(map.info),
      ),
      '</div>',
      '</figure>',
    ].join('\n'),
  );
  const endingItems = endingsReach.map((r) => {
    const ending = story.endings[r.id]!;
    const chapterIndex = story.chapters.findIndex((c) => c.id === r.chapter);
    const s = stats?.endings[r.id];
    const details = [
      m.direct(r.direct.map((id) => quoted(story.scenes[id]!.title))),
      m.reach(r.scenes, sceneCount),
      s?.shortest !== undefined ? m.shortest(s.shortest) : '',
      stats && s ? m.share(s.runs / stats.runs, stats.runs) : '',
    ].filter(Boolean);
    return [
      `<li data-ending="${e(r.id)}">`,
      `<p class="ending-name"><strong>${e(ending.title)}</strong> <span>${m.endingChapter(chapterNo(chapterIndex), e(story.chapters[chapterIndex]?.title ?? ''))}</span></p>`,
      `<p>${details.join(w.sentenceGap)}</p>`,
      '</li>',
    ].join('\n');
  });
  const mapSection = [
    `<section id="map" aria-labelledby="map-heading">`,
    `<div class="map-intro">`,
    `<h2 id="map-heading">${e(w.sections.map)}</h2>`,
    `<p>${m.lead}</p>`,
    `<ul class="map-key">`,
    `<li>${keyIcon('<g class="map-node map-scene"><rect x="2" y="3" width="32" height="14" rx="3"/></g>')} ${m.key.scene}</li>`,
    `<li>${keyIcon('<g class="map-node map-ending"><polygon points="6,2 30,2 34,6 34,14 30,18 6,18 2,14 2,6"/></g>')} ${m.key.ending}</li>`,
    `<li>${keyIcon('<g class="map-node map-exit"><polygon points="2,2 34,2 34,12 18,18 2,12"/></g>')} ${m.key.exit}</li>`,
    `<li>${keyIcon('<path class="map-edge" d="M2 10H29"/><polygon class="map-arrowhead" points="28,6 35,10 28,14"/>')} ${m.key.choice}</li>`,
    `<li>${keyIcon('<path class="map-edge map-edge-chance" d="M2 10H29"/><polygon class="map-arrowhead" points="28,6 35,10 28,14"/>')} ${m.key.chance}</li>`,
    '</ul>',
    `<figure class="map-figure map-overview-figure">`,
    `<figcaption id="map-overview-caption">${m.overviewCaption}</figcaption>`,
    `<div class="map-frame" tabindex="0" role="group" aria-labelledby="map-overview-caption">`,
    overviewDrawing,
    '</div>',
    '</figure>',
    '</div>',
    ...chapterFigures,
    `<div class="endings-list">`,
    `<h3 id="endings-list">${m.endingsHeading(endingCount)}</h3>`,
    `<ol class="endings">${endingItems.join('\n')}</ol>`,
    '</div>',
    '</section>',
  ];

  // ---- glossary
  const glossary = Object.values(story.glossary).sort((a, b) => a.term.localeCompare(b.term, lang));
  const glossarySection = [
    `<section id="glossary" aria-labelledby="glossary-heading">`,
    `<h2 id="glossary-heading">${e(w.sections.glossary)}</h2>`,
    `<p>${w.glossary.lead}</p>`,
    `<dl class="glossary">${glossary.map((g) => `<div><dt><dfn>${e(g.term)}</dfn></dt><dd>${e(g.definition)}</dd></div>`).join('')}</dl>`,
    '</section>',
  ];

  // ---- sources
  const cited = new Map<string, number>();
  for (const fact of Object.values(story.facts)) for (const id of fact.sources) cited.set(id, (cited.get(id) ?? 0) + 1);
  const sourcesSection = [
    `<section id="sources" aria-labelledby="sources-heading">`,
    `<h2 id="sources-heading">${e(w.sections.sources)}</h2>`,
    `<p>${w.sources.lead(facts)}</p>`,
    `<ol class="sources">${sources
      .map((s) => {
        const citations = cited.get(s.id) ?? 0;
        return `<li><cite${EN}><a class="source-link" href="${e(s.url)}">${e(s.title)}</a></cite>${printUrl(s.url)}. <span${EN}>${e(s.publisher)}</span>, ${s.year}.${citations ? ` <span class="cited">${w.sources.cited(citations)}</span>` : ''}</li>`;
      })
      .join('\n')}</ol>`,
    '</section>',
  ];

  // ---- classroom setup
  const k = w.classroom;
  const code = (text: string): string => `<code>${e(text)}</code>`;
  const classroomUrl = `${site}${query(classroomParams)}`;
  const classroom = [
    `<section id="classroom" aria-labelledby="classroom-heading">`,
    `<h2 id="classroom-heading">${e(w.sections.classroom)}</h2>`,
    `<h3>${k.mode}</h3>`,
    `<p>${k.modeText(code('?mode=classroom'), `<a href="${e(classroomHref)}">${e(classroomUrl)}</a>`)}</p>`,
    `<p>${k.embed(once(features.embed), code('data-mode="classroom"'))}</p>`,
    `<h3>${k.chapter}</h3>`,
    `<p>${k.chapterText(code('?chapter=N'), story.chapters.length, once(features.chapterStart), code(`${site}?mode=classroom&chapter=2`))}</p>`,
    `<h3>${k.language}</h3>`,
    `<p>${k.languageText(code('?lang='), w.list(languages.map((l) => `${code(l)} (<span lang="${l}">${e(LANGUAGES[l].name)}</span>)`)))}</p>`,
    `<h3>${k.room}</h3>`,
    `<p>${k.roomText(`<a href="${e(classHref)}">${e(`${site}class/`)}</a>`)}</p>`,
    `<p>${k.roomLesson}</p>`,
    `<h3>${k.offline}</h3>`,
    `<p>${k.offlineText(once(features.offline))}</p>`,
    `<h3>${k.privacy}</h3>`,
    `<p>${k.privacyText}</p>`,
    `<p class="actions"><a class="button" href="${e(playHref)}">${e(w.play)}</a></p>`,
    '</section>',
  ];

  const footer = [`<footer class="colophon">`, `<p>${w.footer}</p>`, '</footer>'];

  return staticDocument(lang, head, [
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
  ]);
}
