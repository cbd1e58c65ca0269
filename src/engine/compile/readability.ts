/**
 * Reading level of the story's English: words per scene, sentence length, and the Flesch-Kincaid
 * grade. The syllable count is the usual vowel-group estimate: good enough to find a scene that
 * reads hard, not a linguistic measure.
 */
import type { CompiledStory } from '../story.ts';

export interface TextMeasure {
  words: number;
  sentences: number;
  syllables: number;
}

export interface SceneReading extends TextMeasure {
  id: string;
  grade: number;
}

export interface ReadingSummary {
  scenes: SceneReading[];
  /** Over all scene text together. */
  averageSentenceLength: number;
  grade: number;
}

/** Words per scene the brief asks for. */
export const WORDS_PER_SCENE = { min: 60, max: 160 } as const;

const MARK = /\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;

/** The text as read: glossary marks replaced by the words they show. */
export function readableText(text: string, terms: Record<string, { term: string }>): string {
  return text.replace(MARK, (_, id: string, shown?: string) => shown ?? terms[id.trim()]?.term ?? id);
}

export function measure(text: string): TextMeasure {
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
  // A sentence ends at . ! ? (possibly followed by a closing quote), or at a paragraph break.
  const sentences = text.split(/(?<=[.!?]["”’)]?)\s+|\n\s*\n/).filter((s) => /[A-Za-z0-9]/.test(s)).length;
  return {
    words: words.length,
    sentences: Math.max(1, sentences),
    syllables: words.reduce((sum, word) => sum + syllables(word), 0),
  };
}

/** Flesch-Kincaid grade level. */
export function grade({ words, sentences, syllables: syl }: TextMeasure): number {
  if (words === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59;
}

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return /\d/.test(word) ? Math.max(1, word.replace(/\D/g, '').length) : 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 1);
}

export function readingSummary(story: CompiledStory): ReadingSummary {
  const scenes = Object.values(story.scenes).map((scene) => {
    const m = measure(readableText(scene.text, story.glossary));
    return { id: scene.id, ...m, grade: grade(m) };
  });
  const total = scenes.reduce(
    (sum, s) => ({
      words: sum.words + s.words,
      sentences: sum.sentences + s.sentences,
      syllables: sum.syllables + s.syllables,
    }),
    { words: 0, sentences: 0, syllables: 0 },
  );
  return { scenes, averageSentenceLength: total.words / total.sentences, grade: grade(total) };
}
