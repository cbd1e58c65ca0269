/**
 * Where a class can start: for each chapter, a real run that reaches its first scene (the nearest
 * one the explorer finds) and a seed whose own rolls take that run's chance outcomes, so a run
 * started there is saved, resumed and undone like any other (seed plus choices). Build time only.
 */
import { exploreStory, pathTo } from './explore.ts';
import { rollFor } from './random.ts';
import { chanceOf } from './step.ts';
import type { CompiledStory } from './story.ts';

export interface ChapterStart {
  seed: number;
  /** The choices that lead from the story's start to the chapter's first scene. */
  choices: string[];
}

/** Chapter id → how to start there. A chapter no run reaches is left out. */
export function chapterStarts(story: CompiledStory, tries = 1_000_000): Record<string, ChapterStart> {
  const runs = runsTo(
    story,
    story.chapters.map((chapter) => chapter.start),
    tries,
  );
  const starts: Record<string, ChapterStart> = {};
  for (const chapter of story.chapters) {
    const run = runs[chapter.start];
    if (run) starts[chapter.id] = run;
  }
  return starts;
}

/**
 * For each scene or ending in `targets`, the nearest real run that reaches it: its choices, and a
 * seed whose rolls take that run's chance outcomes. A target no run reaches is left out. (The
 * shortest run to each ending is what the e2e tests play, to look at every ending.)
 */
export function runsTo(story: CompiledStory, targets: string[], tries = 1_000_000): Record<string, ChapterStart> {
  const exploration = exploreStory(story);
  const runs: Record<string, ChapterStart> = {};
  for (const target of targets) {
    const index = exploration.states.findIndex((state) => state.node === target);
    if (index < 0) continue;
    // Each chance drawn as a run draws it (step.ts), from the variables the run has there.
    const steps = pathTo(exploration, index).map((step) => ({
      choice: step.choice.id,
      outcome: step.outcome,
      draw:
        step.outcome === undefined ? undefined : chanceOf(story, step.choice, exploration.states[step.from]!.vars).draw,
    }));
    for (let seed = 1; seed <= tries; seed++) {
      const fits = steps.every((step, i) => step.draw === undefined || step.draw(rollFor(seed, i)) === step.outcome);
      if (fits) {
        runs[target] = { seed, choices: steps.map((s) => s.choice) };
        break;
      }
    }
  }
  return runs;
}
