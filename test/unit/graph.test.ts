import { describe, expect, it } from 'vitest';
import {
  breadthFirstOrder,
  longestPaths,
  predecessorsOf,
  reachableFrom,
  successorsOf,
  targetsOf,
  waysOn,
} from '../../src/engine/graph.ts';
import type { ChoiceDef, CompiledStory, SceneDef } from '../../src/engine/story.ts';

const weight = { kind: 'number', value: 1 } as unknown as NonNullable<ChoiceDef['chance']>[number]['weight'];
const go = (id: string, to: string): ChoiceDef => ({ id, text: id, to });
const chance = (id: string, ...to: string[]): ChoiceDef => ({
  id,
  text: id,
  chance: to.map((t) => ({ weight, to: t })),
});
const scene = (id: string, ...choices: ChoiceDef[]): SceneDef => ({ id, chapter: 'c', title: id, text: '', choices });

// start → a, b (a choice and a chance to b); a → b, start (a loop); b → end
const scenes = [
  scene('start', go('left', 'a'), chance('luck', 'b', 'a'), go('right', 'b')),
  scene('a', go('on', 'b'), go('back', 'start')),
  scene('b', go('out', 'end')),
];
const story = {
  start: 'start',
  scenes: Object.fromEntries(scenes.map((s) => [s.id, s])),
  endings: { end: { id: 'end' } },
} as unknown as CompiledStory;

describe('the story graph', () => {
  it('lists each way on once per target and kind, in the order written', () => {
    expect(waysOn(scenes[0]!)).toEqual([
      { to: 'a', chance: false },
      { to: 'b', chance: true },
      { to: 'a', chance: true },
      { to: 'b', chance: false },
    ]);
    expect(targetsOf(scenes[0]!)).toEqual(['a', 'b']);
  });

  it('knows what each scene leads to and what leads to it', () => {
    expect(Object.fromEntries(successorsOf(story))).toEqual({ start: ['a', 'b'], a: ['b', 'start'], b: ['end'] });
    expect(Object.fromEntries(predecessorsOf(story))).toEqual({
      a: ['start'],
      b: ['start', 'a'],
      start: ['a'],
      end: ['b'],
    });
  });

  it('walks breadth-first from the start, numbering each place where it is first met', () => {
    expect([...breadthFirstOrder(['start'], successorsOf(story))]).toEqual([
      ['start', 0],
      ['a', 1],
      ['b', 2],
      ['end', 3],
    ]);
    expect(reachableFrom(['b'], successorsOf(story))).toEqual(new Set(['b', 'end']));
    expect(reachableFrom(['a'], predecessorsOf(story))).toEqual(new Set(['a', 'start']));
  });

  it('finds the longest path to each node of an acyclic graph, and says when a loop leaves it unbounded', () => {
    // 0 → 1 → 3, 0 → 2 → 3 → 4, 0 → 4
    const edges = [
      { from: 0, to: 1 },
      { from: 0, to: 2 },
      { from: 1, to: 3 },
      { from: 2, to: 3 },
      { from: 3, to: 4 },
      { from: 0, to: 4 },
    ];
    const paths = longestPaths(5, edges);
    expect(paths.acyclic && paths.depth).toEqual([0, 1, 1, 2, 3]);
    expect(paths.acyclic && paths.before[4]).toBe(3);
    expect(longestPaths(3, [...edges.slice(0, 1), { from: 1, to: 2 }, { from: 2, to: 1 }])).toEqual({ acyclic: false });
  });
});
