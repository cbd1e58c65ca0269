import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLinkUrl, buildRequest, deliver } from '../../src/sign/delivery.ts';
import type { Delivery, Signature, SignContext } from '../../src/sign/types.ts';

const signature: Signature = {
  name: 'Kim Ji-eun',
  email: 'jieun@example.org',
  country: 'KR',
  postalCode: '04524',
  consent: true,
  mailingList: true,
};

const context: SignContext = {
  petition: 'stop-forced-returns',
  language: 'ko',
  ending: 'crossing',
  website: 'https://example.org/three-thousand-miles/',
  source: 'three-thousand-miles',
};

const webhook = { mode: 'webhook', url: 'https://hooks.example.org/sign' } as const;
const actionNetwork = {
  mode: 'action-network',
  url: 'https://actionnetwork.org/api/v2/petitions/abc-123/signatures',
  tags: ['three-thousand-miles', 'ko'],
} as const satisfies Delivery;

describe('the webhook request', () => {
  it('posts the signature and its context as JSON, under the idempotency key', () => {
    const request = buildRequest(webhook, signature, 'key-1', context);
    expect(request.url).toBe('https://hooks.example.org/sign');
    expect(request.init.method).toBe('POST');
    expect(request.init.headers).toEqual({ 'Content-Type': 'application/json', 'Idempotency-Key': 'key-1' });
    expect(JSON.parse(request.init.body)).toEqual({
      idempotencyKey: 'key-1',
      petition: 'stop-forced-returns',
      signature: {
        name: 'Kim Ji-eun',
        email: 'jieun@example.org',
        country: 'KR',
        postalCode: '04524',
        consent: true,
        mailingList: true,
      },
      context: {
        language: 'ko',
        ending: 'crossing',
        source: 'three-thousand-miles',
        website: 'https://example.org/three-thousand-miles/',
      },
    });
  });

  it('leaves out a postal code and an ending that were not given', () => {
    const noPostal: Signature = {
      name: 'Ana',
      email: 'ana@example.org',
      country: 'ES',
      consent: true,
      mailingList: false,
    };
    const noEnding: SignContext = { petition: 'p', language: 'es', website: 'https://example.org/', source: 's' };
    const body = JSON.parse(buildRequest(webhook, noPostal, 'key-1', noEnding).init.body) as Record<
      string,
      Record<string, unknown>
    >;
    expect(body.signature).not.toHaveProperty('postalCode');
    expect(body.context).not.toHaveProperty('ending');
  });

  it('sends the same body every time for the same key, whenever it is built', () => {
    vi.useFakeTimers();
    try {
      const first = buildRequest(webhook, signature, 'key-1', context);
      vi.advanceTimersByTime(3_600_000);
      const second = buildRequest(webhook, { ...signature }, 'key-1', { ...context });
      expect(second).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells two signatures apart by their keys', () => {
    const first = buildRequest(webhook, signature, 'key-1', context);
    const second = buildRequest(webhook, signature, 'key-2', context);
    expect(second.init.body).not.toBe(first.init.body);
    expect(second.init.headers['Idempotency-Key']).toBe('key-2');
  });
});

describe('the Action Network request', () => {
  it('records the signature with the person, the tags and the referrer, and no API key', () => {
    const request = buildRequest(actionNetwork, signature, 'key-1', context);
    expect(request.url).toBe('https://actionnetwork.org/api/v2/petitions/abc-123/signatures');
    expect(request.init.method).toBe('POST');
    expect(request.init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(request.init.body)).toEqual({
      person: {
        given_name: 'Kim Ji-eun',
        email_addresses: [{ address: 'jieun@example.org', status: 'subscribed' }],
        postal_addresses: [{ postal_code: '04524', country: 'KR' }],
      },
      add_tags: ['three-thousand-miles', 'ko'],
      referrer_data: { source: 'three-thousand-miles', website: 'https://example.org/three-thousand-miles/' },
    });
  });

  it('subscribes no one who did not ask to join the mailing list, and omits an absent postal code', () => {
    const quiet: Signature = {
      name: 'Kim Ji-eun',
      email: 'jieun@example.org',
      country: 'KR',
      consent: true,
      mailingList: false,
    };
    const request = buildRequest(actionNetwork, quiet, 'key-1', context);
    expect(JSON.parse(request.init.body)).toMatchObject({
      person: {
        email_addresses: [{ address: 'jieun@example.org' }],
        postal_addresses: [{ country: 'KR' }],
      },
    });
    expect(request.init.body).not.toContain('subscribed');
    expect(request.init.body).not.toContain('postal_code');
  });

  it('sends the same body for the same signature every time', () => {
    expect(buildRequest(actionNetwork, signature, 'key-1', context)).toEqual(
      buildRequest(actionNetwork, signature, 'key-1', context),
    );
  });
});

describe('the link to the campaign’s own petition page', () => {
  it('adds where the visitor came from and their language', () => {
    expect(buildLinkUrl({ mode: 'link', url: 'https://campaign.example.org/petition' }, context)).toBe(
      'https://campaign.example.org/petition?source=three-thousand-miles&language=ko',
    );
  });

  it('keeps the existing query and fragment, and replaces an existing source', () => {
    const url = new URL(
      buildLinkUrl({ mode: 'link', url: 'https://campaign.example.org/p?ref=x&source=old&lang=en#sign' }, context),
    );
    expect(url.searchParams.get('ref')).toBe('x');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.getAll('source')).toEqual(['three-thousand-miles']);
    expect(url.searchParams.get('language')).toBe('ko');
    expect(url.hash).toBe('#sign');
  });

  it('falls back to the campaign’s URL as given when it does not parse', () => {
    expect(buildLinkUrl({ mode: 'link', url: 'not a url' }, context)).toBe('not a url');
  });

  it('never carries anything the signer typed', () => {
    // Each typed value ends in a UUID, so a match cannot be a coincidence with the URL's own text.
    const typed = (base: fc.Arbitrary<string>) => fc.tuple(base, fc.uuid()).map(([text, id]) => `${text}${id}`);
    fc.assert(
      fc.property(
        fc.record({
          name: typed(fc.string()),
          email: typed(fc.emailAddress()),
          postalCode: typed(fc.string({ maxLength: 10 })),
          mailingList: fc.boolean(),
        }),
        fc.constantFrom('en', 'ko', 'ja', 'zh-Hans', 'es', 'fr'),
        (typedBySigner, language) => {
          const url = buildLinkUrl(
            { mode: 'link', url: 'https://campaign.example.org/petition?ref=story' },
            { ...context, language },
          );
          const decoded = decodeURIComponent(url);
          for (const value of [typedBySigner.name, typedBySigner.email, typedBySigner.postalCode]) {
            if (decoded.includes(value) || url.includes(encodeURIComponent(value))) return false;
          }
          return true;
        },
      ),
    );
  });
});

describe('delivering a signature', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function answering(status: number) {
    return vi.fn<typeof fetch>(() => Promise.resolve(new Response(null, { status })));
  }

  it('sends the built request, without cookies and with a way to abort it', async () => {
    const fetchFn = answering(201);
    await deliver(fetchFn, webhook, signature, 'key-1', context);
    const expected = buildRequest(webhook, signature, 'key-1', context);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    const [url, init] = fetchFn.mock.calls[0]!;
    expect(url).toBe(expected.url);
    expect(init).toMatchObject({ ...expected.init, credentials: 'omit' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([200, 201, 202, 204])('counts %i as recorded', async (status) => {
    await expect(deliver(answering(status), webhook, signature, 'key-1', context)).resolves.toEqual({
      outcome: 'recorded',
    });
  });

  it('counts 409 as recorded: the key was already recorded', async () => {
    await expect(deliver(answering(409), webhook, signature, 'key-1', context)).resolves.toEqual({
      outcome: 'recorded',
    });
  });

  it.each([400, 401, 403, 404, 410, 413, 422])('counts %i as rejected, not to be retried', async (status) => {
    await expect(deliver(answering(status), actionNetwork, signature, 'key-1', context)).resolves.toEqual({
      outcome: 'rejected',
      status,
    });
  });

  it.each([408, 425, 429, 500, 502, 503, 504])('counts %i as failed, to retry later', async (status) => {
    await expect(deliver(answering(status), webhook, signature, 'key-1', context)).resolves.toEqual({
      outcome: 'failed',
      reason: `status ${status}`,
    });
  });

  it.each([0, 302])('counts an unexpected status %i as failed, so the signature is kept', async (status) => {
    const fetchFn = vi.fn<typeof fetch>(() => Promise.resolve({ status } as Response));
    await expect(deliver(fetchFn, webhook, signature, 'key-1', context)).resolves.toEqual({
      outcome: 'failed',
      reason: `status ${status}`,
    });
  });

  it('counts a network error as failed', async () => {
    const fetchFn = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(deliver(fetchFn, webhook, signature, 'key-1', context)).resolves.toEqual({
      outcome: 'failed',
      reason: 'network',
    });
  });

  it('does not throw when fetch throws synchronously', async () => {
    const fetchFn = vi.fn<typeof fetch>(() => {
      throw new TypeError('Invalid URL');
    });
    await expect(deliver(fetchFn, webhook, signature, 'key-1', context)).resolves.toEqual({
      outcome: 'failed',
      reason: 'network',
    });
  });

  it('aborts a request that takes longer than the timeout, and counts it as failed', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const fetchFn = vi.fn<typeof fetch>(
      (_, init) =>
        new Promise((_resolve, reject) => {
          signal = init?.signal ?? undefined;
          signal?.addEventListener('abort', () => {
            reject(new DOMException('The operation was aborted.', 'AbortError'));
          });
        }),
    );
    const outcome = deliver(fetchFn, webhook, signature, 'key-1', context, 5_000);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toEqual({ outcome: 'failed', reason: 'timeout' });
    expect(signal?.aborted).toBe(true);
  });

  it('gives up after the default 15 s even when fetch ignores the abort', async () => {
    vi.useFakeTimers();
    const fetchFn = vi.fn<typeof fetch>(() => new Promise<Response>(() => undefined));
    let settled = false;
    const outcome = deliver(fetchFn, webhook, signature, 'key-1', context).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(14_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toEqual({ outcome: 'failed', reason: 'timeout' });
  });

  it('leaves no timer behind once answered', async () => {
    vi.useFakeTimers();
    await deliver(answering(200), webhook, signature, 'key-1', context);
    expect(vi.getTimerCount()).toBe(0);
  });
});
