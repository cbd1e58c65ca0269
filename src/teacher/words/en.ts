/**
 * The teacher guide's own words in English, the source of every other language's (`GuideWords`):
 * headings, lesson plan, instructions, the map's labels and the content notes' themes. The story's
 * words come from the story. Strings may hold the guide's own markup; a function's arguments are
 * already HTML (escaped text, or markup the guide made), except where a comment says otherwise.
 */
import type { MapWords } from '../paths-map.ts';

const number = new Intl.NumberFormat('en');
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count in prose: words up to ten, then figures ("three endings", "12 endings"). */
function count(n: number, one: string, many: string): string {
  return `${NUMBER_WORDS[n] ?? number.format(n)} ${n === 1 ? one : many}`;
}
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "a, b and c". */
function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** The figures of a run, for the lesson plan. */
export interface RunFigures {
  runs: number;
  median: number;
  /** The share of runs that ended in the first chapter, and that chapter's title (HTML). */
  early?: { share: number; chapter: string };
}

const map: MapWords = {
  start: 'Start',
  fromChapter: (n) => `From chapter ${n}`,
  toChapter: (n, scene) => `On to chapter ${n}: ${scene}`,
  chapterLabel: (n, title) => `${n}. ${title}`,
  sceneCount: (n) => `${n} ${n === 1 ? 'scene' : 'scenes'}`,
  chapterMapTitle: (n, title) => `Map of chapter ${n}, ${title}`,
  chapterMapDescription: ({ chapter, scenes, endings, leadsTo }) =>
    [
      `Chapter ${chapter} has ${scenes} ${scenes === 1 ? 'scene' : 'scenes'}.`,
      endings.length
        ? `It can end the story in ${endings.length === 1 ? 'one ending' : `${endings.length} endings`}: ${endings.join('; ')}.`
        : 'No ending is reached from it.',
      leadsTo.length ? `It leads on to chapter ${leadsTo.join(' and chapter ')}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  overviewTitle: 'The chapters and the endings each can lead to',
  overviewDescription: (chapters, endings) =>
    `${chapters} chapters in playing order, left to right, and the ${endings} endings below the chapter that leads to each.`,
  imageAlt: (title, description) => `${title}. ${description}`,
};

export const en = {
  /** "a, b and c". */
  list,
  /** A story title quoted in prose. */
  quote: (title: string): string => `‘${title}’`,
  number: (n: number): string => number.format(n),
  percent: (share: number): string => percent.format(share),
  /** Between two sentences. */
  sentenceGap: ' ',
  /** After a feature that has not shipped. */
  once: ' (once available)',

  /** Plain text (escaped by the guide). */
  pageTitle: (story: string): string => `Teacher guide — ${story}`,
  description: (story: string): string =>
    `A teacher guide to ${story}: lesson plan, content notes, chapter summaries, discussion questions, the map of all paths, glossary and sources.`,
  skipLink: 'Skip to the guide',
  languagesNav: 'This guide in other languages',
  languagesLabel: 'This guide in:',
  kicker: 'Teacher guide',
  play: 'Play the story',
  openClassroom: 'Open it in classroom mode',
  contents: 'Contents',
  sections: {
    overview: 'Overview and learning objectives',
    age: 'Age guidance and content notes',
    lesson: 'A 45-minute lesson',
    chapters: 'The chapters: summaries and discussion questions',
    map: 'The map of all paths',
    glossary: 'Glossary',
    sources: 'Sources',
    classroom: 'Setting up the story in class',
  },

  overview: {
    atAGlance: 'At a glance',
    forLabel: 'For',
    forValue: (age: number): string => `Students aged ${age} and over`,
    shapeLabel: 'Shape',
    shapeValue: (n: { chapters: number; scenes: number; endings: number; facts: number; sources: number }): string =>
      `${n.chapters} chapters, ${n.scenes} scenes and ${n.endings} endings; ${n.facts} fact cards citing ${n.sources} sources`,
    runLabel: 'One run',
    runValue: (median: number, runs: number, lastShortest: number | undefined): string =>
      `A median of ${number.format(median)} choices in ${number.format(runs)} simulated runs, as many end early${lastShortest !== undefined ? `; a run to one of the last chapter’s endings makes at least ${lastShortest} choices` : ''}`,
    languagesLabel: 'Languages',
    needsLabel: 'Needs',
    needsValue: 'A web browser on a computer, tablet or phone; no account, no sign-up, nothing to install',
    about: 'About the story',
    objectives: 'Learning objectives',
    objectivesLead: 'After the lesson, students should be able to:',
  },

  age: {
    intro: (age: number): string =>
      `The story is for students aged <strong>${age} and over</strong>. It is written in plain language, in the second person and the present tense: the student makes the choices of a young North Korean woman, and lives with them. It is honest and restrained. Violence is implied, never shown, and no scene is there to shock; what happened to real people is told in fact cards and epilogues, in measured words, with sources.`,
    evenSo:
      'Even so, it deals with hard things, and a choice that feels careful can still end badly, as it does for real people. Before the lesson:',
    before: [
      'Play it yourself at least twice: once to an early ending and once to the last chapter. Read the notes on each chapter below.',
      'Tell the class what the story deals with before they begin, that they may stop at any time, and whom they can talk to afterwards.',
      'Some students may have lived through forced migration, detention or trafficking, or have family who did. Never ask anyone to share their own experience; let the story’s character carry the discussion.',
    ],
    contentNote: 'The story’s content note',
    byChapter: 'Chapter by chapter',
    byChapterLead:
      'Read from the story itself when this guide was built: the endings each chapter can reach, and the themes its fact cards, its endings’ epilogues and the places it names deal with, with where each appears.',
    chapter: (n: number): string => `Chapter ${n}:`,
    endsIn: (endings: string[]): string =>
      `It can end the story in ${count(endings.length, 'ending', 'endings')}: ${list(endings)}.`,
    noEnding: 'No run ends in this chapter.',
    themesLead: ' Its fact cards, its endings’ epilogues and the places it names deal with:',
    noThemes: ' Its fact cards and endings name none of the themes listed here.',
    /** One theme and where it appears: the scenes' and endings' titles, quoted. */
    theme: (label: string, scenes: string[], endings: string[]): string =>
      `<strong>${label}</strong>: in ${list(
        [
          scenes.length ? `the ${scenes.length === 1 ? 'scene' : 'scenes'} ${list(scenes)}` : '',
          endings.length ? `the ${endings.length === 1 ? 'ending' : 'endings'} ${list(endings)}` : '',
        ].filter(Boolean),
      )}.`,
  },

  lesson: {
    lead: 'One lesson: students play the story once (or twice, if their first run ends early) and talk about the choices they made. For a longer unit, teach one chapter per lesson with the questions in <a href="#chapters">The chapters</a>.',
    before: 'Before: 10 minutes',
    place: (places: string[]): string =>
      `<strong>Place it.</strong> On a map, find where the chapters happen: ${list(places)}.`,
    frame:
      '<strong>Frame it.</strong> Read the story’s introduction aloud (see <a href="#overview">Overview</a>). The characters are composite and fictional; what happens to them follows the public record, and every fact card names its source.',
    prepare:
      '<strong>Prepare for it.</strong> Read the content note, agree how the class will talk about what they read, and say that anyone may stop or step out.',
    preteach: (terms: string[]): string =>
      `<strong>Pre-teach a few words</strong> students meet in the first chapter: ${list(terms)} (see <a href="#glossary">Glossary</a>). In the story, a marked word shows its definition when tapped.`,
    during: 'During: 25 minutes',
    /** `href` is escaped. */
    pairs: (href: string): string =>
      `<strong>Play in pairs</strong>, in classroom mode (<a href="${href}">open it</a>; <a href="#classroom">how to set it up</a>): one device per pair, both agreeing on each choice before they make it. Pairs talk, and the talk is the point.`,
    keepNote: '<strong>Keep a note</strong> of one choice the pair found hard, and why, and of the ending they reach.',
    runsDiffer: (figures: RunFigures | undefined): string =>
      `<strong>Runs differ.</strong> Chance plays a part, shown honestly as risk${
        figures
          ? `: in ${number.format(figures.runs)} simulated runs the median was ${number.format(figures.median)} choices${
              figures.early
                ? `, and ${percent.format(figures.early.share)} ended in the first chapter, ${figures.early.chapter}`
                : ''
            }`
          : ''
      }. A pair whose run ends early reads the epilogue and its fact cards, then plays again and chooses differently.`,
    between:
      '<strong>Between chapters</strong>, classroom mode shows the discussion questions of the chapter just finished: pairs jot a first answer and go on.',
    after: 'After: 10 minutes',
    gather: (endings: number): string =>
      `<strong>Gather the endings</strong> the pairs reached on the board, beside the list of all ${endings} (see <a href="#map">the map of all paths</a>). Which were reached by choice, and which by chance?`,
    discuss: '<strong>Discuss</strong> two or three questions from the chapter most pairs reached.',
    facts:
      '<strong>Return to the facts.</strong> Read one fact card aloud with its source. The story is fiction; what it is built on is not.',
    extension: 'Extension activity: check a fact',
    checkFact:
      'Each student picks one fact card they met, finds its source in <a href="#sources">Sources</a>, and reads what the source says. Does it say what the card says? What does it leave uncertain? Where do figures differ between sources, and why might they? Students write a short paragraph, or present to the class. This works toward the last learning objective: telling a documented fact from a story built on it.',
    chanceEnding:
      'Or, with the map of all paths: find an ending that only a chance outcome (a dashed arrow) leads to. What could a careful person not have avoided? What does that say about the people who were caught?',
  },

  chapters: {
    lead: 'Each summary is drawn from the chapter itself, and tells nothing of later chapters: where and when it happens, how it opens, its scenes and the endings it can reach. The discussion questions are the ones classroom mode shows after the chapter.',
    chapter: (n: number): string => `Chapter ${n}`,
    summary: 'Summary',
    whereWhen: 'Where and when',
    opening: 'How it opens, in the story’s words',
    scenes: (n: number): string => `Its ${n} scenes, in the order a player first meets them`,
    endings: 'How it can end the story',
    noEnding: 'No run ends here.',
    leadsOn: 'Where it leads on',
    /** The chapters it leads on to: their numbers and titles. */
    leadsTo: (chapters: Array<{ n: number; title: string }>): string =>
      list(chapters.map(({ n, title }) => `Chapter ${n}, ${title}`)),
    nowhere: 'Nowhere: every run that reaches this chapter ends in it.',
    questions: 'Discussion questions',
    noQuestions: 'This chapter has no discussion questions.',
    start: (n: number): string => `Start a class at chapter ${n}`,
  },

  paths: {
    lead: 'Every way through the story, drawn from the story’s own data. Chapters run left to right in the overview; each chapter’s map below runs top to bottom, its scenes in the order players first meet them. An arrow is a step some run can take: some choices are offered only when earlier choices allow them. The <a href="#endings-list">list of endings</a> after the maps says the same in words.',
    key: {
      scene: 'a scene (a box)',
      ending: 'an ending (an octagon)',
      exit: 'where a chapter is entered, or leads on to another',
      choice: 'a choice (a solid arrow)',
      chance: 'a chance outcome (a dashed arrow)',
    },
    overviewCaption: 'The chapters, and the endings each can lead to',
    chapterCaption: (n: number): string => `Chapter ${n}:`,
    captionCount: (scenes: number, endings: number): string =>
      `(${scenes} scenes${endings ? `, ${endings} ${endings === 1 ? 'ending' : 'endings'}` : ''})`,
    endingsHeading: (endings: number): string => `The ${endings} endings, and the scenes that lead to each`,
    endingChapter: (n: number, title: string): string => `(chapter ${n}, ${title})`,
    direct: (scenes: string[]): string =>
      `${capitalise(count(scenes.length, 'scene leads', 'scenes lead'))} straight to it: ${list(scenes)}.`,
    reach: (scenes: number, total: number): string => `${scenes} of the story’s ${total} scenes can lead to it.`,
    shortest: (choices: number): string => `The shortest run to it makes ${choices} choices.`,
    share: (share: number, runs: number): string =>
      `${percent.format(share)} of ${number.format(runs)} simulated runs ended here.`,
  },

  glossary: {
    lead: 'The words the story explains in place, when a player taps a marked word.',
  },

  sources: {
    lead: (facts: number): string =>
      `Every source the story’s ${facts} fact cards cite, with a link to it. The titles are the sources’ own.`,
    cited: (cards: number): string => `Cited by ${count(cards, 'fact card', 'fact cards')}.`,
  },

  classroom: {
    mode: 'Classroom mode',
    /** `param` and `link` are markup. */
    modeText: (param: string, link: string): string =>
      `Add ${param} to the story’s address: ${link}. In classroom mode the story never asks students to sign or share anything and sends nothing anywhere; between chapters and at each ending it shows the discussion questions, and students can go back one choice.`,
    embed: (once: string, attribute: string): string =>
      `If the story is embedded in a page (your school’s, or a campaign’s)${once}, add ${attribute} to the embed code’s element for the same classroom mode inside that page.`,
    chapter: 'Start at a chapter',
    chapterText: (param: string, chapters: number, once: string, example: string): string =>
      `Add ${param} to start at chapter N, from 1 to ${chapters}${once}: ${example} starts a class at chapter 2. Each chapter’s summary above has its link.`,
    language: 'Language',
    languageText: (param: string, languages: string): string =>
      `Add ${param} and a language code to open the story in that language: ${languages}. Students can also switch language on the title screen and in the settings, and keep their place.`,
    room: 'A live class room',
    /** `link` is markup: the class page's address. */
    roomText: (link: string): string =>
      `Open ${link} on the computer connected to the projector and start a room: it shows a short code, a link and a QR code. Students open the link, scan the code, or type the code on the story’s title screen; classroom mode switches on, and no name is asked. The projector shows how many have joined and are playing and, decision by decision in story order, how many took each choice: hidden until you reveal it (the button, or R; ← and → move between decisions).`,
    roomLesson:
      'A lesson with a room: let pairs play a chapter, then take its decisions one at a time. Ask the class what it thinks it chose, reveal, and talk about why it split as it did, with the chapter’s questions beside the counts and the endings the class reached. Close the room at the end: its counts are deleted at once, and a room unused for 24 hours is deleted anyway. Rooms need the story’s own server (npm run serve); a copy on a static host has none.',
    offline: 'Offline',
    offlineText: (once: string): string =>
      `After one visit, the story keeps working without a connection${once}: open it once on each device before the lesson, and a weak school network will not stop the class.`,
    privacy: 'Privacy',
    privacyText:
      'No account, no sign-up and no tracking. A run is saved only in the browser on the device, so a student can pick up where they were after a refresh.',
  },

  footer:
    'This guide is generated from the story’s own files each time the site is built, so its summaries, questions, map, glossary and sources always match the story.',

  /** The content notes' themes (src/teacher/themes.ts). */
  themes: {
    detention: 'Detention, interrogation and prison',
    'forced-return': 'Forced return to North Korea',
    trafficking: 'Human trafficking, forced marriage and sexual exploitation',
    violence: 'Violence, including sexual violence (reported, never shown)',
    death: 'Death and famine',
    family: 'Families separated, and relatives punished',
  },

  /** The words the maps add to the story's own. */
  map,
};

/** The shape every language's guide words share. */
export type GuideWords = typeof en;
