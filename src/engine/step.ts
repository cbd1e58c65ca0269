/**
 * The rules of one step of a run, shared by the machine, the compiler's analysis and the tests:
 * which choices are open, and where a choice leads.
 */
import { applyEffects, evaluate, holds } from './expression.ts';
import { pickWeighted } from './random.ts';
import type { ChoiceDef, CompiledStory, SceneDef, Vars } from './story.ts';

/** The choices whose condition holds now, in the order the writer gave them. */
export function openChoices(scene: SceneDef, vars: Vars): ChoiceDef[] {
  return scene.choices.filter((choice) => holds(choice.if, vars));
}

/** The weight of each chance outcome, read after the choice's own effects. */
export function outcomeWeights(choice: ChoiceDef, varsAfterChoice: Vars): number[] {
  return (choice.chance ?? []).map((outcome) => Number(evaluate(outcome.weight, varsAfterChoice)));
}

export interface StepResult {
  to: string;
  vars: Vars;
  /** Which chance outcome was drawn, when the choice has one. */
  outcome?: number;
}

/**
 * Makes a choice: its effects apply first, then (for a chance) the weights are read and one outcome
 * is drawn with `roll` (a number in [0, 1)), then that outcome's effects apply.
 */
export function resolveChoice(story: CompiledStory, choice: ChoiceDef, vars: Vars, roll: number): StepResult {
  const { after, draw } = chanceOf(story, choice, vars);
  if (choice.to) return { to: choice.to, vars: after };
  const index = draw(roll);
  const outcome = choice.chance?.[index];
  if (!outcome) throw new Error(`Choice "${choice.id}" has no outcome ${index}`);
  return { to: outcome.to, vars: applyEffects(outcome.do, after, story.variables), outcome: index };
}

/**
 * How a choice draws its chance outcome from these variables: its own effects applied (`after`),
 * then the outcome index a roll in [0, 1) picks. `resolveChoice` draws with it; a search for a seed
 * (chapter-starts.ts) calls `draw` alone, many times over.
 */
export function chanceOf(
  story: CompiledStory,
  choice: ChoiceDef,
  vars: Vars,
): { after: Vars; weights: number[]; draw: (roll: number) => number } {
  const after = applyEffects(choice.do, vars, story.variables);
  const weights = outcomeWeights(choice, after);
  return { after, weights, draw: (roll) => pickWeighted(weights, roll) };
}

/** Every way on from a scene with these variables: one per open choice, one per possible outcome. */
export function successors(
  story: CompiledStory,
  scene: SceneDef,
  vars: Vars,
): Array<{ choice: ChoiceDef; outcome?: number; to: string; vars: Vars }> {
  const out: Array<{ choice: ChoiceDef; outcome?: number; to: string; vars: Vars }> = [];
  for (const choice of openChoices(scene, vars)) {
    const { after, weights } = chanceOf(story, choice, vars);
    if (choice.to) {
      out.push({ choice, to: choice.to, vars: after });
      continue;
    }
    (choice.chance ?? []).forEach((outcome, index) => {
      if ((weights[index] ?? 0) > 0)
        out.push({ choice, outcome: index, to: outcome.to, vars: applyEffects(outcome.do, after, story.variables) });
    });
  }
  return out;
}

/**
 * A roll in [0, 1) that draws outcome `index` given these weights: the middle of its share.
 * Tests and path replays use it to force an outcome.
 */
export function rollForOutcome(weights: readonly number[], index: number): number {
  const clean = weights.map((w) => (w > 0 ? w : 0));
  const total = clean.reduce((a, b) => a + b, 0);
  const before = clean.slice(0, index).reduce((a, b) => a + b, 0);
  return total > 0 ? (before + (clean[index] ?? 0) / 2) / total : 0;
}
