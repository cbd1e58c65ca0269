/**
 * Hostile input to POST /api/signatures: random JSON values, broken bodies, huge and strange
 * names. Always a clear 4xx or a valid acceptance, never a 5xx; the process stays up; what is
 * stored is stored verbatim, and no answer carries markup.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, post, signatureBody, startTestService, stored, type TestService } from './harness.ts';

const isApiError = (json: Record<string, unknown>): boolean =>
  typeof json.error === 'string' && typeof json.message === 'string' && (json.message).length > 0;

describe.each(BACKENDS)('hostile input on $name', (backend) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(backend);
  }, 60_000);
  afterAll(async () => {
    await service.close();
  });

  it.skipIf(!backend.available)(
    'answers any JSON value with a 4xx ApiError or an acceptance, never a 5xx',
    async () => {
      const valid = signatureBody();
      // Random values, and valid bodies with one part replaced by a random value.
      const mutated = fc
        .tuple(
          fc.constantFrom(
            'idempotencyKey',
            'petition',
            'signature',
            'context',
            'name',
            'email',
            'country',
            'consent',
            'mailingList',
            'language',
            'postalCode',
          ),
          fc.jsonValue(),
        )
        .map(([field, value]) => {
          const body = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
          body.idempotencyKey = `k-${Math.random().toString(36).slice(2)}-0000` as never;
          if (field in body) (body as Record<string, unknown>)[field] = value;
          else if (field in body.signature!) body.signature![field] = value;
          else body.context![field === 'language' ? 'language' : field] = value;
          return body;
        });
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.jsonValue(), mutated), async (value) => {
          const answer = await post(service.url, value);
          expect(answer.status, JSON.stringify(value)).toBeLessThan(500);
          if (answer.status >= 400) expect(isApiError(answer.json), JSON.stringify(answer.json)).toBe(true);
          else expect(answer.json.status).toBe('counted');
          expect(JSON.stringify(answer.json)).not.toMatch(/<[a-z]/i);
        }),
        { numRuns: backend.name === 'PGlite' ? 300 : 150 },
      );
      // Alive after all of it.
      expect((await fetch(`${service.url}/api/petitions/stop-forced-returns`)).status).toBe(200);
    },
  );

  it.skipIf(!backend.available)('refuses each malformed body clearly and stores none of them', async () => {
    const before = await stored(service.store);
    const good = signatureBody();
    const cases: Array<[string, unknown, number]> = [
      ['null', null, 400],
      ['a number', 42, 400],
      ['an array', [good], 400],
      ['a string', 'sign me', 400],
      ['no name', { ...good, signature: { ...good.signature, name: undefined } }, 400],
      ['consent false', { ...good, signature: { ...good.signature, consent: false } }, 400],
      ['consent "true"', { ...good, signature: { ...good.signature, consent: 'true' } }, 400],
      ['no petition', { ...good, petition: undefined }, 400],
      ['not an email', { ...good, signature: { ...good.signature, email: 'not-an-email' } }, 400],
      ['an email with <>', { ...good, signature: { ...good.signature, email: '<a>@example.org' } }, 400],
      ['an email with quotes', { ...good, signature: { ...good.signature, email: '"a"@example.org' } }, 400],
      ['a zero-width name', { ...good, signature: { ...good.signature, name: '\u200b\u200b' } }, 400],
      ['a 10 KB name', { ...good, signature: { ...good.signature, name: 'x'.repeat(10_240) } }, 400],
      ['an unknown country', { ...good, signature: { ...good.signature, country: 'XX' } }, 400],
      ['an extra field', { ...good, admin: true }, 400],
    ];
    for (const [what, body, status] of cases) {
      const answer = await post(service.url, body);
      expect(answer.status, what).toBe(status);
      expect(isApiError(answer.json), what).toBe(true);
    }
    const huge = await post(service.url, { ...good, context: { ...good.context, website: 'x'.repeat(20_000) } });
    expect(huge.status).toBe(413);
    expect(huge.json.error).toBe('too-large');
    const broken = await post(service.url, '{"idempotencyKey": ', { 'x-raw': '1' });
    expect(broken.status).toBe(400);
    expect(broken.json.message).toBe('The body is not valid JSON.');
    expect(await stored(service.store)).toEqual(before);
  });

  it.skipIf(!backend.available)(
    'stores markup, SQL-looking text, emoji and right-to-left names verbatim, and answers without them',
    async () => {
      const names = [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        "Robert'); DROP TABLE signatures;--",
        "' OR '1'='1",
        '김민지 👩‍👧‍👦',
        'مريم الكردي',
        'שרה \u202e',
        '=HYPERLINK("http://evil.example")',
      ];
      for (const name of names) {
        const body = signatureBody({ name });
        const answer = await post(service.url, body);
        if (answer.status === 400) {
          expect(isApiError(answer.json), name).toBe(true);
          continue;
        }
        expect(answer.status, name).toBe(200);
        expect(JSON.stringify(answer.json)).not.toContain(name);
        const [row] = await service.store.db.query<{ name: string }>(
          'SELECT name FROM signatures WHERE idempotency_key = $1',
          [body.idempotencyKey],
        );
        expect(row!.name).toBe(name);
      }
      // The table is still there.
      expect((await service.store.db.query('SELECT 1 FROM signatures LIMIT 1')).length).toBe(1);
    },
  );
});
