/**
 * One fixture per kind of problem. Each fixture holds only the files that differ from the sound
 * `compile/minimal` story, and `expected.txt`: every problem as `file:line:column: message`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_CODES, compileStory, formatProblem } from '../../src/engine/compile/index.ts';
import { fixtureFiles, ROOT } from '../support/story.ts';

const base = fixtureFiles('test/fixtures/compile/minimal/story');
const dir = 'test/fixtures/errors';

function compileFixture(name: string) {
  const overrides = fixtureFiles(`${dir}/${name}/story`);
  const files = [...base.filter((f) => !overrides.some((o) => o.path === f.path)), ...overrides];
  return compileStory(files);
}

describe('the checker names each problem with file, line and column', () => {
  it.each(readdirSync(join(ROOT, dir)))('%s', (name) => {
    const { story, problems } = compileFixture(name);
    const expected = readFileSync(join(ROOT, dir, name, 'expected.txt'), 'utf8')
      .trim()
      .split('\n');
    expect(story).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual(expected);
  });

  it('has a fixture for every kind of problem it reports', () => {
    const codes = new Set(
      readdirSync(join(ROOT, dir)).flatMap((name) => compileFixture(name).problems.map((p) => p.code)),
    );
    expect([...codes].sort()).toEqual([...COMPILE_CODES].sort());
  });

  it('tells a key written twice in one mapping from an id used twice across the story', () => {
    expect(compileFixture('duplicate-key').problems.map((p) => p.code)).toEqual(['duplicate-key']);
    expect(compileFixture('duplicate-id').problems.map((p) => p.code)).toEqual(['duplicate-id']);
  });

  it('reports a mistake in every file at once, not only the first', () => {
    const { problems } = compileFixture('several-at-once');
    expect(new Set(problems.map((p) => p.code))).toEqual(
      new Set(['unknown-key', 'unknown-variable', 'unknown-target', 'fact-without-source']),
    );
  });
});
