/**
 * Embedding, in Chromium, across real origins: a campaigner's page (one port) loads `embed.js`
 * from the app (the suite's server, another port). The frame is inserted and sized by the app's
 * reports; the story's events arrive in order with the documented shapes; a third origin's
 * messages change nothing. WordPress's bare `sandbox="allow-scripts"` frame plays to an ending
 * and posts WordPress heights. Hostile options change nothing and run nothing.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserForSuite, DESKTOP, expectNoProblems, PHONE } from './browser.ts';
import { htmlServer } from './html-server.ts';
import { appReady, moveOn, READY_TITLE, type View } from './story-page.ts';

const baseURL = inject('baseURL');
const { open } = browserForSuite(baseURL);

const host = htmlServer();
const third = htmlServer();
beforeAll(async () => {
  await Promise.all([host.start(), third.start()]);
  host.pages.set('/', '<!doctype html><title>host</title>');
  // A page on a third origin, framed by the host page, that pretends to be the app.
  third.pages.set(
    '/spoof',
    `<!doctype html><title>spoof</title><script>
      for (const message of [
        { source: 'three-thousand-miles', type: 'resize', height: 4321 },
        { source: 'three-thousand-miles', type: 'ending', ending: 'spoofed' },
        { source: 'three-thousand-miles', type: 'link', url: 'https://evil.example/' },
      ]) parent.postMessage(message, '*');
    </script>`,
  );
});
afterAll(async () => {
  await Promise.all([host.close(), third.close()]);
});

interface Heard {
  at: number;
  detail: Record<string, unknown>;
}

/** The campaigner's page: some words of theirs, the snippet, and a listener recording every event. */
function campaignPage(attributes: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A campaign</title></head><body>
    <h1>Our campaign</h1><p>Play the story below.</p>
    <div id="story" data-three-thousand-miles ${attributes}></div>
    <script>
      window.heard = [];
      document.getElementById('story').addEventListener('three-thousand-miles', (event) => {
        window.heard.push({ at: performance.now(), detail: event.detail });
      });
    </script>
    <script src="${baseURL}/embed.js" async></script>
    ${extra}
    <p>After the story.</p>
  </body></html>`;
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);

/** The app's frame once it has taken over. */
async function appFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('#story iframe');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('the frame has no document');
  await appReady(frame);
  return frame;
}

/** The frame's height on the host page, and the height its content needs. */
async function heights(page: Page, frame: Frame): Promise<{ frame: number; content: number }> {
  const outer = await page.evaluate(() => document.querySelector('#story iframe')!.getBoundingClientRect().height);
  const content = await frame.evaluate(() => {
    const style = getComputedStyle(document.body);
    const around = ['marginTop', 'marginBottom', 'paddingTop', 'paddingBottom'] as const;
    const extra = around.reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0);
    return Math.ceil(document.getElementById('root')!.getBoundingClientRect().height + extra);
  });
  return { frame: outer, content };
}

/** Waits at most `ms` for the frame's height to match its content's; returns how long it took. */
async function heightFollows(page: Page, frame: Frame, ms: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { frame: outer, content } = await heights(page, frame);
    if (Math.abs(outer - content) <= 1) return Date.now() - started;
    if (Date.now() - started > ms)
      throw new Error(`the frame is ${String(outer)} px, its content ${String(content)} px`);
    await page.waitForTimeout(20);
  }
}

/** Plays from the title screen to an ending by each scene's first choice, returning the views. */
async function playToEnding(frame: Frame): Promise<View[]> {
  const views = [await moveOn(frame, () => frame.locator(`${READY_TITLE} .title-actions .primary`).click())];
  while (views.at(-1)!.kind === 'scene') {
    if (views.length > 80) throw new Error('no ending after 80 choices');
    views.push(await moveOn(frame, () => frame.locator('main [role="group"] button').first().click()));
  }
  return views;
}

describe('the embed snippet on a campaigner’s page', () => {
  it('inserts the frame, sizes it, and reports ready, scenes, choices and the ending in order', async () => {
    host.pages.set(
      '/campaign',
      campaignPage(
        'data-lang="en" data-height="480" data-accent="#8b0000" data-background="#ffffff"',
        `<iframe src="${third.origin}/spoof" title="unrelated" style="width:1px;height:1px;border:0"></iframe>`,
      ),
    );
    const { page, problems } = await open(DESKTOP, '/', { origin: host.origin });
    await page.goto(`${host.origin}/campaign`);
    const frame = await appFrame(page);
    const element = page.locator('#story iframe');
    await expect(element.getAttribute('src')).resolves.toMatch(new RegExp(`^${baseURL}/\\?embed=1&lang=en&`));
    await expect(element.getAttribute('title')).resolves.toBe('Three Thousand Miles');

    // The campaigner's colours, kept readable.
    // Set inline on <html>, over the journey's palettes (which then fade to them).
    const colours = await frame.evaluate(() => {
      const style = document.documentElement.style;
      return { bg: style.getPropertyValue('--bg').trim(), accent: style.getPropertyValue('--accent').trim() };
    });
    expect(colours).toEqual({ bg: '#ffffff', accent: '#8b0000' });
    await expect
      .poll(() => frame.evaluate(() => getComputedStyle(document.body).backgroundColor), { timeout: 5000 })
      .toBe('rgb(255, 255, 255)');

    await heightFollows(page, frame, 500);
    const views = await (async () => {
      const first = await moveOn(frame, () => frame.locator(`${READY_TITLE} .title-actions .primary`).click());
      // From the title screen to the first scene, the frame follows within half a second.
      expect(await heightFollows(page, frame, 500)).toBeLessThanOrEqual(500);
      const rest: View[] = [first];
      while (rest.at(-1)!.kind === 'scene') {
        if (rest.length > 80) throw new Error('no ending after 80 choices');
        rest.push(await moveOn(frame, () => frame.locator('main [role="group"] button').first().click()));
        expect(await heightFollows(page, frame, 500)).toBeLessThanOrEqual(500);
      }
      return rest;
    })();
    await page.screenshot({ path: 'test-results/screenshots/embed-campaign-ending.png', fullPage: true });

    const events = (await heard(page)).map((h) => h.detail);
    const story = events.filter((e) => e.type !== 'resize');
    // Every message has the documented shape, and nothing else.
    const shapes: Record<string, string[]> = {
      ready: ['lang', 'mode'],
      resize: ['height'],
      scene: ['chapter', 'scene'],
      choice: ['choice', 'scene'],
      ending: ['ending'],
    };
    for (const event of events) {
      expect(event.source).toBe('three-thousand-miles');
      const fields = shapes[String(event.type)];
      expect(fields, `a ${String(event.type)} message`).toBeDefined();
      expect(Object.keys(event).sort()).toEqual(['source', 'type', ...fields!].sort());
      for (const field of fields!)
        expect(typeof event[field], `${String(event.type)}.${field}`).toMatch(/string|number/);
    }
    expect(story[0]).toEqual({ source: 'three-thousand-miles', type: 'ready', lang: 'en', mode: 'standard' });
    // Then each scene as it was shown, each choice made in it, and the ending last.
    const expected: Array<Record<string, unknown>> = [];
    views.forEach((view, i) => {
      if (view.kind === 'scene') {
        expected.push({ type: 'scene', scene: view.id });
        expected.push({ type: 'choice', scene: view.id });
      } else expected.push({ type: 'ending', ending: view.id });
      if (i === views.length - 1) expect(view.kind).toBe('ending');
    });
    expect(story.slice(1)).toMatchObject(expected);
    // The spoofing page on the third origin changed nothing.
    expect(events.some((e) => e.ending === 'spoofed' || e.height === 4321)).toBe(false);
    expectNoProblems(problems);
  });

  it('reports the calls to action: share with its network, learn more, play again', async () => {
    host.pages.set('/cta', campaignPage('data-lang="en"'));
    // The share and learn-more windows open the networks' pages, which this machine cannot reach:
    // they open on an error page, which is all this test needs.
    const { page, context, problems } = await open(PHONE, '/', { origin: host.origin });
    await page.goto(`${host.origin}/cta`);
    const frame = await appFrame(page);
    await playToEnding(frame);
    // A window opened from the frame: a page of the context's, whichever frame opened it.
    const popup = context.waitForEvent('page');
    await frame.locator('main [data-share] a[data-network="x"]').click();
    await (await popup).close();
    const learn = context.waitForEvent('page');
    await frame.locator('main [data-learn-more] a').first().click();
    await (await learn).close();
    await expect(frame.locator('[data-blocked-link]').count()).resolves.toBe(0);
    await frame.getByRole('button', { name: 'Play again' }).click();
    await expect
      .poll(async () => (await heard(page)).map((h) => h.detail).filter((e) => e.type === 'cta'))
      .toEqual([
        { source: 'three-thousand-miles', type: 'cta', action: 'share', network: 'x' },
        { source: 'three-thousand-miles', type: 'cta', action: 'learn' },
        { source: 'three-thousand-miles', type: 'cta', action: 'replay' },
      ]);
    expectNoProblems(problems);
  });

  it('in classroom mode (data-mode="classroom"): no sign or share, nothing reported beyond ready, no other origin', async () => {
    host.pages.set('/class', campaignPage('data-lang="en" data-mode="classroom"'));
    const { page, problems } = await open(PHONE, '/', { origin: host.origin });
    const fromFrame: string[] = [];
    page.on('request', (request) => {
      if (request.frame() !== page.mainFrame()) fromFrame.push(request.url());
    });
    await page.goto(`${host.origin}/class`);
    const frame = await appFrame(page);
    await expect(frame.getByRole('checkbox', { name: 'Classroom mode' }).isChecked()).resolves.toBe(true);
    await playToEnding(frame);
    await frame.locator('main [data-discussion]').first().waitFor();
    await expect(frame.locator('main [data-sign], main [data-share], main form').count()).resolves.toBe(0);
    const types = (await heard(page)).map((h) => h.detail.type);
    expect(new Set(types)).toEqual(new Set(['ready', 'resize']));
    expect((await heard(page)).find((h) => h.detail.type === 'ready')?.detail).toEqual({
      source: 'three-thousand-miles',
      type: 'ready',
      lang: 'en',
      mode: 'classroom',
    });
    const appOrigin = new URL(baseURL).origin;
    expect(fromFrame.filter((url) => new URL(url).origin !== appOrigin)).toEqual([]);
    expectNoProblems(problems);
  });

  it('changes nothing and runs nothing for hostile options', async () => {
    const script = '"><script>window.__ran=1</script><img src=x onerror="window.__ran=1">';
    const long = 'a'.repeat(10_000);
    host.pages.set(
      '/hostile',
      campaignPage(
        [
          `data-lang='${script}'`,
          `data-accent='${script}'`,
          `data-background="${long}"`,
          `data-petition-url="javascript:window.__ran=1"`,
          `data-hashtags='${script}'`,
          `data-start-chapter='${script}'`,
          `data-height="${long}"`,
          `data-mode="javascript:alert(1)"`,
        ].join(' '),
      ),
    );
    const { page, problems } = await open(DESKTOP, '/', { origin: host.origin });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${host.origin}/hostile`);
    const frame = await appFrame(page);
    await expect(page.locator('#story iframe').getAttribute('src')).resolves.toBe(`${baseURL}/?embed=1`);
    expect(warnings.filter((w) => w.startsWith('[three-thousand-miles]'))).toHaveLength(8);
    expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
    expect(await frame.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
    expectNoProblems(problems);
  });

  it('ignores hostile URL parameters in the app itself', async () => {
    const script = '"><script>window.__ran=1</script>';
    const query = new URLSearchParams({
      embed: '1',
      lang: script,
      mode: script,
      accent: `red;--x:url(javascript:alert(1))`,
      background: 'a'.repeat(10_000),
      petition: 'javascript:window.__ran=1',
      hashtags: script,
      chapter: script,
    });
    const { page, problems } = await open(PHONE, `/?${query.toString()}`);
    await appReady(page);
    await page.locator(READY_TITLE).waitFor();
    const state = await page.evaluate(() => ({
      ran: (window as { __ran?: number }).__ran,
      inline: document.documentElement.getAttribute('style'),
      lang: document.documentElement.lang,
      scripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent),
    }));
    // No inline script but the one the build wrote (it starts the app after the first paint).
    const built = await (await fetch(`${baseURL}/`)).text();
    const own = [...built.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(own).toHaveLength(1);
    expect(state).toEqual({ ran: undefined, inline: null, lang: 'en', scripts: own });
    await playToEnding(page.mainFrame());
    // The petition link stayed the campaign's own (none): no javascript: link anywhere.
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    expectNoProblems(problems);
  });
});

describe('embed options outside a frame, and petitions the campaign did not list', () => {
  it('ignores them on the story’s own page, with one warning: the campaign’s form stays', async () => {
    const query = new URLSearchParams({
      chapter: '5',
      petition: 'https://evil.example/sign',
      accent: '#ff00ff',
      background: '#ffff00',
      hashtags: 'EvilTag',
    });
    const warnings: string[] = [];
    // Heard from the page's first script on: the app starts after the load event, so a page
    // opened first and left at once would cut its scripts off mid-fetch.
    const { page, problems } = await open(PHONE, `/?${query.toString()}`, {
      before: (page) => {
        page.on('console', (message) => {
          if (message.type() === 'warning' && message.text().startsWith('[three-thousand-miles]'))
            warnings.push(message.text());
        });
        return Promise.resolve();
      },
    });
    await appReady(page);
    await page.locator(READY_TITLE).waitFor();
    await expect(page.evaluate(() => document.documentElement.getAttribute('style'))).resolves.toBeNull();
    await playToEnding(page.mainFrame());
    await page.locator('main [data-sign]').waitFor();
    await expect(page.locator('a[href*="evil.example"]').count()).resolves.toBe(0);
    await expect(page.locator('main [data-sign]').getAttribute('data-sign')).resolves.toBe('form');
    await expect(page.locator('a[href*="EvilTag"]').count()).resolves.toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/only inside a frame/);
    expectNoProblems(problems);
  });

  it('in a frame, takes the colours but not a petition on a host the campaign did not list', async () => {
    host.pages.set(
      '/foreign-petition',
      campaignPage(
        'data-lang="en" data-accent="#8b0000" data-background="#ffffff" data-petition-url="https://evil.example/sign"',
      ),
    );
    const { page, problems } = await open(PHONE, '/', { origin: host.origin });
    await page.goto(`${host.origin}/foreign-petition`);
    const frame = await appFrame(page);
    await expect(
      frame.evaluate(() => document.documentElement.style.getPropertyValue('--accent').trim()),
    ).resolves.toBe('#8b0000');
    await playToEnding(frame);
    await frame.locator('main [data-sign]').waitFor();
    await expect(frame.locator('a[href*="evil.example"]').count()).resolves.toBe(0);
    expectNoProblems(problems);
  });
});

describe('a WordPress embed', () => {
  it('plays to an ending in a bare sandbox="allow-scripts" frame and posts WordPress heights', async () => {
    host.pages.set(
      '/wordpress',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head><body>
        <p>A blog post with the story embedded.</p>
        <script>
          window.wordpress = [];
          addEventListener('message', (event) => { if (event.data && event.data.secret) window.wordpress.push(event.data); });
        </script>
        <iframe id="story" sandbox="allow-scripts" security="restricted" title="Three Thousand Miles"
          src="${baseURL}/?embed=1#?secret=abc" width="600" height="400" style="border:0"></iframe>
      </body></html>`,
    );
    const { page, problems } = await open(DESKTOP, '/', { origin: host.origin });
    await page.goto(`${host.origin}/wordpress`);
    const frame = await (await page.waitForSelector('#story')).contentFrame();
    if (!frame) throw new Error('no frame');
    await appReady(frame);
    // No storage in this sandbox: the player is told progress won't survive a reload.
    await expect(frame.locator(READY_TITLE).textContent()).resolves.toContain(
      'progress lasts only while this page is open',
    );
    const views = await playToEnding(frame);
    expect(views.at(-1)!.kind).toBe('ending');
    // No form that could not be sent from here.
    await expect(frame.locator('form[data-sign-form]').count()).resolves.toBe(0);

    const posted = await page.evaluate(() => (window as unknown as { wordpress: unknown[] }).wordpress);
    expect(posted.length).toBeGreaterThan(1);
    for (const message of posted)
      expect(message).toEqual({ secret: 'abc', message: 'height', value: expect.any(Number) as number });
    const last = posted.at(-1) as { value: number };
    const content = await frame.evaluate(() => document.getElementById('root')!.getBoundingClientRect().height);
    expect(last.value).toBeGreaterThanOrEqual(Math.floor(content));

    // A share link cannot open a window here: its address is offered to copy instead.
    await frame.locator('main [data-share] a[data-network="x"]').click();
    const fallback = frame.locator('[data-blocked-link]');
    await fallback.waitFor();
    await expect(fallback.locator('input').inputValue()).resolves.toMatch(/^https:\/\/(twitter|x)\.com\//);
    await expect(fallback.locator('input').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/embed-wordpress-blocked-link.png' });
    // Chromium says it blocked the popup: that is the sandbox doing its job, which this test asked for.
    problems.consoleErrors = problems.consoleErrors.filter((line) => !/allow-popups/.test(line));
    expectNoProblems(problems);
  });
});
