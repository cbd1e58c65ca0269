/**
 * Checks what a signer typed and turns it into a `Signature`, or into stable error codes the form
 * translates. Texts are trimmed and otherwise kept exactly as typed: escaping is the renderer's job.
 */
import type { Signature } from './types.ts';

/** A reason a field was refused; the UI turns each into a translated message. */
export type SignError =
  | 'nameRequired'
  | 'nameTooLong'
  | 'emailRequired'
  | 'emailInvalid'
  | 'countryRequired'
  | 'countryUnknown'
  | 'postalTooLong'
  | 'consentRequired';

export type SignField = 'name' | 'email' | 'country' | 'postalCode' | 'consent';

export type SignErrors = Partial<Record<SignField, SignError>>;

/** What the form holds, before validation. */
export interface SignInput {
  name: string;
  email: string;
  country: string;
  postalCode: string;
  consent: boolean;
  mailingList: boolean;
}

export type Validation = { ok: true; signature: Signature } | { ok: false; errors: SignErrors };

export const NAME_MAX = 100;
export const EMAIL_MAX = 254;
export const POSTAL_MAX = 20;

/** Every officially assigned ISO 3166-1 alpha-2 code (249), in alphabetical order. */
export const COUNTRY_CODES: readonly string[] = Object.freeze(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ ' +
    'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ ' +
    'DE DJ DK DM DO DZ ' +
    'EC EE EG EH ER ES ET ' +
    'FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY ' +
    'HK HM HN HR HT HU ' +
    'ID IE IL IM IN IO IQ IR IS IT ' +
    'JE JM JO JP ' +
    'KE KG KH KI KM KN KP KR KW KY KZ ' +
    'LA LB LC LI LK LR LS LT LU LV LY ' +
    'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
    'NA NC NE NF NG NI NL NO NP NR NU NZ ' +
    'OM ' +
    'PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
    'QA ' +
    'RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
    'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ ' +
    'UA UG UM US UY UZ ' +
    'VA VC VE VG VI VN VU ' +
    'WF WS ' +
    'YE YT ' +
    'ZA ZM ZW'
  ).split(' '),
);

const KNOWN_COUNTRIES = new Set(COUNTRY_CODES);

// The WHATWG rule for <input type=email> (https://html.spec.whatwg.org/#valid-e-mail-address),
// as browsers apply it, so no `<`, `>`, `"`, `\` or space ever gets through...
const WHATWG_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// ...and a dot in the domain: no signer's mail is delivered to a bare `localhost`, so that is a slip.
const DOTTED_DOMAIN = /@[^@]+\.[^@]+$/;

/**
 * A character a reader can see: a letter, digit, punctuation mark or symbol. Zero-width spaces,
 * joiners, direction marks and every kind of space are not.
 */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** Validates a signature; on success every text is trimmed and the country upper-cased. */
export function validateSignature(input: SignInput): Validation {
  const name = input.name.trim();
  const email = input.email.trim();
  const country = input.country.trim().toUpperCase();
  const postalCode = input.postalCode.trim();
  const errors: SignErrors = {};

  // Counted in code points so a name outside the Basic Multilingual Plane is not cut short.
  if (!VISIBLE.test(name)) errors.name = 'nameRequired';
  else if (codePoints(name) > NAME_MAX) errors.name = 'nameTooLong';

  if (email === '') errors.email = 'emailRequired';
  else if (email.length > EMAIL_MAX || !WHATWG_EMAIL.test(email) || !DOTTED_DOMAIN.test(email))
    errors.email = 'emailInvalid';

  if (country === '') errors.country = 'countryRequired';
  else if (!KNOWN_COUNTRIES.has(country)) errors.country = 'countryUnknown';

  if (codePoints(postalCode) > POSTAL_MAX) errors.postalCode = 'postalTooLong';

  if (!input.consent) errors.consent = 'consentRequired';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    signature: {
      name,
      email,
      country,
      ...(postalCode === '' ? {} : { postalCode }),
      consent: true,
      mailingList: input.mailingList,
    },
  };
}

export type BotSignal = 'honeypot' | 'too-fast';

/** How long after the form shows a person could have filled it in: a send sooner is too fast. */
export const MIN_FILL_MS = 3000;

/**
 * Tells a likely bot apart: a filled hidden field, or a form sent sooner than a person could.
 * `shownAt` and `now` are in ms on the same clock.
 */
export function isBotSubmission(
  attempt: { honeypot: string; shownAt: number; now: number },
  minMs = MIN_FILL_MS,
): BotSignal | undefined {
  if (attempt.honeypot.trim() !== '') return 'honeypot';
  if (attempt.now - attempt.shownAt < minMs) return 'too-fast';
  return undefined;
}

function codePoints(text: string): number {
  return Array.from(text).length;
}
