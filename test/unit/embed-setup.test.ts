// @vitest-environment jsdom
/** Where an embed's options take effect: inside a frame asked to be an embed, and nowhere else. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpEmbed } from '../../src/embed/setup.ts';
import { testCampaign } from '../support/app.tsx';

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('style');
});

const HOSTILE = new URLSearchParams({
  petition: 'https://evil.example/sign',
  accent: '#ff0000',
  background: '#000000',
  hashtags: 'Evil',
});

function warnings() {
  return vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}

describe('embed options on the top-level page', () => {
  it.each([
    ['with embed=1', 'embed=1&'],
    ['without embed=1', ''],
  ])('are all ignored (%s), with one console warning', (_, prefix) => {
    const warn = warnings();
    const query = new URLSearchParams(`${prefix}${HOSTILE.toString()}`);
    const setup = setUpEmbed({ framed: false, query, campaign: testCampaign });
    expect(setup.options).toEqual({});
    expect(setup.theme).toBeUndefined();
    expect(document.documentElement.getAttribute('style')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/only inside a frame/);
  });

  it('say nothing when there are none', () => {
    const warn = warnings();
    setUpEmbed({ framed: false, query: new URLSearchParams('lang=ko&chapter=2'), campaign: testCampaign });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('embed options in a frame', () => {
  it('are ignored without embed=1, with one console warning', () => {
    const warn = warnings();
    const setup = setUpEmbed({ framed: true, query: HOSTILE, campaign: testCampaign });
    expect(setup.options).toEqual({});
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('take effect with embed=1, but a petition only on a host the campaign lists', () => {
    const warn = warnings();
    // (Colours are left out: jsdom cannot parse them; the e2e tests take them in Chromium.)
    const query = new URLSearchParams('embed=1&petition=https%3A%2F%2Fevil.example%2Fsign&hashtags=Evil');
    const setup = setUpEmbed({ framed: true, query, campaign: testCampaign });
    expect(setup.options).toEqual({ hashtags: ['Evil'] });
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/petition: ignored.*allowedPetitionHosts/),
    ]);

    const listed = { ...testCampaign, allowedPetitionHosts: ['evil.example'] };
    expect(setUpEmbed({ framed: true, query, campaign: listed }).options.petition).toBe('https://evil.example/sign');
  });
});
