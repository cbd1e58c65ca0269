/**
 * Walks every state a run can be in (scene plus variables), the way the machine would, to find what
 * a reading of the files alone cannot: a choice whose condition never holds, a scene where on some
 * path no choice is open, an outcome that can never be drawn, a scene or ending no run can reach.
 */
import { applyEffects, evaluate, holds } from '../expression.ts';
import { initialVars, type CompiledStory, type Vars } from '../story.ts';
import type { ProblemCode } from './problems.ts';

export interface Finding {
  /** The scene or ending the finding is about (its position is looked up by the caller). */
  scene: string;
  /** The choice it is about, when it is about one. */
  choice?: string;
  code: ProblemCode;
  message: string;
}

/** More distinct states than this and the walk stops: it then reports nothing it cannot be sure of. */
export const STATE_LIMIT = 200_000;

export function analyse(
  story: CompiledStory,
  limit = STATE_LIMIT,
): { findings: Finding[]; complete: boolean; states: number } {
  const names = Object.keys(story.variables);
  const key = (node: string, vars: Vars): string => `${node}|${names.map((n) => String(vars[n])).join(',')}`;
  const seen = new Set<string>();
  const reached = new Set<string>();
  const openChoices = new Set<string>();
  const drawnOutcomes = new Set<string>();
  const stuck = new Map<string, string>();
  const queue: Array<[string, Vars]> = [[story.start, initialVars(story)]];
  seen.add(key(story.start, queue[0]![1]));

  const visit = (node: string, vars: Vars): void => {
    const k = key(node, vars);
    if (seen.has(k)) return;
    seen.add(k);
    queue.push([node, vars]);
  };

  while (queue.length > 0) {
    if (seen.size > limit) return { findings: [], complete: false, states: seen.size };
    const [node, vars] = queue.pop()!;
    reached.add(node);
    const scene = story.scenes[node];
    if (!scene) continue; // an ending
    let open = 0;
    for (const choice of scene.choices) {
      if (!holds(choice.if, vars)) continue;
      open++;
      openChoices.add(`${node}/${choice.id}`);
      const after = applyEffects(choice.do, vars, story.variables);
      if (choice.to) {
        visit(choice.to, after);
        continue;
      }
      const outcomes = choice.chance ?? [];
      const weights = outcomes.map((o) => Number(evaluate(o.weight, after)));
      if (!weights.some((w) => w > 0)) {
        stuck.set(
          node,
          `Choice "${choice.id}" in scene "${node}" can be made when every outcome's weight is zero (for example with ${describe(after)}), so nothing can happen.`,
        );
        continue;
      }
      outcomes.forEach((outcome, index) => {
        if ((weights[index] ?? 0) <= 0) return;
        drawnOutcomes.add(`${node}/${choice.id}/${index}`);
        visit(outcome.to, applyEffects(outcome.do, after, story.variables));
      });
    }
    if (open === 0 && !stuck.has(node))
      stuck.set(
        node,
        `In scene "${node}" no choice is open when ${describe(vars)}: a player who gets there is stuck. Give it a choice with no condition.`,
      );
  }

  const findings: Finding[] = [];
  for (const [scene, message] of stuck) findings.push({ scene, code: 'stuck', message });
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
      if (!openChoices.has(`${scene.id}/${choice.id}`)) {
        findings.push({
          scene: scene.id,
          choice: choice.id,
          code: 'never-available',
          message: `Choice "${choice.id}" in scene "${scene.id}" is never open: its condition never holds when a run gets there.`,
        });
        continue;
      }
      (choice.chance ?? []).forEach((outcome, index) => {
        if (!drawnOutcomes.has(`${scene.id}/${choice.id}/${index}`))
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
  return { findings, complete: true, states: seen.size };
}

function describe(vars: Vars): string {
  return Object.entries(vars)
    .map(([name, value]) => `${name} = ${String(value)}`)
    .join(', ');
}
