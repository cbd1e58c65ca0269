import { describe, expect, it } from 'vitest';
import { compileStory } from '../../src/engine/compile/index.ts';
import { fixtureFiles } from '../support/story.ts';

const base = fixtureFiles('test/fixtures/compile/minimal/story');

describe('ids that are also names of JavaScript built-ins', () => {
  it.each(['constructor', 'tostring', 'valueof'])('treats a choice leading to "%s" as an unknown target', (id) => {
    const files = base.map((f) =>
      f.path.endsWith('01-one.yaml')
        ? { ...f, text: f.text.replace('        to: road\n  road:', `        to: ${id}\n  road:`) }
        : f,
    );
    const { problems } = compileStory(files);
    expect(problems.map((p) => p.code)).toContain('unknown-target');
  });

  it('treats [[constructor]] as an unknown glossary term', () => {
    const files = base.map((f) =>
      f.path.endsWith('01-one.yaml') ? { ...f, text: f.text.replace('A second paragraph.', 'A [[constructor]].') } : f,
    );
    expect(compileStory(files).problems.map((p) => p.code)).toContain('unknown-term');
  });
});
