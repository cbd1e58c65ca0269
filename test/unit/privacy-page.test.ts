// @vitest-environment jsdom
/**
 * The privacy statement (src/privacy/page.ts): the same sections in every shipped language, each
 * page in its own language with its alternates; what it says follows the campaign (counting, the
 * way signatures travel, the organisation's own notice); a hostile organisation name stays text;
 * and the app links the statement in the player's language only when the campaign's notice is
 * this site's own (src/privacy/link.ts).
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/build/csp-plugin.ts';
import { LANGUAGES, SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import {
  hostOf,
  privacyHref,
  privacyPageHtml,
  privacyPagePath,
  privacyRoot,
  PRIVACY_SECTIONS,
  type PrivacyCampaign,
  type PrivacyPageInput,
} from '../../src/privacy/page.ts';
import { isOwnPrivacyPage } from '../../src/privacy/link.ts';
import { privacyWords } from '../../src/privacy/words/index.ts';

const campaign: PrivacyCampaign = {
  publicUrl: 'https://stories.example.org',
  organisation: { name: 'Freedom Network', url: 'https://freedom.example.org' },
  privacyUrl: '/privacy/',
  petition: { id: 'stop', title: { en: 'Stop' }, text: { en: 'Stop it.' }, target: { en: 'China' } },
  delivery: { mode: 'webhook', url: 'https://signatures.example.net/sign' },
};

function input(overrides: Partial<PrivacyPageInput> = {}): PrivacyPageInput {
  return {
    lang: 'en',
    storyTitle: 'Three Thousand Miles',
    campaign,
    languages: SHIPPED_LANGUAGES,
    base: '/',
    contentSecurityPolicy: contentSecurityPolicy(),
    ...overrides,
  };
}

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const page = (overrides: Partial<PrivacyPageInput> = {}): Document => parse(privacyPageHtml(input(overrides)));
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A section's words, without its heading. */
const section = (doc: Document, id: string): string =>
  [...(doc.getElementById(id)?.children ?? [])]
    .filter((el) => el.tagName !== 'H2')
    .map(text)
    .join(' ');

/** Each section's shape: how many paragraphs, list items, links and sub-headings it has. */
function shape(doc: Document): Array<[string, number, number, number, number]> {
  return [...doc.querySelectorAll('main section')].map((s) => [
    s.id,
    s.querySelectorAll('p').length,
    s.querySelectorAll('li').length,
    s.querySelectorAll('a').length,
    s.querySelectorAll('h3').length,
  ]);
}

const counting = { endpoint: 'https://count.example.com/api/event', domain: 'stories.example.org' };

describe('the privacy statement in every shipped language', () => {
  const english = page();

  it.each(SHIPPED_LANGUAGES)('has the same sections as the English, in %s', (lang) => {
    const doc = page({ lang });
    expect([...doc.querySelectorAll('main section')].map((s) => s.id)).toEqual([...PRIVACY_SECTIONS]);
    expect(shape(doc)).toEqual(shape(english));
    for (const id of PRIVACY_SECTIONS) {
      const heading = doc.getElementById(`${id}-heading`);
      expect(heading?.tagName, id).toBe('H2');
      expect(text(heading)).toBe(privacyWords(lang).sections[id]);
    }
    // The same again with counting on and a different delivery: the translations keep step.
    const withCounting = { campaign: { ...campaign, counting }, lang };
    expect(shape(page(withCounting))).toEqual(shape(page({ ...withCounting, lang: 'en' })));
  });

  it.each(SHIPPED_LANGUAGES)('is in its own language, with alternates for every language (%s)', (lang) => {
    const html = privacyPageHtml(input({ lang }));
    const doc = parse(html);
    expect(html.startsWith(`<!doctype html>\n<html lang="${lang}" dir="${LANGUAGES[lang].dir}"`)).toBe(true);
    expect(doc.documentElement.dataset.script).toBe(LANGUAGES[lang].script);
    const alternates = [...doc.querySelectorAll('link[rel="alternate"]')].map((l) => [
      l.getAttribute('hreflang'),
      l.getAttribute('href'),
    ]);
    expect(alternates).toEqual([
      ...SHIPPED_LANGUAGES.map((l) => [
        l,
        `https://stories.example.org/${privacyPagePath(l).replace('index.html', '')}`,
      ]),
      ['x-default', 'https://stories.example.org/privacy/'],
    ]);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://stories.example.org/${lang === 'en' ? 'privacy/' : `privacy/${lang}/`}`,
    );
    expect(doc.title).toBe(privacyWords(lang).pageTitle('Three Thousand Miles'));
    expect(text(doc.querySelector('h1'))).toBe(privacyWords(lang).heading);
    // The switcher: every language by its own name, in its own language, the current one marked.
    const links = [...doc.querySelectorAll('nav.languages a')];
    expect(links.map((a) => [a.getAttribute('lang'), text(a)])).toEqual(
      SHIPPED_LANGUAGES.map((l) => [l, LANGUAGES[l].name]),
    );
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('lang'))).toEqual([
      lang,
    ]);
    expect(doc.querySelector('nav.languages')?.getAttribute('aria-label')).toBe(privacyWords(lang).languagesNav);
  });

  it.each(SHIPPED_LANGUAGES.filter((l) => l !== 'en'))('is translated, not English, in %s', (lang) => {
    const doc = page({ lang });
    for (const id of PRIVACY_SECTIONS) expect(section(doc, id), id).not.toBe(section(english, id));
    if (lang === 'ko') expect(section(doc, 'device')).toMatch(/[\uac00-\ud7a3]/);
    if (lang === 'ja') expect(section(doc, 'device')).toMatch(/[\u3040-\u30ff]/);
    if (lang === 'zh-Hans') expect(section(doc, 'device')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('uses the app’s CSP and its own stylesheet, runs nothing, and every in-page link leads somewhere', () => {
    const html = privacyPageHtml(input());
    expect(english.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      contentSecurityPolicy(),
    );
    expect(english.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('/privacy/privacy.css');
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    const levels = [...english.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    expect(english.body.firstElementChild?.getAttribute('href')).toBe('#statement');
    for (const a of english.querySelectorAll('a[href^="#"]'))
      expect(english.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
    expect(english.querySelector('.back a')?.getAttribute('href')).toBe('/?lang=en');
  });

  it('says what stays on the device: progress, language, sound, a waiting signature, then only a marker', () => {
    const device = english.getElementById('device')!;
    const items = [...device.querySelectorAll('li')].map(text);
    expect(items).toHaveLength(5);
    expect(items[0]).toMatch(/choices you made, and when it was saved/);
    expect(items[2]).toMatch(/sound/);
    expect(items[3]).toMatch(/only until Freedom Network confirms/);
    expect(items[4]).toMatch(/nothing about you/);
    expect(text(device)).toMatch(/no cookies/);
    expect(text(device)).toMatch(/works without the internet/);
    expect(text(device)).toMatch(/a signature that has not been sent yet is deleted too/);
  });
});

describe('what the statement says follows the campaign', () => {
  it.each(SHIPPED_LANGUAGES)('names the counting server only when counting is set (%s)', (lang) => {
    const counted = page({ lang, campaign: { ...campaign, counting } });
    const uncounted = page({ lang });
    const w = privacyWords(lang);
    expect(section(counted, 'counting')).toContain('count.example.com');
    expect(counted.querySelectorAll('#counting li')).toHaveLength(w.counting.events.length);
    expect(section(counted, 'counting')).toContain(text(parse(w.counting.notInClassroom).body));
    expect(section(counted, 'playing')).toContain('count.example.com');
    expect(uncounted.body.innerHTML).not.toContain('count.example.com');
    expect(section(uncounted, 'counting')).toBe(text(parse(`<p>${w.counting.none}</p>`).body));
    expect(uncounted.querySelectorAll('#counting li')).toHaveLength(0);
  });

  it('names a counting endpoint on this site by the site’s own name', () => {
    const doc = page({ campaign: { ...campaign, counting: { endpoint: '/api/event', domain: 'x.org' } } });
    expect(section(doc, 'counting')).toContain('stories.example.org a short note');
  });

  it.each(SHIPPED_LANGUAGES)(
    'says that classroom mode has no form, no share buttons and sends nothing (%s)',
    (lang) => {
      for (const counted of [false, true]) {
        const doc = page({ lang, ...(counted ? { campaign: { ...campaign, counting } } : {}) });
        const expected = text(parse(privacyWords(lang).classroom.text(counted)).body);
        expect(section(doc, 'classroom')).toContain(expected);
      }
      expect(section(page(), 'classroom')).toMatch(/no petition form and there are no share buttons.*sends nothing/);
    },
  );

  it('lists what a webhook receives and names its server', () => {
    const doc = page();
    const items = [...doc.querySelectorAll('#signing li')].map(text);
    expect(items).toEqual([
      'your name, email address and country, and your postal code if you give it;',
      'whether you ticked the box to get news from Freedom Network;',
      'the ending you reached and the language you played in;',
      'the address of this website, so that it knows where the signature came from.',
    ]);
    expect(section(doc, 'signing')).toContain('They are sent to signatures.example.net.');
    expect(section(doc, 'signing')).not.toContain('Action Network');
  });

  it.each(SHIPPED_LANGUAGES)(
    'says what the signature service keeps, until when, and who can export it (%s)',
    (lang) => {
      const service: PrivacyCampaign = {
        ...campaign,
        petition: { ...campaign.petition, closes: '2027-12-31' },
        delivery: {
          mode: 'service',
          url: '/api/signatures',
          confirm: 'email',
          allowedOrigins: [],
          anonymiseAfterDays: 90,
        },
      };
      const raw = privacyWords(lang).signing.service;
      // As `text` reads the page: every run of white space (no-break spaces too) as one space.
      const flat = (t: string) => t.replace(/\s+/g, ' ');
      const words = {
        stored: flat(raw.stored),
        confirm: flat(raw.confirm),
        until: (days: number, closes: string) => flat(raw.until(days, closes)),
        untilAsked: (org: string) => flat(raw.untilAsked(org)),
        readers: (org: string) => flat(raw.readers(org)),
      };
      const signing = section(page({ lang, campaign: service }), 'signing');
      expect(signing).toContain(words.stored);
      expect(signing).toContain(words.confirm);
      expect(signing).toContain(words.until(90, '2027-12-31'));
      expect(signing).toContain(words.readers('Freedom Network'));
      expect(signing).toContain('stories.example.org');
      const kept = section(
        page({
          lang,
          campaign: {
            ...service,
            delivery: { ...service.delivery, confirm: 'none', anonymiseAfterDays: undefined } as never,
          },
        }),
        'signing',
      );
      expect(kept).toContain(words.untilAsked('Freedom Network'));
      expect(kept).not.toContain(words.confirm);
      // A webhook's statement says none of it.
      expect(section(page({ lang }), 'signing')).not.toContain(words.stored);
    },
  );

  it.each(SHIPPED_LANGUAGES)(
    'says what "how others chose" sends and keeps where the service counts runs, and that nothing is sent elsewhere (%s)',
    (lang) => {
      const service: PrivacyCampaign = {
        ...campaign,
        delivery: { mode: 'service', url: '/api/signatures', confirm: 'none', allowedOrigins: [] },
      };
      const flat = (t: string) => t.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
      const w = privacyWords(lang);
      const counted = page({ lang, campaign: service });
      const others = section(counted, 'others');
      expect(others).toContain(flat(w.others.lead('stories.example.org')));
      expect(others).toContain(flat(w.others.kept));
      expect(others).toContain(flat(w.others.shown));
      expect(others).toContain(flat(w.others.off));
      expect(section(counted, 'device')).toContain(flat(w.device.runWaiting));
      expect(section(counted, 'device')).not.toContain(flat(w.device.neverSent(false)));
      expect(section(counted, 'playing')).toContain(flat(w.playing.sendsOthers));
      // A webhook's build has no service to count runs: nothing is sent, and the page says so.
      const webhook = page({ lang });
      expect(section(webhook, 'others')).toBe(flat(w.others.none));
      expect(section(webhook, 'device')).not.toContain(flat(w.device.runWaiting));
      expect(section(webhook, 'playing')).not.toContain(flat(w.playing.sendsOthers));
    },
  );

  it('says Action Network may add an address to the list, and does not claim the ending is sent', () => {
    const doc = page({
      campaign: {
        ...campaign,
        delivery: { mode: 'action-network', url: 'https://actionnetwork.org/api/v2/petitions/x/signatures/', tags: [] },
      },
    });
    expect(section(doc, 'signing')).toMatch(/Action Network may add a new email address to the mailing list/);
    expect(section(doc, 'signing')).not.toContain('the ending you reached');
    expect(doc.querySelectorAll('#signing li')).toHaveLength(3);
  });

  it('with only a petition link, keeps nothing waiting and names where the link goes', () => {
    const doc = page({ campaign: { ...campaign, delivery: { mode: 'link', url: 'https://act.example.com/p' } } });
    expect(section(doc, 'signing')).toMatch(/does not collect signatures itself: it links to .* act\.example\.com/);
    expect(doc.querySelectorAll('#signing li')).toHaveLength(0);
    expect(doc.querySelectorAll('#device li')).toHaveLength(3);
    expect(text(doc.querySelector('.summary'))).not.toContain('sign the petition');
    expect(section(doc, 'device')).not.toContain('signature');
  });

  it('with a form and a petition page, says where the link goes when the form cannot be used', () => {
    const doc = page({
      campaign: { ...campaign, petition: { ...campaign.petition, url: 'https://act.example.com/p' } },
    });
    expect(section(doc, 'signing')).toMatch(/Where the form cannot be used, .* act\.example\.com/);
  });

  it('with no way to sign, says so', () => {
    const doc = page({ campaign: { ...campaign, delivery: { mode: 'none' } } });
    expect(section(doc, 'signing')).toBe(privacyWords('en').signing.none);
  });

  it('links the organisation’s own notice when it is another page, and not when it is this one', () => {
    expect(page().querySelector('#signing a[href="/privacy/"]')).toBeNull();
    const doc = page({ campaign: { ...campaign, privacyUrl: 'https://freedom.example.org/privacy' } });
    const link = doc.querySelector('#signing a[href="https://freedom.example.org/privacy"]');
    expect(text(link)).toBe('its own privacy notice');
    expect(doc.querySelector('#contact a')?.getAttribute('href')).toBe('https://freedom.example.org');
  });

  it('keeps a hostile organisation name as text, in every language', () => {
    const name = `<script>alert(1)</script> & "Co" <img src=x onerror=alert(2)>`;
    const hostile: PrivacyCampaign = {
      ...campaign,
      organisation: { name, url: 'https://x.example.org/?a="b"&c=<d>' },
      privacyUrl: 'https://x.example.org/p?"><script>alert(3)</script>',
      counting,
    };
    for (const lang of SHIPPED_LANGUAGES) {
      const html = privacyPageHtml(input({ lang, campaign: hostile }));
      expect(html, lang).not.toMatch(/<script|<img/i);
      const doc = parse(html);
      expect(doc.querySelectorAll('script, img')).toHaveLength(0);
      const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((n) => n.startsWith('on')),
      );
      expect(handlers).toEqual([]);
      expect(section(doc, 'contact'), lang).toContain(name);
      expect(section(doc, 'signing'), lang).toContain(name);
      expect(doc.querySelector('#contact a')?.getAttribute('href')).toBe('https://x.example.org/?a="b"&c=<d>');
      expect(doc.querySelector('#signing a[href^="https://x.example.org/p"]')?.getAttribute('href')).toBe(
        hostile.privacyUrl,
      );
    }
  });
});

describe('where the statement lives', () => {
  it('is written to privacy/ and privacy/<lang>/', () => {
    expect(SHIPPED_LANGUAGES.map(privacyPagePath)).toEqual([
      'privacy/index.html',
      'privacy/ko/index.html',
      'privacy/ja/index.html',
      'privacy/zh-Hans/index.html',
      'privacy/es/index.html',
      'privacy/fr/index.html',
    ]);
  });

  it.each([
    ['/', 'en', '/'],
    ['/', 'ko', '/'],
    ['/stories/ttm/', 'ko', '/stories/ttm/'],
    ['./', 'en', '../'],
    ['./', 'ko', '../../'],
    ['https://cdn.example.net/ttm/', 'ko', 'https://cdn.example.net/ttm/'],
  ] as Array<[string, Language, string]>)('finds the app from base %s in %s at %s', (base, lang, root) => {
    expect(privacyRoot(base, lang)).toBe(root);
    const doc = page({ base, lang });
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(`${root}privacy/privacy.css`);
    expect(doc.querySelector('.back a')?.getAttribute('href')).toBe(`${root}?lang=${lang}`);
  });

  it('names servers by their host', () => {
    expect(hostOf('https://count.example.com:8443/api/event', 'https://a.org')).toBe('count.example.com:8443');
    expect(hostOf('/api/signatures', 'https://stories.example.org/')).toBe('stories.example.org');
  });
});

describe('the app’s link to the privacy notice', () => {
  const site = 'https://stories.example.org';

  it.each([
    ['/privacy/', '/', true],
    ['/privacy/index.html', '/', true],
    ['/privacy/ko/', '/', true],
    [`${site}/privacy/`, '/', true],
    ['/privacy', '/', false],
    ['/privacy/de/', '/', false],
    ['https://freedom.example.org/privacy/', '/', false],
    // Under a sub-folder, the host site's /privacy/ is its own page, often the organisation's notice.
    ['/privacy/', '/stories/ttm/', false],
    ['/stories/ttm/privacy/', '/stories/ttm/', true],
    ['/privacy/', './', true],
    ['/privacy/', 'https://cdn.example.net/ttm/', false],
    ['https://cdn.example.net/ttm/privacy/', 'https://cdn.example.net/ttm/', true],
  ])('counts %s under base %s as this site’s statement: %s', (url, base, own) => {
    expect(isOwnPrivacyPage(url, site, base)).toBe(own);
  });

  it.each([
    ['/privacy/', '/', 'ko', '/privacy/ko/'],
    ['/privacy/', '/', 'en', '/privacy/'],
    ['/privacy/', '/', 'zh-Hans', '/privacy/zh-Hans/'],
    // A pseudo-locale (a test language) reads the English statement.
    ['/privacy/', '/', 'ar-XB', '/privacy/'],
    ['/stories/ttm/privacy/', '/stories/ttm/', 'fr', '/stories/ttm/privacy/fr/'],
    ['/privacy/', './', 'ja', './privacy/ja/'],
    ['https://freedom.example.org/privacy', '/', 'ko', 'https://freedom.example.org/privacy'],
    ['/privacy/', '/stories/ttm/', 'ko', '/privacy/'],
    // A "path" a browser would take to another host is never linked: this build's own statement is.
    ['/\\evil.example/privacy', '/', 'ko', '/privacy/ko/'],
    ['//evil.example/privacy', '/stories/ttm/', 'en', '/stories/ttm/privacy/'],
    ['javascript:alert(1)', '/', 'en', '/privacy/'],
  ])('links %s (base %s) in %s as %s', (url, base, locale, href) => {
    expect(privacyHref(url, site, base, locale)).toBe(href);
  });
});
