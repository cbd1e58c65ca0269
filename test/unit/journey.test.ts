import { describe, expect, it } from 'vitest';
import { chapterStarts } from '../../src/engine/chapter-starts.ts';
import { journeyOf } from '../../src/engine/journey.ts';
import { createStoryMachine, placeOf } from '../../src/engine/machine.ts';
import { replay } from '../../src/engine/replay.ts';
import { seedFor, witnesses } from '../support/paths.ts';
import { realStory } from '../support/story.ts';

const story = realStory();
const runs = witnesses(story);

describe('a journey told back from its seed and log', () => {
  it.each(Object.keys(story.endings))('retraces the run to %s scene by scene', (endingId) => {
    const path = runs.get(endingId)!;
    const steps = journeyOf(
      story,
      seedFor(path),
      path.map((s) => s.choiceId),
    );
    expect(steps.map((s) => [s.scene.id, s.choice.id])).toEqual(path.map((s) => [s.scene, s.choiceId]));
  });

  it('marks as mattering the choices that drew on chance or changed a yes-or-no fact', () => {
    const path = runs.get('arrived-via-mongolia')!;
    const steps = journeyOf(
      story,
      seedFor(path),
      path.map((s) => s.choiceId),
    );
    const phone = steps.find((s) => s.scene.id === 'the-call');
    expect(phone?.choice.id).toBe('keep-phone');
    expect(phone?.mattered).toBe(true);
    const plain = steps.filter((s) => !s.choice.chance && !s.choice.do);
    expect(plain.every((s) => !s.mattered)).toBe(true);
    expect(steps.filter((s) => s.mattered).length).toBeLessThan(steps.length);
  });

  it('stops quietly where a log no longer fits the story', () => {
    expect(journeyOf(story, 1, ['meet', 'no-such-choice', 'x'])).toHaveLength(1);
  });
});

describe('where a class can start', () => {
  const starts = chapterStarts(story);

  it.each(story.chapters.map((c) => c.id))(
    'chapter %s has a real run to its first scene, replayed from a seed',
    (id) => {
      const start = starts[id]!;
      const chapter = story.chapters.find((c) => c.id === id)!;
      const { ok, actor } = replay(createStoryMachine(story), start.seed, start.choices);
      expect(ok).toBe(true);
      expect(placeOf(actor.getSnapshot())).toEqual({ kind: 'scene', id: chapter.start });
    },
  );
});
