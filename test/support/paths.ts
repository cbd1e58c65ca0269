/**
 * Paths through the story for the model-based tests. The engine's explorer (src/engine/explore.ts)
 * finds a real run to every scene and ending; the tests then play those runs through the XState
 * machine (with xstate/graph) and through the React UI.
 */
import { createActor, type AnyStateMachine } from 'xstate';
import { getPathsFromEvents } from 'xstate/graph';
import { exploreStory, pathTo, type Exploration } from '../../src/engine/explore.ts';
import { placeOf, type ChoiceSelect, type StoryMachine } from '../../src/engine/machine.ts';
import { pickWeighted, rollFor } from '../../src/engine/random.ts';
import { chanceOf, rollForOutcome } from '../../src/engine/step.ts';
import type { CompiledStory } from '../../src/engine/story.ts';

export interface PathStep {
  /** The scene the choice is made in. */
  scene: string;
  choiceId: string;
  /** The chance outcome the path takes, with the weights it was drawn from. */
  outcome?: { index: number; weights: number[] };
}

/** A real run to the nearest state at each scene and ending, keyed by its id. */
export function witnesses(
  story: CompiledStory,
  exploration: Exploration = exploreStory(story),
): Map<string, PathStep[]> {
  const found = new Map<string, PathStep[]>();
  exploration.states.forEach((state, index) => {
    if (found.has(state.node)) return;
    found.set(
      state.node,
      pathTo(exploration, index).map((step) => {
        const before = exploration.states[step.from]!;
        const base = { scene: before.node, choiceId: step.choice.id };
        if (step.outcome === undefined) return base;
        const { weights } = chanceOf(story, step.choice, before.vars);
        return { ...base, outcome: { index: step.outcome, weights } };
      }),
    );
  });
  return found;
}

/** The events that play a path, each chance forced to the outcome the path takes. */
export function eventsOf(path: readonly PathStep[]): ChoiceSelect[] {
  return path.map((step) => ({
    type: 'choice.select',
    choiceId: step.choiceId,
    ...(step.outcome ? { roll: rollForOutcome(step.outcome.weights, step.outcome.index) } : {}),
  }));
}

/** Plays a path on the machine with xstate/graph; returns where each step leaves the run. */
export function playOnMachine(machine: StoryMachine, path: readonly PathStep[]) {
  // xstate/graph ignores `input` when it makes its default start, so the start is given.
  const fromState = createActor(machine, { input: { seed: 0 } }).getSnapshot();
  // xstate/graph's types predate emitted events (its actor scope emits `EventObject`); the walk
  // itself ignores what the machine emits.
  const walkable = machine as unknown as AnyStateMachine;
  const [result] = getPathsFromEvents(walkable, eventsOf(path), { fromState: fromState as never });
  if (!result) throw new Error('xstate/graph returned no path');
  return { places: result.steps.map((step) => placeOf(step.state)), final: result.state };
}

/** The first seed whose own rolls take every chance outcome the path takes: a real, unforced run of it. */
export function seedFor(path: readonly PathStep[], tries = 10_000_000): number {
  for (let seed = 0; seed < tries; seed++) {
    const fits = path.every(
      (step, index) => !step.outcome || pickWeighted(step.outcome.weights, rollFor(seed, index)) === step.outcome.index,
    );
    if (fits) return seed;
  }
  throw new Error('No seed found for this path');
}
