/**
 * Reads and checks `story/campaign.yaml` at build time. Problems carry file, line and column, like
 * the story's. Node only: the app receives the result through `virtual:campaign`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import {
  FileContext,
  id,
  list,
  number,
  object,
  oneOf,
  optional,
  required,
  text,
  type Decoder,
  type Located,
} from '../engine/compile/decode.ts';
import type { Pos, Problem } from '../engine/compile/problems.ts';
import { SHIPPED_LANGUAGES } from '../i18n/languages.ts';
import { SIGNATURES_PATH } from '../sign/api.ts';
import type { Delivery } from '../sign/types.ts';
import { isLocalHost, onSite, type Campaign, type Texts } from './campaign.ts';

/** Words in English alone, or a mapping of shipped languages to words (English required). */
const texts: Decoder<Located<Texts>> = (node, ctx, where, label) => {
  if (isScalar(node)) {
    const value = text(node, ctx, where, label);
    return value && { ...value, value: { en: value.value } };
  }
  if (!isMap(node)) {
    ctx.report(ctx.posOf(node, where), 'wrong-type', `${label} should be text, or a mapping of languages to text.`);
    return undefined;
  }
  const out: Texts = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyPos = ctx.posOf(pair.key as Node, where);
    if (!(SHIPPED_LANGUAGES as string[]).includes(key)) {
      ctx.report(
        keyPos,
        'unknown-key',
        `"${key}" in ${label} is not a shipped language (${SHIPPED_LANGUAGES.join(', ')}).`,
      );
      continue;
    }
    const value = text(pair.value as Node, ctx, keyPos, `"${key}" in ${label}`);
    if (value) out[key] = value.value;
  }
  if (!out.en) ctx.report(ctx.posOf(node, where), 'missing-field', `${label} needs its English text ("en").`);
  return ctx.located(out, node, where);
};

const schema = object({
  publicUrl: required(text),
  hashtags: optional(list(text, 'hashtag')),
  organisation: required(object({ name: required(text), url: optional(text) })),
  privacyUrl: required(text),
  petition: required(
    object({
      id: required(id),
      title: required(texts),
      text: required(texts),
      target: required(texts),
      url: optional(text),
      goal: optional(number),
      closes: optional(text),
    }),
  ),
  delivery: required(
    object({
      mode: required(oneOf('webhook', 'action-network', 'link', 'none', 'service')),
      url: optional(text),
      tags: optional(list(text, 'tag')),
      // The signature service's settings (mode: service).
      confirm: optional(oneOf('email', 'none')),
      allowedOrigins: optional(list(text, 'origin')),
      anonymiseAfterDays: optional(number),
    }),
  ),
  learnMore: optional(
    list(object({ name: required(text), url: required(text), about: required(texts) }), 'organisation'),
  ),
  counting: optional(object({ endpoint: required(text), domain: required(text) })),
  allowedPetitionHosts: optional(list(text, 'host')),
});

/** Where paths are resolved to see whether they stay on the site (any origin would do). */
const SITE = 'https://site.invalid';

/** A host name, with a port if any: what `URL.host` gives. */
const HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/i;

export interface CampaignResult {
  campaign?: Campaign;
  problems: Problem[];
  /** The file read, relative to the root. */
  file: string;
}

/** The campaign file: `CAMPAIGN_FILE` when set (a deployer's own, or a test's), else story/campaign.yaml. */
export function campaignPath(root: string, storyDir = 'story'): string {
  return resolve(root, process.env.CAMPAIGN_FILE ?? `${storyDir}/campaign.yaml`);
}

export function loadCampaign(root: string, path = campaignPath(root)): CampaignResult {
  const file = relative(root, path).split(sep).join('/');
  const problems: Problem[] = [];
  const top: Pos = { file, line: 1, column: 1 };
  if (!existsSync(path)) {
    problems.push({ ...top, code: 'missing-field', message: `There is no campaign file at ${file}.` });
    return { problems, file };
  }
  const source = readFileSync(path, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const ctx = new FileContext(file, source, lines, problems);
  for (const error of doc.errors)
    ctx.report(ctx.posAt(error.pos[0]), 'yaml-syntax', `YAML syntax: ${error.message.split('\n')[0]!}`);
  if (doc.errors.length) return { problems, file };
  const raw = schema(doc.contents, ctx, top, 'campaign.yaml');
  if (!raw || problems.length) return { problems, file };

  const url = (value: Located<string> | undefined, what: string, allowPath: boolean): string | undefined => {
    if (!value) return undefined;
    // A path as a browser resolves it: `/\evil.example/` is another host, not a path.
    if (allowPath && value.value.startsWith('/') && onSite(value.value, SITE)) return value.value;
    try {
      const parsed = new URL(value.value);
      if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLocalHost(parsed.hostname)))
        return value.value;
    } catch {
      // reported below
    }
    ctx.report(
      value.pos,
      'bad-url',
      `${what} should be an https:// address${allowPath ? ' or a path on this site starting with /' : ''} (http:// only for localhost), not "${value.value}".`,
    );
    return undefined;
  };

  const publicUrl = url(raw.publicUrl, 'publicUrl', false)?.replace(/\/+$/, '');
  const privacyUrl = url(raw.privacyUrl, 'privacyUrl', true);
  const organisation = raw.organisation;
  const petition = raw.petition;
  const mode = raw.delivery?.mode?.value;
  const deliveryUrl = raw.delivery?.url;
  let delivery: Delivery | undefined;
  if (mode && mode !== 'service') {
    const { confirm, allowedOrigins, anonymiseAfterDays } = raw.delivery!;
    const serviceOnly = { confirm, allowedOrigins: allowedOrigins?.[0], anonymiseAfterDays };
    for (const [key, value] of Object.entries(serviceOnly))
      if (value)
        ctx.report(
          value.pos,
          'unknown-key',
          `"${key}" is a setting of the signature service (mode: service), not of mode "${mode}".`,
        );
  }
  if (mode === 'none') delivery = { mode: 'none' };
  else if (mode === 'service') delivery = serviceDelivery(raw.delivery!, ctx);
  else if (mode && !deliveryUrl)
    ctx.report(raw.delivery!.pos, 'missing-field', `Delivery mode "${mode}" needs a "url".`);
  else if (mode === 'webhook') {
    const target = url(deliveryUrl, 'The webhook url', true);
    if (target) delivery = { mode, url: target };
  } else if (mode === 'action-network') {
    const target = url(deliveryUrl, "The Action Network petition's signatures url", false);
    if (target && !/^https:\/\/actionnetwork\.org\/api\/v2\/petitions\/[^/]+\/signatures\/?$/.test(target))
      ctx.report(
        deliveryUrl!.pos,
        'bad-url',
        'An Action Network url looks like https://actionnetwork.org/api/v2/petitions/<id>/signatures/.',
      );
    else if (target) delivery = { mode, url: target, tags: (raw.delivery?.tags ?? []).map((t) => t.value) };
  } else if (mode === 'link') {
    const target = url(deliveryUrl, 'The petition link', false);
    if (target) delivery = { mode, url: target };
  }
  const hashtags = (raw.hashtags ?? []).flatMap((tag) => {
    const value = tag.value.replace(/^#/, '');
    if (/^[\p{L}\p{N}_]+$/u.test(value)) return [value];
    ctx.report(tag.pos, 'wrong-type', `A hashtag is letters, digits and _ only, not "${tag.value}".`);
    return [];
  });
  const learnMore = (raw.learnMore ?? []).flatMap((entry) => {
    const link = url(entry.url, 'An organisation url', false);
    return link && entry.name && entry.about ? [{ name: entry.name.value, url: link, about: entry.about.value }] : [];
  });
  const countingEndpoint = raw.counting?.endpoint
    ? url(raw.counting.endpoint, 'The counting endpoint', true)
    : undefined;
  const countingDomain = raw.counting?.domain;
  if (countingDomain && !/^[a-z0-9.-]{1,253}$/i.test(countingDomain.value))
    ctx.report(
      countingDomain.pos,
      'wrong-type',
      `The counting domain is a site's name (example.org), not "${countingDomain.value}".`,
    );
  const allowedPetitionHosts = (raw.allowedPetitionHosts ?? []).flatMap((host) => {
    if (HOST.test(host.value)) return [host.value.toLowerCase()];
    ctx.report(
      host.pos,
      'wrong-type',
      `An allowed petition host is a host name such as actionnetwork.org (no https://, no path), not "${host.value}".`,
    );
    return [];
  });
  const petitionUrl = petition?.url ? url(petition.url, 'The petition url', false) : undefined;
  const goal = petition?.goal;
  if (goal && !(Number.isInteger(goal.value) && goal.value > 0))
    ctx.report(goal.pos, 'wrong-type', `The petition's goal is a whole number above 0, not ${String(goal.value)}.`);
  const closes = petition?.closes;
  if (closes && !isDay(closes.value))
    ctx.report(
      closes.pos,
      'wrong-type',
      `The petition's closing day is a date like 2027-06-30, not "${closes.value}".`,
    );
  const organisationUrl = organisation?.url ? url(organisation.url, 'The organisation url', false) : undefined;
  if (problems.length || !publicUrl || !privacyUrl || !delivery || !organisation?.name || !petition)
    return { problems, file };

  return {
    file,
    problems,
    campaign: {
      publicUrl,
      hashtags,
      organisation: { name: organisation.name.value, ...(organisationUrl ? { url: organisationUrl } : {}) },
      privacyUrl,
      petition: {
        id: petition.id!.value,
        title: petition.title!.value,
        text: petition.text!.value,
        target: petition.target!.value,
        ...(petitionUrl ? { url: petitionUrl } : {}),
        ...(goal ? { goal: goal.value } : {}),
        ...(closes ? { closes: closes.value } : {}),
      },
      delivery,
      learnMore,
      ...(countingEndpoint && countingDomain
        ? { counting: { endpoint: countingEndpoint, domain: countingDomain.value } }
        : {}),
      webhookToService: delivery.mode === 'webhook' && delivery.url === SIGNATURES_PATH,
      allowedPetitionHosts,
    },
  };
}

/** A real calendar day written YYYY-MM-DD. */
function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

interface RawServiceSettings {
  pos: Pos;
  url?: Located<string>;
  confirm?: Located<string>;
  allowedOrigins?: Array<Located<string>>;
  anonymiseAfterDays?: Located<number>;
}

/** Mode `service`: same origin (no url), mail confirmation on or off, the origins that may embed it. */
function serviceDelivery(raw: RawServiceSettings, ctx: FileContext): Delivery | undefined {
  // Counted here, not in ctx, so that earlier problems elsewhere in the file do not void the service.
  const found = { problems: 0 };
  const report: FileContext['report'] = (...args) => {
    found.problems += 1;
    ctx.report(...args);
  };
  if (raw.url)
    report(
      raw.url.pos,
      'unknown-key',
      `The signature service answers on this site at ${SIGNATURES_PATH}: mode "service" takes no "url".`,
    );
  const allowedOrigins = (raw.allowedOrigins ?? []).flatMap((origin) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin.value);
    } catch {
      parsed = undefined;
    }
    const secure =
      parsed && (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLocalHost(parsed.hostname)));
    if (parsed && secure && parsed.origin === origin.value) return [origin.value];
    report(
      origin.pos,
      'bad-url',
      `An allowed origin is scheme://host[:port] with no path or trailing slash, https:// (http:// only for localhost), like https://campaign.example.org, not "${origin.value}".`,
    );
    return [];
  });
  const days = raw.anonymiseAfterDays;
  if (days && !(Number.isInteger(days.value) && days.value >= 0))
    report(
      days.pos,
      'wrong-type',
      `anonymiseAfterDays is a whole number of days (0 or more), not ${String(days.value)}.`,
    );
  if (found.problems > 0) return undefined;
  return {
    mode: 'service',
    url: SIGNATURES_PATH,
    confirm: raw.confirm?.value === 'email' ? 'email' : 'none',
    allowedOrigins,
    ...(days ? { anonymiseAfterDays: days.value } : {}),
  };
}
