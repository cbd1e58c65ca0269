/**
 * Model-based tests over the real story: the machine is walked with xstate/graph, exploring every
 * open choice and every chance outcome that can happen.
 */
import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import { createStoryMachine, placeOf } from '../../src/engine/machine.ts';
import { eventsFor, seedFor, serialize, shortestPaths, stepsOf } from '../support/paths.ts';
import { realStory } from '../support/story.ts';

const story = realStory();
const machine = createStoryMachine(story);
const paths = shortestPaths(story, machine);
const places = new Set(paths.map((path) => placeOf(path.state).id));

describe('the story machine, walked through every branch', () => {
  it.each(Object.keys(story.scenes))('reaches scene %s', (sceneId) => {
    expect(places).toContain(sceneId);
  });

  it.each(Object.keys(story.endings))('reaches ending %s', (endingId) => {
    expect(places).toContain(endingId);
  });

  it('never leaves a player in a scene with no way on', () => {
    const stuck = paths
      .filter((path) => placeOf(path.state).kind === 'scene')
      .filter((path) => {
        const events = eventsFor(story, path.state);
        return (
          events.length === 0 ||
          events.some((event) => serialize(transition(machine, path.state, event)[0]) === serialize(path.state))
        );
      })
      .map((path) => serialize(path.state));
    expect(stuck).toEqual([]);
  });

  it('marks every ending as a final state, and nothing else', () => {
    for (const path of paths) expect(path.state.status === 'done').toBe(placeOf(path.state).kind === 'ending');
  });
});

describe('a shortest path to each ending, replayed from a seed', () => {
  it.each(Object.keys(story.endings))('a real run with the found seed reaches %s', (endingId) => {
    const path = paths
      .filter((p) => placeOf(p.state).id === endingId)
      .sort((a, b) => a.steps.length - b.steps.length)[0]!;
    const steps = stepsOf(story, path.steps);
    const seed = seedFor(steps);
    const actor = createActor(machine, { input: { seed } }).start();
    for (const step of steps) actor.send({ type: 'choice.select', choiceId: step.choiceId });
    expect(placeOf(actor.getSnapshot())).toEqual({ kind: 'ending', id: endingId });
  });
});
