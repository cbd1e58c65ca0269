import { describe, expect, it } from 'vitest';
import { parseParams } from '../../src/app/params.ts';

const defaults = { lang: 'en', mode: 'standard', embed: false };

describe('URL parameters', () => {
  it('reads every known parameter', () => {
    expect(parseParams('?seed=42&lang=en&mode=classroom&chapter=1&embed=1', 5)).toEqual({
      seed: 42,
      lang: 'en',
      mode: 'classroom',
      chapter: 1,
      embed: true,
    });
  });

  it.each([
    [''],
    ['?'],
    ['?seed=abc'],
    ['?seed=-5'],
    ['?seed=99999999999'],
    ['?lang=xx'],
    ['?lang=%E0%A4%A'],
    ['?mode=teacher'],
    ['?chapter=0'],
    ['?chapter=9'],
    ['?chapter=two'],
    ['?embed=yes'],
    ['?unknown=1&another'],
    ['?seed=1e3&chapter=1.5'],
  ])('falls back to defaults for %j', (search) => {
    const params = parseParams(search, 5);
    expect(params).toMatchObject(defaults);
    expect(params.seed).toBeUndefined();
    expect(params.chapter).toBeUndefined();
  });

  it('matches a regional language tag to the language shipped', () => {
    expect(parseParams('?lang=en-GB', 5).lang).toBe('en');
  });
});
