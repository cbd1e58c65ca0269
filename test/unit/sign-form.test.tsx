// @vitest-environment jsdom
/**
 * The sign form as a signer (or a script on the page) uses it: one signature per submit however
 * often the submit fires in one task, and notices that say what is true about a kept signature.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage, type StorageLike } from '../../src/engine/save.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import type { LocaleBundle } from '../../src/i18n/load.ts';
import { Outbox, OUTBOX_KEY, serializeOutbox, type OutboxEntry } from '../../src/sign/outbox.ts';
import { SignSection } from '../../src/sign/SignSection.tsx';
import type { DeliveryResult, SignContext } from '../../src/sign/types.ts';
import { testCampaign } from '../support/app.tsx';
import { ROOT } from '../support/story.ts';

const ui = JSON.parse(readFileSync(join(ROOT, 'src/i18n/locales/en/ui.json'), 'utf8')) as LocaleBundle['ui'];

const context: SignContext = {
  petition: testCampaign.petition.id,
  language: 'en',
  website: 'https://example.org',
  source: 'three-thousand-miles',
};

const outboxes: Outbox[] = [];
afterEach(() => {
  for (const box of outboxes.splice(0)) box.dispose();
  vi.restoreAllMocks();
});

function outboxWith(storage: StorageLike, send: (entry: OutboxEntry) => Promise<DeliveryResult>): Outbox {
  const box = new Outbox({ storage, persistent: true, send });
  outboxes.push(box);
  return box;
}

function renderForm(outbox: Outbox) {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n('en', ui)}>
      <SignSection
        campaign={testCampaign}
        offer={{ kind: 'form', delivery: { mode: 'webhook', url: '/api/signatures' } }}
        outbox={outbox}
        signed={false}
        context={context}
        lang="en"
      />
    </I18nextProvider>,
  );
  return { user };
}

async function fill(user: ReturnType<typeof userEvent.setup>): Promise<HTMLFormElement> {
  await user.type(screen.getByLabelText('Your name'), 'Kim Min-ji');
  await user.type(screen.getByLabelText('Email address'), 'minji@example.org');
  await user.selectOptions(screen.getByLabelText('Country'), 'KR');
  await user.click(screen.getByRole('checkbox', { name: /I agree that/ }));
  return screen.getByRole('button', { name: 'Sign' }).closest('form')!;
}

/** The form was shown more than 3 s ago, so a person's submit is not taken for a bot's. */
function later(): void {
  const start = Date.now();
  vi.spyOn(Date, 'now').mockReturnValue(start + 10_000);
}

describe('one signature per submit', () => {
  it('keeps one signature when requestSubmit() fires three times in one task', async () => {
    const sent: string[] = [];
    const box = outboxWith(memoryStorage(), (entry) => {
      sent.push(entry.key);
      return new Promise(() => undefined);
    });
    const { user } = renderForm(box);
    const form = await fill(user);
    later();
    act(() => {
      form.requestSubmit();
      form.requestSubmit();
      form.requestSubmit();
    });
    expect(box.entries()).toHaveLength(1);
    await act(() => Promise.resolve());
    expect(new Set(sent).size).toBe(1);
  });

  it('keeps one signature when the button is clicked twice in one task', async () => {
    const box = outboxWith(memoryStorage(), () => new Promise(() => undefined));
    const { user } = renderForm(box);
    await fill(user);
    later();
    const button = screen.getByRole('button', { name: 'Sign' });
    act(() => {
      button.click();
      button.click();
    });
    expect(box.entries()).toHaveLength(1);
  });
});

describe('what the form says about a kept signature', () => {
  it('calls a refused signature refused, and offers Try again', async () => {
    const box = outboxWith(memoryStorage(), () => Promise.resolve({ outcome: 'rejected', status: 400 }));
    const { user } = renderForm(box);
    await fill(user);
    later();
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    const status = await screen.findByText(/refused/);
    expect(status).toHaveTextContent("The petition's server refused your signature (error 400)");
    expect(status.textContent).not.toMatch(/will be sent|as soon as/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('names a signature saved on this device that could not be read, and still offers the form', () => {
    const storage = memoryStorage();
    storage.setItem(
      OUTBOX_KEY,
      JSON.stringify({ format: 1, entries: [{ key: 'k1', signature: { name: 'A' }, status: 'pending' }] }),
    );
    renderForm(outboxWith(storage, () => Promise.resolve({ outcome: 'recorded' })));
    const sign = screen.getByRole('region', { name: 'Sign the petition' });
    expect(within(sign).getByRole('status')).toHaveTextContent('A signature saved on this device could not be read');
    expect(within(sign).getByRole('button', { name: 'Sign' })).toBeInTheDocument();
  });

  it('keeps a well-formed entry waiting beside an unreadable one', () => {
    const storage = memoryStorage();
    const entry: OutboxEntry = {
      key: 'good',
      signature: { name: 'B', email: 'b@example.org', country: 'KR', consent: true, mailingList: false },
      context,
      createdAt: 1,
      attempts: 1,
      nextAttemptAt: Date.now() + 60_000,
      status: 'pending',
    };
    storage.setItem(OUTBOX_KEY, serializeOutbox([entry]).replace('"entries":[', '"entries":[{"key":"bad"},'));
    renderForm(outboxWith(storage, () => new Promise(() => undefined)));
    expect(screen.getByText(/could not be read/)).toBeInTheDocument();
    expect(screen.getByText(/saved on this device and will be sent/)).toBeInTheDocument();
  });
});
