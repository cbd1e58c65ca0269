/**
 * The signature service's HTTP contract, shared by the app (which imports only types from here)
 * and the server (which checks every request against it). One module, so the two cannot drift.
 *
 * POST /api/signatures      body: SignatureRequest, header `Idempotency-Key` (= body.idempotencyKey)
 *   → 200 / 202 SignatureReceipt. The same answer for a new signature, a repeat of a key, a
 *     canonical email that already signed and a quarantined one: a bot learns nothing from it.
 *   → 4xx ApiError for a malformed body, an unknown petition, a body over 16 KB, an origin not
 *     allowed. Nothing is stored then. Never a 5xx for anything a client sends.
 * GET  /api/petitions/:id   → 200 PetitionCount (confirmed signatures only), cacheable for a few
 *     seconds; 404 ApiError for an unknown petition.
 */

/** The largest request body the service reads, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

/** The body the app's outbox sends: byte for byte what webhook delivery sends today. */
export interface SignatureRequest {
  idempotencyKey: string;
  petition: string;
  signature: {
    name: string;
    email: string;
    /** ISO 3166-1 alpha-2, upper case. */
    country: string;
    postalCode?: string;
    consent: true;
    mailingList: boolean;
  };
  context: {
    language: string;
    ending?: string;
    source: string;
    website: string;
  };
}

/** What the signer is told. */
export interface SignatureReceipt {
  /** `counted`: it counts now; `confirm-email`: it counts once the link in the email is followed. */
  status: 'counted' | 'confirm-email';
  /** The petition's count after this signature, when it is known. */
  count?: PetitionCount;
}

/** A petition's public count: confirmed signatures only. */
export interface PetitionCount {
  id: string;
  count: number;
  /** The campaign's goal, or null when it set none. */
  goal: number | null;
  /** ISO 8601: when the count last changed. */
  updatedAt: string;
}

/** Every 4xx answer: a code a program can branch on and a sentence a person can read. */
export interface ApiError {
  error: string;
  message: string;
}

export const SIGNATURES_PATH = '/api/signatures';

/** The path of a petition's count. */
export function petitionPath(id: string): string {
  return `/api/petitions/${encodeURIComponent(id)}`;
}
