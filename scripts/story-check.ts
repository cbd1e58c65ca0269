/**
 * `npm run story:check [folder]`: checks the story and prints every problem as file:line:column,
 * or, when it is sound, a summary: counts, paths to each ending, random runs, reading level, and
 * warnings (file:line:column) where the story strays from the brief. Exit 1 on problems only.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  checkTranslations,
  compileStory,
  formatProblem,
  loadLocaleFiles,
  loadStoryFiles,
  summarise,
} from '../src/engine/compile/index.ts';
import { extractText } from '../src/engine/text.ts';
import { SHIPPED_LANGUAGES } from '../src/i18n/languages.ts';
import { WORDS_PER_SCENE } from '../src/engine/compile/readability.ts';

/** From the story brief: a run to Seoul passes at least this many scenes; a median run makes this many choices. */
const ARRIVAL_MIN_SCENES = 15;
const MEDIAN_RUN = { min: 12, max: 25 } as const;
const GRADE_TARGET = 8;

const root = process.cwd();
const storyDir = resolve(root, process.argv[2] ?? 'story');
const prefix = relative(root, storyDir).split('\\').join('/');

const { story, problems, positions } = compileStory(loadStoryFiles(storyDir, root), prefix);
if (!story) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${prefix}/`);
  process.exit(1);
}

// Every shipped language must have every key, with glossary marks and figures kept. A story
// folder with no locales/ is English only (a new story, or a test fixture).
const translations = existsSync(join(storyDir, 'locales'))
  ? checkTranslations(
      extractText(story),
      loadLocaleFiles(storyDir, root),
      prefix,
      SHIPPED_LANGUAGES.filter((l) => l !== 'en'),
    )
  : { problems: [] };
if (translations.problems.length) {
  for (const problem of translations.problems) console.error(formatProblem(problem));
  console.error(
    `\n${translations.problems.length} translation problem${translations.problems.length === 1 ? '' : 's'} (npm run i18n:status shows each language's progress).`,
  );
  process.exit(1);
}

const s = summarise(story);
const warnings: string[] = [];
const at = (id: string): string => {
  const pos = positions?.get(id);
  return pos ? `${pos.file}:${pos.line}:${pos.column}` : `${prefix}/`;
};

console.log(`${story.title}: the story is sound (hash ${story.hash}).\n`);
const counts: Array<[string, string | number]> = [
  ['chapters', s.chapters],
  ['scenes', s.scenes],
  ['choices', s.choices],
  ['endings', s.endings],
  ['facts', s.facts],
  ['sources', s.sources],
  ['glossary terms', s.glossary],
  ['variables', `${s.variables.length} (${s.variables.join(', ')})`],
];
for (const [label, value] of counts) console.log(`  ${label.padEnd(16)}${value}`);

const walk = s.walk.grouped
  ? `${s.walk.states} states, numbers grouped by the values conditions test${s.walk.complete ? '' : ', stopped at the limit'}`
  : `${s.walk.states} states, walked exactly`;
console.log(`\n  paths to each ending (choices made; ${walk})`);
console.log(
  `    ${'ending'.padEnd(26)}${'chapter'.padEnd(12)}${'shortest'.padStart(9)}${'longest'.padStart(9)}${'random runs'.padStart(13)}`,
);
const lastChapter = story.chapters[story.chapters.length - 1]?.id;
for (const [id, p] of Object.entries(s.endingPaths)) {
  const ending = story.endings[id]!;
  const share = `${((100 * p.runs) / s.randomRuns.runs).toFixed(1)}%`;
  console.log(
    `    ${id.padEnd(26)}${ending.chapter.padEnd(12)}${String(p.shortest ?? '-').padStart(9)}${String(p.longest ?? '-').padStart(9)}${share.padStart(13)}`,
  );
  if (ending.chapter === lastChapter && s.chapters > 1 && p.shortest !== undefined && p.shortest < ARRIVAL_MIN_SCENES)
    warnings.push(
      `${at(id)}: warning: the shortest run to "${id}" passes ${p.shortest} scenes; a run to Seoul should pass at least ${ARRIVAL_MIN_SCENES}.`,
    );
}
const r = s.randomRuns;
console.log(`\n  random runs      ${r.runs} seeded runs: median ${r.median} choices (fewest ${r.min}, most ${r.max})`);
if (s.chapters > 1 && (r.median < MEDIAN_RUN.min || r.median > MEDIAN_RUN.max))
  warnings.push(
    `${prefix}/: warning: a median run makes ${r.median} choices; aim for ${MEDIAN_RUN.min} to ${MEDIAN_RUN.max}.`,
  );

const words = s.reading.scenes.map((scene) => scene.words).sort((a, b) => a - b);
const median = words[Math.floor(words.length / 2)] ?? 0;
console.log(
  `  reading          words per scene ${words[0]}-${words[words.length - 1]} (median ${median}); ` +
    `${s.reading.averageSentenceLength.toFixed(1)} words per sentence; Flesch-Kincaid grade ${s.reading.grade.toFixed(1)}`,
);
if (s.reading.grade > GRADE_TARGET)
  warnings.push(
    `${prefix}/: warning: the story reads at grade ${s.reading.grade.toFixed(1)}; aim for ${GRADE_TARGET} or below.`,
  );
for (const scene of s.reading.scenes) {
  if (scene.words < WORDS_PER_SCENE.min || scene.words > WORDS_PER_SCENE.max)
    warnings.push(
      `${at(scene.id)}: warning: scene "${scene.id}" has ${scene.words} words; aim for ${WORDS_PER_SCENE.min}-${WORDS_PER_SCENE.max}.`,
    );
  if (scene.grade > GRADE_TARGET + 2)
    warnings.push(
      `${at(scene.id)}: warning: scene "${scene.id}" reads at grade ${scene.grade.toFixed(1)}; aim for ${GRADE_TARGET} or below.`,
    );
}

if (warnings.length) {
  console.log(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`);
  for (const warning of warnings) console.log(warning);
}
