import { describe, expect, it } from 'vitest';
import {
  canGoBack,
  comparesWithOthers,
  counted,
  discusses,
  heardOutside,
  holdsSignatures,
  offersSharing,
  offersSigning,
} from '../../src/app/classroom.ts';
import { pageSignOffer } from '../../src/campaign/campaign.ts';
import { counter } from '../../src/embed/counting.ts';
import type { AppEvent } from '../../src/embed/protocol.ts';
import { testCampaign } from '../support/app.tsx';

const events: AppEvent[] = [
  { type: 'ready', lang: 'en', mode: 'classroom' },
  { type: 'scene', scene: 'gate', chapter: 'one' },
  { type: 'choice', scene: 'gate', choice: 'pay' },
  { type: 'ending', ending: 'home' },
  { type: 'cta', action: 'replay' },
];

describe('classroom mode’s rules', () => {
  it('lets the page around an embed hear only that the story opened', () => {
    expect(events.filter((event) => heardOutside(event, true)).map((e) => e.type)).toEqual(['ready']);
    expect(events.every((event) => heardOutside(event, false))).toBe(true);
  });

  it('counts nothing of a class, not even its opening', () => {
    expect(counted({ type: 'ready', lang: 'en', mode: 'classroom' })).toBe(false);
    expect(counted({ type: 'ready', lang: 'en', mode: 'standard' })).toBe(true);
    const sent: string[] = [];
    const count = counter(
      { endpoint: '/e', domain: 'd' },
      (url) => (sent.push(url), true),
      () => 'https://x/',
    );
    count({ type: 'ready', lang: 'en', mode: 'classroom' });
    expect(sent).toEqual([]);
  });

  it.each([
    [true, { holds: true, signs: false, shares: false, discusses: true, goesBack: true, others: false }],
    [false, { holds: false, signs: true, shares: true, discusses: false, goesBack: false, others: true }],
  ])('in classroom mode %s: holds signatures, offers, discussion and going back as a lesson needs', (on, want) => {
    expect({
      holds: holdsSignatures(on),
      signs: offersSigning(on),
      shares: offersSharing(on),
      discusses: discusses(on),
      goesBack: canGoBack(on),
      others: comparesWithOthers(on),
    }).toEqual(want);
  });

  it('offers nothing to sign on a page opened in classroom mode', () => {
    const page = { hostname: 'localhost', formsWork: true };
    expect(pageSignOffer(testCampaign, { ...page, classroom: true })).toEqual({ kind: 'none' });
    expect(pageSignOffer(testCampaign, { ...page, classroom: false }).kind).not.toBe('none');
  });
});
