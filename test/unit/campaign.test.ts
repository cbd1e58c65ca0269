import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onSite, pageSignOffer, signOffer, textIn, type Campaign } from '../../src/campaign/campaign.ts';
import { loadCampaign } from '../../src/campaign/load.ts';
import { contentSecurityPolicy, connectOrigins } from '../../src/build/csp-plugin.ts';
import { formatProblem } from '../../src/engine/compile/problems.ts';
import { intentUrl, NETWORKS } from '../../src/share/intents.ts';
import { sharePageUrl } from '../../src/share/page.ts';
import { ROOT } from '../support/story.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'campaign-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const VALID = `publicUrl: https://example.org/story/
hashtags: ['#EscapeNorthKorea', Refugees]
organisation: { name: Example }
privacyUrl: /privacy/
petition:
  id: stop-returns
  title: { en: Stop returns, ko: 강제송환 중단 }
  target: China
  text: We ask.
delivery: { mode: webhook, url: https://hooks.example.org/sign }
learnMore:
  - { name: HRW, url: https://www.hrw.org, about: Reports. }
`;

function load(yaml: string, folder = dir) {
  const path = join(folder, 'campaign.yaml');
  writeFileSync(path, yaml);
  return loadCampaign(folder, path);
}

describe('the campaign file', () => {
  it('reads the shipped one with no problem', () => {
    const result = loadCampaign(ROOT);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.campaign?.delivery).toMatchObject({ mode: 'service', url: '/api/signatures', confirm: 'email' });
    expect(result.campaign?.petition).toMatchObject({ goal: 10000, closes: '2027-12-31' });
    expect(Object.keys(result.campaign?.petition.title ?? {})).toContain('en');
  });

  it("turns a valid file into the app's settings", () => {
    const { campaign, problems } = load(VALID);
    expect(problems).toEqual([]);
    expect(campaign).toMatchObject({
      publicUrl: 'https://example.org/story',
      hashtags: ['EscapeNorthKorea', 'Refugees'],
      petition: { id: 'stop-returns', title: { en: 'Stop returns', ko: '강제송환 중단' }, target: { en: 'China' } },
      delivery: { mode: 'webhook', url: 'https://hooks.example.org/sign' },
      webhookToService: false,
    });
    expect(textIn(campaign!.petition.title, 'ja')).toBe('Stop returns');
  });

  it.each([
    ['publicUrl: https://example.org/story/', 'publicUrl: javascript:alert(1)', 'bad-url'],
    ['url: https://hooks.example.org/sign', 'url: http://hooks.example.org/sign', 'bad-url'],
    ['mode: webhook', 'mode: carrier-pigeon', 'wrong-type'],
    ['{ en: Stop returns, ko: 강제송환 중단 }', '{ ko: 강제송환 중단, xx: Nope }', 'unknown-key'],
    ['organisation: { name: Example }', 'organisaton: { name: Example }', 'unknown-key'],
    ["hashtags: ['#EscapeNorthKorea', Refugees]", "hashtags: ['Escape North Korea']", 'wrong-type'],
  ])('reports a broken value (%s → %s) at its line and column', (from, to, code) => {
    const { campaign, problems } = load(VALID.replace(from, to));
    expect(campaign).toBeUndefined();
    expect(problems.map((p) => p.code)).toContain(code);
    for (const p of problems) {
      expect(p.file).toMatch(/campaign\.yaml$/);
      expect(p.line).toBeGreaterThan(0);
    }
  });

  it('accepts an Action Network petition only at its signatures endpoint', () => {
    const good = load(
      VALID.replace(
        'delivery: { mode: webhook, url: https://hooks.example.org/sign }',
        'delivery: { mode: action-network, url: https://actionnetwork.org/api/v2/petitions/abc-123/signatures/, tags: [ttm] }',
      ),
    );
    expect(good.campaign?.delivery).toEqual({
      mode: 'action-network',
      url: 'https://actionnetwork.org/api/v2/petitions/abc-123/signatures/',
      tags: ['ttm'],
    });
    const bad = load(
      VALID.replace(
        'delivery: { mode: webhook, url: https://hooks.example.org/sign }',
        'delivery: { mode: action-network, url: https://actionnetwork.org/petitions/abc }',
      ),
    );
    expect(bad.problems.map((p) => p.code)).toEqual(['bad-url']);
  });

  it('reads the signature service, its settings and the petition goal and closing day', () => {
    const service = VALID.replace(
      'delivery: { mode: webhook, url: https://hooks.example.org/sign }',
      `delivery:
  mode: service
  confirm: email
  allowedOrigins: [https://campaign.example.org, 'http://localhost:8000']
  anonymiseAfterDays: 30`,
    ).replace('  text: We ask.', '  text: We ask.\n  goal: 5000\n  closes: 2027-06-30');
    const { campaign, problems } = load(service);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(campaign?.delivery).toEqual({
      mode: 'service',
      url: '/api/signatures',
      confirm: 'email',
      allowedOrigins: ['https://campaign.example.org', 'http://localhost:8000'],
      anonymiseAfterDays: 30,
    });
    expect(campaign?.petition).toMatchObject({ goal: 5000, closes: '2027-06-30' });
    expect(signOffer(campaign!, 'example.org').kind).toBe('form');
    const bare = load(VALID.replace('{ mode: webhook, url: https://hooks.example.org/sign }', '{ mode: service }'));
    expect(bare.campaign?.delivery).toEqual({
      mode: 'service',
      url: '/api/signatures',
      confirm: 'none',
      allowedOrigins: [],
    });
  });

  it.each([
    ['allowedOrigins: [https://campaign.example.org/embed/]', 'https://campaign', 'bad-url'],
    ['allowedOrigins: [http://campaign.example.org]', 'http://campaign', 'bad-url'],
    ['allowedOrigins: ["*"]', '"*"', 'bad-url'],
    ['anonymiseAfterDays: -3', '-3', 'wrong-type'],
    ['anonymiseAfterDays: 2.5', '2.5', 'wrong-type'],
    ['confirm: sms', 'sms', 'wrong-type'],
    ['url: https://hooks.example.org/sign', 'https://hooks', 'unknown-key'],
  ])('reports a broken service setting (%s) at its line and column', (line, value, code) => {
    const yaml = VALID.replace(
      'delivery: { mode: webhook, url: https://hooks.example.org/sign }',
      `delivery:\n  mode: service\n  ${line}`,
    );
    const { campaign, problems } = load(yaml);
    expect(campaign).toBeUndefined();
    const lines = yaml.split('\n');
    const at = lines.indexOf(`  ${line}`);
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([[code, at + 1, lines[at]!.indexOf(value) + 1]]);
  });

  it.each([
    ['goal: 0', 'wrong-type'],
    ['goal: many', 'wrong-type'],
    ['closes: 2027-02-30', 'wrong-type'],
    ['closes: next spring', 'wrong-type'],
  ])('reports a broken petition %s at its line', (line, code) => {
    const yaml = VALID.replace('  text: We ask.', `  text: We ask.\n  ${line}`);
    const { campaign, problems } = load(yaml);
    expect(campaign).toBeUndefined();
    expect(problems.map((p) => [p.code, p.line])).toEqual([[code, yaml.split('\n').indexOf(`  ${line}`) + 1]]);
  });

  it('refuses service settings under another delivery mode', () => {
    const { problems } = load(
      VALID.replace(
        '{ mode: webhook, url: https://hooks.example.org/sign }',
        '{ mode: webhook, url: https://hooks.example.org/sign, confirm: email }',
      ),
    );
    expect(problems.map((p) => p.code)).toEqual(['unknown-key']);
  });

  it('lets the CSP connect to a webhook on another origin, and to nothing else', () => {
    const path = join(dir, 'campaign.yaml');
    writeFileSync(path, VALID);
    process.env.CAMPAIGN_FILE = path;
    try {
      expect(connectOrigins(dir)).toEqual(['https://hooks.example.org']);
      expect(contentSecurityPolicy(connectOrigins(dir))).toContain("connect-src 'self' https://hooks.example.org;");
    } finally {
      delete process.env.CAMPAIGN_FILE;
    }
    expect(connectOrigins(ROOT)).toEqual([]);
  });

  it('counts nothing unless asked, and then lets the CSP reach the counting endpoint', () => {
    expect(load(VALID).campaign?.counting).toBeUndefined();
    const counted = `${VALID}\ncounting: { endpoint: https://stats.example.org/api/event, domain: campaign.example.org }\n`;
    expect(load(counted).campaign?.counting).toEqual({
      endpoint: 'https://stats.example.org/api/event',
      domain: 'campaign.example.org',
    });
    const path = join(dir, 'campaign.yaml');
    writeFileSync(path, counted);
    process.env.CAMPAIGN_FILE = path;
    try {
      expect(connectOrigins(dir)).toEqual(['https://hooks.example.org', 'https://stats.example.org']);
    } finally {
      delete process.env.CAMPAIGN_FILE;
    }
    const bad = load(`${VALID}\ncounting: { endpoint: 'http://stats.example.org/e', domain: 'a b' }\n`);
    expect(bad.problems.map((p) => [p.code, p.line])).toEqual([
      ['bad-url', bad.problems[0]!.line],
      ['wrong-type', bad.problems[0]!.line],
    ]);
    expect(bad.campaign).toBeUndefined();
  });
});

describe('how the ending offers to sign', () => {
  const base = load(VALID, mkdtempSync(join(tmpdir(), 'campaign-offer-'))).campaign!;
  const local: Campaign = { ...base, delivery: { mode: 'webhook', url: '/api/signatures' }, webhookToService: true };

  it.each([
    ['a real webhook, anywhere', base, 'example.org', 'form'],
    ['a webhook to the service path, on this machine', local, '127.0.0.1', 'form'],
    ['a webhook to the service path, published, with no petition page', local, 'example.org', 'none'],
    [
      'a webhook to the service path, published, with a petition page',
      { ...local, petition: { ...local.petition, url: 'https://petition.example.org' } },
      'example.org',
      'link',
    ],
    ['link mode', { ...base, delivery: { mode: 'link', url: 'https://petition.example.org' } }, 'example.org', 'link'],
    ['no delivery', { ...base, delivery: { mode: 'none' } }, 'example.org', 'none'],
  ] as const)('%s: %s', (_, campaign, host, kind) => {
    expect(signOffer(campaign, host).kind).toBe(kind);
  });

  it('offers nothing in class, the embed’s own petition when given, and no form a sandbox would stop', () => {
    const page = { hostname: 'example.org', classroom: false, formsWork: true };
    const withPage = { ...base, petition: { ...base.petition, url: 'https://petition.example.org' } };
    expect(pageSignOffer(base, page).kind).toBe('form');
    expect(pageSignOffer(base, { ...page, classroom: true })).toEqual({ kind: 'none' });
    expect(pageSignOffer(base, { ...page, classroom: true, petition: 'https://own.example.org' })).toEqual({
      kind: 'none',
    });
    const allowing = { ...base, allowedPetitionHosts: ['own.example.org'] };
    expect(pageSignOffer(allowing, { ...page, petition: 'https://own.example.org/' })).toEqual({
      kind: 'link',
      url: 'https://own.example.org/',
    });
    expect(pageSignOffer(base, { ...page, formsWork: false })).toEqual({ kind: 'none' });
    expect(pageSignOffer(withPage, { ...page, formsWork: false })).toEqual({
      kind: 'link',
      url: 'https://petition.example.org',
    });
  });
});

describe('petitions from outside the campaign file', () => {
  const base = load(VALID, mkdtempSync(join(tmpdir(), 'campaign-hosts-'))).campaign!;
  const page = { hostname: 'example.org', classroom: false, formsWork: true };

  it.each([
    ['https://evil.example/sign'],
    ['https://own.example.org.evil.example/sign'],
    ['https://evil.example/own.example.org/'],
    ['https://own.example.org@evil.example/'],
    ['http://own.example.org/'],
  ])('never links to %s, a host the campaign did not list', (petition) => {
    const campaign = { ...base, allowedPetitionHosts: ['own.example.org'] };
    expect(pageSignOffer(campaign, { ...page, petition })).toEqual(pageSignOffer(campaign, page));
    expect(pageSignOffer(base, { ...page, petition })).toEqual({ kind: 'form', delivery: base.delivery });
  });

  it("links to a listed host's petition, and to the campaign's own petition without a list", () => {
    const own = { ...base, petition: { ...base.petition, url: 'https://petition.example.org/ours' } };
    expect(pageSignOffer(own, { ...page, petition: 'https://petition.example.org/ours' })).toEqual({
      kind: 'link',
      url: 'https://petition.example.org/ours',
    });
    const listed = { ...base, allowedPetitionHosts: ['Sign.Example.org'] };
    expect(pageSignOffer(listed, { ...page, petition: 'https://sign.example.org/p?x=1' })).toEqual({
      kind: 'link',
      url: 'https://sign.example.org/p?x=1',
    });
  });

  it('reads allowedPetitionHosts from the file, and reports a bad host at its line and column', () => {
    const good = load(`${VALID}allowedPetitionHosts: [actionnetwork.org, Sign.Example.org]\n`);
    expect(good.problems).toEqual([]);
    expect(good.campaign?.allowedPetitionHosts).toEqual(['actionnetwork.org', 'sign.example.org']);
    expect(load(VALID).campaign?.allowedPetitionHosts).toEqual([]);
    const bad = load(`${VALID}allowedPetitionHosts:\n  - https://evil.example/\n`);
    expect(bad.campaign).toBeUndefined();
    expect(bad.problems.map((p) => [p.code, p.line, p.column])).toEqual([['wrong-type', 14, 5]]);
  });
});

describe('paths on this site, as URLs resolve them', () => {
  it.each([
    ['/\\evil.example/privacy'],
    ['/\\/evil.example/privacy'],
    ['/\t/evil.example/privacy'],
    ['//evil.example/privacy'],
  ])('refuses privacyUrl %j at its line and column', (path) => {
    const { campaign, problems } = load(VALID.replace('privacyUrl: /privacy/', `privacyUrl: ${JSON.stringify(path)}`));
    expect(campaign).toBeUndefined();
    expect(problems.map((p) => formatProblem(p))).toEqual([expect.stringMatching(/campaign\.yaml:4:13: .*privacyUrl/)]);
  });

  it('refuses a webhook path that leaves the site', () => {
    const { problems } = load(VALID.replace('url: https://hooks.example.org/sign', 'url: "/\\\\evil.example/sign"'));
    expect(problems.map((p) => p.code)).toEqual(['bad-url']);
  });

  it.each([
    ['/privacy/', true],
    ['/a/../privacy/', true],
    ['/\\evil.example/privacy', false],
    ['//evil.example/', false],
    ['/\t/evil.example/', false],
    ['https://example.org/privacy', true],
    ['https://evil.example/privacy', false],
  ])('onSite(%j) is %s', (path, expected) => {
    expect(onSite(path, 'https://example.org')).toBe(expected);
  });
});

describe('share links', () => {
  const content = {
    url: 'https://example.org/share/ko/stayed/',
    text: 'I stayed & waited — "home" #1?',
    hashtags: ['EscapeNorthKorea'],
    title: 'Stayed — Three Thousand Miles',
  };

  it.each(NETWORKS)('%s gets an intent URL whose parameters decode to the content', (network) => {
    const url = new URL(intentUrl(network, content));
    const all = [...url.searchParams.values()].join(' ');
    if (network !== 'facebook' && network !== 'linkedin') expect(all).toContain('I stayed & waited — "home" #1?');
    expect(all).toContain(content.url);
    expect(url.href).not.toMatch(/ /);
  });

  it('writes spaces as %20 in email, never +', () => {
    const mail = intentUrl('email', content);
    expect(mail.startsWith('mailto:?subject=Stayed%20%E2%80%94')).toBe(true);
    expect(mail).not.toContain('+');
  });

  it('never carries anything but the content given (no personal data can enter)', () => {
    fc.assert(
      fc.property(fc.string(), fc.emailAddress(), (name, email) => {
        for (const network of NETWORKS) {
          const url = intentUrl(network, content);
          if (name.length > 3) expect(decodeURIComponent(url)).not.toContain(name);
          expect(url).not.toContain(email);
        }
      }),
    );
  });

  it("points at the ending's page under the base path", () => {
    expect(sharePageUrl('https://example.org/', '/stories/ttm/', 'ko', 'stayed')).toBe(
      'https://example.org/stories/ttm/share/ko/stayed/',
    );
    expect(sharePageUrl('https://example.org', '/', 'en', 'caught-at-river')).toBe(
      'https://example.org/share/en/caught-at-river/',
    );
  });
});
