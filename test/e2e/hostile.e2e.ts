/**
 * The hostile-input probe of issue 19, kept as a suite: hostile URLs, corrupt saved states (the
 * outbox's among them) and spoofed messages, each played in Chromium against the production
 * build. For every family it counts script executions (a payload's marker or a dialog), CSP
 * violations and crashes (uncaught errors), prints the counts, and asks that all three be 0.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OUTBOX_KEY, UNREADABLE_KEY } from '../../src/sign/outbox.ts';
import { SAVE_KEY } from '../../src/engine/save.ts';
import { browserForSuite, DESKTOP, PHONE, type Problems } from './browser.ts';
import { htmlServer } from './html-server.ts';
import { appReady, READY_TITLE, VIEW } from './story-page.ts';

const baseURL = inject('baseURL');
const { open } = browserForSuite(baseURL);

/** What every payload does if it ever runs. */
const RAN = 'window.__ran=(window.__ran||0)+1';
const SCRIPTS = [
  `"><script>${RAN}</script>`,
  `<img src=x onerror="${RAN}">`,
  `<svg onload="${RAN}">`,
  `javascript:${RAN}`,
  `'-alert(1)-'`,
  `{{constructor.constructor('${RAN}')()}}`,
];

/** A tally for one family, printed at the end of the suite. */
interface Tally {
  cases: number;
  executions: number;
  csp: number;
  crashes: number;
}
const tallies = new Map<string, Tally>();

function tally(family: string): Tally {
  let t = tallies.get(family);
  if (!t) tallies.set(family, (t = { cases: 0, executions: 0, csp: 0, crashes: 0 }));
  return t;
}

afterAll(() => {
  for (const [family, t] of tallies)
    console.log(
      `hostile ${family}: ${String(t.cases)} cases, ${String(t.executions)} script executions, ` +
        `${String(t.csp)} CSP violations, ${String(t.crashes)} crashes`,
    );
});

/** Counts dialogs (an `alert(1)` that ran) on a page. */
function countDialogs(page: Page): { count: number } {
  const dialogs = { count: 0 };
  page.on('dialog', (dialog) => {
    dialogs.count++;
    void dialog.dismiss();
  });
  return dialogs;
}

async function executions(page: Page, dialogs: { count: number }): Promise<number> {
  const marks = await Promise.all(
    page.frames().map((frame) => frame.evaluate(() => (window as { __ran?: number }).__ran ?? 0).catch(() => 0)),
  );
  return marks.reduce((a, b) => a + b, 0) + dialogs.count;
}

/** Adds what the page has recorded so far to the family's tally (each case then asks for none). */
function record(t: Tally, problems: Problems, ran: number): void {
  t.cases++;
  t.executions += ran;
  t.csp += problems.cspViolations.length;
  t.crashes += problems.pageErrors.length;
}

/** Every URL payload: each of the app's parameters and the embed's, with each script, and more. */
function urlPayloads(): string[] {
  const params = ['lang', 'mode', 'chapter', 'seed', 'embed', 'accent', 'background', 'petition', 'hashtags'];
  const payloads: string[] = [];
  for (const name of params)
    for (const script of SCRIPTS) payloads.push(`?${new URLSearchParams({ [name]: script }).toString()}`);
  payloads.push(
    `?embed=1&accent=${encodeURIComponent('red;--x:url(javascript:alert(1))')}`,
    `?embed=1&background=${'a'.repeat(10_000)}`,
    `?petition=${encodeURIComponent('https://evil.example/sign')}&chapter=5`,
    `?petition=${encodeURIComponent('data:text/html,<script>alert(1)</script>')}`,
    '?lang=__proto__&mode=constructor&chapter=prototype',
    '?seed=1e309&chapter=-1',
    '?seed=NaN&chapter=99999999999999999999',
    '?%E0%A4%A=1&lang=%',
    '?lang=ko&lang=<script>',
    `#${encodeURIComponent(`<script>${RAN}</script>`)}`,
    `#?secret=${'x'.repeat(100)}&<img src=x onerror=alert(1)>`,
    `?mode=classroom%00${encodeURIComponent('<script>')}`,
    `?embed=true&hashtags=${encodeURIComponent('#a,#b,#c,#d,#e,#f')}`,
    `?lang=${encodeURIComponent('\u202eer\u202c')}`,
  );
  return payloads;
}

describe('hostile URLs', () => {
  const payloads = urlPayloads();

  it(`run nothing, break nothing, and open the story: ${String(payloads.length)} payloads`, async () => {
    expect(payloads.length).toBeGreaterThanOrEqual(50);
    const t = tally('URLs');
    const { page, problems } = await open(PHONE, '/');
    // The app starts after the load event: leaving before it has would cut its scripts off.
    await appReady(page);
    const dialogs = countDialogs(page);
    for (const payload of payloads) {
      await page.goto(`${baseURL}/${payload}`);
      await appReady(page);
      await page.locator(`${READY_TITLE}, ${VIEW}`).first().waitFor();
      const state = await page.evaluate(() => ({
        handlers: document.querySelectorAll('[onerror],[onload]').length,
        javascriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
      }));
      expect(state, payload).toEqual({ handlers: 0, javascriptLinks: 0 });
      record(t, problems, await executions(page, dialogs));
      expect(problems.pageErrors, payload).toEqual([]);
      expect(problems.cspViolations, payload).toEqual([]);
    }
    expect(t).toEqual({ cases: payloads.length, executions: 0, csp: 0, crashes: 0 });
  });
});

const STORY_HASH_PLACEHOLDER = '__story__';

const entry = (overrides: Record<string, unknown> = {}) => ({
  key: 'hostile-key',
  signature: {
    name: `<script>${RAN}</script>`,
    email: 'probe@example.org',
    country: 'KR',
    consent: true,
    mailingList: false,
  },
  context: { petition: 'stop-forced-returns', language: 'en', website: 'http://localhost:4173', source: 'probe' },
  createdAt: 1,
  attempts: 1,
  nextAttemptAt: 1,
  status: 'pending',
  ...overrides,
});

/** A saved state: what each key holds (`__story__` in a save stands for the build's story hash). */
type State = Record<string, string>;

const save = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 1, story: STORY_HASH_PLACEHOLDER, seed: 1, choices: [], ...fields });
const outbox = (entries: unknown) => JSON.stringify({ format: 1, entries });

/** Saved states a damaged browser, an old version or a hostile extension could leave. */
const CORRUPT: Array<[string, State, { unreadable?: boolean }?]> = [
  ['a save that is not JSON', { [SAVE_KEY]: '{"format":1,' }],
  ['a save of null', { [SAVE_KEY]: 'null' }],
  ['a save that is a list', { [SAVE_KEY]: '[1,2,3]' }],
  ['a save whose seed is text', { [SAVE_KEY]: save({ seed: '1' }) }],
  ['a save whose choices are markup', { [SAVE_KEY]: save({ choices: [`<img src=x onerror="${RAN}">`] }) }],
  ['a save whose choices do not exist', { [SAVE_KEY]: save({ choices: ['nowhere', 'nothing'] }) }],
  ['a save whose date is out of range', { [SAVE_KEY]: save({ savedAt: 8.64e15 + 1 }) }],
  ['a save whose date is negative', { [SAVE_KEY]: save({ savedAt: -1 }) }],
  ['a save of 10,000 choices', { [SAVE_KEY]: save({ choices: Array.from({ length: 10_000 }, () => 'x') }) }],
  ['a save that sets __proto__', { [SAVE_KEY]: `{"__proto__":{"polluted":1},"format":1,"seed":1,"choices":[]}` }],
  ['a save of another story', { [SAVE_KEY]: JSON.stringify({ format: 1, story: 'other', seed: 1, choices: [] }) }],
  ['an outbox that is not JSON', { [OUTBOX_KEY]: '{"format":1,"entries":[' }, { unreadable: true }],
  [
    'an outbox of an unknown format',
    { [OUTBOX_KEY]: JSON.stringify({ format: 99, entries: [entry()] }) },
    { unreadable: true },
  ],
  [
    'an outbox entry with consent "true"',
    { [OUTBOX_KEY]: outbox([entry({ signature: { ...entry().signature, consent: 'true' } })]) },
    { unreadable: true },
  ],
  ['an outbox whose entries are not a list', { [OUTBOX_KEY]: '{"format":1,"entries":{"a":1}}' }, { unreadable: true }],
  [
    'an outbox entry missing its context',
    { [OUTBOX_KEY]: outbox([entry({ context: undefined })]) },
    { unreadable: true },
  ],
  [
    'an outbox entry without mailingList',
    {
      [OUTBOX_KEY]: outbox([entry({ signature: { name: 'A', email: 'a@example.org', country: 'KR', consent: true } })]),
    },
  ],
  [
    'an outbox entry leased far in the future',
    { [OUTBOX_KEY]: outbox([entry({ status: 'sending', leaseUntil: 1e15, leaseOwner: 'x' })]) },
  ],
  ['an outbox entry due far in the future', { [OUTBOX_KEY]: outbox([entry({ nextAttemptAt: 1e15 })]) }],
  [
    'an outbox entry whose name is markup',
    { [OUTBOX_KEY]: outbox([entry({ status: 'rejected', rejectedStatus: 400 })]) },
  ],
  [
    'an outbox of 200 broken entries',
    { [OUTBOX_KEY]: outbox(Array.from({ length: 200 }, (_, i) => ({ key: `k${String(i)}` }))) },
    { unreadable: true },
  ],
  ['a kept-aside list that is not JSON', { [UNREADABLE_KEY]: '<script>' }, { unreadable: true }],
  [
    'preferences of markup and huge numbers',
    { 'three-thousand-miles:preferences': `{"motion":"<script>","textSize":1e309}` },
  ],
  ['a language of markup', { 'three-thousand-miles:lang': `<img src=x onerror="${RAN}">` }],
  ['a signed marker of markup', { 'three-thousand-miles:signed': `<script>${RAN}</script>` }],
  ['sound settings that are not JSON', { 'three-thousand-miles:sound': '{{{' }],
  [
    'every key broken at once',
    {
      [SAVE_KEY]: '{',
      [OUTBOX_KEY]: '[',
      [UNREADABLE_KEY]: '{',
      'three-thousand-miles:preferences': '[',
      'three-thousand-miles:lang': '\u0000',
      'three-thousand-miles:sound': 'null',
    },
    { unreadable: true },
  ],
];

describe('corrupt saved states', () => {
  it(`open the story, keep what they can, name what they cannot read: ${String(CORRUPT.length)} states`, async () => {
    expect(CORRUPT.length).toBeGreaterThanOrEqual(20);
    const t = tally('saved states');
    const { page, context, problems } = await open(PHONE, '/');
    // Signatures that can be sent are answered here: the probe writes nothing to a receiver's file.
    await context.route('**/api/signatures', (route) =>
      route.fulfill({ status: 201, contentType: 'application/json', body: '{}' }),
    );
    const dialogs = countDialogs(page);
    await appReady(page);
    // The build's story hash, from the save a real run writes, so that saves can be well formed.
    await page.locator(`${READY_TITLE} .title-actions .primary`).click();
    await page.locator(VIEW).waitFor();
    const hash = await page.evaluate(
      (key) => (JSON.parse(localStorage.getItem(key)!) as { story: string }).story,
      SAVE_KEY,
    );
    for (const [name, state, expected] of CORRUPT) {
      await page.evaluate(
        (entries) => {
          localStorage.clear();
          for (const [key, value] of entries) localStorage.setItem(key, value);
        },
        Object.entries(state).map(([key, value]) => [key, value.replace(STORY_HASH_PLACEHOLDER, hash)] as const),
      );
      await page.reload();
      await page.locator(READY_TITLE).waitFor();
      const notice = (await page.locator(`${READY_TITLE} .notice[role="status"]`).allTextContents()).join(' ');
      if (expected?.unreadable) expect(notice, name).toContain('A signature saved on this device could not be read');
      await expect(page.locator(READY_TITLE).textContent(), name).resolves.not.toContain('Invalid Date');
      // And the story still starts (or continues).
      await page.locator(`${READY_TITLE} .title-actions .primary`).click();
      await page.locator(VIEW).waitFor();
      record(t, problems, await executions(page, dialogs));
      expect(problems.pageErrors, name).toEqual([]);
      expect(problems.cspViolations, name).toEqual([]);
    }
    expect(t).toEqual({ cases: CORRUPT.length, executions: 0, csp: 0, crashes: 0 });
  });
});

describe('spoofed messages', () => {
  const host = htmlServer();
  const third = htmlServer();
  beforeAll(async () => {
    await Promise.all([host.start(), third.start()]);
  });
  afterAll(async () => {
    await Promise.all([host.close(), third.close()]);
  });

  /** Messages that pretend to come from the story, or to be WordPress's, or are not messages at all. */
  const SPOOFED: unknown[] = [
    { source: 'three-thousand-miles', type: 'resize', height: 4321 },
    { source: 'three-thousand-miles', type: 'resize', height: 1e9 },
    { source: 'three-thousand-miles', type: 'resize', height: '4321px' },
    { source: 'three-thousand-miles', type: 'link', url: `javascript:${RAN}` },
    { source: 'three-thousand-miles', type: 'link', url: 'https://evil.example/' },
    { source: 'three-thousand-miles', type: 'ending', ending: `<img src=x onerror="${RAN}">` },
    { source: 'three-thousand-miles', type: 'cta', action: 'sign' },
    { source: 'three-thousand-miles', type: 'ready', lang: `<script>${RAN}</script>`, mode: 'standard' },
    { source: 'three-thousand-miles', type: '__proto__' },
    { secret: 'abc', message: 'height', value: 9999 },
    `<img src=x onerror="${RAN}">`,
    null,
  ];

  it(`change nothing, open nothing and run nothing: ${String(SPOOFED.length * 3)} messages from three senders`, async () => {
    expect(SPOOFED.length * 3).toBeGreaterThanOrEqual(10);
    const t = tally('messages');
    host.pages.set(
      '/campaign',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A campaign</title></head><body>
        <div id="story" data-three-thousand-miles data-lang="en" data-height="480"></div>
        <script>
          window.heard = [];
          document.getElementById('story').addEventListener('three-thousand-miles', (e) => window.heard.push(e.detail));
        </script>
        <script src="${baseURL}/embed.js" async></script>
      </body></html>`,
    );
    // Written into an inline script: `<` escaped, so a message's own `</script>` cannot end it.
    const messages = JSON.stringify(SPOOFED).replace(/</g, '\\u003c');
    third.pages.set(
      '/spoof',
      `<!doctype html><title>spoof</title><script>for (const m of ${messages}) parent.postMessage(m, '*');</script>`,
    );
    const { page, context, problems } = await open(DESKTOP, '/', { origin: host.origin });
    const dialogs = countDialogs(page);
    let popups = 0;
    context.on('page', () => popups++);
    await page.goto(`${host.origin}/campaign`);
    const frame = await (await page.waitForSelector('#story iframe')).contentFrame();
    if (!frame) throw new Error('no frame');
    await appReady(frame);
    await frame.locator(READY_TITLE).waitFor();
    const before = await page.evaluate(() => document.querySelector('#story iframe')!.getBoundingClientRect().height);

    // 1. A frame on a third origin, inside the campaign's page, talks to the loader.
    await page.evaluate((src) => {
      const spoof = document.createElement('iframe');
      spoof.src = src;
      spoof.title = 'unrelated';
      document.body.append(spoof);
    }, `${third.origin}/spoof`);
    // 2. The campaign's page talks to itself as if it were the story.
    await page.evaluate((all) => {
      for (const m of all) window.postMessage(m, '*');
    }, SPOOFED);
    // 3. The campaign's page talks to the story's frame.
    await page.evaluate((all) => {
      const target = document.querySelector('#story iframe') as HTMLIFrameElement;
      for (const m of all) target.contentWindow!.postMessage(m, '*');
    }, SPOOFED);
    await page.waitForTimeout(1_000);

    const heard = await page.evaluate(() => (window as unknown as { heard: Array<{ type: string }> }).heard);
    expect(heard.map((m) => m.type).filter((type) => type !== 'resize' && type !== 'ready')).toEqual([]);
    const after = await page.evaluate(() => document.querySelector('#story iframe')!.getBoundingClientRect().height);
    expect(after).toBe(before);
    expect(popups).toBe(0);
    await expect(frame.locator(READY_TITLE).count()).resolves.toBe(1);
    expect(problems.pageErrors).toEqual([]);
    t.cases = SPOOFED.length * 3;
    t.executions = await executions(page, dialogs);
    t.csp = problems.cspViolations.length;
    t.crashes = problems.pageErrors.length;
    expect(t).toEqual({ cases: SPOOFED.length * 3, executions: 0, csp: 0, crashes: 0 });
  });
});
