/** The app's side of the signature service: its count read and checked, its receipts kept. */
import { describe, expect, it } from 'vitest';
import { fetchCount, readCount } from '../../src/sign/api-read.ts';
import { deliver } from '../../src/sign/delivery.ts';
import type { SendableDelivery, Signature, SignContext } from '../../src/sign/types.ts';

const service: SendableDelivery = {
  mode: 'service',
  url: '/api/signatures',
  confirm: 'email',
  allowedOrigins: [],
};
const signature: Signature = { name: 'A', email: 'a@example.org', country: 'KR', consent: true, mailingList: false };
const context: SignContext = { petition: 'p', language: 'en', website: 'https://example.org', source: 's' };
const COUNT = { id: 'p', count: 1234, goal: 5000, updatedAt: '2026-12-06T21:00:00.000Z' };

const answering = (status: number, body: string, type = 'application/json') =>
  (() => Promise.resolve(new Response(body, { status, headers: { 'Content-Type': type } }))) as unknown as typeof fetch;

describe('the petition count', () => {
  it('reads a count the service gives', async () => {
    await expect(fetchCount(answering(200, JSON.stringify(COUNT)), 'p')).resolves.toEqual({
      kind: 'count',
      count: COUNT,
    });
    await expect(fetchCount(answering(200, JSON.stringify({ ...COUNT, goal: null })), 'p')).resolves.toMatchObject({
      count: { goal: null },
    });
  });

  it.each([
    ['a 404 (a static host)', answering(404, 'not found', 'text/html')],
    ['a static host’s HTML page', answering(200, '<!doctype html><title>Three Thousand Miles</title>', 'text/html')],
    ['a 500', answering(500, '{}')],
    ['another petition’s count', answering(200, JSON.stringify({ ...COUNT, id: 'other' }))],
    ['a negative count', answering(200, JSON.stringify({ ...COUNT, count: -1 }))],
    ['a count in words', answering(200, JSON.stringify({ ...COUNT, count: '1234' }))],
    ['null', answering(200, 'null')],
  ])('takes %s for no service', async (_, fetchFn) => {
    await expect(fetchCount(fetchFn, 'p')).resolves.toEqual({ kind: 'absent' });
  });

  it('tells no answer at all apart', async () => {
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    await expect(fetchCount(offline, 'p')).resolves.toEqual({ kind: 'unreachable' });
  });

  it('asks the petition’s own path, afresh, without cookies', async () => {
    const asked: Array<[string, RequestInit | undefined]> = [];
    const fetchFn = ((url: string, init?: RequestInit) => {
      asked.push([url, init]);
      return Promise.resolve(new Response(JSON.stringify({ ...COUNT, id: 'a b' })));
    }) as typeof fetch;
    await fetchCount(fetchFn, 'a b');
    expect(asked[0]![0]).toBe('/api/petitions/a%20b');
    expect(asked[0]![1]).toMatchObject({ credentials: 'omit', cache: 'no-cache' });
  });

  it('never takes anything but a count', () => {
    for (const value of [undefined, 1, 'x', [], {}, { ...COUNT, updatedAt: 1 }, { ...COUNT, goal: 0 }])
      expect(readCount(value)).toBeUndefined();
  });
});

describe('a signature sent to the service', () => {
  it('keeps the service’s receipt: counted or waiting for the signer’s email', async () => {
    const receipt = { status: 'confirm-email', count: COUNT };
    await expect(deliver(answering(202, JSON.stringify(receipt)), service, signature, 'k', context)).resolves.toEqual({
      outcome: 'recorded',
      receipt,
    });
    await expect(deliver(answering(200, '{"status":"counted"}'), service, signature, 'k', context)).resolves.toEqual({
      outcome: 'recorded',
      receipt: { status: 'counted' },
    });
  });

  it('is recorded without a receipt when the answer is not one', async () => {
    await expect(deliver(answering(200, 'ok', 'text/plain'), service, signature, 'k', context)).resolves.toEqual({
      outcome: 'recorded',
    });
    await expect(
      deliver(answering(200, '{"status":"<b>counted</b>"}'), service, signature, 'k', context),
    ).resolves.toEqual({ outcome: 'recorded' });
  });

  it('posts the webhook body, with its key, to the same origin’s /api/signatures', async () => {
    let sent: [string, RequestInit | undefined] | undefined;
    const fetchFn = ((url: string, init?: RequestInit) => {
      sent = [url, init];
      return Promise.resolve(new Response('{"status":"counted"}'));
    }) as typeof fetch;
    await deliver(fetchFn, service, signature, 'key-1', context);
    expect(sent![0]).toBe('/api/signatures');
    expect(sent![1]!.headers).toMatchObject({ 'Idempotency-Key': 'key-1', 'Content-Type': 'application/json' });
    expect(JSON.parse(sent![1]!.body as string)).toMatchObject({ idempotencyKey: 'key-1', petition: 'p', signature });
  });
});
