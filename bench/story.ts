/**
 * The story's length and shape (issue 14), measured for the bench: seeded random runs and exact
 * walks, so the figures are the same on every machine and belong with the deterministic sizes.
 */
import { relative, sep } from 'node:path';
import { compileStory, formatProblem, loadStoryFiles } from '../src/engine/compile/index.ts';
import { judgeShape, measureShape, type StoryShape, type StoryVerdict } from '../src/engine/compile/story-budgets.ts';

export interface StoryReport {
  hash: string;
  shape: StoryShape;
  verdicts: StoryVerdict[];
}

export function measureStory(storyDir: string, root: string): StoryReport {
  const prefix = relative(root, storyDir).split(sep).join('/');
  // The walk the analysis makes is the one the longest run to an arrival is read from.
  const { story, problems } = compileStory(loadStoryFiles(storyDir, root), prefix);
  if (!story) throw new Error(`The story does not compile:\n${problems.map(formatProblem).join('\n')}`);
  const shape = measureShape(story);
  return { hash: story.hash, shape, verdicts: judgeShape(shape) };
}
