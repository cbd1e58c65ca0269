import { describe, expect, it } from 'vitest';
import { parseParams } from '../../src/app/params.ts';

const defaults = { mode: 'standard', embed: false };

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
    expect(params.lang).toBeUndefined();
  });

  it.each([
    ['en-GB', 'en'],
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['JA', 'ja'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['es-419', 'es'],
    ['fr-CA', 'fr'],
    ['en-XA', 'en-XA'],
    ['ar-XB', 'ar-XB'],
  ])('matches the tag %s to the shipped language %s', (tag, lang) => {
    expect(parseParams(`?lang=${tag}`, 5).lang).toBe(lang);
  });

  it.each(['zh-TW', 'zh-Hant', 'zh-HK', 'de', 'ar', 'x'.repeat(10_000), '"><script>'])(
    'leaves an unshipped or hostile tag (%s) to the next source of a language',
    (tag) => {
      expect(parseParams(`?lang=${encodeURIComponent(tag)}`, 5).lang).toBeUndefined();
    },
  );
});
