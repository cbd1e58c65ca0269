import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/engine/compile/index.ts';
import { grade, measure, readableText, syllables } from '../../src/engine/compile/readability.ts';
import { compileOrThrow, fixtureFiles } from '../support/story.ts';

const base = fixtureFiles('test/fixtures/compile/minimal/story');
const story = compileOrThrow(base);

describe('the story summary', () => {
  it('counts what the story holds', () => {
    expect(summarise(story)).toMatchObject({
      chapters: 1,
      scenes: 2,
      choices: 3,
      endings: 2,
      facts: 1,
      sources: 1,
      glossary: 1,
    });
  });

  it('gives the shortest and longest path to each ending, in choices', () => {
    const { endingPaths } = summarise(story);
    expect(endingPaths.home).toMatchObject({ shortest: 2, longest: 2 });
    expect(endingPaths.caught).toMatchObject({ shortest: 2, longest: 2 });
  });

  it('plays 1,000 seeded random runs the same way every time, reaching both endings', () => {
    const a = summarise(story);
    const b = summarise(story);
    expect(a.randomRuns).toEqual(b.randomRuns);
    expect(a.randomRuns).toMatchObject({ runs: 1000, median: 2, min: 2, max: 2 });
    expect(a.endingPaths.home!.runs + a.endingPaths.caught!.runs).toBe(1000);
    expect(a.endingPaths.home!.runs).toBeGreaterThan(100);
    expect(a.endingPaths.caught!.runs).toBeGreaterThan(100);
  });

  it('says a path is unbounded when the story can loop', () => {
    const looping = compileOrThrow(
      base.map((f) =>
        f.path.endsWith('01-one.yaml')
          ? {
              ...f,
              text: f.text.replace(
                '      - id: run\n',
                '      - { id: back, text: Go back, to: gate }\n      - id: run\n',
              ),
            }
          : f,
      ),
    );
    expect(summarise(looping).endingPaths.home).toMatchObject({ shortest: 2, longest: 'unbounded' });
  });
});

describe('reading level', () => {
  it.each([
    ['cat', 1],
    ['river', 2],
    ['broker', 2],
    ['family', 3],
    ['interrogation', 5],
    ['the', 1],
    ['stone', 1],
  ])('counts the syllables of "%s" as %i', (word, expected) => {
    expect(syllables(word)).toBe(expected);
  });

  it('counts words and sentences, quotes and paragraphs included', () => {
    expect(measure('You wait. "Two minutes," he says. They listen!\n\nThe river is cold')).toMatchObject({
      words: 12,
      sentences: 4,
    });
  });

  it('reads glossary marks as the words they show', () => {
    expect(readableText('In the [[jangmadang|market]] and the [[broker]].', { broker: { term: 'broker' } })).toBe(
      'In the market and the broker.',
    );
  });

  it('grades short plain sentences low and long latinate ones high', () => {
    const plain = grade(measure('The dog runs. The sun is hot. We go home now.'));
    const dense = grade(
      measure(
        'Notwithstanding considerable international condemnation, authorities systematically institutionalised comprehensive surveillance mechanisms throughout administrative jurisdictions.',
      ),
    );
    expect(plain).toBeLessThan(3);
    expect(dense).toBeGreaterThan(15);
  });
});
