/** Loads and compiles story folders for tests, failing loudly with the checker's messages. */
import { join, resolve } from 'node:path';
import { compileStory, formatProblem, loadStoryFiles, type SourceFile } from '../../src/engine/compile/index.ts';
import type { CompiledStory } from '../../src/engine/story.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The real story in `story/`. */
export function realStory(): CompiledStory {
  return compileOrThrow(loadStoryFiles(join(ROOT, 'story'), ROOT), 'story');
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
