import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  isBotSubmission,
  validateSignature,
  type SignError,
  type SignField,
  type SignInput,
} from '../../src/sign/validate.ts';

const valid: SignInput = {
  name: 'Kim Ji-eun',
  email: 'jieun@example.org',
  country: 'KR',
  postalCode: '04524',
  consent: true,
  mailingList: false,
};

function errorsOf(change: Partial<SignInput>): Partial<Record<SignField, SignError>> {
  const result = validateSignature({ ...valid, ...change });
  return result.ok ? {} : result.errors;
}

describe('validating a signature', () => {
  it('accepts a complete signature and trims every text', () => {
    expect(
      validateSignature({
        name: '  Kim Ji-eun \n',
        email: '\tjieun@example.org ',
        country: ' KR ',
        postalCode: ' 04524 ',
        consent: true,
        mailingList: true,
      }),
    ).toEqual({
      ok: true,
      signature: {
        name: 'Kim Ji-eun',
        email: 'jieun@example.org',
        country: 'KR',
        postalCode: '04524',
        consent: true,
        mailingList: true,
      },
    });
  });

  it('leaves the postal code out when none was given', () => {
    const result = validateSignature({ ...valid, postalCode: '   ' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.signature).not.toHaveProperty('postalCode');
  });

  it('upper-cases a country code typed in lower case', () => {
    const result = validateSignature({ ...valid, country: 'fr' });
    expect(result.ok && result.signature.country).toBe('FR');
  });

  it('keeps a name that looks like markup exactly as typed: escaping is the renderer’s job', () => {
    const name = '<img src=x onerror=alert(1)>';
    const result = validateSignature({ ...valid, name: `  ${name}  ` });
    expect(result).toEqual({ ok: true, signature: expect.objectContaining({ name }) as unknown });
  });

  it.each([['Zoë Ørsted-Łukasiewicz'], ['김지은'], ['O’Brien & Sons'], ['"; DROP TABLE signatures; --']])(
    'keeps the name %s verbatim',
    (name) => {
      const result = validateSignature({ ...valid, name });
      expect(result.ok && result.signature.name).toBe(name);
    },
  );

  it('keeps any name verbatim apart from the surrounding whitespace', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100 }), (name) => {
        fc.pre(name.trim() !== '' && Array.from(name.trim()).length <= 100);
        const result = validateSignature({ ...valid, name });
        return result.ok && result.signature.name === name.trim();
      }),
    );
  });

  it.each<[string, Partial<SignInput>, SignField, SignError]>([
    ['an empty name', { name: '' }, 'name', 'nameRequired'],
    ['a name of spaces', { name: '   \t ' }, 'name', 'nameRequired'],
    ['a name of 101 characters', { name: 'a'.repeat(101) }, 'name', 'nameTooLong'],
    ['an empty email', { email: '' }, 'email', 'emailRequired'],
    ['an email of spaces', { email: '  ' }, 'email', 'emailRequired'],
    ['an email without @', { email: 'jieun.example.org' }, 'email', 'emailInvalid'],
    ['an email with two @', { email: 'ji@eun@example.org' }, 'email', 'emailInvalid'],
    ['an email without a dot in the domain', { email: 'jieun@localhost' }, 'email', 'emailInvalid'],
    ['an email with a dot only before the @', { email: 'ji.eun@example' }, 'email', 'emailInvalid'],
    ['an email with a space inside', { email: 'ji eun@example.org' }, 'email', 'emailInvalid'],
    ['an email with nothing before the @', { email: '@example.org' }, 'email', 'emailInvalid'],
    ['an email whose domain ends in a dot', { email: 'jieun@example.' }, 'email', 'emailInvalid'],
    ['an email whose domain starts with a dot', { email: 'jieun@.org' }, 'email', 'emailInvalid'],
    ['an email of 255 characters', { email: `${'a'.repeat(243)}@example.org` }, 'email', 'emailInvalid'],
    ['a name of zero-width spaces only', { name: '\u200b\u200b\u200b' }, 'name', 'nameRequired'],
    [
      'a name of joiners, marks of direction and no-break spaces',
      { name: '\u200d\u200e\u00a0\u2060\ufeff' },
      'name',
      'nameRequired',
    ],
    ['a name of ideographic spaces', { name: '\u3000\u3000' }, 'name', 'nameRequired'],
    ['an email with < and >', { email: '<jieun>@example.org' }, 'email', 'emailInvalid'],
    ['an email with a double quote', { email: '"jieun"@example.org' }, 'email', 'emailInvalid'],
    ['an email with markup in it', { email: 'a@example.org<script>' }, 'email', 'emailInvalid'],
    ['an email with a backslash', { email: 'ji\\eun@example.org' }, 'email', 'emailInvalid'],
    ['an email with a comma', { email: 'ji,eun@example.org' }, 'email', 'emailInvalid'],
    ['an email with an underscore in the domain', { email: 'jieun@exa_mple.org' }, 'email', 'emailInvalid'],
    ['an email whose domain label starts with a hyphen', { email: 'jieun@-example.org' }, 'email', 'emailInvalid'],
    [
      'an email with a domain label of 64 characters',
      { email: `jieun@${'a'.repeat(64)}.org` },
      'email',
      'emailInvalid',
    ],
    ['an empty country', { country: '' }, 'country', 'countryRequired'],
    ['a made-up country', { country: 'ZZ' }, 'country', 'countryUnknown'],
    ['a country name instead of a code', { country: 'Korea' }, 'country', 'countryUnknown'],
    ['a three-letter code', { country: 'KOR' }, 'country', 'countryUnknown'],
    ['a postal code of 21 characters', { postalCode: '1'.repeat(21) }, 'postalCode', 'postalTooLong'],
    ['no consent', { consent: false }, 'consent', 'consentRequired'],
  ])('refuses %s', (_, change, field, code) => {
    expect(errorsOf(change)).toEqual({ [field]: code });
  });

  it.each<[string, Partial<SignInput>]>([
    ['a name of exactly 100 characters', { name: 'a'.repeat(100) }],
    ['a name of 100 characters outside the BMP', { name: '𠜎'.repeat(100) }],
    ['a name padded beyond 100 characters by spaces', { name: ` ${'a'.repeat(100)} ` }],
    ['an email of exactly 254 characters', { email: `${'a'.repeat(242)}@example.org` }],
    ['a plus-addressed email on a subdomain', { email: 'ji+petition@mail.example.co.kr' }],
    ['a postal code of exactly 20 characters', { postalCode: '1'.repeat(20) }],
    ['a name with a zero-width joiner between letters', { name: '\u200dKim\u200d' }],
    ['a one-character name in Hangul', { name: '김' }],
    ['an email with every sign the WHATWG rule allows before the @', { email: "a.!#$%&'*+/=?^_`{|}~-@example.org" }],
    ['no mailing list', { mailingList: false }],
  ])('accepts %s', (_, change) => {
    expect(errorsOf(change)).toEqual({});
  });

  it('reports every field that is wrong at once', () => {
    expect(
      validateSignature({
        name: ' ',
        email: 'nope',
        country: '',
        postalCode: 'x'.repeat(30),
        consent: false,
        mailingList: true,
      }),
    ).toEqual({
      ok: false,
      errors: {
        name: 'nameRequired',
        email: 'emailInvalid',
        country: 'countryRequired',
        postalCode: 'postalTooLong',
        consent: 'consentRequired',
      },
    });
  });
});

describe('the list of countries', () => {
  it.each(['KR', 'KP', 'CN', 'FR', 'US', 'JP', 'GB', 'DE', 'RU', 'MN', 'TH', 'LA', 'VN', 'ES', 'AX', 'SS', 'BQ'])(
    'contains %s',
    (code) => {
      expect(COUNTRY_CODES).toContain(code);
    },
  );

  it.each(['UK', 'EU', 'ZZ', 'XK', 'SU', 'YU', 'AN'])(
    'does not contain %s, which is not an ISO 3166-1 code',
    (code) => {
      expect(COUNTRY_CODES).not.toContain(code);
    },
  );

  it('holds all 249 codes, each two upper-case letters, once, in order', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
  });

  it('names every code in English (so each is a region the platform knows)', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of COUNTRY_CODES) expect(names.of(code), code).not.toBe(code);
  });
});

describe('telling bots apart', () => {
  const shownAt = 10_000;

  it('flags a filled honeypot, even when the form took long enough', () => {
    expect(isBotSubmission({ honeypot: 'http://spam.example', shownAt, now: shownAt + 60_000 })).toBe('honeypot');
  });

  it('flags a form sent sooner than 3 s after it was shown', () => {
    expect(isBotSubmission({ honeypot: '', shownAt, now: shownAt + 2_999 })).toBe('too-fast');
  });

  it('lets a person through after exactly 3 s', () => {
    expect(isBotSubmission({ honeypot: '', shownAt, now: shownAt + 3_000 })).toBeUndefined();
  });

  it('takes a different minimum', () => {
    expect(isBotSubmission({ honeypot: '', shownAt, now: shownAt + 1_000 }, 500)).toBeUndefined();
    expect(isBotSubmission({ honeypot: '', shownAt, now: shownAt + 1_000 }, 5_000)).toBe('too-fast');
  });

  it('does not count whitespace a browser left in the honeypot as a bot', () => {
    expect(isBotSubmission({ honeypot: ' ', shownAt, now: shownAt + 5_000 })).toBeUndefined();
  });
});
