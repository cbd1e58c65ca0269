/**
 * The deployer's settings (`story/campaign.yaml`), as the app receives them: where the app lives,
 * the petition and how a signature reaches it, the hashtags, and the organisations to learn from.
 * Pure data; read and checked at build time by `load.ts`.
 */
import { offersSigning } from '../app/classroom.ts';
import type { Delivery, SendableDelivery } from '../sign/types.ts';

/** Words in each language that has them; `en` is always there and stands in for a missing one. */
export type Texts = Record<string, string>;

export interface Campaign {
  /** Where the app is published, absolute, no trailing slash: share links and images use it. */
  publicUrl: string;
  /** Without `#`. */
  hashtags: string[];
  organisation: { name: string; url?: string };
  /** The organisation's privacy notice, linked from the consent box. */
  privacyUrl: string;
  petition: {
    id: string;
    title: Texts;
    text: Texts;
    target: Texts;
    url?: string;
    /** How many signatures the campaign aims for. */
    goal?: number;
    /** The day (YYYY-MM-DD, UTC) the petition closes: the service's anonymising counts from it. */
    closes?: string;
  };
  delivery: Delivery;
  learnMore: Array<{ name: string; url: string; about: Texts }>;
  /**
   * Opt-in counting: the embed's events sent with `navigator.sendBeacon` to a Plausible-compatible
   * events endpoint (`POST {name, url, domain, props}`), never in classroom mode. Absent: nothing
   * is counted.
   */
  counting?: { endpoint: string; domain: string };
  /**
   * True for a webhook to the signature service's own path on this site (SIGNATURES_PATH), which
   * only `npm start`, preview and serve answer.
   */
  webhookToService: boolean;
  /**
   * Host names (lower case, a port if any) whose petitions an embed may link to instead of the
   * campaign's own (`data-petition-url`, `?petition=`). Absent or empty: only the campaign's own.
   */
  allowedPetitionHosts?: string[];
}

/**
 * The campaign as the page needs it before an ending: everything but the words of the petition and
 * of the organisations to learn from, which come with the run (src/app/run-parts.ts) and are laid
 * back over it there (`withWords`). `virtual:campaign-page` is this.
 */
export type PageCampaign = Omit<Campaign, 'petition' | 'learnMore'> & {
  petition: Omit<Campaign['petition'], 'title' | 'text' | 'target'>;
};

export function pageCampaign(campaign: Campaign): PageCampaign {
  const without = (value: object, keys: readonly string[]) =>
    Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
  return {
    ...(without(campaign, ['learnMore', 'petition']) as Omit<Campaign, 'petition' | 'learnMore'>),
    petition: without(campaign.petition, ['title', 'text', 'target']) as PageCampaign['petition'],
  };
}

/** The page's campaign (with what the page set on it, an embed's hashtags say) and its words. */
export function withWords(page: PageCampaign, words: Pick<Campaign, 'petition' | 'learnMore'>): Campaign {
  const { title, text, target } = words.petition;
  return { ...page, petition: { ...page.petition, title, text, target }, learnMore: words.learnMore };
}

/** `texts` in `lang`, or in English when it has none. */
export function textIn(texts: Texts, lang: string): string {
  return texts[lang] ?? texts.en ?? '';
}

/** The language `textIn` answers in: `lang` itself, or English standing in for it. */
export function langOf(texts: Texts, lang: string): string {
  return texts[lang] !== undefined ? lang : 'en';
}

/** This machine: where http:// is allowed and the signature service answers its path in development. */
export function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * True when `path` (a path or an address) lands on `origin` once a browser resolves it: what
 * "a path on this site" means. `/\evil.example/` and `//evil.example/` do not: browsers read them as
 * another host.
 */
export function onSite(path: string, origin: string): boolean {
  try {
    return new URL(path, origin).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}

/**
 * True when a petition address from outside the campaign file (an embed's option) may replace the
 * campaign's offer: the campaign's own petition, or an https page on a host the campaign lists.
 */
export function petitionAllowed(campaign: PageCampaign, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (campaign.petition.url !== undefined && sameAddress(campaign.petition.url, parsed)) return true;
  if (parsed.username || parsed.password) return false;
  const local = parsed.protocol === 'http:' && isLocalHost(parsed.hostname);
  if (parsed.protocol !== 'https:' && !local) return false;
  return (campaign.allowedPetitionHosts ?? []).some((host) => host.toLowerCase() === parsed.host);
}

function sameAddress(a: string, b: URL): boolean {
  try {
    return new URL(a).href === b.href;
  } catch {
    return false;
  }
}

/** How the ending offers to sign, on this page. */
export type SignOffer = { kind: 'form'; delivery: SendableDelivery } | { kind: 'link'; url: string } | { kind: 'none' };

/**
 * The form where a signature can be delivered; else the petition's own page; else nothing. The
 * service's path answers only on a developer's machine, so elsewhere it falls back to the link.
 */
export function signOffer(campaign: PageCampaign, hostname: string): SignOffer {
  const { delivery } = campaign;
  const local = isLocalHost(hostname);
  if ((delivery.mode === 'webhook' || delivery.mode === 'action-network') && (!campaign.webhookToService || local))
    return { kind: 'form', delivery };
  if (delivery.mode === 'service') return { kind: 'form', delivery };
  if (delivery.mode === 'link') return { kind: 'link', url: delivery.url };
  if (campaign.petition.url) return { kind: 'link', url: campaign.petition.url };
  return { kind: 'none' };
}

export interface PageSignContext {
  hostname: string;
  /** Classroom mode as the page opened: nothing is offered. */
  classroom: boolean;
  /**
   * A campaigner's own petition (`data-petition-url`, checked): its link replaces the campaign's
   * offer when `petitionAllowed`.
   */
  petition?: string;
  /** False in a frame whose sandbox forbids forms or takes the origin away: a form could not send. */
  formsWork: boolean;
}

/** What this page offers: `signOffer`, as classroom mode, an embed's petition and its sandbox allow. */
export function pageSignOffer(campaign: PageCampaign, page: PageSignContext): SignOffer {
  if (!offersSigning(page.classroom)) return { kind: 'none' };
  if (page.petition && petitionAllowed(campaign, page.petition)) return { kind: 'link', url: page.petition };
  const offer = signOffer(campaign, page.hostname);
  if (offer.kind !== 'form' || page.formsWork) return offer;
  return campaign.petition.url ? { kind: 'link', url: campaign.petition.url } : { kind: 'none' };
}
