/**
 * Thousands of randomly damaged story files never make the compiler throw: each yields a compiled
 * story or problems that point inside the files it was given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileStory, type SourceFile } from '../../src/engine/compile/index.ts';
import { fixtureFiles } from '../support/story.ts';

const base = fixtureFiles('test/fixtures/compile/minimal/story');

/** Characters that matter to YAML and to the expression language, and some that never should. */
const NASTY = [
  ':',
  '-',
  ' ',
  '\n',
  '  ',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '#',
  '|',
  '>',
  '&',
  '*',
  '!',
  '%',
  '@',
  '`',
  ',',
  '?',
  '=',
  '+=',
  'and',
  'not',
  '((',
  ')',
  '[[',
  ']]',
  '\t',
  '\u0000',
  'é',
  '한',
  '🙂',
  '0',
  '-1',
  'true',
  'null',
  '~',
  '<<',
  '---',
  '...',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'delete-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'drop-file' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.constant({ kind: 'drop-file' as const }),
);

function apply(text: string, m: Mutation): string | undefined {
  const lines = text.split('\n');
  switch (m.kind) {
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'delete': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'duplicate-line': {
      const i = m.line % lines.length;
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 'delete-line':
      lines.splice(m.line % lines.length, 1);
      return lines.join('\n');
    case 'swap-lines': {
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'drop-file':
      return undefined;
  }
}

const damaged: fc.Arbitrary<SourceFile[]> = fc
  .array(fc.tuple(fc.nat(base.length - 1), mutation), { minLength: 1, maxLength: 6 })
  .map((mutations) => {
    const files = new Map(base.map((f) => [f.path, f.text] as [string, string | undefined]));
    for (const [index, m] of mutations) {
      const path = base[index]!.path;
      const text = files.get(path);
      if (text !== undefined) files.set(path, apply(text, m));
    }
    return [...files].flatMap(([path, text]) => (text === undefined ? [] : [{ path, text }]));
  });

describe('the compiler on damaged stories', () => {
  it('never throws, and locates every problem inside the files given', () => {
    fc.assert(
      fc.property(damaged, (files) => {
        const result = compileStory(files);
        const lineCounts = new Map(files.map((f) => [f.path, f.text.split('\n').length]));
        const paths = new Set([...lineCounts.keys(), ...base.map((f) => f.path)]);
        if (result.story) {
          expect(result.problems).toEqual([]);
          return;
        }
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(paths).toContain(problem.file);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lineCounts.get(problem.file) ?? 1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
          expect(problem.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 3000 },
    );
    // 3,000 compiles take about 15 s alone, more on a busy machine.
  }, 180_000);
});
