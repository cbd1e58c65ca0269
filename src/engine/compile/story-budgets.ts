/**
 * The story's length and shape budgets (issue 14, points 1-2): what a run to an arrival may cost a
 * class, and how random runs may end. Measured by `measure.ts`; held by `npm run bench` (which
 * fails on a broken one) and printed by `npm run story:check`. Each verdict names what breaks it.
 */
import {
  fewestChoicesToAnEnding,
  measureLength,
  mostChoicesInFirstChapter,
  mostChoicesToAnArrival,
  type ExactFigure,
  type LengthMeasure,
  type MeasureOptions,
} from './measure.ts';
import type { CompiledStory } from '../story.ts';

export const STORY_BUDGETS = {
  /** Median choices of the random runs that reach an arrival. */
  arrivalMedianChoices: 20,
  /** Median words of those runs (scenes, their fact cards, outcomes, the ending's text and epilogue). */
  arrivalMedianWords: 2_800,
  /** No run to an arrival makes more choices. */
  arrivalMaxChoices: 26,
  /** No run makes more choices in the first chapter (exact). */
  firstChapterMaxChoices: 6,
  /** No ending comes before this choice: the fewest choices to any ending (exact). */
  fewestChoicesToAnEnding: 4,
  /** The share of random runs that reach an arrival. */
  arrivalShare: { min: 0.25, max: 0.5 },
  /** No single ending takes a larger share of random runs. */
  endingShareMax: 0.3,
} as const;

export interface StoryShape {
  length: LengthMeasure;
  /** The fewest choices to any ending, walked exactly. */
  fewest?: ExactFigure;
  /** The most choices made in the first chapter, walked exactly. */
  firstChapter: ExactFigure;
  /** The most choices to an arrival on the story's walk (exact when the walk is; see explore.ts). */
  longestArrival?: ExactFigure;
}

export interface StoryVerdict {
  /** A stable id for tools. */
  id:
    | 'arrival-median-choices'
    | 'arrival-median-words'
    | 'arrival-max-choices'
    | 'first-chapter-choices'
    | 'first-ending'
    | 'arrival-share'
    | 'ending-share';
  budget: string;
  actual: string;
  ok: boolean;
  /** What breaks it, or how it was measured, in a sentence. */
  detail?: string;
  /** A run that breaks it, as `scene/choice` for each choice made. */
  path?: string[];
}

/** Measures everything the budgets need. */
export function measureShape(story: CompiledStory, options: MeasureOptions = {}): StoryShape {
  const fewest = fewestChoicesToAnEnding(story);
  const longestArrival = mostChoicesToAnArrival(story);
  return {
    length: measureLength(story, options),
    ...(fewest ? { fewest } : {}),
    firstChapter: mostChoicesInFirstChapter(story),
    ...(longestArrival ? { longestArrival } : {}),
  };
}

const percent = (share: number): string => `${(100 * share).toFixed(1)}%`;

/** Every budget with its verdict. */
export function judgeShape(shape: StoryShape): StoryVerdict[] {
  const B = STORY_BUDGETS;
  const { length } = shape;
  const a = length.arrival;
  const verdicts: StoryVerdict[] = [];
  const noArrival = 'no random run reached an ending marked "arrival: true"';
  const sample = `${length.runs.toLocaleString('en')} random runs (seed ${length.seed})`;

  verdicts.push({
    id: 'arrival-median-choices',
    budget: `median choices to an arrival ≤ ${B.arrivalMedianChoices}`,
    actual: a.choices === undefined ? 'none' : String(a.choices),
    ok: a.choices !== undefined && a.choices <= B.arrivalMedianChoices,
    detail: a.choices === undefined ? noArrival : `${a.runs} of ${sample} arrive`,
  });
  verdicts.push({
    id: 'arrival-median-words',
    budget: `median words to an arrival ≤ ${B.arrivalMedianWords.toLocaleString('en')}`,
    actual:
      a.words === undefined
        ? 'none'
        : `${Math.round(a.words).toLocaleString('en')} (${a.minutes!.toFixed(1)} min at ${length.wordsPerMinute} words a minute)`,
    ok: a.words !== undefined && a.words <= B.arrivalMedianWords,
    ...(a.words === undefined ? { detail: noArrival } : {}),
  });

  // The longest run to an arrival: the walk's, and the longest sampled run, whichever is longer.
  const walked = shape.longestArrival;
  const sampled = a.maxChoices;
  const walkedValue = walked?.value === 'unbounded' ? Infinity : (walked?.value ?? -1);
  const most = Math.max(walkedValue, sampled ?? -1);
  const fromWalk = walked !== undefined && walkedValue >= (sampled ?? -1);
  verdicts.push({
    id: 'arrival-max-choices',
    budget: `no run to an arrival over ${B.arrivalMaxChoices} choices`,
    actual: most < 0 ? 'none' : most === Infinity ? 'unbounded (a loop)' : String(most),
    ok: most >= 0 && most <= B.arrivalMaxChoices,
    detail:
      most < 0
        ? noArrival
        : fromWalk
          ? `${walked.proven ? 'walked exactly' : 'on the grouped walk (explore.ts)'}${walked.at ? `, to ${walked.at}` : ''}`
          : `the longest of ${sample}: seed ${a.maxSeed}`,
    ...(fromWalk && most > B.arrivalMaxChoices && walked.path.length ? { path: walked.path } : {}),
  });

  const first = shape.firstChapter;
  const firstValue = first.value === 'unbounded' ? Infinity : first.value;
  verdicts.push({
    id: 'first-chapter-choices',
    budget: `chapter 1: at most ${B.firstChapterMaxChoices} choices on every path (exact)`,
    actual: first.value === 'unbounded' ? 'unbounded (a loop)' : String(first.value),
    ok: first.proven && firstValue <= B.firstChapterMaxChoices,
    detail: !first.proven ? 'the walk passed its limit before it had seen every path' : 'walked exactly',
    ...(firstValue > B.firstChapterMaxChoices ? { path: first.path } : {}),
  });

  const fewest = shape.fewest;
  verdicts.push({
    id: 'first-ending',
    budget: `no ending before choice ${B.fewestChoicesToAnEnding} (exact)`,
    actual: fewest ? `${fewest.value} choices to ${fewest.at}` : 'no ending found',
    ok: fewest !== undefined && (fewest.value as number) >= B.fewestChoicesToAnEnding,
    ...(fewest
      ? {
          detail: 'walked exactly',
          ...((fewest.value as number) < B.fewestChoicesToAnEnding ? { path: fewest.path } : {}),
        }
      : { detail: 'the walk found no ending within its limit' }),
  });

  verdicts.push({
    id: 'arrival-share',
    budget: `arrivals: ${percent(B.arrivalShare.min)}-${percent(B.arrivalShare.max)} of random runs`,
    actual: percent(a.share),
    ok: a.share >= B.arrivalShare.min && a.share <= B.arrivalShare.max,
    detail: `${a.runs} of ${sample}`,
  });

  const top = [...length.endings].sort((x, y) => y.share - x.share);
  const over = top.filter((e) => e.share > B.endingShareMax);
  verdicts.push({
    id: 'ending-share',
    budget: `no ending above ${percent(B.endingShareMax)} of random runs`,
    actual: top[0] ? `${top[0].id} ${percent(top[0].share)}` : 'none',
    ok: over.length === 0,
    ...(over.length ? { detail: `over: ${over.map((e) => `${e.id} ${percent(e.share)}`).join(', ')}` } : {}),
  });
  return verdicts;
}
