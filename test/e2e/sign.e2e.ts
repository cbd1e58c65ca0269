/**
 * Signing at an ending in Chromium, against a real local HTTP server that serves the built app and
 * the real signature service (src/server/, on PGlite), failing its first two deliveries: the
 * signature is kept through the failures and a reload, retried, and stored exactly once. And with
 * confirmation by email: the mail is caught by a real SMTP server, its link followed in the
 * browser, and the count rises.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveDist, type StaticServer } from '../../bench/serve.ts';
import { createMailer } from '../../src/server/mail.ts';
import { startMailCatcher, type MailCatcher } from '../../src/server/mail-catcher.ts';
import { petitionPath, SIGNATURES_PATH, type PetitionCount } from '../../src/sign/api.ts';
import { OUTBOX_KEY } from '../../src/sign/outbox.ts';
import { MIN_FILL_MS } from '../../src/sign/validate.ts';
import { CHOICES_PATH, RUNS_PATH } from '../../src/others/api.ts';
import { BACKENDS, startTestService, testCampaign, type TestService } from '../server/harness.ts';
import { browserForSuite, expectNoProblems, PHONE } from './browser.ts';
import { READY_TITLE, playToEnding } from './story-page.ts';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const PGLITE = BACKENDS[0]!;

/** The service behind a door that fails `failFirst` deliveries with 503, then lets them through. */
async function flakyEndpoint(service: TestService, failFirst: number) {
  // Only this test's rows: the service is shared by the file's tests.
  const [{ last } = { last: '0' }] = await service.store.db.query<{ last: string }>(
    'SELECT coalesce(max(id), 0)::text AS last FROM signatures',
  );
  const seen: Array<{ key: string | undefined; status: number }> = [];
  // The service listens on its own port; this server forwards /api/ to it, as a proxy would.
  const handle = (request: IncomingMessage, response: ServerResponse): boolean => {
    if (!request.url?.startsWith('/api/')) return false;
    const key = request.headers['idempotency-key'];
    const keyText = Array.isArray(key) ? key[0] : key;
    if (
      request.method === 'POST' &&
      request.url === SIGNATURES_PATH &&
      seen.filter((s) => s.status === 503).length < failFirst
    ) {
      seen.push({ key: keyText, status: 503 });
      request.resume();
      response.writeHead(503, { 'Content-Type': 'application/json' }).end('{"error":"try later"}');
      return true;
    }
    void forward(service.url, request, response).then((status) => {
      if (request.method === 'POST' && request.url === SIGNATURES_PATH) seen.push({ key: keyText, status });
    });
    return true;
  };
  const recorded = () =>
    service.store.db.query<{ name: string; email: string; country: string; state: string }>(
      'SELECT name, email, country, state, mailing_list FROM signatures WHERE id > $1 ORDER BY id',
      [last],
    );
  return { handle, seen, recorded };
}

/** Sends a request on to the service and its answer back; resolves with the status. */
async function forward(target: string, request: IncomingMessage, response: ServerResponse): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = Object.fromEntries(
    Object.entries(request.headers).flatMap(([name, value]) =>
      typeof value === 'string' && name !== 'host' && name !== 'connection' ? [[name, value]] : [],
    ),
  );
  // The page's origin is this server's: tell the service, as a reverse proxy does (the service
  // trusts X-Forwarded-* here, as TRUST_PROXY makes it behind one).
  const answer = await fetch(`${target}${request.url!}`, {
    method: request.method!,
    headers: { ...headers, 'x-forwarded-host': request.headers.host!, 'x-forwarded-proto': 'http' },
    ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    redirect: 'manual',
  });
  const body = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, Object.fromEntries(answer.headers.entries()));
  response.end(body);
  return answer.status;
}

let server: StaticServer | undefined;
/** Started once for the file (PGlite takes seconds to open on a busy machine); one with mail apart. */
const services = new Map<'none' | 'email', Promise<TestService>>();
let catcher: MailCatcher | undefined;
let endpoint: Awaited<ReturnType<typeof flakyEndpoint>>;
// Not the suite's preview server: this file serves dist/ itself, beside its own service.
const session = browserForSuite('http://127.0.0.1:9');

beforeAll(async () => {
  catcher = await startMailCatcher();
  // Opened while the first test builds its page.
  services.set(
    'none',
    createMailer(catcher.url, '"Test" <no-reply@example.org>').then((mailer) =>
      startTestService(PGLITE, { campaign: testCampaign(), mailer, trustProxy: true }),
    ),
  );
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(async () => {
  for (const service of services.values()) await (await service).close();
  await catcher?.close();
});

async function start(failFirst: number, confirm: 'none' | 'email' = 'none'): Promise<string> {
  if (!services.has(confirm))
    services.set(
      confirm,
      createMailer(catcher!.url, '"Test" <no-reply@example.org>').then((mailer) =>
        startTestService(PGLITE, { campaign: testCampaign({ confirm }), mailer, trustProxy: true }),
      ),
    );
  endpoint = await flakyEndpoint(await services.get(confirm)!, failFirst);
  server = await serveDist(inject('distDir'), '/', endpoint.handle);
  return server.url.replace(/\/$/, '');
}

/** Plays from the title screen to an ending by taking the first choice each time. */
async function fillForm(page: Page, name = 'Kim Min-ji', email = 'minji@example.org'): Promise<void> {
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Country', { exact: true }).selectOption('KR');
  await page.getByLabel(/I agree that/).check();
}

/**
 * Opens the page with Playwright's clock installed: time flows as usual, and a test can jump it
 * past the form's minimum fill time instead of sleeping through it.
 */
const withClock = { before: (page: Page) => page.clock.install() };

/** Moves the page's clock past the time a person needs to fill the form in (validate.ts). */
const afterFillTime = (page: Page) => page.clock.fastForward(MIN_FILL_MS + 100);

const outboxOf = (page: Page) => page.evaluate((key) => localStorage.getItem(key), OUTBOX_KEY);

describe('signing the petition at an ending', () => {
  it('keeps a signature through two failed deliveries and a reload, then records it exactly once', async () => {
    const origin = await start(2);
    const { page, problems } = await session.open(PHONE, '/?seed=4', { origin, ...withClock });
    await playToEnding(page);
    const form = page.locator('form[data-sign-form]');
    await form.waitFor();

    // Validation first: nothing is queued while the form is wrong.
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(page.getByLabel('Your name', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('.field-error').first().textContent()).resolves.toBe('Please enter your name.');
    await expect(outboxOf(page)).resolves.toBeNull();

    await fillForm(page, HOSTILE_NAME);
    // The minimum time before a submit is 3 s from the form's showing.
    await afterFillTime(page);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();

    // First delivery fails: the player is told it is saved and will be sent.
    await expect
      .poll(() => page.locator('[data-sign-status]').textContent(), { timeout: 10_000 })
      .toContain('saved on this device');
    const queued = await outboxOf(page);
    expect(queued).toContain(HOSTILE_NAME);
    await expect(endpoint.recorded()).resolves.toHaveLength(0);
    expect(endpoint.seen.map((s) => s.status)).toEqual([503]);

    // A reload during the failure keeps it queued; opening the page again sends it.
    await page.reload();
    await page.locator(READY_TITLE).waitFor();
    await expect.poll(async () => (await endpoint.recorded()).length, { timeout: 30_000, interval: 250 }).toBe(1);
    // Once confirmed, nothing personal stays behind in the browser.
    await expect.poll(async () => (await outboxOf(page)) ?? '').not.toContain('minji@example.org');

    const statuses = endpoint.seen.map((s) => s.status);
    expect(statuses.slice(0, 2)).toEqual([503, 503]);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    const keys = new Set(endpoint.seen.map((s) => s.key));
    expect(keys.size, 'every attempt carries the same idempotency key').toBe(1);

    const [record] = await endpoint.recorded();
    expect(record).toMatchObject({
      name: HOSTILE_NAME,
      email: 'minji@example.org',
      country: 'KR',
      state: 'counted',
      mailing_list: false,
    });
    // Sent and shown as text: no element was made of it, no script ran.
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    // The two 503s are the test's doing; every other failure counts.
    expectNoProblems({
      ...problems,
      consoleErrors: problems.consoleErrors.filter((line) => !/status of 503.*\/api\/signatures/.test(line)),
      failedRequests: problems.failedRequests.filter((line) => !line.includes(`${SIGNATURES_PATH}: HTTP 503`)),
    });
  }, 120_000);

  it('waits while offline and sends once when the connection is back', async () => {
    const origin = await start(0);
    const { page, context, problems } = await session.open(PHONE, '/?seed=9', { origin, ...withClock });
    await playToEnding(page);
    await page.locator('form[data-sign-form]').waitFor();
    await fillForm(page, 'Kim Min-ji', 'minji.offline@example.org');
    await afterFillTime(page);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-sign-status]').textContent(), { timeout: 10_000 })
      .toContain('saved on this device');
    await expect(endpoint.recorded()).resolves.toHaveLength(0);

    await context.setOffline(false);
    await expect
      .poll(() => page.locator('[data-sign-status]').textContent(), { timeout: 15_000 })
      .toContain('Thank you');
    await expect(endpoint.recorded()).resolves.toHaveLength(1);
    // The attempt made while offline is the test's doing; every other failure counts.
    const offline = (line: string) => !line.includes('ERR_INTERNET_DISCONNECTED');
    expectNoProblems({
      ...problems,
      consoleErrors: problems.consoleErrors.filter(offline),
      failedRequests: problems.failedRequests.filter(offline),
    });
  });

  it('counts a signature once the signer confirms it through the link in the caught email', async () => {
    const origin = await start(0, 'email');
    const countNow = async () =>
      ((await (await fetch(`${origin}/api/petitions/stop-forced-returns`)).json()) as PetitionCount).count;
    const before = await countNow();
    const { page, problems } = await session.open(PHONE, '/?seed=4', { origin, ...withClock });
    await playToEnding(page);
    await page.locator('form[data-sign-form]').waitFor();
    await fillForm(page);
    await afterFillTime(page);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    const mail = await catcher!.next('minji@example.org', 20_000);
    expect(mail.subject).toBe('Confirm your signature: Stop the forced return of North Koreans from China');
    await expect(endpoint.recorded()).resolves.toMatchObject([{ state: 'pending' }]);
    expect(await countNow()).toBe(before);

    // The signer opens the link from the mail in the browser and presses its one button.
    const [confirm] = mail.links;
    expect(new URL(confirm!).origin).toBe(origin);
    await page.goto(confirm!);
    await page.getByRole('heading', { name: 'Confirm your signature' }).waitFor();
    await page.screenshot({ path: 'test-results/sign-confirm-page.png' });
    await page.getByRole('button', { name: 'Confirm my signature' }).click();
    await page.getByRole('heading', { name: 'Thank you: your signature counts' }).waitFor();
    await expect(endpoint.recorded()).resolves.toMatchObject([{ state: 'counted' }]);
    expect(await countNow()).toBe(before + 1);
    expectNoProblems(problems);
  }, 120_000);

  it('asks a too-quick signer to check, and sends nothing for a filled honeypot', async () => {
    const origin = await start(0);
    const { page } = await session.open(PHONE, '/?seed=2', { origin, ...withClock });
    await playToEnding(page);
    await page.locator('form[data-sign-form]').waitFor();
    await fillForm(page);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('That was quick');
    await page.locator('.honeypot input').fill('http://spam.example', { force: true });
    await afterFillTime(page);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.waitForTimeout(500);
    expect(endpoint.seen).toEqual([]);
    await expect(outboxOf(page)).resolves.toBeNull();
  });
});

/** Answers the petition's count as the signature service would (src/sign/api.ts), from `count()`. */
function answerCount(request: IncomingMessage, response: ServerResponse, count: () => number): boolean {
  if (request.method !== 'GET' || request.url?.split('?')[0] !== petitionPath('stop-forced-returns')) return false;
  response
    .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
    .end(
      JSON.stringify({ id: 'stop-forced-returns', count: count(), goal: null, updatedAt: new Date().toISOString() }),
    );
  return true;
}

/**
 * An endpoint of the test's own that records what a campaign's webhook would: each idempotency
 * key once, every request seen. `refuse` answers 400 to the keys named until it is emptied.
 */
function recordingEndpoint() {
  const requests: Array<{ key: string | undefined; body: Record<string, unknown> | undefined }> = [];
  const recorded = new Map<string, Record<string, unknown>>();
  const refuse = new Set<string>();
  const handle = (request: IncomingMessage, response: ServerResponse): boolean => {
    if (answerCount(request, response, () => recorded.size)) return true;
    // The service's other addresses at an ending ("how others chose"): the run counted, no shares yet.
    const path = request.url?.split('?')[0];
    if (path === RUNS_PATH || path === CHOICES_PATH) {
      request.resume();
      response
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(path === RUNS_PATH ? '{"status":"counted"}' : '{"decisions":{}}');
      return true;
    }
    if (path !== SIGNATURES_PATH) return false;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const header = request.headers['idempotency-key'];
      const key = Array.isArray(header) ? header[0] : header;
      let body: Record<string, unknown> | undefined;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        body = undefined;
      }
      requests.push({ key, body });
      const status = !key || !body ? 400 : refuse.has(key) ? 400 : recorded.has(key) ? 200 : 201;
      if (status === 201) recorded.set(key!, body!);
      response.writeHead(status, { 'Content-Type': 'application/json' }).end('{}');
    });
    return true;
  };
  return { handle, requests, recorded, refuse };
}

let recorder: ReturnType<typeof recordingEndpoint>;

async function startRecording(): Promise<string> {
  recorder = recordingEndpoint();
  server = await serveDist(inject('distDir'), '/', recorder.handle);
  return server.url.replace(/\/$/, '');
}

const KEPT_SIGNATURE = {
  name: 'Kim Min-ji',
  email: 'kept@example.org',
  country: 'KR',
  consent: true,
  mailingList: false,
};

/** An outbox entry as an earlier visit (or a damaged one) might have left it. */
function keptEntry(key: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    key,
    signature: KEPT_SIGNATURE,
    context: { petition: 'stop-forced-returns', language: 'en', website: 'http://localhost:4173', source: 'ttm' },
    createdAt: Date.now() - 60_000,
    attempts: 1,
    nextAttemptAt: Date.now() - 1_000,
    status: 'pending',
    ...overrides,
  };
}

/** Stores `value` as the outbox, then opens the story again, as a later visit would. */
async function reopenWithOutbox(page: Page, value: unknown): Promise<void> {
  await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [
    OUTBOX_KEY,
    typeof value === 'string' ? value : JSON.stringify(value),
  ] as const);
  await page.reload();
  await page.locator(READY_TITLE).waitFor();
}

describe('one signature per person and submit', () => {
  it.each([
    [
      'the button clicked twice in one task',
      'const b = document.querySelector("form[data-sign-form] button[type=submit]"); b.click(); b.click();',
    ],
    [
      'requestSubmit() three times in one task',
      'const f = document.querySelector("form[data-sign-form]"); f.requestSubmit(); f.requestSubmit(); f.requestSubmit();',
    ],
  ])('sends one signature for %s', async (_, script) => {
    const origin = await startRecording();
    const { page, problems } = await session.open(PHONE, '/?seed=4', { origin, ...withClock });
    await playToEnding(page);
    await page.locator('form[data-sign-form]').waitFor();
    await fillForm(page);
    await afterFillTime(page);
    await page.evaluate(script);
    await expect
      .poll(() => page.locator('[data-sign-status]').textContent(), { timeout: 10_000 })
      .toContain('Thank you');
    // Time for a second signature to go, had one been kept.
    await page.waitForTimeout(1_500);
    expect(recorder.requests).toHaveLength(1);
    expect(recorder.recorded.size).toBe(1);
    expectNoProblems(problems);
  });
});

describe('signatures kept on this device', () => {
  it('sends a kept signature whose lease and next attempt lie far ahead, and one saved without mailingList', async () => {
    const origin = await startRecording();
    const { page, problems } = await session.open(PHONE, '/', { origin });
    await page.locator(READY_TITLE).waitFor();
    const year = 365 * 24 * 3600_000;
    const withoutList: Partial<typeof KEPT_SIGNATURE> = { ...KEPT_SIGNATURE };
    delete withoutList.mailingList;
    await reopenWithOutbox(page, {
      format: 1,
      entries: [
        keptEntry('stuck-lease', { status: 'sending', leaseUntil: Date.now() + year, leaseOwner: 'a closed tab' }),
        keptEntry('stuck-attempt', { nextAttemptAt: Date.now() + year }),
        keptEntry('no-list', { signature: withoutList }),
      ],
    });
    await expect
      .poll(() => [...recorder.recorded.keys()].sort(), { timeout: 15_000 })
      .toEqual(['no-list', 'stuck-attempt', 'stuck-lease']);
    expect(recorder.recorded.get('no-list')).toMatchObject({ signature: { mailingList: false } });
    await expect.poll(() => outboxOf(page)).toBeNull();
    expectNoProblems(problems);
  });

  it('sends a signature held under a stale lease when the connection comes back', async () => {
    const origin = await startRecording();
    const { page, context, problems } = await session.open(PHONE, '/', { origin });
    await page.locator(READY_TITLE).waitFor();
    // Written while the page is open and offline: only coming back online can send it now.
    await context.setOffline(true);
    await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [
      OUTBOX_KEY,
      JSON.stringify({
        format: 1,
        entries: [keptEntry('stale', { status: 'sending', leaseUntil: Date.now() + 1e12, leaseOwner: 'gone' })],
      }),
    ] as const);
    await page.waitForTimeout(500);
    expect(recorder.recorded.size).toBe(0);
    await context.setOffline(false);
    await expect.poll(() => recorder.recorded.has('stale'), { timeout: 15_000 }).toBe(true);
    expectNoProblems(problems);
  });

  it('names what it cannot read, keeps it, never sends it; calls a refusal refused and Try again sends it', async () => {
    const origin = await startRecording();
    const { page, problems } = await session.open(PHONE, '/', { origin });
    await page.locator(READY_TITLE).waitFor();
    recorder.refuse.add('refused');
    const odd = keptEntry('odd', { signature: { ...KEPT_SIGNATURE, consent: 'true' } });
    await reopenWithOutbox(page, {
      format: 1,
      entries: [odd, keptEntry('refused', { status: 'rejected', rejectedStatus: 400, lastError: 'status 400' })],
    });
    const notice = page.locator(`${READY_TITLE} .notice[role="status"]`);
    await expect(notice.textContent()).resolves.toContain('A signature saved on this device could not be read');
    await expect(notice.textContent()).resolves.toContain('refused');
    await expect(notice.textContent()).resolves.not.toContain('as soon as the connection allows');
    await page.screenshot({ path: 'test-results/screenshots/sign-kept-notices.png' });
    // Kept aside, verbatim, where no later write erases it; never sent.
    const aside = await page.evaluate(() => localStorage.getItem('three-thousand-miles:outbox-unreadable'));
    expect(JSON.parse(aside ?? '[]')).toEqual([odd]);
    expect(recorder.requests.map((r) => r.key)).not.toContain('odd');

    recorder.refuse.clear();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => recorder.recorded.has('refused'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => notice.textContent()).not.toContain('refused');
    await expect(notice.textContent()).resolves.toContain('could not be read');
    expect(recorder.requests.map((r) => r.key)).not.toContain('odd');
    // The refusal on opening is the test's doing.
    expectNoProblems({
      ...problems,
      consoleErrors: problems.consoleErrors.filter((line) => !/status of 400/.test(line)),
      failedRequests: problems.failedRequests.filter((line) => !line.includes(`${SIGNATURES_PATH}: HTTP 400`)),
    });
  });
});
