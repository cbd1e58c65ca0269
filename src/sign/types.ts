/**
 * The shapes shared by the signature pipeline: what a signer gives, where it goes, what is sent
 * alongside it, and how a delivery ended.
 */

/** A signature that passed validation: every text trimmed, consent given. */
export interface Signature {
  name: string;
  email: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  postalCode?: string;
  consent: true;
  mailingList: boolean;
}

/** Where the campaign wants signatures to go. */
export type Delivery =
  | { mode: 'webhook'; url: string }
  | { mode: 'action-network'; /** The petition's signatures endpoint. */ url: string; tags: string[] }
  | { mode: 'link'; url: string }
  | { mode: 'none' };

/** The deliveries that POST a signature from the browser (the others never send one). */
export type SendableDelivery = Extract<Delivery, { mode: 'webhook' | 'action-network' }>;

/** What is sent alongside a signature: never personal data beyond the signature itself. */
export interface SignContext {
  /** The campaign's petition id. */
  petition: string;
  language: string;
  ending?: string;
  /** The public URL of the app. */
  website: string;
  /** E.g. 'three-thousand-miles'. */
  source: string;
}

export type DeliveryResult =
  { outcome: 'recorded' } | { outcome: 'rejected'; status: number } | { outcome: 'failed'; reason: string };
