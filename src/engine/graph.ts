/**
 * The story as a graph: which scene leads where, as written (a choice's condition ignored, so an
 * edge means "some run can take this step"). One definition of "leads to" for the compiler's
 * reachability check, the checker's figures and the teacher's map of all paths.
 */
import type { CompiledStory, SceneDef } from './story.ts';

/** One way on from a scene: a choice's target, or a chance outcome's. */
export interface Way {
  to: string;
  chance: boolean;
}

/** Every way on from a scene, one per target and kind (a choice and a chance outcome to the same place are two). */
export function waysOn(scene: SceneDef): Way[] {
  const seen = new Set<string>();
  const out: Way[] = [];
  const add = (to: string, chance: boolean): void => {
    const key = `${chance ? '~' : '='}${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ to, chance });
  };
  for (const choice of scene.choices) {
    if (choice.to) add(choice.to, false);
    for (const outcome of choice.chance ?? []) add(outcome.to, true);
  }
  return out;
}

/** Every scene and ending a scene's choices can lead to, once each, in the order written. */
export function targetsOf(scene: SceneDef): string[] {
  return [...new Set(waysOn(scene).map((way) => way.to))];
}

/** Edges `from → to` by node: the successors, or (with the edges turned round) the predecessors. */
export type Adjacency = ReadonlyMap<string, readonly string[]>;

/** The adjacency of a list of edges, each node's neighbours once, in the order the edges come. */
export function adjacency(edges: Iterable<{ from: string; to: string }>): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    const list = next.get(from);
    if (!list) next.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  }
  return next;
}

/** Every edge of the story's written graph: scene → scene or ending. */
export function storyEdges(story: CompiledStory): Array<{ from: string; to: string }> {
  return Object.values(story.scenes).flatMap((scene) => targetsOf(scene).map((to) => ({ from: scene.id, to })));
}

/** Where each scene leads: its successors. */
export function successorsOf(story: CompiledStory): Map<string, string[]> {
  return adjacency(storyEdges(story));
}

/** What leads to each scene or ending: its predecessors. */
export function predecessorsOf(story: CompiledStory): Map<string, string[]> {
  return adjacency(storyEdges(story).map(({ from, to }) => ({ from: to, to: from })));
}

/**
 * The order a breadth-first walk from `starts` first meets each node (neighbours in the order
 * given): 0 for the first start. Its keys are everything reachable from `starts`, the starts included.
 */
export function breadthFirstOrder(starts: Iterable<string>, next: Adjacency): Map<string, number> {
  const order = new Map<string, number>();
  const queue: string[] = [];
  for (const start of starts)
    if (!order.has(start)) {
      order.set(start, order.size);
      queue.push(start);
    }
  for (let i = 0; i < queue.length; i++)
    for (const to of next.get(queue[i]!) ?? [])
      if (!order.has(to)) {
        order.set(to, order.size);
        queue.push(to);
      }
  return order;
}

/** Everything reachable from `starts` along `next`, the starts included. */
export function reachableFrom(starts: Iterable<string>, next: Adjacency): Set<string> {
  return new Set(breadthFirstOrder(starts, next).keys());
}

/** Longest paths from node 0 of a graph on nodes 0 … n-1 (an explored walk's states, say). */
export type LongestPaths =
  | {
      acyclic: true;
      /** Edges on the longest path to each node. */ depth: number[];
      /** The node before it there, or -1. */ before: number[];
    }
  | { acyclic: false };

/**
 * The longest path from node 0 to every node, in topological order (Kahn's); a loop leaves some
 * nodes unprocessed, and then no length is bounded.
 */
export function longestPaths(n: number, edges: Iterable<{ from: number; to: number }>): LongestPaths {
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  const indegree = new Array<number>(n).fill(0);
  for (const { from, to } of edges) {
    outgoing[from]!.push(to);
    indegree[to]!++;
  }
  const depth = new Array<number>(n).fill(0);
  const before = new Array<number>(n).fill(-1);
  const ready = n > 0 ? [0] : [];
  let processed = 0;
  while (ready.length) {
    const i = ready.pop()!;
    processed++;
    for (const j of outgoing[i]!) {
      if (depth[i]! + 1 > depth[j]!) {
        depth[j] = depth[i]! + 1;
        before[j] = i;
      }
      if (--indegree[j]! === 0) ready.push(j);
    }
  }
  return processed < n ? { acyclic: false } : { acyclic: true, depth, before };
}

/**
 * The order a breadth-first walk from the story's start first meets each scene and ending (its
 * choices in the order written, each choice's outcomes in order): 0 for the start.
 */
export function firstReach(story: CompiledStory): Map<string, number> {
  const order = breadthFirstOrder([story.start], successorsOf(story));
  // Anything no walk reaches (the compiler refuses such a story) goes last, in the order written.
  for (const id of [...Object.keys(story.scenes), ...Object.keys(story.endings)])
    if (!order.has(id)) order.set(id, order.size);
  return order;
}

export interface EndingReach {
  id: string;
  /** The chapter the ending belongs to (the compiler's `EndingDef.chapter`). */
  chapter: string;
  /** The scenes with a choice or chance outcome that leads straight to it, in order of first reach. */
  direct: string[];
  /** How many scenes have some path to it. */
  scenes: number;
}

/** For each ending, in order of first reach: the scenes that lead to it, directly and at all. */
export function endingReach(story: CompiledStory): EndingReach[] {
  const reach = firstReach(story);
  const byReach = (a: string, b: string): number => (reach.get(a) ?? 0) - (reach.get(b) ?? 0);
  const into = predecessorsOf(story);
  return Object.values(story.endings)
    .map((ending) => {
      const direct = into.get(ending.id) ?? [];
      return {
        id: ending.id,
        chapter: ending.chapter,
        direct: [...direct].sort(byReach),
        // An ending leads nowhere, so the walk back from the scenes before it never counts it.
        scenes: reachableFrom(direct, into).size,
      };
    })
    .sort((a, b) => byReach(a.id, b.id));
}
