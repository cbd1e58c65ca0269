/**
 * The story's words, apart from its shape. The compiled story ships without text; each language's
 * text is a set of i18next JSON namespaces (one per file under `story/locales/<lng>/`), loaded on
 * its own and laid over the shape at run time. A save made in one language restores in another.
 */
import type { CompiledStory } from './story.ts';

export interface SceneText {
  title: string;
  text: string;
  /** Choice id → the button's words. */
  choices: Record<string, string>;
  /** Choice id → its outcome text, for the choices that have one (the key is absent when none does). */
  outcomes?: Record<string, string>;
}

export interface ChapterText {
  title: string;
  subtitle?: string;
  /** Discussion questions for the end of the chapter. */
  questions: string[];
  scenes: Record<string, SceneText>;
}

export interface EndingText {
  title: string;
  text: string;
  epilogue: string;
  share: string;
}

/** The namespaces of one language, each the content of one JSON file. */
export interface StoryText {
  story: { title: string; premise: string; contentNote: string; intro: string; objectives: string[] };
  endings: Record<string, EndingText>;
  facts: Record<string, string>;
  glossary: Record<string, { term: string; definition: string }>;
  /** Place id → its name on the route map. */
  places: Record<string, string>;
  /** Chapter id → its text; the file is `chapters/<id>.json`. */
  chapters: Record<string, ChapterText>;
}

/** The story's text in its source language, as the namespaces translators work from. */
export function extractText(story: CompiledStory): StoryText {
  const chapters: Record<string, ChapterText> = {};
  for (const chapter of story.chapters) {
    const scenes: Record<string, SceneText> = {};
    for (const sceneId of chapter.scenes) {
      const scene = story.scenes[sceneId]!;
      const outcomes = scene.choices.flatMap((c) => (c.outcome !== undefined ? [[c.id, c.outcome] as const] : []));
      scenes[sceneId] = {
        title: scene.title,
        text: scene.text,
        choices: Object.fromEntries(scene.choices.map((c) => [c.id, c.text])),
        ...(outcomes.length ? { outcomes: Object.fromEntries(outcomes) } : {}),
      };
    }
    chapters[chapter.id] = {
      title: chapter.title,
      ...(chapter.subtitle !== undefined ? { subtitle: chapter.subtitle } : {}),
      questions: [...chapter.questions],
      scenes,
    };
  }
  return {
    story: {
      title: story.title,
      premise: story.premise,
      contentNote: story.contentNote,
      intro: story.intro,
      objectives: [...story.objectives],
    },
    endings: Object.fromEntries(
      Object.values(story.endings).map((e) => [
        e.id,
        { title: e.title, text: e.text, epilogue: e.epilogue, share: e.share },
      ]),
    ),
    facts: Object.fromEntries(Object.values(story.facts).map((f) => [f.id, f.text])),
    glossary: Object.fromEntries(
      Object.values(story.glossary).map((g) => [g.id, { term: g.term, definition: g.definition }]),
    ),
    places: Object.fromEntries(Object.values(story.places).map((p) => [p.id, p.name])),
    chapters,
  };
}

/** The story with every word taken from `text` (a word `text` lacks stays as the story has it). */
export function applyText(story: CompiledStory, text: StoryText): CompiledStory {
  const scenes: CompiledStory['scenes'] = {};
  for (const [id, scene] of Object.entries(story.scenes)) {
    const words = text.chapters[scene.chapter]?.scenes[id];
    scenes[id] = {
      ...scene,
      title: words?.title ?? scene.title,
      text: words?.text ?? scene.text,
      choices: scene.choices.map((c) => ({
        ...c,
        text: words?.choices[c.id] ?? c.text,
        ...(c.outcome !== undefined ? { outcome: words?.outcomes?.[c.id] ?? c.outcome } : {}),
      })),
    };
  }
  return {
    ...story,
    title: text.story.title,
    premise: text.story.premise,
    contentNote: text.story.contentNote,
    intro: text.story.intro,
    objectives: story.objectives.map((o, i) => text.story.objectives[i] ?? o),
    chapters: story.chapters.map((c) => {
      const words = text.chapters[c.id];
      const subtitle = words?.subtitle ?? c.subtitle;
      return {
        ...c,
        title: words?.title ?? c.title,
        ...(subtitle !== undefined ? { subtitle } : {}),
        questions: c.questions.map((q, i) => words?.questions[i] ?? q),
      };
    }),
    scenes,
    endings: mapValues(story.endings, (e) => ({ ...e, ...text.endings[e.id] })),
    facts: mapValues(story.facts, (f) => ({ ...f, text: text.facts[f.id] ?? f.text })),
    glossary: mapValues(story.glossary, (g) => ({ ...g, ...text.glossary[g.id] })),
    places: mapValues(story.places, (p) => ({ ...p, name: text.places[p.id] ?? p.name })),
  };
}

/** The story's shape with every word blanked: what the bundle carries and what the save hash covers. */
export function stripText(story: Omit<CompiledStory, 'hash'>): Omit<CompiledStory, 'hash'> {
  const whole: CompiledStory = { ...story, hash: '' };
  const blanked: Partial<CompiledStory> = applyText(
    whole,
    mapStrings(extractText(whole), () => ''),
  );
  delete blanked.hash;
  return blanked as Omit<CompiledStory, 'hash'>;
}

/** The JSON files of one language: path under `story/locales/<lng>/` → content. */
export function textFiles(text: StoryText): Record<string, unknown> {
  const files: Record<string, unknown> = {
    'story.json': text.story,
    'endings.json': text.endings,
    'facts.json': text.facts,
    'glossary.json': text.glossary,
    'places.json': text.places,
  };
  for (const [id, chapter] of Object.entries(text.chapters)) files[`chapters/${id}.json`] = chapter;
  return files;
}

/** Every string in a JSON value replaced by `fn(string, path)`; the shape stays. */
export function mapStrings<T>(value: T, fn: (text: string, path: string[]) => string, path: string[] = []): T {
  if (typeof value === 'string') return fn(value, path) as T;
  if (Array.isArray(value)) return value.map((v: unknown, i) => mapStrings(v, fn, [...path, String(i)])) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn, [...path, k])])) as T;
  return value;
}

function mapValues<T>(record: Record<string, T>, fn: (value: T) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));
}

/**
 * A language's words in two parts: what the title screen and the first chapter need (the story's
 * own words, the glossary, the fact cards and the first chapter) and the rest (later chapters and
 * the endings), fetched while the player reads, so the first screen waits for less.
 */
export function splitText(text: StoryText, firstChapter: string): { start: StoryText; rest: RestText } {
  const first = text.chapters[firstChapter];
  const later = Object.fromEntries(Object.entries(text.chapters).filter(([id]) => id !== firstChapter));
  return {
    start: { ...text, chapters: first ? { [firstChapter]: first } : {}, endings: {} },
    rest: { chapters: later, endings: text.endings },
  };
}

/** The later part of a language's words (see `splitText`). */
export type RestText = Pick<StoryText, 'chapters' | 'endings'>;

/** The start of a language's words with the rest added. */
export function joinText(start: StoryText, rest: RestText): StoryText {
  return {
    ...start,
    chapters: { ...start.chapters, ...rest.chapters },
    endings: { ...start.endings, ...rest.endings },
  };
}

/** True when `text` holds the words of every scene and ending of `story`. */
export function hasAllText(story: CompiledStory, text: StoryText): boolean {
  return (
    story.chapters.every((c) => c.id in text.chapters) && Object.keys(story.endings).every((id) => id in text.endings)
  );
}
