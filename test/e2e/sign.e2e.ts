/**
 * Signing at an ending in Chromium, against a real local HTTP server that serves the built app and
 * a signature endpoint failing its first two deliveries: the signature is kept through the
 * failures and a reload, retried, and recorded exactly once.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveDist, type StaticServer } from '../../bench/serve.ts';
import { LOCAL_RECEIVER_PATH } from '../../src/campaign/campaign.ts';
import { createReceiver } from '../../src/build/signature-receiver.ts';
import { OUTBOX_KEY } from '../../src/sign/outbox.ts';
import { browserForSuite, expectNoProblems, PHONE } from './browser.ts';
import { moveOn, READY_TITLE } from './story-page.ts';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** The endpoint: fails `failFirst` deliveries with 503, then records like the real receiver. */
function flakyEndpoint(file: string, failFirst: number) {
  const receiver = createReceiver(file);
  const seen: Array<{ key: string | undefined; status: number }> = [];
  const handle = (request: IncomingMessage, response: ServerResponse): boolean => {
    if (request.url?.split('?')[0] !== LOCAL_RECEIVER_PATH) return false;
    const key = request.headers['idempotency-key'];
    const keyText = Array.isArray(key) ? key[0] : key;
    if (request.method === 'POST' && seen.filter((s) => s.status === 503).length < failFirst) {
      seen.push({ key: keyText, status: 503 });
      request.resume();
      response.writeHead(503, { 'Content-Type': 'application/json' }).end('{"error":"try later"}');
      return true;
    }
    response.on('finish', () => seen.push({ key: keyText, status: response.statusCode }));
    receiver.handle(request, response);
    return true;
  };
  return { handle, seen, recorded: () => readLines(file) };
}

function readLines(file: string): Array<Record<string, unknown>> {
  try {
    return readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  } catch {
    return [];
  }
}

let dir: string;
let server: StaticServer | undefined;
let endpoint: ReturnType<typeof flakyEndpoint>;
// Not the suite's preview server: this file serves dist/ itself, beside its own endpoint.
const session = browserForSuite('http://127.0.0.1:9');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ttm-sign-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function start(failFirst: number, name: string): Promise<string> {
  endpoint = flakyEndpoint(join(dir, `${name}.jsonl`), failFirst);
  server = await serveDist(inject('distDir'), '/', endpoint.handle);
  // The local receiver is offered only on the developer's own machine: 127.0.0.1 is one.
  return server.url.replace(/\/$/, '');
}

/** Plays from the title screen to an ending by taking the first choice each time. */
async function playToEnding(page: Page): Promise<void> {
  let view = await moveOn(page, () => page.locator(`${READY_TITLE} .title-actions .primary`).click());
  for (let step = 0; view.kind === 'scene'; step++) {
    if (step >= 80) throw new Error('no ending after 80 choices');
    view = await moveOn(page, () => page.locator('main [role="group"] button').first().click());
  }
}

async function fillForm(page: Page, name = 'Kim Min-ji'): Promise<void> {
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByLabel('Email address', { exact: true }).fill('minji@example.org');
  await page.getByLabel('Country', { exact: true }).selectOption('KR');
  await page.getByLabel(/I agree that/).check();
}

const outboxOf = (page: Page) => page.evaluate((key) => localStorage.getItem(key), OUTBOX_KEY);

describe('signing the petition at an ending', () => {
  it('keeps a signature through two failed deliveries and a reload, then records it exactly once', async () => {
    const origin = await start(2, 'flaky');
    const { page, problems } = await session.open(PHONE, '/?seed=4', { origin });
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
    await page.waitForTimeout(3_100);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();

    // First delivery fails: the player is told it is saved and will be sent.
    await expect
      .poll(() => page.locator('[data-sign-status]').textContent(), { timeout: 10_000 })
      .toContain('saved on this device');
    const queued = await outboxOf(page);
    expect(queued).toContain(HOSTILE_NAME);
    expect(endpoint.seen.map((s) => s.status)).toEqual([503]);

    // A reload during the failure keeps it queued; opening the page again sends it.
    await page.reload();
    await page.locator(READY_TITLE).waitFor();
    await expect.poll(() => endpoint.recorded().length, { timeout: 30_000, interval: 250 }).toBe(1);
    // Once confirmed, nothing personal stays behind in the browser.
    await expect.poll(async () => (await outboxOf(page)) ?? '').not.toContain('minji@example.org');

    const statuses = endpoint.seen.map((s) => s.status);
    expect(statuses.slice(0, 2)).toEqual([503, 503]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const keys = new Set(endpoint.seen.map((s) => s.key));
    expect(keys.size, 'every attempt carries the same idempotency key').toBe(1);

    const [record] = endpoint.recorded();
    expect(record).toMatchObject({
      signature: { name: HOSTILE_NAME, email: 'minji@example.org', country: 'KR', consent: true, mailingList: false },
    });
    // Sent and shown as text: no element was made of it, no script ran.
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    // The two 503s are the test's doing; every other failure counts.
    expectNoProblems({
      ...problems,
      consoleErrors: problems.consoleErrors.filter((line) => !/status of 503.*\/api\/signatures/.test(line)),
      failedRequests: problems.failedRequests.filter((line) => !line.includes(`${LOCAL_RECEIVER_PATH}: HTTP 503`)),
    });
  });

  it('waits while offline and sends once when the connection is back', async () => {
    const origin = await start(0, 'offline');
    const { page, context, problems } = await session.open(PHONE, '/?seed=9', { origin });
    await playToEnding(page);
    await page.locator('form[data-sign-form]').waitFor();
    await fillForm(page);
    await page.waitForTimeout(3_100);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-sign-status]').textContent(), { timeout: 10_000 })
      .toContain('saved on this device');
    expect(endpoint.recorded()).toHaveLength(0);

    await context.setOffline(false);
    await expect
      .poll(() => page.locator('[data-sign-status]').textContent(), { timeout: 15_000 })
      .toContain('Thank you');
    expect(endpoint.recorded()).toHaveLength(1);
    // The attempt made while offline is the test's doing; every other failure counts.
    const offline = (line: string) => !line.includes('ERR_INTERNET_DISCONNECTED');
    expectNoProblems({
      ...problems,
      consoleErrors: problems.consoleErrors.filter(offline),
      failedRequests: problems.failedRequests.filter(offline),
    });
  });

  it('asks a too-quick signer to check, and sends nothing for a filled honeypot', async () => {
    const origin = await start(0, 'bots');
    const { page } = await session.open(PHONE, '/?seed=2', { origin });
    await playToEnding(page);
    await page.locator('form[data-sign-form]').waitFor();
    await fillForm(page);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('That was quick');
    await page.locator('.honeypot input').fill('http://spam.example', { force: true });
    await page.waitForTimeout(3_100);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.waitForTimeout(500);
    expect(endpoint.seen).toEqual([]);
    await expect(outboxOf(page)).resolves.toBeNull();
  });
});
