/**
 * The shapes shared by the signature pipeline: what a signer gives, where it goes, what is sent
 * alongside it, and how a delivery ended.
 */
import type { SignatureReceipt } from './api.ts';

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
  | { mode: 'none' }
  | ServiceDelivery;

/**
 * The project's own signature service (`npm run serve`, src/server/): same origin, so `url` is
 * always SIGNATURES_PATH; the body is the webhook's. Its settings are read by the server too.
 */
export interface ServiceDelivery {
  mode: 'service';
  url: string;
  /** `email`: a signature counts once the signer follows the link mailed to them. */
  confirm: 'email' | 'none';
  /** Origins (scheme://host[:port]) whose pages may POST signatures cross-origin: embeds. */
  allowedOrigins: string[];
  /** Names and emails are stripped this many days after the petition closes; absent: kept. */
  anonymiseAfterDays?: number;
}

/** The deliveries that POST a signature from the browser (the others never send one). */
export type SendableDelivery = Extract<Delivery, { mode: 'webhook' | 'action-network' | 'service' }>;

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
  /** `receipt`: what the signature service said of it (mode `service` only). */
  | { outcome: 'recorded'; receipt?: SignatureReceipt }
  | { outcome: 'rejected'; status: number }
  | { outcome: 'failed'; reason: string };
