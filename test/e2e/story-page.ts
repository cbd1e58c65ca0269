/** Reading the player's state off a page: which scene or ending it shows, and moving on from it. */
import type { Frame, Page } from 'playwright-core';
import { browserForSuite, type BrowserSession } from './browser.ts';

/** What the page shows now: a scene or an ending, by id. */
export interface View {
  kind: 'scene' | 'ending';
  id: string;
}

/** A page, or a frame in one (an embed): both find and wait the same way. */
export type Surface = Page | Frame;

export const VIEW = 'main article[data-scene], main article[data-ending]';

export async function currentView(page: Surface): Promise<View> {
  const article = page.locator(VIEW);
  await article.waitFor();
  const scene = await article.getAttribute('data-scene');
  if (scene !== null) return { kind: 'scene', id: scene };
  const ending = await article.getAttribute('data-ending');
  if (ending === null) throw new Error('the view has neither data-scene nor data-ending');
  return { kind: 'ending', id: ending };
}

/** Runs `act` and waits until the view it leaves is gone and the next one is in place. */
export async function moveOn(page: Surface, act: () => Promise<void>): Promise<View> {
  const before = await page.$(VIEW);
  await act();
  if (before) await page.waitForFunction((el) => !el.isConnected, before);
  return currentView(page);
}

/** The title screen once the app runs it (the prerendered one does nothing when clicked). */
export const READY_TITLE = 'html[data-app="ready"] main [data-title-screen]';

/** From the title screen, Begin and always the first choice, until an ending (at most 80 choices). */
export async function playToEnding(page: Surface): Promise<void> {
  let view = await moveOn(page, () => page.locator(`${READY_TITLE} .title-actions .primary`).click());
  for (let step = 0; view.kind === 'scene'; step++) {
    if (step >= 80) throw new Error('no ending after 80 choices');
    view = await moveOn(page, () => page.locator('main [role="group"] button').first().click());
  }
}

/** Waits until the app has taken over the page. */
export async function appReady(page: Surface): Promise<void> {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}

/** The suite's browser, whose `open` returns a page once the app has taken it over. */
export function appSession(baseURL: string): BrowserSession {
  const session = browserForSuite(baseURL);
  return {
    ...session,
    async open(...args) {
      const watched = await session.open(...args);
      await appReady(watched.page);
      return watched;
    },
  };
}
