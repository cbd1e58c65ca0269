/** The numbers `story:check` prints for a sound story. */
import { successors } from '../step.ts';
import { initialVars, type CompiledStory, type Vars } from '../story.ts';

export interface StorySummary {
  chapters: number;
  scenes: number;
  choices: number;
  endings: number;
  facts: number;
  sources: number;
  glossary: number;
  variables: string[];
  /** For each ending, the fewest choices a run makes to reach it (undefined: not reached in the walk). */
  shortestPaths: Record<string, number | undefined>;
}

export function summarise(story: CompiledStory): StorySummary {
  return {
    chapters: story.chapters.length,
    scenes: Object.keys(story.scenes).length,
    choices: Object.values(story.scenes).reduce((sum, scene) => sum + scene.choices.length, 0),
    endings: Object.keys(story.endings).length,
    facts: Object.keys(story.facts).length,
    sources: Object.keys(story.sources).length,
    glossary: Object.keys(story.glossary).length,
    variables: Object.keys(story.variables),
    shortestPaths: shortestPaths(story),
  };
}

/** Breadth-first over scene-and-variables states, so conditions are respected. */
function shortestPaths(story: CompiledStory, limit = 200_000): Record<string, number | undefined> {
  const names = Object.keys(story.variables);
  const key = (node: string, vars: Vars): string => `${node}|${names.map((n) => String(vars[n])).join(',')}`;
  const result: Record<string, number | undefined> = Object.fromEntries(
    Object.keys(story.endings).map((id) => [id, undefined]),
  );
  let frontier: Array<[string, Vars]> = [[story.start, initialVars(story)]];
  const seen = new Set([key(story.start, frontier[0]![1])]);
  for (let depth = 0; frontier.length > 0 && seen.size < limit; depth++) {
    const next: Array<[string, Vars]> = [];
    for (const [node, vars] of frontier) {
      if (story.endings[node]) {
        result[node] ??= depth;
        continue;
      }
      const scene = story.scenes[node];
      if (!scene) continue;
      for (const step of successors(story, scene, vars)) {
        const k = key(step.to, step.vars);
        if (seen.has(k)) continue;
        seen.add(k);
        next.push([step.to, step.vars]);
      }
    }
    frontier = next;
  }
  return result;
}
