/** Whole runs of a story for tests: played with the engine's own rules, the way a player would. */
import { rollFor } from '../../src/engine/random.ts';
import { openChoices, resolveChoice } from '../../src/engine/step.ts';
import { initialVars, type ChoiceDef, type CompiledStory } from '../../src/engine/story.ts';
import type { RunReport } from '../../src/others/api.ts';

/** Picks a choice at each step: the scene, the choices open there, the step number. */
export type Pick = (scene: string, open: readonly ChoiceDef[], step: number) => ChoiceDef;

/** A simple deterministic pick that varies with the seed and the step. */
export const spread =
  (seed: number): Pick =>
  (_scene, open, step) =>
    open[Math.floor(rollFor(seed ^ 0x5bd1e995, step) * open.length)]!;

/** Plays from `seed` with `pick` until an ending; undefined if no ending within 300 steps. */
export function playRun(story: CompiledStory, seed: number, pick: Pick = spread(seed)): RunReport | undefined {
  let vars = initialVars(story);
  let at = story.start;
  const log: string[] = [];
  while (log.length < 300) {
    if (story.endings[at]) return { story: story.hash, seed, log, ending: at };
    const scene = story.scenes[at];
    if (!scene) return undefined;
    const choice = pick(at, openChoices(scene, vars), log.length);
    const result = resolveChoice(story, choice, vars, rollFor(seed, log.length));
    log.push(choice.id);
    vars = result.vars;
    at = result.to;
  }
  return undefined;
}

/** The first scene of every run, with the choices open there (a real decision in the story). */
export function firstDecision(story: CompiledStory): { scene: string; choices: string[] } {
  const scene = story.scenes[story.start]!;
  return { scene: scene.id, choices: openChoices(scene, initialVars(story)).map((c) => c.id) };
}

/**
 * `count` runs (seeds from `firstSeed` on) that all make `choice` at the first decision and
 * then go their own ways.
 */
export function runsChoosing(story: CompiledStory, choice: string, count: number, firstSeed: number): RunReport[] {
  const runs: RunReport[] = [];
  for (let seed = firstSeed; runs.length < count; seed++) {
    const rest = spread(seed);
    const run = playRun(story, seed, (scene, open, step) =>
      step === 0 ? open.find((c) => c.id === choice)! : rest(scene, open, step),
    );
    if (run) runs.push(run);
  }
  return runs;
}
