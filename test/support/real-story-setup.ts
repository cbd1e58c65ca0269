/**
 * Vitest global setup: compiles the real story once per run (and again on each watch-mode rerun)
 * and hands it to every test worker, so the many files that read it don't each compile and walk it.
 * `realStory()` in story.ts picks it up with `inject`.
 */
import type { TestProject } from 'vitest/node';
import { compileRealStory, type ProvidedStory } from './story.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absent in the e2e suite, which has its own global setup. */
    realStory?: ProvidedStory;
  }
}

export default function setup(project: TestProject): void {
  const provide = (): void => {
    project.provide('realStory', compileRealStory());
  };
  provide();
  project.onTestsRerun(provide);
}
