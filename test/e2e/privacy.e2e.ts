/**
 * The built privacy statement (src/build/privacy-plugin.ts) in Chromium: every language's page
 * loads under the app's CSP with nothing going wrong, has no axe-core violation of WCAG 2.0, 2.1
 * and 2.2 A and AA, and fits a 320 px screen; its language links lead to each other; and the app,
 * played in Korean to an ending, links the Korean statement beside the consent box. Pictures of
 * the English and Korean pages on a 390 px phone are kept in test-results/privacy/.
 *
 * axe-core runs under the page's real Content-Security-Policy: its source is evaluated through the
 * DevTools protocol, which a CSP does not govern (as in teacher.e2e.ts).
 */
import { axeViolations } from './axe.ts';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { LANGUAGES, SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { PRIVACY_SECTIONS } from '../../src/privacy/page.ts';
import { privacyWords } from '../../src/privacy/words/index.ts';
import { ROOT } from '../support/story.ts';
import { browserForSuite, DESKTOP, expectNoProblems, PHONE, type Viewport } from './browser.ts';
import { appReady, playToEnding } from './story-page.ts';

const baseURL = inject('baseURL');
const { open } = browserForSuite(baseURL);
const OUT = resolve(ROOT, 'test-results/privacy');
const NARROW: Viewport = { width: 320, height: 640 };

const pathOf = (lang: Language): string => (lang === 'en' ? '/privacy/' : `/privacy/${lang}/`);

/** How far the page is wider than the screen, and which elements stick out past its edge. */
function overflow(page: Page): Promise<{ scrollWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });
}

/** Plays from the title screen to an ending by taking the first choice each time. */
describe('the privacy statement', () => {
  it.each(SHIPPED_LANGUAGES)('loads in %s, in its own language, with no axe-core violation', async (lang) => {
    const { page, problems } = await open(DESKTOP, pathOf(lang));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
    await expect(page.locator('h1').textContent()).resolves.toBe(privacyWords(lang).heading);
    await expect(page.locator('main section').count()).resolves.toBe(PRIVACY_SECTIONS.length);
    // The stylesheet arrived and applies: the night palette, not the browser's white.
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).resolves.toBe(
      'rgb(17, 22, 28)',
    );
    expect(await axeViolations(page)).toEqual([]);
    expectNoProblems(problems);
  });

  it.each(SHIPPED_LANGUAGES)('fits a 320 px screen with no axe-core violation (%s)', async (lang) => {
    const { page, problems } = await open(NARROW, pathOf(lang));
    const { scrollWidth, wide } = await overflow(page);
    expect(wide).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(NARROW.width);
    expect(await axeViolations(page)).toEqual([]);
    expectNoProblems(problems);
  });

  it('has no axe-core violation when printed', async () => {
    const { page, problems } = await open(DESKTOP, '/privacy/');
    await page.emulateMedia({ media: 'print' });
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.evaluate(() => getComputedStyle(document.body).color)).resolves.toBe('rgb(0, 0, 0)');
    expectNoProblems(problems);
  });

  it('starts with a skip link, and its language links lead to each other', async () => {
    const { page, problems } = await open(PHONE, '/privacy/');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus').textContent()).resolves.toBe(privacyWords('en').skipLink);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#statement');
    await page.getByRole('link', { name: LANGUAGES.ko.name }).click();
    await page.waitForURL(/\/privacy\/ko\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await expect(page.locator('nav.languages [aria-current="page"]').getAttribute('lang')).resolves.toBe('ko');
    await page.getByRole('link', { name: LANGUAGES.fr.name }).click();
    await page.waitForURL(/\/privacy\/fr\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(privacyWords('fr').heading);
    await page.getByRole('link', { name: LANGUAGES.en.name }).click();
    await page.waitForURL(/\/privacy\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    expectNoProblems(problems);
  });

  it.each(['en', 'ko'] as const)('is kept as a picture on a 390 px phone (%s)', async (lang) => {
    const { page, problems } = await open(PHONE, pathOf(lang));
    await mkdir(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, `phone-390-${lang}.png`), fullPage: true });
    await page.locator('#signing').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, `phone-390-${lang}-signing.png`) });
    expectNoProblems(problems);
  });

  it('is what the app links beside the consent box, in the player’s language', async () => {
    const { page, problems } = await open(PHONE, '/?seed=4&lang=ko');
    await appReady(page);
    await playToEnding(page);
    const link = page.locator('form[data-sign-form] .privacy-link a');
    await expect(link.getAttribute('href')).resolves.toBe('/privacy/ko/');
    const [statement] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await statement.waitForLoadState();
    expect(new URL(statement.url()).pathname).toBe('/privacy/ko/');
    await expect(statement.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await expect(statement.locator('h1').textContent()).resolves.toBe(privacyWords('ko').heading);
    expectNoProblems(problems);
  });
});
