/**
 * What the compiler's passes share: the problems found so far, the files as decoded, and what
 * each pass builds for the ones after it (see compile.ts for their order). A pass reads what the
 * passes before it left here and adds its own; none keeps state of its own between stories.
 */
import type { Node } from 'yaml';
import type {
  ChapterDef,
  EndingDef,
  FactDef,
  GlossaryDef,
  PlaceDef,
  SceneDef,
  SourceDef,
  VariableDef,
  VariableType,
} from '../story.ts';
import type { FileContext, Located } from './decode.ts';
import type { Pos, Problem, ProblemCode } from './problems.ts';
import type * as schema from './schema.ts';

/** What a schema decodes a file to. */
type DecodedBy<D extends (...args: never[]) => unknown> = NonNullable<ReturnType<D>>;

/** One source file, parsed. */
export interface ParsedFile {
  path: string;
  ctx: FileContext;
  /** The document's root; null for an empty file, or one whose syntax is broken. */
  root: Node | null;
  /** True when the YAML does not parse: the file is not read further. */
  broken: boolean;
}

/** The story's files, each decoded by its schema; a file that is absent or unreadable is empty here. */
export interface DecodedSource {
  story?: DecodedBy<typeof schema.storySchema>;
  endings: DecodedBy<typeof schema.endingsSchema>;
  facts: DecodedBy<typeof schema.factsSchema>;
  sources: DecodedBy<typeof schema.sourcesSchema>;
  glossary: DecodedBy<typeof schema.glossaryFileSchema>;
  places: DecodedBy<typeof schema.placesFileSchema>;
  /** The chapter files, in playing order (story.yaml's `chapters`; an unlisted one last). */
  chapters: Array<{ file: ParsedFile; decoded: DecodedBy<typeof schema.chapterSchema> }>;
}

/** A `to` as written in a choice or a chance outcome, and the scene it leads from. */
export interface Reference {
  ref: Located<string>;
  from: string;
}

export interface CompileContext {
  /** The folder the story's paths start with, e.g. `story`. */
  readonly storyDir: string;
  readonly problems: Problem[];
  report(pos: Pos, code: ProblemCode, message: string): void;
  /** Every file by its path, as parsed. */
  readonly files: Map<string, ParsedFile>;
  /** True when some file's YAML does not parse. */
  syntaxBroken: boolean;
  source: DecodedSource;

  /** Chapters, scenes and endings share one namespace of ids. */
  readonly ids: Map<string, { kind: string; pos: Pos }>;
  readonly variables: Record<string, VariableDef>;
  /** The declared variables' types, which every expression is checked against. */
  readonly variableTypes: Map<string, VariableType>;
  readonly glossary: Record<string, GlossaryDef>;
  readonly sources: Record<string, SourceDef>;
  readonly facts: Record<string, FactDef>;
  readonly places: Record<string, PlaceDef>;
  /** Places some scene or spot refers to (a misspelt reference counts the place it most likely meant). */
  readonly placeUsed: Set<string>;
  readonly chapters: ChapterDef[];
  readonly scenes: Record<string, SceneDef>;
  readonly endings: Record<string, EndingDef>;
  /** Every target written in a choice, known or not. */
  readonly targets: Reference[];
  readonly scenePos: Map<string, Pos>;
  readonly endingPos: Map<string, Pos>;
  /** Where each choice is defined, keyed `scene/choice`. */
  readonly choicePos: Map<string, Pos>;
}

/** A fresh context for compiling one story. */
export function createContext(storyDir: string): CompileContext {
  const problems: Problem[] = [];
  return {
    storyDir,
    problems,
    report: (pos, code, message) => void problems.push({ ...pos, code, message }),
    files: new Map(),
    syntaxBroken: false,
    source: { endings: [], facts: [], sources: [], glossary: [], places: [], chapters: [] },
    ids: new Map(),
    variables: record(),
    variableTypes: new Map(),
    glossary: record(),
    sources: record(),
    facts: record(),
    places: record(),
    placeUsed: new Set(),
    chapters: [],
    scenes: record(),
    endings: record(),
    targets: [],
    scenePos: new Map(),
    endingPos: new Map(),
    choicePos: new Map(),
  };
}

/** A record with no prototype, so an id such as "constructor" never finds one of Object's. */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Claims `key` as the id of a chapter, scene or ending (`kind`); a clash with an id claimed before
 * is reported and the claim refused.
 */
export function claim(ctx: CompileContext, key: Located<string> | undefined, kind: string): boolean {
  if (!key) return false;
  const previous = ctx.ids.get(key.value);
  if (previous) {
    ctx.report(
      key.pos,
      'duplicate-id',
      `The id "${key.value}" is used twice: this ${kind} and the ${previous.kind} at ${previous.pos.file}:${previous.pos.line}:${previous.pos.column}.`,
    );
    return false;
  }
  ctx.ids.set(key.value, { kind, pos: key.pos });
  return true;
}
