/**
 * Walks the states a run can be in, the way the machine would, to find what a reading of the files
 * alone cannot: a scene where on some path no choice is open, a choice whose condition never holds,
 * an outcome that can never be drawn, a scene or ending no run can reach.
 *
 * When the story is small enough to walk exactly, all of these are reported. When it is not, the
 * walk groups states (see explore.ts): a stuck state it finds is real and is reported, but what it
 * did not reach may still be reachable, so it claims nothing about that.
 */
import { applyEffects } from '../expression.ts';
import { EXACT_LIMIT, exploreStory } from '../explore.ts';
import { openChoices, outcomeWeights } from '../step.ts';
import type { CompiledStory, Vars } from '../story.ts';
import type { ProblemCode } from './problems.ts';

export interface Finding {
  /** The scene or ending the finding is about (its position is looked up by the caller). */
  scene: string;
  /** The choice it is about, when it is about one. */
  choice?: string;
  code: ProblemCode;
  message: string;
}

export interface Analysis {
  findings: Finding[];
  /** True when every state was told apart and walked: then "never" findings are proven. */
  exact: boolean;
  /** False when even the grouped walk hit its limit. */
  complete: boolean;
  states: number;
}

/** Analyses the story, walking it exactly while it has at most `exactLimit` states. */
export function analyse(story: CompiledStory, exactLimit = EXACT_LIMIT): Analysis {
  const exploration = exploreStory(story, exactLimit);
  const exact = exploration.complete && !exploration.grouped;
  const reached = new Set<string>();
  const open = new Set<string>();
  const drawn = new Set<string>();
  const stuck = new Map<string, string>();

  for (const state of exploration.states) {
    reached.add(state.node);
    const scene = story.scenes[state.node];
    if (!scene) continue;
    const choices = openChoices(scene, state.vars);
    if (choices.length === 0 && !stuck.has(scene.id))
      stuck.set(
        scene.id,
        `In scene "${scene.id}" no choice is open when ${describe(state.vars)}: a player who gets there is stuck. Give it a choice with no condition.`,
      );
    for (const choice of choices) {
      open.add(`${scene.id}/${choice.id}`);
      if (!choice.chance) continue;
      const weights = outcomeWeights(choice, applyEffects(choice.do, state.vars, story.variables));
      if (!weights.some((w) => w > 0) && !stuck.has(scene.id))
        stuck.set(
          scene.id,
          `Choice "${choice.id}" in scene "${scene.id}" can be made when every outcome's weight is zero (for example with ${describe(state.vars)}), so nothing can happen.`,
        );
      weights.forEach((w, index) => {
        if (w > 0) drawn.add(`${scene.id}/${choice.id}/${index}`);
      });
    }
  }

  const findings: Finding[] = [...stuck].map(([scene, message]) => ({ scene, code: 'stuck', message }));
  if (!exact) return { findings, exact, complete: exploration.complete, states: exploration.states.length };

  for (const scene of Object.values(story.scenes)) {
    if (!reached.has(scene.id)) {
      findings.push({
        scene: scene.id,
        code: 'unreachable-scene',
        message: `No run can reach scene "${scene.id}": the conditions on every way there never hold.`,
      });
      continue;
    }
    for (const choice of scene.choices) {
      if (!open.has(`${scene.id}/${choice.id}`)) {
        findings.push({
          scene: scene.id,
          choice: choice.id,
          code: 'never-available',
          message: `Choice "${choice.id}" in scene "${scene.id}" is never open: its condition never holds when a run gets there.`,
        });
        continue;
      }
      (choice.chance ?? []).forEach((outcome, index) => {
        if (!drawn.has(`${scene.id}/${choice.id}/${index}`))
          findings.push({
            scene: scene.id,
            choice: choice.id,
            code: 'never-available',
            message: `Outcome ${index + 1} of choice "${choice.id}" in scene "${scene.id}" (to "${outcome.to}") never happens: its weight is never above zero.`,
          });
      });
    }
  }
  for (const ending of Object.values(story.endings))
    if (!reached.has(ending.id))
      findings.push({
        scene: ending.id,
        code: 'unreached-ending',
        message: `No run can reach ending "${ending.id}": the conditions on every way there never hold.`,
      });
  return { findings, exact, complete: exploration.complete, states: exploration.states.length };
}

function describe(vars: Vars): string {
  return Object.entries(vars)
    .map(([name, value]) => `${name} = ${String(value)}`)
    .join(', ');
}
