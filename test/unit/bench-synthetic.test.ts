/** The synthetic stories the bench compiles: sound, of the size asked, and the same every time. */
import { describe, expect, it } from 'vitest';
import { syntheticStory } from '../../bench/synthetic.ts';
import { analyse, compileStory, formatProblem } from '../../src/engine/compile/index.ts';

describe('a synthetic story', () => {
  it.each([
    [3, 100],
    [120, 25],
    [500, 100],
  ])('of %i scenes (%i to a chapter) compiles with no problem', (scenes, scenesPerChapter) => {
    const { story, problems } = compileStory(syntheticStory(scenes, { scenesPerChapter }));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(Object.keys(story!.scenes)).toHaveLength(scenes);
    expect(story!.chapters).toHaveLength(Math.ceil(scenes / scenesPerChapter));
  });

  it('has text, facts citing sources, glossary terms, conditions, effects and chance, like the real one', () => {
    const { story } = compileStory(syntheticStory(200));
    const scenes = Object.values(story!.scenes);
    const choices = scenes.flatMap((s) => s.choices);
    expect(scenes.filter((s) => s.fact).length).toBe(20);
    expect(scenes.filter((s) => s.text.includes('[[term')).length).toBe(40);
    expect(choices.some((c) => c.if)).toBe(true);
    expect(choices.some((c) => c.do)).toBe(true);
    expect(choices.some((c) => c.chance)).toBe(true);
    expect(Object.keys(story!.endings)).toEqual(expect.arrayContaining(['arrived', 'turned-back', 'caught-ch0']));
    const words = scenes[0]!.text.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(100);
    expect(words).toBeLessThanOrEqual(130);
  });

  it('is the same text for the same size, run after run', () => {
    expect(syntheticStory(50)).toEqual(syntheticStory(50));
  });

  it('keeps the states the analysis walks to a few per scene, so its cost follows the scenes', () => {
    for (const scenes of [100, 1000]) {
      const { story } = compileStory(syntheticStory(scenes, { riskMax: 2 }));
      const { states } = analyse(story!);
      const nodes = scenes + Object.keys(story!.endings).length;
      expect(states).toBeGreaterThan(scenes);
      // Each scene and ending with risk at 0, 1 or 2.
      expect(states).toBeLessThanOrEqual(3 * nodes);
    }
  });

  it('refuses a size too small to have a start, a middle and an end', () => {
    expect(() => syntheticStory(2)).toThrow(/at least 3 scenes/);
  });
});
