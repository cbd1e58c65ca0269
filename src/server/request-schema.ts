/**
 * What `POST /api/signatures` accepts: exactly the body the app's outbox sends (src/sign/api.ts),
 * every field checked, nothing unknown. A body that fails gets a 400 naming the first field wrong.
 */
import { z } from 'zod';
import type { SignatureRequest } from '../sign/api.ts';
import { COUNTRY_CODES, EMAIL_MAX, NAME_MAX, POSTAL_MAX } from '../sign/validate.ts';

/**
 * The WHATWG HTML rule for `<input type=email>` (a "valid email address"): what the browser's own
 * form accepts. No quotes, angle brackets or spaces; an ASCII domain of labels.
 */
export const WHATWG_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** An idempotency key: printable ASCII, as the outbox's UUIDs are. */
export const KEY_SHAPE = /^[\x21-\x7e]{8,200}$/;

const COUNTRIES = new Set(COUNTRY_CODES);
/** Counted in code points, as the app's form counts (src/sign/validate.ts). */
const codePoints = (value: string): number => Array.from(value).length;
/** A letter, digit, mark, punctuation or symbol: not only spaces, controls or zero-width characters. */
const VISIBLE = /[\p{L}\p{N}\p{M}\p{P}\p{S}]/u;
/** C0/C1 controls, line and paragraph separators: never part of a name or a place. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

const words = (max: number, what: string) =>
  z
    .string({ error: `${what} should be text.` })
    .refine((value) => codePoints(value) <= max, `${what} is longer than ${String(max)} characters.`)
    .refine((value) => !CONTROL.test(value), `${what} holds a control character.`);

export const signatureRequestSchema = z
  .object(
    {
      idempotencyKey: z.string({ error: 'idempotencyKey should be text.' }).regex(KEY_SHAPE, {
        error: 'idempotencyKey should be 8 to 200 printable ASCII characters.',
      }),
      petition: z.string({ error: 'petition should be text.' }).max(200, { error: 'petition is too long.' }),
      signature: z
        .object(
          {
            name: words(NAME_MAX, 'The name')
              .refine((value) => value.trim() === value, 'The name should be trimmed.')
              .refine((value) => VISIBLE.test(value), 'The name needs at least one visible character.'),
            email: z
              .string({ error: 'The email address should be text.' })
              .max(EMAIL_MAX, { error: `The email address is longer than ${String(EMAIL_MAX)} characters.` })
              .regex(WHATWG_EMAIL, { error: 'The email address is not valid (by the rule of an HTML email field).' }),
            country: z
              .string({ error: 'The country should be text.' })
              .refine((value) => COUNTRIES.has(value), 'The country should be an ISO 3166-1 alpha-2 code in capitals.'),
            postalCode: words(POSTAL_MAX, 'The postal code').optional(),
            consent: z.literal(true, { error: 'consent must be true: a signature needs the signer’s agreement.' }),
            mailingList: z.boolean({ error: 'mailingList should be true or false.' }),
          },
          { error: 'signature should be an object.' },
        )
        .strict(),
      context: z
        .object(
          {
            language: z.string({ error: 'context.language should be text.' }).regex(/^[A-Za-z0-9-]{1,35}$/, {
              error: 'context.language should be a language tag.',
            }),
            ending: z
              .string({ error: 'context.ending should be text.' })
              .regex(/^[a-z0-9-]{1,100}$/, { error: 'context.ending should be an ending id.' })
              .optional(),
            source: words(100, 'context.source').refine((value) => value.length > 0, 'context.source is empty.'),
            website: words(2000, 'context.website'),
          },
          { error: 'context should be an object.' },
        )
        .strict(),
    },
    { error: 'The body should be a JSON object: a signature (see src/sign/api.ts).' },
  )
  .strict();

export type ParsedRequest = { ok: true; request: SignatureRequest } | { ok: false; message: string };

/** Checks a parsed JSON body; on failure, one sentence naming the first problem and where. */
export function parseSignatureRequest(body: unknown): ParsedRequest {
  const result = signatureRequestSchema.safeParse(body);
  if (result.success) return { ok: true, request: result.data };
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String).join('.');
  // The names of unknown fields are the sender's words: not echoed back.
  if (issue.code === 'unrecognized_keys')
    return { ok: false, message: `${path || 'The body'} has a field a signature does not have.` };
  if (issue.code === 'invalid_type' && valueAt(body, issue.path) === undefined)
    return { ok: false, message: `${path} is missing.` };
  return { ok: false, message: issue.message };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}
