// @vitest-environment jsdom
/** The sound's controls and caption in the page, with the real service over a fake howler. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createAudio, SOUND_KEY, type Audio } from '../../src/audio/audio.ts';
import { MuteButton } from '../../src/audio/MuteButton.tsx';
import { SoundBar } from '../../src/audio/SoundBar.tsx';
import { SoundCaption } from '../../src/audio/SoundCaption.tsx';
import { SoundToggle } from '../../src/audio/SoundToggle.tsx';
import { useSoundscape } from '../../src/audio/useSoundscape.ts';
import { memoryStorage, type StorageLike } from '../../src/engine/save.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type { LocaleBundle } from '../../src/i18n/load.ts';
import { Settings } from '../../src/ui/Settings.tsx';
import { TitleScreen, titleText } from '../../src/ui/TitleScreen.tsx';
import { fakeHowler, type FakeHowler } from '../support/fake-howler.ts';
import { wordsFor } from '../support/app.tsx';
import { ROOT, realStory } from '../support/story.ts';
import { DEFAULT_PREFERENCES } from '../../src/ui/preferences.ts';

const story = realStory();

function ui(lang: Language): LocaleBundle['ui'] {
  return JSON.parse(readFileSync(join(ROOT, 'src/i18n/locales', lang, 'ui.json'), 'utf8')) as LocaleBundle['ui'];
}

function inLanguage(children: ReactNode, lang: Language = 'en') {
  return <I18nextProvider i18n={createI18n(lang, ui(lang))}>{children}</I18nextProvider>;
}

function service(storage: StorageLike = memoryStorage()): { audio: Audio; howler: FakeHowler } {
  const howler = fakeHowler();
  const audio = createAudio({ storage, load: () => Promise.resolve(howler.module), warn: vi.fn() });
  return { audio, howler };
}

describe('the sound switch', () => {
  it('is a checkbox, off until ticked, that says so', () => {
    const { audio } = service();
    render(inLanguage(<SoundToggle audio={audio} />));
    const box = screen.getByRole('checkbox', { name: 'Sound' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription('Off until you turn it on. The sounds of each place, with captions.');
  });

  it('turns sound on and off, and the choice is remembered', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const { audio, howler } = service(storage);
    render(inLanguage(<SoundToggle audio={audio} />));
    const box = screen.getByRole('checkbox', { name: 'Sound' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(storage.getItem(SOUND_KEY)).toBe('on');
    // The click is what lets howler load: the confirming cue plays.
    await vi.waitFor(() => expect(howler.howlsOf('choice')[0]?.plays).toHaveLength(1));
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(storage.getItem(SOUND_KEY)).toBe('off');
  });

  it('is on the title screen near the classroom switch, and in the settings', () => {
    const { audio } = service();
    const noop = () => undefined;
    const { unmount } = render(
      inLanguage(
        <TitleScreen
          text={titleText(wordsFor(story).story)}
          locale="en"
          onLanguage={noop}
          classroom={false}
          onClassroom={noop}
          onBegin={noop}
          onContinue={noop}
          audio={audio}
        />,
      ),
    );
    expect(screen.getByRole('checkbox', { name: 'Sound' })).toBeInTheDocument();
    unmount();
    render(
      inLanguage(
        <Settings locale="en" onLanguage={noop} preferences={DEFAULT_PREFERENCES} onPreferences={noop} audio={audio} />,
      ),
    );
    const settings = screen.getByText('Settings').closest('details')!;
    expect(within(settings).getByRole('checkbox', { name: 'Sound' })).toBeInTheDocument();
  });

  it('is not offered where the page has no sound (the title screen without a service)', () => {
    const noop = () => undefined;
    render(
      inLanguage(
        <TitleScreen
          text={titleText(wordsFor(story).story)}
          locale="en"
          onLanguage={noop}
          classroom={false}
          onClassroom={noop}
          onBegin={noop}
          onContinue={noop}
        />,
      ),
    );
    expect(screen.queryByRole('checkbox', { name: 'Sound' })).toBeNull();
  });

  it('hydrates the prerendered title screen without a mismatch when "on" was remembered', async () => {
    const storage = memoryStorage();
    storage.setItem(SOUND_KEY, 'on');
    const { audio } = service(storage);
    const tree = inLanguage(<SoundToggle audio={audio} />);
    const container = document.createElement('div');
    // The build renders it on the server, where nothing is remembered yet.
    container.innerHTML = renderToString(tree);
    expect(container.querySelector('input')?.hasAttribute('checked')).toBe(false);
    document.body.append(container);
    const recoverable = vi.fn();
    const errors = vi.spyOn(console, 'error');
    await act(async () => {
      hydrateRoot(container, tree, { onRecoverableError: recoverable });
      await Promise.resolve();
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(within(container).getByRole('checkbox', { name: 'Sound' })).toBeChecked();
    container.remove();
  });
});

describe('mute', () => {
  it('is there only while sound is on, named Mute, pressed when muted', async () => {
    const user = userEvent.setup();
    const { audio, howler } = service();
    render(inLanguage(<MuteButton audio={audio} />));
    expect(screen.queryByRole('button', { name: 'Mute' })).toBeNull();
    act(() => audio.enable());
    const mute = screen.getByRole('button', { name: 'Mute' });
    expect(mute).toHaveAttribute('aria-pressed', 'false');
    await user.click(mute);
    expect(mute).toHaveAttribute('aria-pressed', 'true');
    expect(audio.getState().muted).toBe(true);
    await vi.waitFor(() => expect(howler.muted()).toBe(true));
    await user.click(mute);
    expect(mute).toHaveAttribute('aria-pressed', 'false');
  });

  it('is reached by keyboard and works with Enter and Space', async () => {
    const user = userEvent.setup();
    const { audio } = service();
    act(() => audio.enable());
    render(inLanguage(<SoundBar audio={audio} />));
    await user.tab();
    const mute = screen.getByRole('button', { name: 'Mute' });
    expect(mute).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(mute).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(mute).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('the caption', () => {
  it('names what is heard while sound is on, and is not a live region', () => {
    const { audio } = service();
    render(inLanguage(<SoundCaption audio={audio} />));
    act(() => audio.setScene('river'));
    expect(screen.queryByText('[water over stones, far off]')).toBeNull();
    act(() => audio.enable());
    const caption = screen.getByText('[water over stones, far off]').closest('p')!;
    expect(caption).toHaveAttribute('aria-live', 'off');
    expect(caption).not.toHaveAttribute('role');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a cue alongside the place, in the player’s language', () => {
    const { audio } = service();
    render(inLanguage(<SoundCaption audio={audio} />, 'ko'));
    act(() => {
      audio.enable();
      audio.setScene('wind');
      audio.cue('footsteps');
    });
    expect(screen.getByText('[탁 트인 벌판을 지나는 바람 소리]')).toBeInTheDocument();
    expect(screen.getByText('[자갈 위를 걷는 발소리]')).toBeInTheDocument();
  });

  it('stays when the file cannot be played', async () => {
    const { audio, howler } = service();
    render(inLanguage(<SoundBar audio={audio} />));
    act(() => {
      audio.enable();
      audio.setScene('city');
    });
    await vi.waitFor(() => expect(howler.howlsOf('city')).toHaveLength(1));
    act(() => howler.howlsOf('city')[0]!.failLoad());
    act(() => howler.howlsOf('city')[1]!.failLoad());
    expect(screen.getByText('[distant traffic, a city at night]')).toBeInTheDocument();
  });

  it('leaves nothing in the page while sound is off', () => {
    const { audio } = service();
    const { container } = render(inLanguage(<SoundBar audio={audio} />));
    act(() => audio.setScene('market'));
    expect(container).toBeEmptyDOMElement();
  });
});

describe('useSoundscape', () => {
  function Scene({ audio, place, sound }: { audio: Audio; place?: string; sound?: string }) {
    useSoundscape(audio, place, sound);
    return null;
  }

  it('sets the place’s soundscape, and footsteps on arriving somewhere on foot', () => {
    const audio = {
      setScene: vi.fn(),
      cue: vi.fn(),
    } as unknown as Audio & { setScene: ReturnType<typeof vi.fn>; cue: ReturnType<typeof vi.fn> };
    const { rerender, unmount } = render(<Scene audio={audio} place="heilongjiang" />);
    expect(audio.setScene).toHaveBeenLastCalledWith('wind');
    rerender(<Scene audio={audio} place="gobi" />);
    expect(audio.cue).toHaveBeenCalledWith('footsteps');
    audio.cue.mockClear();
    // Another scene in the same place: no new footsteps.
    rerender(<Scene audio={audio} place="gobi" sound="wind" />);
    expect(audio.cue).not.toHaveBeenCalled();
    rerender(<Scene audio={audio} place="beijing" />);
    expect(audio.setScene).toHaveBeenLastCalledWith('city');
    expect(audio.cue).not.toHaveBeenCalled();
    // An ending: silence.
    rerender(<Scene audio={audio} />);
    expect(audio.setScene).toHaveBeenLastCalledWith(undefined);
    unmount();
    expect(audio.setScene).toHaveBeenLastCalledWith(undefined);
  });

  it('plays no footsteps for the first scene of a run', () => {
    const audio = { setScene: vi.fn(), cue: vi.fn() } as unknown as Audio & { cue: ReturnType<typeof vi.fn> };
    render(<Scene audio={audio} place="yalu-river" />);
    expect(audio.cue).not.toHaveBeenCalled();
  });
});
