/**
 * Model-based tests over the real story. The engine's explorer walks every open choice and every
 * chance outcome that can happen; each scene's and each ending's nearest run is then played on the
 * XState machine through xstate/graph, and from a found seed with no forced rolls.
 */
import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import { exploreStory } from '../../src/engine/explore.ts';
import { createStoryMachine, placeOf } from '../../src/engine/machine.ts';
import { openChoices } from '../../src/engine/step.ts';
import { playOnMachine, seedFor, witnesses } from '../support/paths.ts';
import { realStory } from '../support/story.ts';

const story = realStory();
const machine = createStoryMachine(story);
const exploration = exploreStory(story);
const runs = witnesses(story, exploration);

describe('the story machine, walked through every branch', () => {
  it('finishes its walk of the story within the limit', () => {
    expect(exploration.complete).toBe(true);
  });

  it.each(Object.keys(story.scenes))('reaches scene %s on the machine', (sceneId) => {
    const path = runs.get(sceneId);
    expect(path, `no run reaches ${sceneId}`).toBeDefined();
    const { final } = playOnMachine(machine, path!);
    expect(placeOf(final)).toEqual({ kind: 'scene', id: sceneId });
  });

  it.each(Object.keys(story.endings))('reaches ending %s on the machine, and stops there', (endingId) => {
    const path = runs.get(endingId);
    expect(path, `no run reaches ${endingId}`).toBeDefined();
    const { final } = playOnMachine(machine, path!);
    expect(placeOf(final)).toEqual({ kind: 'ending', id: endingId });
    expect(final.status).toBe('done');
  });

  it('never leaves a player in a scene with no way on, and every open choice moves the run', () => {
    const problems: string[] = [];
    const checked = new Set<string>();
    for (const state of exploration.states) {
      const scene = story.scenes[state.node];
      if (!scene) continue;
      const open = openChoices(scene, state.vars);
      // States with the same scene and the same open choices behave alike; check each kind once.
      const kind = `${scene.id}:${open.map((c) => c.id).join(',')}`;
      if (checked.has(kind)) continue;
      checked.add(kind);
      if (open.length === 0) problems.push(`${scene.id}: no open choice`);
      const snapshot = machine.resolveState({
        value: { [scene.chapter]: scene.id },
        context: { seed: 0, vars: state.vars, log: [] },
      });
      for (const choice of open) {
        const [next] = transition(machine, snapshot, { type: 'choice.select', choiceId: choice.id });
        if (next.context.log.length !== 1) problems.push(`${scene.id}: choice ${choice.id} does nothing`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThanOrEqual(Object.keys(story.scenes).length);
  });

  it('never offers two open choices with the same words in one scene', () => {
    const twice = new Set<string>();
    for (const state of exploration.states) {
      const scene = story.scenes[state.node];
      if (!scene) continue;
      const labels = openChoices(scene, state.vars).map((c) => c.text);
      labels.forEach((label, i) => {
        if (labels.indexOf(label) !== i) twice.add(`${scene.id}: "${label}"`);
      });
    }
    expect([...twice]).toEqual([]);
  });
});

describe('the nearest run to each ending, played from a seed', () => {
  it.each(Object.keys(story.endings))('a real run with the found seed reaches %s', (endingId) => {
    const path = runs.get(endingId)!;
    const seed = seedFor(path);
    const actor = createActor(machine, { input: { seed } }).start();
    for (const step of path) actor.send({ type: 'choice.select', choiceId: step.choiceId });
    expect(placeOf(actor.getSnapshot())).toEqual({ kind: 'ending', id: endingId });
  });
});
