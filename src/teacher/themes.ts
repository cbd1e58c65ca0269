/**
 * The content notes of each chapter, read from the story itself: which of the hard themes a
 * teacher should know about before class appear in the chapter's scenes and endings, and where.
 *
 * Read from what the story states rather than what it tells: the fact cards a chapter's scenes
 * show, the epilogues and fact cards of the endings the chapter can reach, and the glossary terms
 * its scenes and endings mark (a detention centre, a prison camp). Those are the story's measured,
 * documentary words; a scene's narration is not searched, so "the line goes dead" is not read as a
 * death. The patterns read the English source, whatever the guide's language: a note names each
 * place it found a theme, so a teacher can check it.
 */
import type { CompiledStory } from '../engine/story.ts';
import { en } from './words/en.ts';

/** A theme's id: its name in each language is `themes[id]` in src/teacher/words/. */
export type ThemeId = keyof typeof en.themes;

export interface Theme {
  id: ThemeId;
  /** The guide's English name for it (the page's own is in its words). */
  label: string;
  /** Words that mark it in English fact cards and epilogues, or the glossary ids of its places. */
  pattern: RegExp;
}

export const THEMES: readonly Theme[] = [
  {
    id: 'detention',
    label: en.themes.detention,
    pattern:
      /\b(detention|detained|detainees?|holding cent(?:re|er)s?|prisons?|prisoners?|imprison\w*|interrogat\w*|labou?r camps?|prison camps?|jipkyulso|kyohwaso|kwanliso)\b/i,
  },
  {
    id: 'forced-return',
    label: en.themes['forced-return'],
    pattern:
      /\b(sent back|sends? (?:them|her|him|people|north koreans) back|forced(?:ly)? (?:return\w*|repatriat\w*)|deport\w*|repatriat\w*)\b/i,
  },
  {
    id: 'trafficking',
    label: en.themes.trafficking,
    pattern: /\b(traffick\w*|forced marriages?|sex trade|prostitution|sold as)\b/i,
  },
  {
    id: 'violence',
    label: en.themes.violence,
    pattern:
      /\b(beatings?|beaten|sexual violence|rape|(?<!against )torture[ds]?|shoot on sight|ordered to shoot|shot dead|murder\w*|execut(?:ed|ions?)|forced abortions?)\b/i,
  },
  {
    id: 'death',
    label: en.themes.death,
    pattern: /\b(died|deaths?|killed|drowned|famine|starv\w*)\b/i,
  },
  {
    id: 'family',
    label: en.themes.family,
    pattern: /\b(left behind|separated|relatives|guilt[- ]by[- ]association)\b/i,
  },
];

export interface ThemePlace {
  kind: 'scene' | 'ending';
  id: string;
}

export interface ChapterTheme {
  theme: Theme;
  /** The chapter's scenes and endings where it appears, in the order the story lists them. */
  places: ThemePlace[];
}

/** Glossary marks in a text: `[[id]]` or `[[id|shown]]`. */
const MARK = /\[\[([^\]|]*)(?:\|[^\]]*)?\]\]/g;

function marks(text: string): string {
  return [...text.matchAll(MARK)].map((m) => (m[1] ?? '').trim()).join(' ');
}

/** For each chapter id, the themes it contains and where, in the order of `THEMES`. */
export function chapterThemes(english: CompiledStory): Record<string, ChapterTheme[]> {
  const fact = (id: string | undefined): string => (id ? (english.facts[id]?.text ?? '') : '');
  const result: Record<string, ChapterTheme[]> = {};
  for (const chapter of english.chapters) {
    const places: Array<ThemePlace & { text: string }> = [];
    for (const id of chapter.scenes) {
      const scene = english.scenes[id]!;
      places.push({ kind: 'scene', id, text: `${fact(scene.fact)} ${marks(scene.text)}` });
    }
    for (const ending of chapterEndings(english, chapter.id))
      places.push({
        kind: 'ending',
        id: ending,
        text: [
          english.endings[ending]!.epilogue,
          ...english.endings[ending]!.facts.map(fact),
          marks(english.endings[ending]!.text),
        ].join(' '),
      });
    result[chapter.id] = THEMES.flatMap((theme) => {
      const found = places.filter((p) => theme.pattern.test(p.text)).map(({ kind, id }) => ({ kind, id }));
      return found.length ? [{ theme, places: found }] : [];
    });
  }
  return result;
}

/** The endings a chapter's scenes lead to, in the order `story.endings` lists them. */
export function chapterEndings(story: CompiledStory, chapterId: string): string[] {
  const chapter = story.chapters.find((c) => c.id === chapterId);
  if (!chapter) return [];
  const targets = new Set(
    chapter.scenes.flatMap((id) =>
      story.scenes[id]!.choices.flatMap((c) => (c.to ? [c.to] : (c.chance ?? []).map((o) => o.to))),
    ),
  );
  return Object.keys(story.endings).filter((id) => targets.has(id));
}
