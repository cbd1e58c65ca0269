/** A problem found in the story's source, located for the writer. */
export interface Problem {
  /** Path of the file, relative to the story folder's parent (e.g. `story/chapters/01-home.yaml`). */
  file: string;
  line: number;
  column: number;
  /** A stable code tests and tools can match on. */
  code: ProblemCode;
  /** A plain sentence for the writer. */
  message: string;
}

/** Problems with one file as YAML and against its schema: they stand whatever the other files say. */
export const SCHEMA_CODES = [
  'yaml-syntax',
  'duplicate-key',
  'unknown-key',
  'missing-field',
  'wrong-type',
  'bad-id',
] as const;

/** What the compiler reports about the story's source, each kind by its code. */
export const COMPILE_CODES = [
  ...SCHEMA_CODES,
  // Ids and references between files.
  'duplicate-id',
  'unknown-target',
  'unknown-chapter',
  'missing-chapter',
  'unknown-fact',
  'unknown-term',
  'unknown-place',
  'fact-without-source',
  'unknown-source',
  'unused-source',
  'unused-place',
  'bad-coordinates',
  'near-chain',
  'bad-url',
  // Conditions and effects.
  'unknown-variable',
  'expression-syntax',
  'type-error',
  // The story's shape, as written and as played.
  'unreachable-scene',
  'dead-end',
  'unreached-ending',
  'never-available',
  'stuck',
] as const;

/** What the translation check reports about a language's files (translations.ts). */
export const TRANSLATION_CODES = [
  'translation-syntax',
  'translation-missing',
  'translation-unknown-key',
  'translation-markup',
  'translation-figures',
  'translation-stale-source',
] as const;

export type ProblemCode = (typeof COMPILE_CODES)[number] | (typeof TRANSLATION_CODES)[number];

export interface Pos {
  file: string;
  line: number;
  column: number;
}

/** `file:line:column: message`, the form editors and terminals turn into links. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** Orders problems by file, then line, then column, so reports read top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}
