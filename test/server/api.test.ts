/**
 * The signature API over HTTP, on PGlite and on PostgreSQL: stored once per key and once per
 * person, counted cheaply, refused clearly, guarded against other origins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalEmail } from '../../src/server/canonical.ts';
import { BACKENDS, post, signatureBody, startTestService, stored, testCampaign, type TestService } from './harness.ts';

describe('canonical email', () => {
  it.each([
    ['  Min.Ji+petition@Example.ORG ', 'min.ji@example.org'],
    ['min.ji@gmail.com', 'minji@gmail.com'],
    ['M.i.n.J.i+x@GoogleMail.com', 'minji@gmail.com'],
    ['+only@example.org', '+only@example.org'],
  ])('%s → %s', (email, canonical) => {
    expect(canonicalEmail(email)).toBe(canonical);
  });
});

describe.each(BACKENDS)('the signature API on $name', (backend) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(backend, {
      campaign: testCampaign({ allowedOrigins: ['https://embed.example.net'] }),
    });
  }, 60_000);
  afterAll(async () => {
    await service.close();
  });

  it.skipIf(!backend.available)(
    'stores a signature, counts it, and acknowledges a repeat of its key without storing it again',
    async () => {
      const before = (await (await fetch(`${service.url}/api/petitions/stop-forced-returns`)).json()) as {
        count: number;
      };
      const body = signatureBody();
      const first = await post(service.url, body);
      expect(first.status).toBe(200);
      expect(first.json).toMatchObject({
        status: 'counted',
        count: { id: 'stop-forced-returns', count: before.count + 1, goal: 10000 },
      });
      const again = await post(service.url, body);
      expect(again.status).toBe(200);
      expect(again.json).toMatchObject({ status: 'counted', count: { count: before.count + 1 } });
      const rows = await service.store.db.query('SELECT 1 FROM signatures WHERE idempotency_key = $1', [
        body.idempotencyKey,
      ]);
      expect(rows).toHaveLength(1);
    },
  );

  it.skipIf(!backend.available)(
    'counts one signature per canonical email and petition, and acknowledges the others',
    async () => {
      const count = async () =>
        ((await (await fetch(`${service.url}/api/petitions/stop-forced-returns`)).json()) as { count: number }).count;
      const start = await count();
      for (const email of [
        'Jo.Park@gmail.com',
        'jopark+story@googlemail.com',
        'JOPARK@GMAIL.COM',
        'j.o.p.a.r.k+1@gmail.com',
      ]) {
        const answer = await post(service.url, signatureBody({ email }));
        expect(answer.status).toBe(200);
        expect(answer.json.status).toBe('counted');
      }
      expect(await count()).toBe(start + 1);
      const rows = await service.store.db.query('SELECT email FROM signatures WHERE canonical_email = $1', [
        'jopark@gmail.com',
      ]);
      expect(rows).toEqual([{ email: 'Jo.Park@gmail.com' }]);
    },
  );

  it.skipIf(!backend.available)(
    'answers the count from its row, cacheable for a few seconds, and 404 for an unknown petition',
    async () => {
      const response = await fetch(`${service.url}/api/petitions/stop-forced-returns`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=5');
      const body = (await response.json()) as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(['count', 'goal', 'id', 'updatedAt']);
      expect(new Date(body.updatedAt as string).toISOString()).toBe(body.updatedAt);
      const [row] = await service.store.db.query<{ n: string }>(
        "SELECT count(*) AS n FROM signatures WHERE petition = 'stop-forced-returns' AND state = 'counted'",
      );
      expect(body.count).toBe(Number(row!.n));
      const unknown = await fetch(`${service.url}/api/petitions/no-such-petition`);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ error: 'unknown-petition' });
    },
  );

  it.skipIf(!backend.available)(
    'refuses an unknown petition, a mismatched key header and a non-JSON type, storing nothing',
    async () => {
      const before = await stored(service.store);
      const unknown = await post(service.url, signatureBody({ petition: 'another-petition' }));
      expect(unknown.status).toBe(404);
      expect(unknown.json).toMatchObject({ error: 'unknown-petition' });
      const mismatch = await post(service.url, signatureBody(), { 'Idempotency-Key': 'some-other-key-1234' });
      expect(mismatch.status).toBe(400);
      expect(mismatch.json.error).toBe('key-mismatch');
      const text = await post(service.url, JSON.stringify(signatureBody()), {
        'Content-Type': 'text/plain',
        'x-raw': '1',
      });
      expect(text.status).toBe(415);
      expect(text.json.error).toBe('json-only');
      expect(await stored(service.store)).toEqual(before);
    },
  );

  it.skipIf(!backend.available)(
    'refuses other origins (a no-cors text/plain POST included) and answers CORS only to allowed ones',
    async () => {
      const before = await stored(service.store);
      for (const type of ['application/json', 'text/plain']) {
        const forged = await post(service.url, signatureBody(), {
          Origin: 'https://evil.example',
          'Content-Type': type,
        });
        expect(forged.status).toBe(403);
        expect(forged.json.error).toBe('origin-not-allowed');
        expect(forged.headers.get('access-control-allow-origin')).toBeNull();
      }
      expect(await stored(service.store)).toEqual(before);

      const preflight = await fetch(`${service.url}/api/signatures`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://embed.example.net', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://embed.example.net');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
      const denied = await fetch(`${service.url}/api/signatures`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();

      const embedded = await post(service.url, signatureBody(), { Origin: 'https://embed.example.net' });
      expect(embedded.status).toBe(200);
      expect(embedded.headers.get('access-control-allow-origin')).toBe('https://embed.example.net');
      const own = await post(service.url, signatureBody(), { Origin: service.url });
      expect(own.status).toBe(200);
      const campaignSite = await post(service.url, signatureBody(), { Origin: 'https://campaign.example.org' });
      expect(campaignSite.status).toBe(200);
    },
  );

  it.skipIf(!backend.available)('puts security headers on every answer', async () => {
    for (const [method, path] of [
      ['GET', '/api/petitions/stop-forced-returns'],
      ['GET', '/api/nothing'],
      ['POST', '/api/signatures'],
      ['GET', '/nothing-here'],
    ] as const) {
      const response = await fetch(`${service.url}${path}`, {
        method,
        ...(method === 'POST' ? { body: 'null', headers: { 'Content-Type': 'application/json' } } : {}),
      });
      expect(response.status, path).toBeLessThan(500);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      if (path.startsWith('/api/'))
        expect(response.headers.get('content-security-policy'), path).toContain("default-src 'none'");
    }
  });

  it.skipIf(!backend.available)('stores client addresses only as salted hashes', async () => {
    const body = signatureBody();
    await post(service.url, body);
    const [row] = await service.store.db.query<{ address_hash: string }>(
      'SELECT address_hash FROM signatures WHERE idempotency_key = $1',
      [body.idempotencyKey],
    );
    expect(row!.address_hash).toMatch(/^[0-9a-f]{32}$/);
    const dump = JSON.stringify(await service.store.db.query('SELECT * FROM signatures'));
    expect(dump).not.toContain('127.0.0.1');
    expect(row!.address_hash).toBe(await service.store.addressHash('127.0.0.1'));
  });
});
