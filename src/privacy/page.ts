/**
 * The privacy statement, `privacy/index.html` (English) and `privacy/<lang>/index.html`: what the
 * story keeps on the player's device, what it sends and to whom, in words a 12-year-old can
 * follow. Written at build time from the campaign file, so that it names the organisation, the
 * servers and the way signatures travel that this build really uses. Pure: the build writes the
 * files (src/build/privacy-plugin.ts).
 *
 * Every sentence here is a claim about the code: the save (src/engine/save.ts), the language
 * (src/i18n/choose.ts), the outbox (src/sign/outbox.ts) and what a delivery sends
 * (src/sign/delivery.ts), the offline copy (src/app/offline.ts), counting and the embed
 * (src/campaign/campaign.ts, src/embed/), how others chose (src/others/, src/server/runs.ts).
 * Change the statement when one of them changes.
 *
 * The page reads with no JavaScript and loads nothing but its stylesheet (`privacy/privacy.css`,
 * src/privacy/privacy.css), under the app's Content-Security-Policy.
 */
import type { Campaign } from '../campaign/campaign.ts';
import type { Language } from '../i18n/languages.ts';
import { appRoots } from '../share/page.ts';
import {
  alternateLinks,
  escapeHtml,
  iconAndStylesheet,
  languageMasthead,
  pageRoot,
  staticDocument,
  staticHead,
} from '../static-pages/common.ts';
import { isOwnPrivacyPage, privacyPageFolder, PRIVACY_STYLESHEET_PATH } from './link.ts';
import { privacyWords } from './words/index.ts';

export { privacyPagePath, privacyPageFolder, privacyHref, PRIVACY_STYLESHEET_PATH } from './link.ts';

/** The statement's sections, in order: the same in every language. */
export const PRIVACY_SECTIONS = [
  'device',
  'playing',
  'signing',
  'sharing',
  'counting',
  'others',
  'classroom',
  'embeds',
  'contact',
] as const;

/** What of the campaign the statement depends on. */
export type PrivacyCampaign = Pick<
  Campaign,
  'publicUrl' | 'organisation' | 'privacyUrl' | 'delivery' | 'petition' | 'counting'
>;

export interface PrivacyPageInput {
  lang: Language;
  /** The story's title in `lang`, plain. */
  storyTitle: string;
  campaign: PrivacyCampaign;
  /** The languages that have a statement, `lang` among them. */
  languages: readonly Language[];
  /** Vite's `base`. */
  base: string;
  contentSecurityPolicy: string;
}

/** How deep a statement page sits below the app's folder. */
const depth = (lang: Language): number => (lang === 'en' ? 1 : 2);

/** The app's folder as seen from a statement page: for its links and stylesheet. */
export function privacyRoot(base: string, lang: Language): string {
  return pageRoot(base, depth(lang));
}

/** The name of the server an address (absolute, or a path on the published site) reaches. */
export function hostOf(url: string, publicUrl: string): string {
  try {
    return new URL(url, `${publicUrl.replace(/\/+$/, '')}/`).host;
  } catch {
    // The campaign's loader has checked every address; a stray one is still named, not dropped.
    return url;
  }
}

/** What the campaign makes true, in the terms the statement speaks of. */
function factsOf(campaign: PrivacyCampaign, base: string) {
  const { delivery, publicUrl } = campaign;
  const form = delivery.mode === 'webhook' || delivery.mode === 'action-network' || delivery.mode === 'service';
  // Where no form can deliver, the ending links to the petition's own page (signOffer).
  const petitionLink = delivery.mode === 'link' ? delivery.url : campaign.petition.url;
  return {
    form,
    delivery,
    /** Finished runs are counted where the signature service is (src/main.tsx `countRuns`). */
    others: delivery.mode === 'service',
    petitionLink: petitionLink ? { host: hostOf(petitionLink, publicUrl), instead: form } : undefined,
    countingHost: campaign.counting ? hostOf(campaign.counting.endpoint, publicUrl) : undefined,
    signatureHost:
      delivery.mode === 'webhook' || delivery.mode === 'service' ? hostOf(delivery.url, publicUrl) : undefined,
    /** The organisation's own notice, when it is another page than this statement. */
    notice: isOwnPrivacyPage(campaign.privacyUrl, publicUrl, base) ? undefined : campaign.privacyUrl,
  };
}

/** The whole HTML document of one statement page. */
export function privacyPageHtml(input: PrivacyPageInput): string {
  const { lang, base, campaign, languages } = input;
  const e = escapeHtml;
  const w = privacyWords(lang);
  const facts = factsOf(campaign, base);
  const org = e(campaign.organisation.name);
  const counted = facts.countingHost !== undefined;
  const countingHost = e(facts.countingHost ?? '');
  const root = privacyRoot(base, lang);
  const site = appRoots(campaign.publicUrl, base).absolute;
  const p = (html: string): string => `<p>${html}</p>`;
  /** Sentences run on in one paragraph. */
  const run = (...sentences: string[]): string => sentences.join(w.sentenceGap);
  const list = (items: string[]): string => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

  // ---- head
  const head = [
    ...staticHead({
      csp: input.contentSecurityPolicy,
      title: w.pageTitle(input.storyTitle),
      description: w.description(input.storyTitle),
    }),
    `<link rel="canonical" href="${e(`${site}${privacyPageFolder(lang)}`)}">`,
    ...alternateLinks(languages, (l) => `${site}${privacyPageFolder(l)}`, { xDefault: true }),
    ...iconAndStylesheet(root, PRIVACY_STYLESHEET_PATH),
  ];

  // ---- masthead: the story's name and the statement's languages
  const masthead = languageMasthead({
    lang,
    languages,
    hrefOf: (l) => `${root}${privacyPageFolder(l)}`,
    skipTo: 'statement',
    skipLink: w.skipLink,
    storyTitle: input.storyTitle,
    languagesNav: w.languagesNav,
    languagesLabel: w.languagesLabel,
  });

  // ---- the sections
  const d = w.device;
  const device = [
    p(d.lead),
    list([
      d.progress,
      d.language,
      d.sound,
      ...(facts.form ? [d.waiting(org), d.signed] : []),
      ...(facts.others ? [d.runWaiting] : []),
    ]),
    p(d.offline),
    p(run(d.nothingElse, facts.others ? d.neverSentOthers : d.neverSent(counted))),
    `<h3>${e(d.clearHeading)}</h3>`,
    p(d.clear),
    // Deleting it loses a signature not yet delivered: said apart, so that it is not missed.
    facts.form ? p(d.clearSignature) : '',
  ];

  const playing = [
    p(
      facts.others && !counted
        ? w.playing.sendsOthers
        : run(w.playing.sends(counted, countingHost), ...(facts.others ? [w.playing.othersNote] : [])),
    ),
    p(w.playing.loads),
    p(w.playing.server),
  ];

  const s = w.signing;
  const link = facts.petitionLink
    ? p((facts.petitionLink.instead ? s.linkInstead : s.linkOnly)(e(facts.petitionLink.host)))
    : '';
  const signing = facts.form
    ? [
        p(s.lead(org)),
        list([
          s.fields,
          s.news(org),
          ...(facts.delivery.mode === 'webhook' || facts.delivery.mode === 'service' ? [s.story] : []),
          s.website,
        ]),
        p(s.purpose(org)),
        p(
          facts.delivery.mode === 'action-network'
            ? s.actionNetwork(org)
            : run(s.to(e(facts.signatureHost ?? '')), s.newsOnly(org)),
        ),
        ...(facts.delivery.mode === 'service'
          ? [p(serviceFacts(facts.delivery, campaign.petition.closes, org, w))]
          : []),
        p(run(s.kept(org), s.never)),
        link,
        facts.notice ? p(s.notice(org, e(facts.notice))) : '',
      ]
    : [link || p(s.none)];

  const sharing = [p(w.sharing.buttons), p(w.sharing.copy)];

  const c = w.counting;
  const counting = counted
    ? [p(c.lead(org, countingHost)), list(c.events), p(c.anonymous(countingHost)), p(c.notInClassroom)]
    : [p(c.none)];

  const o = w.others;
  const others = facts.others
    ? [p(o.lead(e(facts.signatureHost ?? ''))), p(o.kept), p(o.shown), p(o.off)]
    : [p(o.none)];

  const classroom = [p(w.classroom.text(counted)), p(w.classroom.kept), p(w.classroom.room)];

  const embeds = [p(w.embeds.around), p(w.embeds.told), p(w.embeds.petition), p(w.embeds.storage)];

  const orgUrl = campaign.organisation.url;
  const who = orgUrl ? `<a href="${e(orgUrl)}">${org}</a>` : org;
  const contact = [p(w.contact.ask(org, who)), p(w.contact.yours)];

  const bodies: Record<(typeof PRIVACY_SECTIONS)[number], string[]> = {
    device,
    playing,
    signing,
    sharing,
    counting,
    others,
    classroom,
    embeds,
    contact,
  };
  const sections = PRIVACY_SECTIONS.flatMap((id) => [
    `<section id="${id}" aria-labelledby="${id}-heading">`,
    `<h2 id="${id}-heading">${e(w.sections[id])}</h2>`,
    ...bodies[id],
    '</section>',
  ]);
  const contents = [
    '<nav class="contents" aria-labelledby="contents-heading">',
    `<h2 id="contents-heading">${e(w.contents)}</h2>`,
    `<ol>${PRIVACY_SECTIONS.map((id) => `<li><a href="#${id}">${e(w.sections[id])}</a></li>`).join('')}</ol>`,
    '</nav>',
  ];

  const summary = facts.form ? run(w.summary(counted), w.summarySign(org)) : w.summary(counted);
  const storyHref = `${root}?${new URLSearchParams({ lang }).toString()}`;
  return staticDocument(lang, head, [
    ...masthead,
    '<main id="statement" class="statement">',
    `<h1>${e(w.heading)}</h1>`,
    `<p class="summary">${summary}</p>`,
    ...contents,
    ...sections,
    `<p class="back"><a href="${e(storyHref)}">${e(w.back)}</a></p>`,
    '</main>',
  ]);
}

/** What the signature service keeps, how long and who reads it, as the campaign sets it. */
function serviceFacts(
  delivery: Extract<PrivacyCampaign['delivery'], { mode: 'service' }>,
  closes: string | undefined,
  org: string,
  w: ReturnType<typeof privacyWords>,
): string {
  const v = w.signing.service;
  const until =
    delivery.anonymiseAfterDays !== undefined && closes
      ? v.until(delivery.anonymiseAfterDays, escapeHtml(closes))
      : v.untilAsked(org);
  return [v.stored, ...(delivery.confirm === 'email' ? [v.confirm] : []), until, v.readers(org)].join(w.sentenceGap);
}
