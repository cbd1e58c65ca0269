/**
 * The compiler's passes one at a time, over a context of their own: each checks what it is named
 * for and reports by code, whatever the passes after it would say.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/engine/compile/context.ts';
import { chapters } from '../../src/engine/compile/passes/chapters.ts';
import { endings } from '../../src/engine/compile/passes/endings.ts';
import { parse } from '../../src/engine/compile/passes/parse.ts';
import { reachability } from '../../src/engine/compile/passes/reachability.ts';
import { references } from '../../src/engine/compile/passes/references.ts';
import { variables } from '../../src/engine/compile/passes/variables.ts';
import type { SourceFile } from '../../src/engine/compile/compile.ts';
import { fixtureFiles } from '../support/story.ts';

const minimal = fixtureFiles('test/fixtures/compile/minimal/story');

/** The minimal story with `path` replaced by `text` (or added). */
function withFile(path: string, text: string): SourceFile[] {
  return [...minimal.filter((f) => f.path !== path), { path, text }];
}

describe('the compiler, pass by pass', () => {
  it('parses every file and decodes it by its schema, a key written twice being a duplicate-key', () => {
    const ctx = createContext('story');
    parse(
      ctx,
      withFile(
        'story/sources.yaml',
        'a-source:\n  title: A\n  title: B\n  publisher: P\n  year: 2020\n  url: https://example.org/\n',
      ),
    );
    expect(ctx.problems.map((p) => p.code)).toEqual(['duplicate-key']);
    expect(ctx.syntaxBroken).toBe(false);
    expect(ctx.source.story?.start?.value).toBeDefined();
    expect(ctx.source.chapters).toHaveLength(1);
  });

  it('marks the syntax broken on a YAML error, and reads that file no further', () => {
    const ctx = createContext('story');
    parse(ctx, withFile('story/facts.yaml', 'a-fact: [unclosed\n'));
    expect(ctx.problems.map((p) => p.code)).toEqual(['yaml-syntax']);
    expect(ctx.syntaxBroken).toBe(true);
    expect(ctx.source.facts).toEqual([]);
  });

  it('types the variables before anything reads them', () => {
    const ctx = createContext('story');
    parse(ctx, minimal);
    variables(ctx);
    expect(ctx.problems).toEqual([]);
    expect([...ctx.variableTypes.keys()]).toEqual(Object.keys(ctx.variables));
  });

  it('checks the references between facts and sources on its own', () => {
    const ctx = createContext('story');
    parse(ctx, withFile('story/facts.yaml', 'a-fact:\n  text: A fact.\n'));
    references(ctx);
    expect(ctx.problems.map((p) => p.code).sort()).toEqual(['fact-without-source', 'unused-source']);
    expect(ctx.problems.find((p) => p.code === 'fact-without-source')).toMatchObject({
      file: 'story/facts.yaml',
      line: 1,
      column: 1,
    });
  });

  it('finds what no choice reaches, once the chapters and endings are read', () => {
    const ctx = createContext('story');
    parse(ctx, minimal);
    for (const pass of [variables, references, chapters, endings]) pass(ctx);
    expect(ctx.problems).toEqual([]);
    reachability(ctx);
    expect(ctx.problems).toEqual([]);
    // An ending nothing leads to, added after the fact, is reported as unreached.
    ctx.endingPos.set('nowhere', { file: 'story/endings.yaml', line: 99, column: 1 });
    reachability(ctx);
    expect(ctx.problems.map((p) => [p.code, p.line])).toEqual([['unreached-ending', 99]]);
  });
});
