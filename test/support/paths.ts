/**
 * Walks the story machine with xstate/graph. Each open choice is an event; a chance choice is one
 * event per outcome that can happen, with the roll that draws it, so every branch is explored.
 */
import { getShortestPaths } from 'xstate/graph';
import { applyEffects } from '../../src/engine/expression.ts';
import { placeOf, type StoryMachine, type StorySnapshot, type StoryEvent } from '../../src/engine/machine.ts';
import { pickWeighted, rollFor } from '../../src/engine/random.ts';
import { openChoices, outcomeWeights, rollForOutcome } from '../../src/engine/step.ts';
import type { CompiledStory } from '../../src/engine/story.ts';

/** Every event that can happen in this snapshot. */
export function eventsFor(story: CompiledStory, snapshot: StorySnapshot): StoryEvent[] {
  const place = placeOf(snapshot);
  const scene = place.kind === 'scene' ? story.scenes[place.id] : undefined;
  if (!scene) return [];
  return openChoices(scene, snapshot.context.vars).flatMap((choice): StoryEvent[] => {
    if (!choice.chance) return [{ type: 'choice.select', choiceId: choice.id }];
    const weights = outcomeWeights(choice, applyEffects(choice.do, snapshot.context.vars, story.variables));
    return weights.flatMap((w, index) =>
      w > 0 ? [{ type: 'choice.select' as const, choiceId: choice.id, roll: rollForOutcome(weights, index) }] : [],
    );
  });
}

/** States differ by where the run is and its variables; the log (how it got there) does not count. */
export function serialize(snapshot: StorySnapshot): string {
  return JSON.stringify([snapshot.value, snapshot.context.vars]);
}

export function shortestPaths(story: CompiledStory, machine: StoryMachine) {
  return getShortestPaths(machine, {
    input: { seed: 0 },
    events: (snapshot) => eventsFor(story, snapshot),
    serializeState: (snapshot) => serialize(snapshot),
  });
}

export interface PathStep {
  choiceId: string;
  /** The chance outcome the path takes, with the weights it was drawn from. */
  outcome?: { index: number; weights: number[] };
}

/**
 * The choices of a path, and for chance choices which outcome it takes. xstate/graph gives each
 * step as the event and the state after it, the first step being the initial state.
 */
export function stepsOf(
  story: CompiledStory,
  steps: ReadonlyArray<{ state: StorySnapshot; event: { type: string } }>,
): PathStep[] {
  return steps.slice(1).map(({ event }, index) => {
    const before = steps[index]!.state;
    const { choiceId, roll } = event as StoryEvent;
    const choice = story.scenes[placeOf(before).id]?.choices.find((c) => c.id === choiceId);
    if (!choice) throw new Error(`Path takes unknown choice "${choiceId}"`);
    if (!choice.chance || roll === undefined) return { choiceId };
    const weights = outcomeWeights(choice, applyEffects(choice.do, before.context.vars, story.variables));
    return { choiceId, outcome: { index: pickWeighted(weights, roll), weights } };
  });
}

/** The first seed whose own rolls take every chance outcome the path takes: a real run of it. */
export function seedFor(path: readonly PathStep[], tries = 1_000_000): number {
  for (let seed = 0; seed < tries; seed++) {
    const fits = path.every(
      (step, index) => !step.outcome || pickWeighted(step.outcome.weights, rollFor(seed, index)) === step.outcome.index,
    );
    if (fits) return seed;
  }
  throw new Error('No seed found for this path');
}
