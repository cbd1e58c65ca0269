/**
 * Explores the states a run can be in: a scene or ending plus the variables. Used by the compiler's
 * checks, the story summary and the path tests, so all three see the story the same way.
 *
 * The exact state space can be huge (every amount of money is its own state), so exploration can
 * also group states: a number that conditions compare with constants is kept only as its position
 * among those constants (below, at, above each), a number no condition reads is dropped, booleans
 * are kept. Which choices are open is then the same for every state in a group, so each group is
 * explored once, from the first real state that reached it. Every path found this way is a real
 * run, but a grouped walk may miss states, so it proves what it finds and nothing about the rest.
 */
import type { Expr } from './expression.ts';
import { successors } from './step.ts';
import { initialVars, type ChoiceDef, type CompiledStory, type Vars } from './story.ts';

export interface Step {
  from: number;
  choice: ChoiceDef;
  outcome?: number;
  to: number;
}

export interface ExploredState {
  node: string;
  vars: Vars;
  /** How the walk first got here: the index of the state before and the step taken. */
  via?: Step;
  depth: number;
}

export interface Exploration {
  states: ExploredState[];
  /** Every step between explored states. */
  steps: Step[];
  /** False when the limit stopped the walk. */
  complete: boolean;
  /** True when states were grouped rather than told apart exactly. */
  grouped: boolean;
}

export type KeyFunction = (node: string, vars: Vars) => string;

/** Tells every state apart exactly. */
export function exactKey(story: CompiledStory): KeyFunction {
  const names = Object.keys(story.variables);
  return (node, vars) => `${node}|${names.map((n) => String(vars[n])).join(',')}`;
}

/** Groups states that no condition can tell apart (see the file comment). */
export function groupedKey(story: CompiledStory): KeyFunction {
  const thresholds = new Map<string, Set<number>>();
  const exact = new Set<string>();
  const visit = (expr: Expr | undefined): void => {
    if (!expr) return;
    if (expr.k === 'var') exact.add(expr.name); // read some other way than against a constant
    if (expr.k === 'not' || expr.k === 'neg') visit(expr.e);
    if (expr.k !== 'bin') return;
    const comparison = ['<', '<=', '>', '>=', '==', '!='].includes(expr.op);
    const [name, constant] =
      expr.l.k === 'var' && expr.r.k === 'num'
        ? [expr.l.name, expr.r.v]
        : expr.r.k === 'var' && expr.l.k === 'num'
          ? [expr.r.name, expr.l.v]
          : [undefined, undefined];
    if (comparison && name !== undefined) {
      thresholds.set(name, (thresholds.get(name) ?? new Set()).add(constant));
      return;
    }
    visit(expr.l);
    visit(expr.r);
  };
  for (const scene of Object.values(story.scenes)) for (const choice of scene.choices) visit(choice.if);
  // One encoder per variable, built once: the key is made for every state reached, so it is hot.
  const encoders = Object.keys(story.variables).map((name): ((vars: Vars) => string) => {
    if (story.variables[name]?.type === 'boolean' || exact.has(name)) return (vars) => String(vars[name]);
    const marks = [...(thresholds.get(name) ?? [])].sort((a, b) => a - b);
    if (marks.length === 0) return () => '';
    // Where the value stands among the constants: how many lie below it, and whether it equals one.
    return (vars) => {
      const value = Number(vars[name]);
      let below = 0;
      while (below < marks.length && marks[below]! < value) below++;
      return marks[below] === value ? `${below}=` : String(below);
    };
  });
  return (node, vars) => {
    let key = node;
    for (const encode of encoders) key += `|${encode(vars)}`;
    return key;
  };
}

/** Breadth-first from the story's start: states come out in order of the fewest choices made. */
export function explore(story: CompiledStory, key: KeyFunction, limit: number): Exploration {
  const index = new Map<string, number>();
  const states: ExploredState[] = [{ node: story.start, vars: initialVars(story), depth: 0 }];
  index.set(key(story.start, states[0]!.vars), 0);
  const steps: Step[] = [];
  for (let i = 0; i < states.length; i++) {
    const state = states[i]!;
    const scene = story.scenes[state.node];
    if (!scene) continue;
    for (const next of successors(story, scene, state.vars)) {
      const k = key(next.to, next.vars);
      const known = index.get(k);
      if (known === undefined && states.length >= limit) return { states, steps, complete: false, grouped: false };
      const to = known ?? states.length;
      const step: Step = {
        from: i,
        choice: next.choice,
        to,
        ...(next.outcome !== undefined ? { outcome: next.outcome } : {}),
      };
      steps.push(step);
      if (known === undefined) {
        index.set(k, to);
        states.push({ node: next.to, vars: next.vars, via: step, depth: state.depth + 1 });
      }
    }
  }
  return { states, steps, complete: true, grouped: false };
}

/** States walked exactly before grouping takes over; and the most the grouped walk visits. */
export const EXACT_LIMIT = 20_000;
export const GROUPED_LIMIT = 300_000;

const explored = new WeakMap<CompiledStory, Map<string, Exploration>>();

/**
 * Exactly when the story is small enough, grouped otherwise. Remembered per story, since the
 * compiler's checks, the summary and the tests all ask for the same walk.
 */
export function exploreStory(
  story: CompiledStory,
  exactLimit = EXACT_LIMIT,
  groupedLimit = GROUPED_LIMIT,
): Exploration {
  const cache = explored.get(story) ?? new Map<string, Exploration>();
  explored.set(story, cache);
  const id = `${exactLimit}/${groupedLimit}`;
  const known = cache.get(id);
  if (known) return known;
  const exact = explore(story, exactKey(story), exactLimit);
  const result = exact.complete ? exact : { ...explore(story, groupedKey(story), groupedLimit), grouped: true };
  cache.set(id, result);
  return result;
}

/** The choices (and chance outcomes) that lead from the start to a state. */
export function pathTo(exploration: Exploration, state: number): Step[] {
  const path: Step[] = [];
  for (let s = exploration.states[state]; s?.via; s = exploration.states[s.via.from]) path.unshift(s.via);
  return path;
}
