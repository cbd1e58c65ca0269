/**
 * The story's length and shape (src/engine/compile/measure.ts, story-budgets.ts, lint.ts), measured
 * on fixture stories small enough to work out by hand; never on the real story, which changes.
 *
 * test/fixtures/measure/two-roads: at the gate, go (outcome of 4 words) or stay (ending "stayed");
 * on the road, north (sets `coat`, which nothing reads) or south (luck + 1); at the river, home
 * with weight 1 + luck against caught with weight 1. So stayed 1/2, home 1/2 (1/2 · 1/2 + 1/2 · 2/3)
 * = 7/24, caught 5/24. Words: gate 10 + its fact card 5; road 12; river 11; endings (text and
 * epilogue) home 11, caught 11, stayed 9. A run that stays: 1 choice, 24 words; one that goes on:
 * 3 choices, 15 + 4 + 12 + 11 + 11 = 53 words.
 */
import { describe, expect, it } from 'vitest';
import { compileStory, type SourceFile } from '../../src/engine/compile/index.ts';
import {
  choicesThatChangeNothing,
  epilogueOverlap,
  lintStory,
  readVariables,
  repeatedParagraphs,
} from '../../src/engine/compile/lint.ts';
import {
  countWords,
  fewestChoicesToAnEnding,
  measureLength,
  mostChoicesInFirstChapter,
  mostChoicesToAnArrival,
  playRandomRun,
  runSeed,
  WordCounter,
} from '../../src/engine/compile/measure.ts';
import { judgeShape, measureShape, STORY_BUDGETS, type StoryShape } from '../../src/engine/compile/story-budgets.ts';
import { createStoryMachine, placeOf } from '../../src/engine/machine.ts';
import { replay } from '../../src/engine/replay.ts';
import type { CompiledStory } from '../../src/engine/story.ts';
import { compileOrThrow, fixtureFiles } from '../support/story.ts';

const dir = 'test/fixtures/measure/two-roads/story';
const story = compileOrThrow(fixtureFiles(dir));

/** The fixture with one file's text changed. */
function edited(edits: Record<string, (text: string) => string>): {
  story: CompiledStory;
  result: ReturnType<typeof compileStory>;
} {
  const files: SourceFile[] = fixtureFiles(dir).map((f) => {
    const edit = Object.entries(edits).find(([name]) => f.path.endsWith(name))?.[1];
    return edit ? { ...f, text: edit(f.text) } : f;
  });
  const result = compileStory(files);
  if (!result.story) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return { story: result.story, result };
}

describe('counting words', () => {
  it('counts words as read: glossary marks as the words they show, figures and contractions as one', () => {
    expect(countWords('One two three.')).toBe(3);
    expect(countWords("1,047 people, don't go.")).toBe(4);
    expect(countWords('Stand at the [[gate-term|old gate]].', 'en', { 'gate-term': { term: 'gate' } })).toBe(5);
    expect(countWords('Stand at the [[gate-term]].', 'en', { 'gate-term': { term: 'gate' } })).toBe(4);
    expect(countWords('')).toBe(0);
  });

  it('counts languages written without spaces by their words, not their characters or spaces', () => {
    expect(countWords('私は学生です。', 'ja')).toBe(4);
    expect(countWords('我是学生。', 'zh-Hans')).toBeGreaterThanOrEqual(2);
    expect(countWords('我是学生。', 'zh-Hans')).toBeLessThan(4);
    expect(countWords('나는 학생이다.', 'ko')).toBe(2);
  });

  it('counts a scene with its fact card, an outcome, and an ending without its title or cards', () => {
    const words = new WordCounter(story);
    expect(words.scene('gate')).toBe(15);
    expect(words.scene('road')).toBe(12);
    expect(words.outcome(story.scenes.gate!.choices[0]!)).toBe(4);
    expect(words.outcome(story.scenes.gate!.choices[1]!)).toBe(0);
    expect(words.ending('home')).toBe(11);
    expect(words.ending('stayed')).toBe(9);
  });
});

describe('random runs', () => {
  it('play as the machine plays: the same choices replay to the same ending', () => {
    const machine = createStoryMachine(story);
    const minimal = compileOrThrow(fixtureFiles('test/fixtures/compile/minimal/story'));
    const minimalMachine = createStoryMachine(minimal);
    for (let i = 0; i < 200; i++) {
      for (const [s, m] of [
        [story, machine],
        [minimal, minimalMachine],
      ] as const) {
        const run = playRandomRun(s, runSeed(7, i));
        const replayed = replay(
          m,
          run.seed,
          run.steps.map((step) => step.choice.id),
        );
        expect(replayed.ok).toBe(true);
        expect(placeOf(replayed.actor.getSnapshot())).toEqual({ kind: 'ending', id: run.ending });
      }
    }
  });

  it('give the shares, medians and minutes worked out by hand, the same every time', () => {
    const m = measureLength(story);
    expect(m).toEqual(measureLength(story));
    expect(m).toMatchObject({ runs: 20_000, seed: 1, lang: 'en', wordsPerMinute: 200, unfinished: 0 });
    const by = Object.fromEntries(m.endings.map((e) => [e.id, e]));
    expect(by.stayed).toMatchObject({ arrival: false, choices: 1, words: 24, minutes: 24 / 200 });
    expect(by.home).toMatchObject({ arrival: true, choices: 3, words: 53, minutes: 53 / 200 });
    expect(by.caught).toMatchObject({ arrival: false, choices: 3, words: 53 });
    // Within four standard errors of 1/2, 7/24 and 5/24 (seeded: this never changes between runs).
    expect(Math.abs(by.stayed!.share - 1 / 2)).toBeLessThan(0.015);
    expect(Math.abs(by.home!.share - 7 / 24)).toBeLessThan(0.013);
    expect(Math.abs(by.caught!.share - 5 / 24)).toBeLessThan(0.012);
    expect(by.stayed!.runs + by.home!.runs + by.caught!.runs).toBe(20_000);
    expect(m.arrival).toMatchObject({
      runs: by.home!.runs,
      share: by.home!.share,
      choices: 3,
      words: 53,
      maxChoices: 3,
    });
  });

  it('take another seed and number of runs when asked, and count the words of the text given', () => {
    const other = measureLength(story, { runs: 500, seed: 99 });
    expect(other.runs).toBe(500);
    expect(other.endings.reduce((n, e) => n + e.runs, 0)).toBe(500);
    expect(other).not.toEqual(measureLength(story, { runs: 500, seed: 1 }));
    // A "translation" that doubles the gate's words doubles what every run reads there.
    const doubled = {
      ...story,
      scenes: {
        ...story.scenes,
        gate: { ...story.scenes.gate!, text: `${story.scenes.gate!.text} ${story.scenes.gate!.text}` },
      },
    };
    const stayed = measureLength(doubled, { runs: 200, lang: 'fr' }).endings.find((e) => e.id === 'stayed');
    expect(stayed).toMatchObject({ words: 34 });
  });

  it('count an outcome text only on the runs that chose it', () => {
    const { story: plain } = edited({ '01-one.yaml': (t) => t.replace('        outcome: You go on now.\n', '') });
    const home = measureLength(plain, { runs: 2000 }).endings.find((e) => e.id === 'home');
    expect(home?.words).toBe(49);
  });
});

describe('the exact shape', () => {
  it('finds the fewest choices to an ending, the most in chapter 1, and the most to an arrival, with a path', () => {
    expect(fewestChoicesToAnEnding(story)).toEqual({ value: 1, path: ['gate/stay'], at: 'stayed', proven: true });
    expect(mostChoicesInFirstChapter(story)).toMatchObject({ value: 2, path: ['gate/go', 'road/north'], proven: true });
    expect(mostChoicesToAnArrival(story)).toMatchObject({ value: 3, at: 'home', proven: true });
    expect(mostChoicesToAnArrival(story)?.path).toHaveLength(3);
  });

  it('calls a loop in chapter 1 unbounded', () => {
    const { story: looping } = edited({
      '01-one.yaml': (t) => t.replace('        do: coat = true\n        to: river', '        to: gate'),
    });
    expect(mostChoicesInFirstChapter(looping).value).toBe('unbounded');
  });
});

describe('the budgets', () => {
  const verdict = (shape: StoryShape, id: string) => judgeShape(shape).find((v) => v.id === id)!;
  const shape = measureShape(story);

  it('pass and fail on the fixture as worked out, naming what breaks', () => {
    const verdicts = Object.fromEntries(judgeShape(shape).map((v) => [v.id, v]));
    expect(verdicts['arrival-median-choices']).toMatchObject({ ok: true, actual: '3' });
    expect(verdicts['arrival-median-words']).toMatchObject({ ok: true });
    expect(verdicts['arrival-max-choices']).toMatchObject({ ok: true, actual: '3' });
    expect(verdicts['first-chapter-choices']).toMatchObject({ ok: true, actual: '2' });
    expect(verdicts['first-ending']).toMatchObject({ ok: false, actual: '1 choices to stayed', path: ['gate/stay'] });
    expect(verdicts['arrival-share']).toMatchObject({ ok: true });
    expect(verdicts['ending-share']).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/^over: stayed 5\d\.\d%$/) as string,
    });
  });

  it('hold at their limits and break just past them', () => {
    const at = (arrival: Partial<StoryShape['length']['arrival']>, endings = shape.length.endings): StoryShape => ({
      ...shape,
      length: { ...shape.length, arrival: { ...shape.length.arrival, ...arrival }, endings },
    });
    expect(verdict(at({ choices: 20 }), 'arrival-median-choices').ok).toBe(true);
    expect(verdict(at({ choices: 20.5 }), 'arrival-median-choices').ok).toBe(false);
    expect(verdict(at({ words: 2800, minutes: 14 }), 'arrival-median-words').ok).toBe(true);
    expect(verdict(at({ words: 2801, minutes: 14 }), 'arrival-median-words').ok).toBe(false);
    expect(verdict(at({ maxChoices: 26 }), 'arrival-max-choices').ok).toBe(true);
    expect(verdict(at({ maxChoices: 27 }), 'arrival-max-choices')).toMatchObject({ ok: false, actual: '27' });
    expect(verdict(at({ share: 0.25 }), 'arrival-share').ok).toBe(true);
    expect(verdict(at({ share: 0.5 }), 'arrival-share').ok).toBe(true);
    expect(verdict(at({ share: 0.2499 }), 'arrival-share').ok).toBe(false);
    expect(verdict(at({ share: 0.5001 }), 'arrival-share').ok).toBe(false);
    const even = shape.length.endings.map((e) => ({ ...e, share: 0.3 }));
    expect(verdict(at({}, even), 'ending-share').ok).toBe(true);
    const first = { value: STORY_BUDGETS.firstChapterMaxChoices + 1, path: ['a/b'], proven: true };
    expect(verdict({ ...shape, firstChapter: first }, 'first-chapter-choices')).toMatchObject({
      ok: false,
      path: ['a/b'],
    });
    expect(verdict({ ...shape, firstChapter: { ...first, value: 6, proven: false } }, 'first-chapter-choices').ok).toBe(
      false,
    );
    expect(verdict({ ...shape, fewest: { value: 4, path: [], proven: true, at: 'x' } }, 'first-ending').ok).toBe(true);
  });

  it('fail the arrival budgets when no ending is an arrival', () => {
    const { story: none } = edited({ 'endings.yaml': (t) => t.replace('  arrival: true\n', '') });
    const verdicts = judgeShape(measureShape(none, { runs: 500 }));
    for (const id of ['arrival-median-choices', 'arrival-median-words', 'arrival-max-choices', 'arrival-share'])
      expect(verdicts.find((v) => v.id === id)?.ok).toBe(false);
  });
});

describe('warnings', () => {
  it('name a choice that leads where a sibling does and sets only what nothing reads, at its line', () => {
    expect([...readVariables(story)]).toEqual(['luck']);
    const { result } = edited({});
    const { warnings } = lintStory(story, { scenes: result.positions, choices: result.choicePositions });
    const nothing = warnings.filter((w) => w.code === 'choice-changes-nothing');
    expect(nothing).toEqual([
      expect.objectContaining({
        scene: 'road',
        choice: 'north',
        pos: { file: 'story/chapters/01-one.yaml', line: 24, column: 9 },
        message: expect.stringContaining(
          'choice "north" in scene "road" leads where "south" does (to "river") and sets only coat, which nothing reads',
        ) as string,
      }),
    ]);
  });

  it('say nothing of it once the choice has an outcome, an effect that is read, or is never open with its twin', () => {
    const withOutcome = edited({
      '01-one.yaml': (t) => t.replace('do: coat = true', 'outcome: The wind turns.\n        do: coat = true'),
    });
    expect(choicesThatChangeNothing(withOutcome.story)).toEqual([]);
    // coat read by a condition (one that always holds): setting it now matters.
    const read = edited({
      '02-two.yaml': (t) => t.replace('        chance:', '        if: coat or luck >= 0\n        chance:'),
    });
    expect(choicesThatChangeNothing(read.story)).toEqual([]);
    // North only with a coat, south only without: never a choice between the two.
    const apart = edited({
      '01-one.yaml': (t) =>
        t
          .replace('        do: coat = true\n        to: river', '        if: coat\n        to: river')
          .replace('        do: luck += 1\n', '        if: not coat\n        do: luck += 1\n')
          .replace(
            '      - id: stay\n',
            '      - id: dress\n        text: Dress warmly\n        do: coat = true\n        to: road\n      - id: stay\n',
          ),
    });
    expect(choicesThatChangeNothing(apart.story)).toEqual([]);
    const same = edited({ '01-one.yaml': (t) => t.replace('        do: luck += 1\n', '') });
    expect(choicesThatChangeNothing(same.story).map((w) => w.choice)).toEqual(['north', 'south']);
  });

  it('find a paragraph a run can show twice, and not one that no run shows twice', () => {
    expect(repeatedParagraphs(story).map((w) => w.message)).toEqual([
      'a run can show the paragraph "Alpha beta gamma delta epsilon." twice: in the fact card "alpha" in scene "gate" and in the fact card "alpha" of ending "home".',
    ]);
    const shared = edited({
      '02-two.yaml': (t) =>
        t.replace(
          'The river is wide and cold tonight, and the ice cracks.',
          '|\n      Something new here at last.\n\n      The road is long and dark.',
        ),
      'endings.yaml': (t) =>
        t
          .replace('epilogue: People are caught every year.', 'epilogue: You stay in the town.')
          .replace('  facts: [alpha]\n', ''),
    });
    expect(repeatedParagraphs(shared.story).map((w) => w.message)).toEqual([
      'a run can show the paragraph "The road is long and dark." twice: in scene "road" and in scene "river".',
    ]);
  });

  it('measure how much of an epilogue its own fact cards already say, and warn above 30%', () => {
    expect(epilogueOverlap(story, 'home')).toBe(0);
    const repeats = edited({
      'endings.yaml': (t) =>
        t.replace(
          'epilogue: People do reach home, in time.',
          'epilogue: Alpha beta gamma delta epsilon, zeta eta theta.',
        ),
    });
    // 3-grams of the 8 words: 6; "alpha beta gamma", "beta gamma delta", "gamma delta epsilon" are in the card.
    expect(epilogueOverlap(repeats.story, 'home')).toBe(3 / 6);
    const { warnings, overlaps } = lintStory(repeats.story, { scenes: repeats.result.positions });
    expect(overlaps.home).toBe(0.5);
    expect(warnings.find((w) => w.code === 'epilogue-repeats-facts')).toMatchObject({
      scene: 'home',
      pos: { file: 'story/endings.yaml', line: 1, column: 1 },
      message: expect.stringContaining('50% of its word 3-grams') as string,
    });
  });
});
