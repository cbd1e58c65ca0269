/**
 * Debian's Chromium driven by playwright-core, and pages that keep a record of what went wrong on
 * them: console errors, uncaught exceptions, failed requests and Content-Security-Policy violations.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../bench/chromium.ts';

export interface Viewport {
  width: number;
  height: number;
}

export const PHONE: Viewport = { width: 390, height: 844 };
export const DESKTOP: Viewport = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/** What went wrong on a page, as readable lines. Every list is empty on a healthy page. */
export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  cspViolations: string[];
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  problems: Problems;
}

const REPORT_CSP = '__e2eReportCspViolation';

/**
 * A fresh context (its own empty localStorage) with one page of the given size, watched for
 * problems. Close it with `context.close()`.
 */
export async function openPage(browser: Browser, viewport: Viewport, locale?: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, ...(locale ? { locale } : {}) });
  const problems: Problems = { consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [] };

  // The browser reports each violation to the document as an event; forward it to the test. The
  // init script and the binding are installed by the DevTools protocol, so the page's CSP does not
  // block them.
  await context.exposeFunction(REPORT_CSP, (line: string) => {
    problems.cspViolations.push(line);
  });
  await context.addInitScript((name: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, ((line: string) => void) | undefined>)[name];
      report?.(
        `${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} ` +
          `at ${event.sourceFile || '?'}:${String(event.lineNumber)}:${String(event.columnNumber)}`,
      );
    });
  }, REPORT_CSP);

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    const line = `${message.text()}${url ? ` (${url}:${String(lineNumber)})` : ''}`;
    // Chromium also logs each violation to the console: file it with the violations.
    if (/Content Security Policy/i.test(line)) problems.cspViolations.push(`console: ${line}`);
    else problems.consoleErrors.push(line);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? String(error)));
  page.on('crash', () => problems.pageErrors.push('the page crashed'));
  // A navigation (a reload, say) aborts the requests of the page it leaves, the favicon's among
  // them: those are the test's doing, not the app's. Any other failure counts.
  let navigations = 0;
  const startedDuring = new WeakMap<Request, number>();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations++;
    startedDuring.set(request, navigations);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed';
    if (error === 'net::ERR_ABORTED' && (startedDuring.get(request) ?? navigations) < navigations) return;
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(
        `${response.request().method()} ${response.url()}: HTTP ${String(response.status())}`,
      );
  });
  return { context, page, problems };
}

/** Asserts the page had no console error, no uncaught exception, no failed request and no CSP violation. */
export function expectNoProblems(problems: Problems): void {
  expect(problems, 'problems on the page').toEqual({
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    cspViolations: [],
  });
}

export interface OpenOptions {
  /** Runs on the page before it navigates (to install init scripts). */
  before?: (page: Page) => Promise<void>;
  /** Another origin than the suite's app server. */
  origin?: string;
  /** The browser's language (`navigator.languages`), e.g. `fr-FR`. */
  locale?: string;
}

export interface BrowserSession {
  /** A fresh watched page of `viewport` at `path`, closed after the test. */
  open: (viewport: Viewport, path?: string, options?: OpenOptions) => Promise<WatchedPage>;
  /** A bare context (JavaScript off, say), closed after the test. */
  newContext: (options: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext>;
}

/**
 * One Chromium for a test file, started before its tests and closed after them; each page or
 * context it makes is fresh (its own storage) and closes after its test.
 */
export function browserForSuite(baseURL: string): BrowserSession {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const started = (): Browser => {
    if (!browser) throw new Error('Chromium did not start');
    return browser;
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(viewport, path = '/', options = {}) {
      const watched = await openPage(started(), viewport, options.locale);
      contexts.push(watched.context);
      watched.page.setDefaultTimeout(10_000);
      // A navigation waits for a whole page and its frames, the app's included: on a loaded
      // machine that has taken longer than 10 s (embed.e2e's "/cta", 2026-12-06).
      watched.page.setDefaultNavigationTimeout(30_000);
      await options.before?.(watched.page);
      await watched.page.goto(`${options.origin ?? baseURL}${path}`);
      return watched;
    },
    async newContext(options) {
      const context = await started().newContext(options);
      contexts.push(context);
      return context;
    },
  };
}
