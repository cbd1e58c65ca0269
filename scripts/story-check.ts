/**
 * `npm run story:check [folder]`: checks the story and prints every problem as file:line:column,
 * or a summary when it is sound. Exit 1 on problems.
 */
import { resolve } from 'node:path';
import { compileStory, formatProblem, loadStoryFiles, summarise } from '../src/engine/compile/index.ts';
import { relative } from 'node:path';

const root = process.cwd();
const storyDir = resolve(root, process.argv[2] ?? 'story');
const prefix = relative(root, storyDir).split('\\').join('/');

const { story, problems } = compileStory(loadStoryFiles(storyDir, root), prefix);
if (!story) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${prefix}/`);
  process.exit(1);
}

const s = summarise(story);
const rows: Array<[string, string | number]> = [
  ['chapters', s.chapters],
  ['scenes', s.scenes],
  ['choices', s.choices],
  ['endings', s.endings],
  ['facts', s.facts],
  ['sources', s.sources],
  ['glossary terms', s.glossary],
  ['variables', `${s.variables.length} (${s.variables.join(', ')})`],
];
console.log(`${story.title}: the story is sound (hash ${story.hash}).\n`);
for (const [label, value] of rows) console.log(`  ${label.padEnd(16)}${value}`);
console.log('\n  shortest path to each ending (choices made):');
for (const [id, length] of Object.entries(s.shortestPaths))
  console.log(`    ${id.padEnd(32)}${length ?? 'not reached within the walk limit'}`);
