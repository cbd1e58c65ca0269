/**
 * Warnings on a sound story (issue 14, points 2 and 7): a choice that changes nothing, a paragraph
 * a run can show twice, and an epilogue that repeats its own fact cards. They are advice for the
 * writer: `story:check` prints them, and fails on them only with `--strict`.
 */
import type { Effect, Expr } from '../expression.ts';
import { exploreStory } from '../explore.ts';
import { adjacency, reachableFrom, storyEdges } from '../graph.ts';
import { JOURNEY_FIGURES } from '../journey.ts';
import { openChoices } from '../step.ts';
import type { ChoiceDef, CompiledStory } from '../story.ts';
import type { Pos } from './problems.ts';
import { readableText } from './readability.ts';

export interface Warning {
  /** A stable code for tools. */
  code: 'choice-changes-nothing' | 'repeated-paragraph' | 'epilogue-repeats-facts';
  /** The scene or ending it is about, and the choice when it is about one. */
  scene: string;
  choice?: string;
  message: string;
}

/** The most an epilogue may share with its own fact cards, as a share of its word 3-grams. */
export const EPILOGUE_OVERLAP_MAX = 0.3;
/** Paragraphs shorter than this (in words) are not compared: "You wait." may well come twice. */
export const REPEAT_MIN_WORDS = 5;

/**
 * The variables the story reads: in a condition, a weight, the ending's journey, or an effect that
 * sets a variable read (so `debt -= money` makes `money` read when `debt` is). Where in the story
 * they are read is not asked: a read anywhere counts.
 */
export function readVariables(story: CompiledStory): Set<string> {
  const read = new Set<string>(JOURNEY_FIGURES.filter((name) => name in story.variables));
  const names = (expr: Expr | undefined, into: Set<string>): Set<string> => {
    if (!expr) return into;
    if (expr.k === 'var') into.add(expr.name);
    else if (expr.k === 'not' || expr.k === 'neg') names(expr.e, into);
    else if (expr.k === 'bin') {
      names(expr.l, into);
      names(expr.r, into);
    }
    return into;
  };
  const effects: Effect[] = [];
  for (const scene of Object.values(story.scenes))
    for (const choice of scene.choices) {
      names(choice.if, read);
      effects.push(...(choice.do ?? []));
      for (const outcome of choice.chance ?? []) {
        names(outcome.weight, read);
        effects.push(...(outcome.do ?? []));
      }
    }
  for (let grew = true; grew;) {
    grew = false;
    for (const effect of effects)
      if (read.has(effect.name))
        for (const name of names(effect.e, new Set()))
          if (!read.has(name)) {
            read.add(name);
            grew = true;
          }
  }
  return read;
}

/** Where a choice leads, as a string: its target, or its whole chance distribution. */
function way(choice: ChoiceDef): string {
  return choice.to !== undefined ? `to:${choice.to}` : `chance:${JSON.stringify(choice.chance ?? [])}`;
}

/** True when an effect can change a variable's value (`x += 0` cannot). */
function changes(effect: Effect): boolean {
  return !(effect.op !== '=' && effect.e.k === 'num' && effect.e.v === 0);
}

/**
 * Choices that lead where a sibling leads (the same scene or ending, or the same chance), change no
 * variable the story reads, and have no outcome text of their own: to the reader, they change nothing.
 */
export function choicesThatChangeNothing(story: CompiledStory): Warning[] {
  const read = readVariables(story);
  // Which choices are open together, in the states the walk reached: two choices whose conditions
  // never both hold ("if: brother", "if: not brother") are never a choice between them.
  const together = new Map<string, Set<string>>();
  for (const state of exploreStory(story).states) {
    const scene = story.scenes[state.node];
    if (!scene) continue;
    const open = openChoices(scene, state.vars).map((c) => c.id);
    const pairs = together.get(scene.id) ?? new Set<string>();
    together.set(scene.id, pairs);
    for (const a of open) for (const b of open) if (a !== b) pairs.add(`${a} ${b}`);
  }
  const warnings: Warning[] = [];
  for (const scene of Object.values(story.scenes))
    for (const choice of scene.choices) {
      if (choice.outcome) continue;
      const twin = scene.choices.find(
        (other) =>
          other !== choice && way(other) === way(choice) && together.get(scene.id)?.has(`${choice.id} ${other.id}`),
      );
      if (!twin) continue;
      const matters = (choice.do ?? []).filter((e) => changes(e) && read.has(e.name));
      if (matters.length) continue;
      const set = (choice.do ?? []).filter(changes).map((e) => e.name);
      const where = choice.to !== undefined ? `to "${choice.to}"` : 'to the same chance';
      warnings.push({
        code: 'choice-changes-nothing',
        scene: scene.id,
        choice: choice.id,
        message:
          `choice "${choice.id}" in scene "${scene.id}" leads where "${twin.id}" does (${where}) and ` +
          (set.length ? `sets only ${[...new Set(set)].join(', ')}, which nothing reads` : 'changes no variable') +
          ': give it its own "outcome", another way on, or an effect a later condition, weight or text reads.',
      });
    }
  return warnings;
}

interface Shown {
  /** What shows it, for the message: `scene "x"`, `the fact card "y" (in scene "x")`… */
  what: string;
  /** Told apart: the same key at one place is one showing, not two. */
  key: string;
  /** The scene or ending where it is shown. */
  node: string;
  text: string;
}

/** Every text a run can show, where it shows it. */
function shownTexts(story: CompiledStory): Shown[] {
  const shown: Shown[] = [];
  for (const scene of Object.values(story.scenes)) {
    shown.push({ what: `scene "${scene.id}"`, key: `scene:${scene.id}`, node: scene.id, text: scene.text });
    const fact = scene.fact && story.facts[scene.fact];
    if (fact)
      shown.push({
        what: `the fact card "${fact.id}" in scene "${scene.id}"`,
        key: `fact:${fact.id}`,
        node: scene.id,
        text: fact.text,
      });
    for (const choice of scene.choices)
      if (choice.outcome)
        for (const to of new Set(choice.to !== undefined ? [choice.to] : (choice.chance ?? []).map((o) => o.to)))
          shown.push({
            what: `the outcome of "${scene.id}/${choice.id}"`,
            key: `outcome:${scene.id}/${choice.id}`,
            node: to,
            text: choice.outcome,
          });
  }
  for (const ending of Object.values(story.endings)) {
    shown.push({ what: `ending "${ending.id}"`, key: `ending:${ending.id}`, node: ending.id, text: ending.text });
    shown.push({
      what: `the epilogue of "${ending.id}"`,
      key: `epilogue:${ending.id}`,
      node: ending.id,
      text: ending.epilogue,
    });
    for (const id of ending.facts) {
      const fact = story.facts[id];
      if (fact)
        shown.push({
          what: `the fact card "${id}" of ending "${ending.id}"`,
          key: `fact:${id}`,
          node: ending.id,
          text: fact.text,
        });
    }
  }
  return shown;
}

/** A paragraph as compared: the words as read, in lower case, punctuation and spacing gone. */
export function normaliseParagraph(text: string, glossary: CompiledStory['glossary'] = {}): string {
  return readableText(text, glossary)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Which places each place leads on to, along the story's walk (the written targets, if it stopped). */
function reachability(story: CompiledStory): (from: string, to: string) => boolean {
  const exploration = exploreStory(story);
  const next = adjacency(
    exploration.complete
      ? exploration.steps.map((step) => ({
          from: exploration.states[step.from]!.node,
          to: exploration.states[step.to]!.node,
        }))
      : storyEdges(story),
  );
  const reach = new Map<string, Set<string>>();
  return (from, to) => {
    let seen = reach.get(from);
    // From what `from` leads to: `from` itself counts only if a loop leads back to it.
    if (!seen) reach.set(from, (seen = reachableFrom(next.get(from) ?? [], next)));
    return seen.has(to);
  };
}

/**
 * Paragraphs a run can show twice: the same words under two keys (an epilogue that repeats a fact
 * card, two scenes on one path that share a paragraph), or one fact card at two places of one run.
 */
export function repeatedParagraphs(story: CompiledStory): Warning[] {
  const byText = new Map<string, Array<Shown & { paragraph: string }>>();
  for (const item of shownTexts(story))
    for (const paragraph of paragraphs(item.text)) {
      const norm = normaliseParagraph(paragraph, story.glossary);
      if (norm.split(' ').length < REPEAT_MIN_WORDS) continue;
      byText.set(norm, [...(byText.get(norm) ?? []), { ...item, paragraph }]);
    }
  const reaches = reachability(story);
  const warnings: Warning[] = [];
  for (const items of byText.values()) {
    if (items.length < 2) continue;
    let pair: [Shown, Shown] | undefined;
    for (let i = 0; i < items.length && !pair; i++)
      for (let j = i + 1; j < items.length && !pair; j++) {
        const a = items[i]!;
        const b = items[j]!;
        // One choice's outcome, listed at each place its chance can lead: a run shows it once.
        if (a.key === b.key && (a.node === b.node || a.key.startsWith('outcome:'))) continue;
        if (a.node === b.node || reaches(a.node, b.node)) pair = [a, b];
        else if (reaches(b.node, a.node)) pair = [b, a];
      }
    if (!pair) continue;
    const text = readableText(items[0]!.paragraph, story.glossary).replace(/\s+/g, ' ');
    warnings.push({
      code: 'repeated-paragraph',
      scene: pair[1].node,
      message: `a run can show the paragraph "${text.length > 70 ? `${text.slice(0, 67)}…` : text}" twice: in ${pair[0].what} and in ${pair[1].what}.`,
    });
  }
  return warnings;
}

/** Word 3-grams of a text, as read. */
function trigrams(text: string, lang: string, glossary: CompiledStory['glossary']): string[] {
  const words: string[] = [];
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  for (const s of segmenter.segment(readableText(text, glossary)))
    if (s.isWordLike) words.push(s.segment.toLowerCase());
  return words.slice(2).map((_, i) => `${words[i]} ${words[i + 1]} ${words[i + 2]}`);
}

/** The share of an ending's epilogue (its word 3-grams) found in its own fact cards. */
export function epilogueOverlap(story: CompiledStory, endingId: string, lang = 'en'): number {
  const ending = story.endings[endingId];
  if (!ending) return 0;
  const grams = trigrams(ending.epilogue, lang, story.glossary);
  if (grams.length === 0) return 0;
  const cards = new Set(ending.facts.flatMap((id) => trigrams(story.facts[id]?.text ?? '', lang, story.glossary)));
  return grams.filter((g) => cards.has(g)).length / grams.length;
}

/** Each ending's epilogue overlap with its cards, and a warning above the limit. */
export function epilogueOverlaps(
  story: CompiledStory,
  lang = 'en',
): { overlaps: Record<string, number>; warnings: Warning[] } {
  const overlaps: Record<string, number> = {};
  const warnings: Warning[] = [];
  for (const ending of Object.values(story.endings)) {
    const share = epilogueOverlap(story, ending.id, lang);
    overlaps[ending.id] = share;
    if (share > EPILOGUE_OVERLAP_MAX)
      warnings.push({
        code: 'epilogue-repeats-facts',
        scene: ending.id,
        message: `the epilogue of "${ending.id}" repeats its own fact cards: ${Math.round(100 * share)}% of its word 3-grams are in them (at most ${Math.round(100 * EPILOGUE_OVERLAP_MAX)}%). Add to the cards rather than restate them.`,
      });
  }
  return { overlaps, warnings };
}

/** Every warning, with where to look. */
export function lintStory(
  story: CompiledStory,
  positions: { scenes?: Map<string, Pos>; choices?: Map<string, Pos> } = {},
  lang = 'en',
): { warnings: Array<Warning & { pos?: Pos }>; overlaps: Record<string, number> } {
  const { overlaps, warnings: overlapWarnings } = epilogueOverlaps(story, lang);
  const all = [...choicesThatChangeNothing(story), ...repeatedParagraphs(story), ...overlapWarnings];
  return {
    overlaps,
    warnings: all.map((w) => {
      const pos = (w.choice && positions.choices?.get(`${w.scene}/${w.choice}`)) || positions.scenes?.get(w.scene);
      return pos ? { ...w, pos } : w;
    }),
  };
}
