/**
 * `npm run story:check [folder] [options]`: checks the story and prints every problem as
 * file:line:column, or, when it is sound, a summary: counts, paths to each ending, random runs,
 * reading level; how long runs are and how they end (20,000 seeded random runs), the length and
 * shape budgets (issue 14), and warnings (file:line:column) where the story strays from the brief.
 * Exit 1 on problems; warnings and broken budgets fail only with --strict.
 *
 *   --json           everything measured, as JSON on stdout (problems still go to stderr)
 *   --strict         exit 1 on any warning or broken budget too
 *   --lang=ko        count the words of a translation (story/locales/<lang>/) instead of the English
 *   --runs=N         random runs to measure (default 20,000)
 *   --seed=N         the first run's seed (default 1): the same seed gives the same figures
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
import { lintStory } from '../src/engine/compile/lint.ts';
import { MEASURE_RUNS, MEASURE_SEED } from '../src/engine/compile/measure.ts';
import { judgeShape, measureShape } from '../src/engine/compile/story-budgets.ts';
import { applyText, extractText, type StoryText } from '../src/engine/text.ts';
import { SHIPPED_LANGUAGES } from '../src/i18n/languages.ts';
import { WORDS_PER_SCENE } from '../src/engine/compile/readability.ts';

/** From the story brief: a run to Seoul passes at least this many scenes; a median run makes this many choices. */
const ARRIVAL_MIN_SCENES = 15;
const MEDIAN_RUN = { min: 12, max: 25 } as const;
const GRADE_TARGET = 8;

const root = process.cwd();
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => /^--(json|strict)$/.test(a)));
/** `--name=value` or `--name value`. */
const option = (name: string): string | undefined => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return undefined;
  const arg = args[i]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[i + 1];
};
const valued = new Set(['--lang', '--runs', '--seed']);
const folder = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
const json = flags.has('--json');
const strict = flags.has('--strict');
const lang = option('lang') ?? 'en';
const count = (name: string, fallback: number, max: number): number => {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > max || (name === 'runs' && n < 1)) {
    console.error(`--${name} takes a whole number${name === 'runs' ? ' from 1' : ''} up to ${max}, not "${raw}".`);
    process.exit(2);
  }
  return n;
};
const runs = count('runs', MEASURE_RUNS, 1_000_000);
const seed = count('seed', MEASURE_SEED, 0xffffffff);
if (!(SHIPPED_LANGUAGES as readonly string[]).includes(lang)) {
  console.error(`--lang takes a shipped language: ${SHIPPED_LANGUAGES.join(', ')}; not "${lang}".`);
  process.exit(2);
}
const storyDir = resolve(root, folder ?? 'story');
const prefix = relative(root, storyDir).split('\\').join('/');
/** What a human reads; nothing of it with --json, whose stdout is the JSON alone. */
const say = (line = ''): void => {
  if (!json) console.log(line);
};

const { story, problems, positions, choicePositions } = compileStory(loadStoryFiles(storyDir, root), prefix);
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
  : { problems: [], texts: {} as Record<string, StoryText> };
if (lang !== 'en' && !existsSync(join(storyDir, 'locales', lang))) {
  console.error(`${prefix}/locales/${lang}/ does not exist: there is no ${lang} translation to measure.`);
  process.exit(2);
}
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

say(`${story.title}: the story is sound (hash ${story.hash}).\n`);
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
for (const [label, value] of counts) say(`  ${label.padEnd(16)}${value}`);

const walk = s.walk.grouped
  ? `${s.walk.states} states, numbers grouped by the values conditions test${s.walk.complete ? '' : ', stopped at the limit'}`
  : `${s.walk.states} states, walked exactly`;
say(`\n  paths to each ending (choices made; ${walk})`);
say(
  `    ${'ending'.padEnd(26)}${'chapter'.padEnd(12)}${'shortest'.padStart(9)}${'longest'.padStart(9)}${'random runs'.padStart(13)}`,
);
const lastChapter = story.chapters[story.chapters.length - 1]?.id;
for (const [id, p] of Object.entries(s.endingPaths)) {
  const ending = story.endings[id]!;
  const share = `${((100 * p.runs) / s.randomRuns.runs).toFixed(1)}%`;
  say(
    `    ${id.padEnd(26)}${ending.chapter.padEnd(12)}${String(p.shortest ?? '-').padStart(9)}${String(p.longest ?? '-').padStart(9)}${share.padStart(13)}`,
  );
  if (ending.chapter === lastChapter && s.chapters > 1 && p.shortest !== undefined && p.shortest < ARRIVAL_MIN_SCENES)
    warnings.push(
      `${at(id)}: warning: the shortest run to "${id}" passes ${p.shortest} scenes; a run to Seoul should pass at least ${ARRIVAL_MIN_SCENES}.`,
    );
}
const r = s.randomRuns;
say(`\n  random runs      ${r.runs} seeded runs: median ${r.median} choices (fewest ${r.min}, most ${r.max})`);
if (s.chapters > 1 && (r.median < MEDIAN_RUN.min || r.median > MEDIAN_RUN.max))
  warnings.push(
    `${prefix}/: warning: a median run makes ${r.median} choices; aim for ${MEDIAN_RUN.min} to ${MEDIAN_RUN.max}.`,
  );

const words = s.reading.scenes.map((scene) => scene.words).sort((a, b) => a - b);
const median = words[Math.floor(words.length / 2)] ?? 0;
say(
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

// How long runs are, and how they end: measured in the language asked for (English by default).
const read = lang === 'en' ? story : applyText(story, translations.texts[lang]!);
const shape = measureShape(read, { runs, seed, lang });
const verdicts = judgeShape(shape);
const lint = lintStory(read, { scenes: positions, choices: choicePositions }, lang);
const L = shape.length;
const pct = (share: number): string => `${(100 * share).toFixed(1)}%`;
const num = (n: number | undefined, digits = 0): string =>
  n === undefined ? '-' : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

say(
  `\n  length (${L.runs.toLocaleString('en')} random runs from seed ${L.seed}, each choice picked uniformly among the open ones; ` +
    `words in ${lang}: scenes, their fact cards, outcomes, the ending's text and epilogue; minutes at ${L.wordsPerMinute} words a minute; medians of the runs that end there)`,
);
const rows: string[][] = [['ending', 'arrival', 'runs', 'choices', 'words', 'minutes', 'epilogue in its cards']];
for (const e of L.endings)
  rows.push([
    e.id,
    e.arrival ? 'yes' : '',
    pct(e.share),
    num(e.choices, e.choices !== undefined && !Number.isInteger(e.choices) ? 1 : 0),
    num(e.words),
    num(e.minutes, 1),
    `${Math.round(100 * (lint.overlaps[e.id] ?? 0))}%`,
  ]);
const A = L.arrival;
rows.push([
  'any arrival',
  '',
  pct(A.share),
  num(A.choices, A.choices !== undefined && !Number.isInteger(A.choices) ? 1 : 0),
  num(A.words),
  num(A.minutes, 1),
  '',
]);
table(rows, [2, 3, 4, 5, 6]);
say(
  A.maxChoices === undefined
    ? '    no run reached an arrival (an ending marked "arrival: true")'
    : `    to an arrival: median ${num(A.minutes, 1)} minutes, ${num(A.choices)} choices, ${num(A.words)} words; ` +
        `at most ${A.maxChoices} choices in a sampled run (seed ${A.maxSeed})` +
        (shape.longestArrival ? `, ${shape.longestArrival.value} on the story's walk` : ''),
);
if (L.unfinished) say(`    ${L.unfinished} runs reached no ending`);

say('\n  budgets (issue 14; npm run bench fails on a broken one)');
table(
  verdicts.map((v) => [v.ok ? 'ok' : 'FAIL', v.budget, v.actual, v.detail ?? '']),
  [],
  '    ',
);
for (const v of verdicts) if (v.path) say(`    ${v.ok ? '' : 'FAIL '}${v.budget}: ${v.path.join(' → ')}`);
const broken = verdicts.filter((v) => !v.ok);

const located = lint.warnings
  .map((w) => ({ w, where: w.pos ? `${w.pos.file}:${w.pos.line}:${w.pos.column}` : `${prefix}/` }))
  .sort((a, b) =>
    a.w.pos && b.w.pos
      ? a.w.pos.file.localeCompare(b.w.pos.file) || a.w.pos.line - b.w.pos.line || a.w.pos.column - b.w.pos.column
      : 0,
  );
for (const { w, where } of located) warnings.push(`${where}: warning: ${w.message}`);

if (json) {
  const output = {
    story: { title: story.title, hash: story.hash, folder: prefix },
    lang,
    summary: s,
    length: L,
    exact: {
      fewestChoicesToAnEnding: shape.fewest ?? null,
      mostChoicesInFirstChapter: shape.firstChapter,
      mostChoicesToAnArrival: shape.longestArrival ?? null,
    },
    budgets: verdicts,
    epilogueOverlap: lint.overlaps,
    warnings: [
      ...located.map(({ w }) => ({
        ...(w.pos ?? {}),
        code: w.code,
        scene: w.scene,
        ...(w.choice ? { choice: w.choice } : {}),
        message: w.message,
      })),
    ],
    otherWarnings: warnings.slice(0, warnings.length - located.length),
  };
  console.log(JSON.stringify(output, null, 2));
} else if (warnings.length) {
  say(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`);
  for (const warning of warnings) say(warning);
}
if (strict && (warnings.length || broken.length)) {
  console.error(
    `--strict: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} and ${broken.length} broken budget${broken.length === 1 ? '' : 's'}.`,
  );
  process.exit(1);
}

/** Prints rows in columns; numbers right-aligned in the columns listed. */
function table(rows: string[][], numeric: readonly number[], indent = '    '): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  for (const row of rows)
    say(
      `${indent}${row
        .map((cell, i) => (numeric.includes(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd()}`,
    );
}
