/** Loads and compiles story folders for tests, failing loudly with the checker's messages. */
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { compileStory, formatProblem, loadStoryFiles, type SourceFile } from '../../src/engine/compile/index.ts';
import type { CompiledStory } from '../../src/engine/story.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The real story, compiled once: as JSON (it is plain data), or the checker's messages. */
export type ProvidedStory = { json: string } | { problems: string };

/** Compiles and walks `story/` as the build does. Used once per run by real-story-setup.ts. */
export function compileRealStory(): ProvidedStory {
  const { story, problems } = compileStory(loadStoryFiles(join(ROOT, 'story'), ROOT), 'story');
  return story ? { json: JSON.stringify(story) } : { problems: problems.map(formatProblem).join('\n') };
}

let local: ProvidedStory | undefined;

/**
 * The real story in `story/`, a fresh copy on each call (tests may change it). The unit suite's
 * global setup compiles it once for the whole run; elsewhere (the e2e suite) it is compiled once
 * per file.
 */
export function realStory(): CompiledStory {
  const provided = inject('realStory') ?? (local ??= compileRealStory());
  if ('problems' in provided) throw new Error(`Story does not compile:\n${provided.problems}`);
  return JSON.parse(provided.json) as CompiledStory;
}

/** A fixture story, e.g. `test/fixtures/compile/minimal/story`. */
export function fixtureFiles(dir: string): SourceFile[] {
  return loadStoryFiles(join(ROOT, dir), join(ROOT, dir, '..'));
}

export function compileOrThrow(files: SourceFile[], storyDir = 'story'): CompiledStory {
  const { story, problems } = compileStory(files, storyDir);
  if (!story) throw new Error(`Story does not compile:\n${problems.map(formatProblem).join('\n')}`);
  return story;
}
