/**
 * Fixture pairs: a small source story and the compiled story it must become. A change to the
 * compiler shows here as a readable diff; accept an intended one with `npx vitest -u`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStory } from '../../src/engine/compile/index.ts';
import { fixtureFiles, ROOT } from '../support/story.ts';

const dir = 'test/fixtures/compile';

describe('compiling fixture stories', () => {
  it.each(readdirSync(join(ROOT, dir)))('%s compiles to its expected output', async (name) => {
    const { story, problems } = compileStory(fixtureFiles(`${dir}/${name}/story`));
    expect(problems).toEqual([]);
    await expect(`${JSON.stringify(story, null, 2)}\n`).toMatchFileSnapshot(join(ROOT, dir, name, 'expected.json'));
  });
});
