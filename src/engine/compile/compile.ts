/**
 * The story compiler: YAML source files in, one validated `CompiledStory` out, or every problem at
 * once with its file, line and column. Pure: it reads no files (see `load.ts`), so tests can feed it
 * any text.
 *
 * It runs as passes over one shared context (context.ts), one file each in passes/: parse, then the
 * checks in PASSES, then reachability, and on a sound story the walk. Problems carry a code
 * (problems.ts); callers and tests match the code, never the sentence.
 */
import { createHash } from 'node:crypto';
import { COMPILED_FORMAT, type CompiledStory } from '../story.ts';
import { stripText } from '../text.ts';
import { createContext, type CompileContext } from './context.ts';
import { chapters } from './passes/chapters.ts';
import { endings } from './passes/endings.ts';
import { parse } from './passes/parse.ts';
import { places, unusedPlaces } from './passes/places.ts';
import { reachability } from './passes/reachability.ts';
import { references } from './passes/references.ts';
import { targets } from './passes/targets.ts';
import { variables } from './passes/variables.ts';
import { walk } from './passes/walk.ts';
import { SCHEMA_CODES, sortProblems, type Pos, type Problem, type ProblemCode } from './problems.ts';

export interface SourceFile {
  /** Path as shown to the writer, e.g. `story/chapters/01-home.yaml`. */
  path: string;
  text: string;
}

export interface CompileResult {
  story?: CompiledStory;
  problems: Problem[];
  /** Where each scene and ending is defined, for tools that report on a sound story. */
  positions?: Map<string, Pos>;
  /** Where each choice is defined, keyed `scene/choice`. */
  choicePositions?: Map<string, Pos>;
}

export interface CompileOptions {
  /**
   * Walk the story's states to find stuck scenes and choices that never open (see analyse.ts).
   * On by default; the dev server turns it off so an edit shows at once (the build and
   * `story:check` always walk).
   */
  walk?: boolean;
}

/**
 * The checking passes after parsing, in order: each reads what those before it left in the
 * context. Every one runs, so the writer hears of every problem at once.
 */
const PASSES: ReadonlyArray<(ctx: CompileContext) => void> = [
  variables,
  references,
  places,
  chapters,
  endings,
  unusedPlaces,
  targets,
];

/** Compiles a story from its source files. Never throws on bad input: problems are returned. */
export function compileStory(
  files: readonly SourceFile[],
  storyDir = 'story',
  { walk: walking = true }: CompileOptions = {},
): CompileResult {
  const ctx = createContext(storyDir);
  parse(ctx, files);
  for (const pass of PASSES) pass(ctx);
  if (ctx.syntaxBroken) {
    // With a file unread, every reference into it looks broken: report only what each file says
    // about itself until the syntax is mended.
    const storyRead = ctx.files.get(`${storyDir}/story.yaml`)?.broken === false;
    return { problems: sortProblems(ctx.problems.filter((p) => isLocal(p, storyRead))) };
  }
  reachability(ctx);
  const story = ctx.problems.length === 0 ? assemble(ctx) : undefined;
  if (story && walking) walk(ctx, story);
  return story && ctx.problems.length === 0
    ? {
        story,
        problems: [],
        positions: new Map([...ctx.scenePos, ...ctx.endingPos]),
        choicePositions: ctx.choicePos,
      }
    : { problems: sortProblems(ctx.problems) };
}

/** The compiled story from a context whose passes found no problem. */
function assemble(ctx: CompileContext): CompiledStory | undefined {
  const storyFile = ctx.source.story;
  const start = storyFile?.start;
  if (!storyFile || !start) return undefined;
  const body: Omit<CompiledStory, 'hash'> = {
    format: COMPILED_FORMAT,
    title: storyFile.title?.value ?? '',
    premise: storyFile.premise?.value ?? '',
    contentNote: storyFile.contentNote?.value ?? '',
    intro: storyFile.intro?.value ?? '',
    objectives: (storyFile.objectives ?? []).map((o) => o.value),
    start: start.value,
    variables: ctx.variables,
    chapters: ctx.chapters,
    scenes: ctx.scenes,
    endings: ctx.endings,
    facts: ctx.facts,
    sources: ctx.sources,
    glossary: ctx.glossary,
    places: ctx.places,
  };
  // The hash covers what a run replays: the shape, not the words, nor where the map puts a place. A
  // save survives a language switch, a reworded line or a place moved on the map.
  const replayed: Partial<Omit<CompiledStory, 'hash'>> = stripText(body);
  delete replayed.places;
  return { ...body, hash: digest(replayed) };
}

/** Problems that stand whatever the other files say. */
const LOCAL_CODES = new Set<ProblemCode>([...SCHEMA_CODES, 'expression-syntax', 'bad-url']);

/** A problem that stands whatever the other files say (variables come from story.yaml). */
function isLocal(problem: Problem, storyRead: boolean): boolean {
  if (LOCAL_CODES.has(problem.code)) return true;
  return storyRead && (problem.code === 'type-error' || problem.code === 'unknown-variable');
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}
