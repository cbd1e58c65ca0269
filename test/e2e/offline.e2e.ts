/**
 * Offline after one visit: the service worker keeps the app and the player's language, so with the
 * network gone a reload shows the title screen and a run plays to an ending.
 */
import { describe, expect, inject, it } from 'vitest';
import { applyText } from '../../src/engine/text.ts';
import { plainText } from '../../src/ui/RichText.tsx';
import { wordsFor } from '../support/app.tsx';
import { realStory } from '../support/story.ts';
import { PHONE } from './browser.ts';
import { appSession, moveOn, READY_TITLE } from './story-page.ts';

const { open } = appSession(inject('baseURL'));
const story = realStory();
const korean = applyText(story, wordsFor(story, 'ko').story);
const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('offline play', () => {
  it('after one visit, reloads with no network and plays to an ending', async () => {
    const { page, context } = await open(PHONE, '/?lang=ko&seed=12');
    // The worker installs and takes control; the language's words are cached as they arrive.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.reload();
    await page.locator(READY_TITLE).waitFor();
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const cache = await caches.open('three-thousand-miles-words');
          return (await cache.keys()).map((r) => r.url.split('/').pop()!);
        }),
      )
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^words-ko-[\w-]+\.js$/),
          expect.stringMatching(/^words-ko-rest-/),
        ]),
      );

    await context.setOffline(true);
    await page.reload();
    await page.locator(READY_TITLE).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ko');
    let view = await moveOn(page, () => page.locator(`${READY_TITLE} .title-actions .primary`).click());
    for (let step = 0; view.kind === 'scene'; step++) {
      if (step > 80) throw new Error('no ending after 80 choices');
      view = await moveOn(page, () => page.locator('main [role="group"] button').first().click());
    }
    // The ending is told in the Korean words the worker kept, not in English or left blank.
    const title = await page.locator(`main article[data-ending="${view.id}"] h1`).textContent();
    expect(squash(title)).toBe(squash(plainText(korean.endings[view.id]!.title, korean.glossary)));
    await expect(page.locator('main article[data-ending] h1').textContent()).resolves.not.toBe('');
  });
});
