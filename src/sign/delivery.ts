/**
 * Turns a signature into the request a campaign's endpoint expects, and sends it. Sending never
 * throws: every ending is one of recorded, rejected (do not retry) or failed (retry later).
 */
import { readCount, type SignatureReceipt } from './api-read.ts';
import type { Delivery, DeliveryResult, SendableDelivery, Signature, SignContext } from './types.ts';

export interface SignRequest {
  url: string;
  init: { method: 'POST'; headers: Record<string, string>; body: string };
}

/**
 * Builds the POST for a signature. The body depends only on its arguments (no clock), so a retry
 * under the same key sends byte-for-byte the same request.
 */
export function buildRequest(
  delivery: SendableDelivery,
  signature: Signature,
  key: string,
  context: SignContext,
): SignRequest {
  switch (delivery.mode) {
    case 'webhook':
    case 'service':
      return {
        url: delivery.url,
        init: {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify(webhookBody(signature, key, context)),
        },
      };
    case 'action-network':
      // Action Network's unauthenticated ("blind") POST: no API key ever leaves the server.
      return {
        url: delivery.url,
        init: {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(actionNetworkBody(signature, delivery.tags, context)),
        },
      };
  }
}

function webhookBody(signature: Signature, key: string, context: SignContext) {
  return {
    idempotencyKey: key,
    petition: context.petition,
    signature: {
      name: signature.name,
      email: signature.email,
      country: signature.country,
      ...(signature.postalCode === undefined ? {} : { postalCode: signature.postalCode }),
      consent: true,
      mailingList: signature.mailingList,
    },
    context: {
      language: context.language,
      ...(context.ending === undefined ? {} : { ending: context.ending }),
      source: context.source,
      website: context.website,
    },
  };
}

// https://actionnetwork.org/docs/v2/record_signature_helper
function actionNetworkBody(signature: Signature, tags: readonly string[], context: SignContext) {
  return {
    person: {
      // One field for the whole name: splitting it into given and family names guesses wrong
      // for many of the world's names.
      given_name: signature.name,
      email_addresses: [
        { address: signature.email, ...(signature.mailingList ? { status: 'subscribed' as const } : {}) },
      ],
      postal_addresses: [
        {
          ...(signature.postalCode === undefined ? {} : { postal_code: signature.postalCode }),
          country: signature.country,
        },
      ],
    },
    add_tags: [...tags],
    referrer_data: { source: context.source, website: context.website },
  };
}

/**
 * The campaign's own petition page, tagged with where the visitor came from and their language.
 * Carries no personal data: it takes none.
 */
export function buildLinkUrl(delivery: Extract<Delivery, { mode: 'link' }>, context: SignContext): string {
  let url: URL;
  try {
    url = new URL(delivery.url);
  } catch {
    // A campaign URL that does not parse is still the best link there is; untagged beats none.
    return delivery.url;
  }
  url.searchParams.set('source', context.source);
  url.searchParams.set('language', context.language);
  return url.href;
}

/** Statuses that say "not now" rather than "never": the same request may succeed later. */
const RETRYABLE = new Set([408, 425, 429]);

/** What an HTTP status means for a signature. */
export function outcomeOf(status: number): DeliveryResult {
  if ((status >= 200 && status < 300) || status === 409) return { outcome: 'recorded' };
  if (status >= 400 && status < 500 && !RETRYABLE.has(status)) return { outcome: 'rejected', status };
  // 408, 425, 429, 5xx, and anything unexpected (an opaque 0, a stray 3xx): try again later.
  return { outcome: 'failed', reason: `status ${status}` };
}

/** Sends a signature and says how it ended; never throws. */
export async function deliver(
  fetchFn: typeof fetch,
  delivery: SendableDelivery,
  signature: Signature,
  key: string,
  context: SignContext,
  timeoutMs = 15000,
): Promise<DeliveryResult> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Raced as well as aborted, so a fetch that ignores its signal still cannot hang the outbox.
  const timedOut = new Promise<DeliveryResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ outcome: 'failed', reason: 'timeout' });
    }, timeoutMs);
  });
  const sent = (async (): Promise<DeliveryResult> => {
    try {
      const { url, init } = buildRequest(delivery, signature, key, context);
      // No cookies: a signature is sent as itself, not as whoever else the browser is logged in as.
      const response = await fetchFn(url, { ...init, credentials: 'omit', signal: controller.signal });
      const outcome = outcomeOf(response.status);
      if (outcome.outcome !== 'recorded' || delivery.mode !== 'service') return outcome;
      // What the service says of the signature (counted, or waiting for the signer's email).
      const receipt = await response.json().then(readReceipt, () => undefined);
      return receipt ? { outcome: 'recorded', receipt } : outcome;
    } catch {
      return { outcome: 'failed', reason: controller.signal.aborted ? 'timeout' : 'network' };
    }
  })();
  try {
    return await Promise.race([sent, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** A service's receipt, checked; undefined for anything else. */
function readReceipt(value: unknown): SignatureReceipt | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { status, count } = value as Record<string, unknown>;
  if (status !== 'counted' && status !== 'confirm-email') return undefined;
  const known = count === undefined ? undefined : readCount(count);
  return known ? { status, count: known } : { status };
}
