/**
 * A small strict schema over the YAML syntax tree: it turns nodes into plain values and keeps
 * where each value came from, so every later check can name a file, line and column.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node, type Scalar } from 'yaml';
import type { Pos, Problem, ProblemCode } from './problems.ts';

/** A value and where it stands in its file. */
export interface Located<T> {
  value: T;
  pos: Pos;
  /** Where the character at `offset` within a string value stands (for pointing inside expressions). */
  at(offset: number): Pos;
}

export class FileContext {
  constructor(
    readonly file: string,
    private readonly source: string,
    private readonly lines: LineCounter,
    private readonly problems: Problem[],
  ) {}

  posAt(offset: number): Pos {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  posOf(node: Node | null | undefined, fallback: Pos): Pos {
    const start = node?.range?.[0];
    return start === undefined ? fallback : this.posAt(start);
  }

  report(pos: Pos, code: ProblemCode, message: string): void {
    this.problems.push({ ...pos, code, message });
  }

  located<T>(value: T, node: Node | null | undefined, fallback: Pos): Located<T> {
    const pos = this.posOf(node, fallback);
    return { value, pos, at: (offset) => this.offsetWithin(node, offset, pos) };
  }

  /** Maps an offset inside a scalar's value back to the file (exact for plain and quoted one-liners). */
  private offsetWithin(node: Node | null | undefined, offset: number, pos: Pos): Pos {
    if (!node || !isScalar(node) || !node.range) return pos;
    const type = node.type;
    if (type === 'PLAIN') return this.posAt(node.range[0] + offset);
    if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return this.posAt(node.range[0] + 1 + offset);
    if (type === 'BLOCK_LITERAL') return this.withinLiteralBlock(node, offset, pos);
    return pos;
  }

  /** In a `|` block each line of the value is a line of the file, less the block's indentation. */
  private withinLiteralBlock(node: Scalar, offset: number, pos: Pos): Pos {
    const value = String(node.value);
    const header = this.lines.linePos(node.range![0]).line;
    const firstLineStart = this.lines.lineStarts[header];
    if (firstLineStart === undefined) return pos;
    const indent = /^ */.exec(this.source.slice(firstLineStart))?.[0].length ?? 0;
    const before = value.slice(0, offset);
    const line = before.split('\n').length - 1;
    const column = offset - (before.lastIndexOf('\n') + 1);
    return { file: this.file, line: header + 1 + line, column: indent + column + 1 };
  }
}

/** Turns a node into a value, reporting problems; undefined when the node cannot be used. */
export type Decoder<T> = (node: Node | null | undefined, ctx: FileContext, where: Pos, label: string) => T | undefined;

const describe = (node: Node | null | undefined): string =>
  node == null
    ? 'nothing'
    : isMap(node)
      ? 'a mapping'
      : isSeq(node)
        ? 'a list'
        : isScalar(node)
          ? describeScalar(node.value)
          : 'something else';

function describeScalar(value: unknown): string {
  if (value === null) return 'nothing';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${String(value)}`;
  return typeof value === 'string' ? `the text "${value.slice(0, 40)}"` : 'something else';
}

function wrongType(
  node: Node | null | undefined,
  ctx: FileContext,
  where: Pos,
  label: string,
  want: string,
): undefined {
  ctx.report(ctx.posOf(node, where), 'wrong-type', `${label} should be ${want}, but it is ${describe(node)}.`);
  return undefined;
}

export const text: Decoder<Located<string>> = (node, ctx, where, label) => {
  if (!isScalar(node) || typeof node.value !== 'string') {
    wrongType(node, ctx, where, label, 'text');
    return undefined;
  }
  if (node.value.trim() === '') {
    ctx.report(ctx.posOf(node, where), 'wrong-type', `${capitalise(label)} is empty.`);
    return undefined;
  }
  // Only the end is trimmed, so offsets into the text still match the file.
  return ctx.located(node.value.trimEnd(), node, where);
};

/** Scalars a writer may type unquoted (numbers, true/false) are accepted as text where text is expected. */
export const looseText: Decoder<Located<string>> = (node, ctx, where, label) => {
  if (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean'))
    return ctx.located(String(node.value), node, where);
  return text(node, ctx, where, label);
};

export const number: Decoder<Located<number>> = (node, ctx, where, label) =>
  isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value)
    ? ctx.located(node.value, node, where)
    : wrongType(node, ctx, where, label, 'a number');

export const boolean: Decoder<Located<boolean>> = (node, ctx, where, label) =>
  isScalar(node) && typeof node.value === 'boolean'
    ? ctx.located(node.value, node, where)
    : wrongType(node, ctx, where, label, 'true or false');

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const id: Decoder<Located<string>> = (node, ctx, where, label) => {
  const value = looseText(node, ctx, where, label);
  if (value && !ID.test(value.value)) {
    ctx.report(
      value.pos,
      'bad-id',
      `${capitalise(label)} is "${value.value}": ids are lower-case letters and digits joined by hyphens.`,
    );
    return undefined;
  }
  return value;
};

/** A list; `noun` names its items in messages ("choice 2 in scene …"). */
export const list =
  <T>(item: Decoder<T>, noun = 'item'): Decoder<T[]> =>
  (node, ctx, where, label) => {
    if (!isSeq(node)) {
      wrongType(node, ctx, where, label, 'a list');
      return;
    }
    const out: T[] = [];
    // `label` reads '"choices" in scene "gate"'; an item reads 'choice 2 in scene "gate"'.
    const owner = label.replace(/^"[^"]*" in /, '');
    node.items.forEach((child, index) => {
      const value = item(child as Node, ctx, ctx.posOf(node, where), `${noun} ${index + 1} in ${owner}`);
      if (value !== undefined) out.push(value);
    });
    return out;
  };

export interface Field<T> {
  decode: Decoder<T>;
  required: boolean;
}
export const required = <T>(decode: Decoder<T>): Field<T> => ({ decode, required: true });
export const optional = <T>(decode: Decoder<T>): Field<T> => ({ decode, required: false });

type Shape = Record<string, Field<unknown>>;
type Decoded<S extends Shape> = { [K in keyof S]?: S[K] extends Field<infer T> ? T : never } & { pos: Pos };

/** A mapping with a fixed set of keys: unknown keys and missing required ones are reported. */
export const object =
  <S extends Shape>(shape: S): Decoder<Decoded<S>> =>
  (node, ctx, where, label) => {
    if (!isMap(node)) {
      wrongType(node, ctx, where, label, 'a mapping');
      return;
    }
    const pos = ctx.posOf(node, where);
    const out = { pos } as Decoded<S>;
    const seen = new Set<string>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      const keyPos = ctx.posOf(keyNode, pos);
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!field) {
        const known = Object.keys(shape);
        const near = known.find((k) => distance(k, key) <= 2);
        const hint = near ? ` Did you mean "${near}"?` : ` Known keys: ${known.join(', ')}.`;
        ctx.report(keyPos, 'unknown-key', `Unknown key "${key}" in ${label}.${hint}`);
        continue;
      }
      seen.add(key);
      (out as Record<string, unknown>)[key] = field.decode(pair.value as Node, ctx, keyPos, `"${key}" in ${label}`);
    }
    for (const [key, field] of Object.entries(shape))
      if (field.required && !seen.has(key)) ctx.report(pos, 'missing-field', `${capitalise(label)} needs "${key}".`);
    return out;
  };

/** A mapping from ids to entries: each key is checked as an id and kept with its position. */
export const record =
  <T>(
    entry: Decoder<T>,
    entryLabel: string,
    key: Decoder<Located<string>> = id,
  ): Decoder<Array<{ id: Located<string>; entry: T }>> =>
  (node, ctx, where, label) => {
    if (!isMap(node)) {
      wrongType(node, ctx, where, label, 'a mapping of ids');
      return;
    }
    const out: Array<{ id: Located<string>; entry: T }> = [];
    for (const pair of node.items) {
      const keyValue = key(pair.key as Node, ctx, ctx.posOf(node, where), `The ${entryLabel} id`);
      if (!keyValue) continue;
      const value = entry(pair.value as Node, ctx, keyValue.pos, `${entryLabel} "${keyValue.value}"`);
      if (value !== undefined) out.push({ id: keyValue, entry: value });
    }
    return out;
  };

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const RESERVED = new Set(['and', 'or', 'not', 'true', 'false']);

/** A variable's name: it appears in expressions, so letters, digits and underscores only. */
export const variableName: Decoder<Located<string>> = (node, ctx, where, label) => {
  const value = looseText(node, ctx, where, label);
  if (value && (!/^[a-z][a-z0-9_]*$/.test(value.value) || RESERVED.has(value.value))) {
    ctx.report(
      value.pos,
      'bad-id',
      RESERVED.has(value.value)
        ? `"${value.value}" is a word of the expression language and cannot name a variable.`
        : `Variable name "${value.value}" should be lower-case letters, digits and underscores, starting with a letter.`,
    );
    return undefined;
  }
  return value;
};

/** One of a fixed set of words. */
export const oneOf =
  <T extends string>(...options: T[]): Decoder<Located<T>> =>
  (node, ctx, where, label) => {
    const value = looseText(node, ctx, where, label);
    if (value && !options.includes(value.value as T)) {
      ctx.report(
        value.pos,
        'wrong-type',
        `${capitalise(label)} should be one of ${options.join(', ')}, not "${value.value}".`,
      );
      return undefined;
    }
    return value as Located<T> | undefined;
  };

/** The known word a mistyped one most likely meant (at most two edits away), for "did you mean" hints. */
export function closest(word: string, known: Iterable<string>): string | undefined {
  let best: { word: string; edits: number } | undefined;
  for (const candidate of known) {
    const edits = distance(candidate, word);
    if (edits <= 2 && (!best || edits < best.edits)) best = { word: candidate, edits };
  }
  return best?.word;
}

/** Edit distance between two short words, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
