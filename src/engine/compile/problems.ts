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

export type ProblemCode =
  | 'yaml-syntax'
  | 'unknown-key'
  | 'missing-field'
  | 'wrong-type'
  | 'bad-id'
  | 'duplicate-id'
  | 'unknown-target'
  | 'unknown-chapter'
  | 'missing-chapter'
  | 'unreachable-scene'
  | 'dead-end'
  | 'unreached-ending'
  | 'never-available'
  | 'stuck'
  | 'unknown-variable'
  | 'expression-syntax'
  | 'type-error'
  | 'fact-without-source'
  | 'unknown-source'
  | 'unused-source'
  | 'unknown-fact'
  | 'unknown-term'
  | 'unknown-place'
  | 'unused-place'
  | 'bad-coordinates'
  | 'near-chain'
  | 'bad-url'
  | 'translation-syntax'
  | 'translation-missing'
  | 'translation-unknown-key'
  | 'translation-markup'
  | 'translation-figures'
  | 'translation-stale-source';

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
