import { describe, expect, it } from 'vitest';
import { parseSeed, pickWeighted, rollFor } from '../../src/engine/random.ts';

describe('seeded rolls', () => {
  it('gives the same roll for the same seed and step', () => {
    expect(rollFor(42, 7)).toBe(rollFor(42, 7));
  });

  it('gives different rolls for different steps and seeds', () => {
    const rolls = new Set(Array.from({ length: 1000 }, (_, step) => rollFor(42, step)));
    expect(rolls.size).toBe(1000);
    expect(rollFor(1, 0)).not.toBe(rollFor(2, 0));
  });

  it('stays within [0, 1) and spreads evenly', () => {
    const buckets = new Array<number>(10).fill(0);
    for (let seed = 0; seed < 20_000; seed++) {
      const roll = rollFor(seed, seed % 13);
      expect(roll).toBeGreaterThanOrEqual(0);
      expect(roll).toBeLessThan(1);
      buckets[Math.floor(roll * 10)]!++;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(1700);
  });
});

describe('weighted picks', () => {
  it.each([
    [[1, 1], 0.25, 0],
    [[1, 1], 0.75, 1],
    [[3, 1], 0.74, 0],
    [[3, 1], 0.76, 1],
    [[0, 5], 0.01, 1],
    [[-2, 1], 0.5, 1],
    [[1, 0], 0.99, 0],
  ])('weights %j with roll %f pick %i', (weights, roll, expected) => {
    expect(pickWeighted(weights, roll)).toBe(expected);
  });

  it('draws outcomes in proportion to their weights', () => {
    const counts = [0, 0];
    for (let step = 0; step < 10_000; step++) counts[pickWeighted([3, 1], rollFor(9, step))]!++;
    expect(counts[0]! / 10_000).toBeCloseTo(0.75, 1);
  });
});

describe('seeds from URLs and saves', () => {
  it.each([
    ['12345', 12345],
    ['0', 0],
    ['4294967295', 4294967295],
    ['4294967296', undefined],
    ['-1', undefined],
    ['1e3', undefined],
    ['abc', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j gives %j', (raw, expected) => {
    expect(parseSeed(raw)).toBe(expected);
  });
});
