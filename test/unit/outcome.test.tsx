// @vitest-environment jsdom
/**
 * A choice's own outcome text and an arrival ending (docs/story-format.md): compiled as a story
 * word, extracted and checked like the others, shown first where the choice leads, announced with
 * the heading, and kept through undo, a restored save and a replay.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { compileStory } from '../../src/engine/compile/index.ts';
import { checkTranslations } from '../../src/engine/compile/translations.ts';
import { journeyOf, outcomeInto } from '../../src/engine/journey.ts';
import { memoryStorage, readSave } from '../../src/engine/save.ts';
import { applyText, extractText, mapStrings, stripText, textFiles } from '../../src/engine/text.ts';
import { App } from '../../src/ui/App.tsx';
import { appProps } from '../support/app.tsx';
import { compileOrThrow, fixtureFiles } from '../support/story.ts';

const dir = 'test/fixtures/compile/outcomes/story';
const story = compileOrThrow(fixtureFiles(dir));
const english = extractText(story);

describe('compiling outcome text and arrivals', () => {
  it('keeps a choice’s outcome and marks an arrival ending', () => {
    expect(story.scenes.gate?.choices.map((c) => c.outcome)).toEqual([
      'He counts the notes twice and steps aside.',
      'He looks at the [[gate-term|gate]], then at you, and waves you through.',
      undefined,
    ]);
    expect(story.endings.home?.arrival).toBe(true);
    expect(story.endings.caught).not.toHaveProperty('arrival');
  });

  it('reports an outcome that marks an unknown term, an empty outcome, and an arrival that is not true or false', () => {
    const files = fixtureFiles(dir).map((f) => {
      if (f.path.endsWith('01-one.yaml'))
        return {
          ...f,
          text: f.text
            .replace('outcome: He counts', 'outcome: He [[bribe]] counts')
            .replace('outcome: You walk until the lights of the town come up.', 'outcome: ""'),
        };
      if (f.path.endsWith('endings.yaml')) return { ...f, text: f.text.replace('arrival: true', 'arrival: yes') };
      return f;
    });
    const { story: none, problems } = compileStory(files);
    expect(none).toBeUndefined();
    expect(problems.map((p) => [p.code, p.file.split('/').pop(), p.line])).toEqual(
      expect.arrayContaining([
        ['unknown-term', '01-one.yaml', 11],
        ['wrong-type', '01-one.yaml', expect.any(Number)],
        ['wrong-type', 'endings.yaml', 3],
      ]),
    );
  });

  it('extracts outcomes as text keys beside the choices, only where a scene has one', () => {
    const chapter = english.chapters.one!;
    expect(chapter.scenes.gate?.outcomes).toEqual({
      pay: 'He counts the notes twice and steps aside.',
      plead: 'He looks at the [[gate-term|gate]], then at you, and waves you through.',
    });
    expect(chapter.scenes.road?.outcomes).toEqual({ walk: 'You walk until the lights of the town come up.' });
    const minimal = extractText(compileOrThrow(fixtureFiles('test/fixtures/compile/minimal/story')));
    expect(minimal.chapters.one?.scenes.gate).not.toHaveProperty('outcomes');
  });

  it('takes a translation’s outcome, blanks it in the shape, and round-trips', () => {
    expect(applyText(story, english)).toEqual(story);
    const ko = applyText(
      story,
      mapStrings(english, (t) => `KO ${t}`),
    );
    expect(ko.scenes.gate?.choices[0]?.outcome).toBe('KO He counts the notes twice and steps aside.');
    expect(ko.scenes.gate?.choices[2]).not.toHaveProperty('outcome');
    expect(JSON.stringify(stripText(story))).not.toContain('counts the notes');
  });

  it('is checked in each translation: missing, or with a glossary mark changed', () => {
    const files = (edit: (scenes: Record<string, { outcomes?: Record<string, string> }>) => void) => {
      const ko = mapStrings(textFiles(english), (t) => `KO ${t}`);
      edit((ko['chapters/one.json'] as { scenes: Record<string, { outcomes?: Record<string, string> }> }).scenes);
      return [
        ...Object.entries(textFiles(english)).map(([name, c]) => ({
          path: `story/locales/en/${name}`,
          text: JSON.stringify(c),
        })),
        ...Object.entries(ko).map(([name, c]) => ({
          path: `story/locales/ko/${name}`,
          text: JSON.stringify(c, null, 2),
        })),
      ];
    };
    expect(
      checkTranslations(
        english,
        files(() => undefined),
        'story',
        ['ko'],
      ).problems,
    ).toEqual([]);
    const broken = files((scenes) => {
      delete scenes.gate!.outcomes!.pay;
      scenes.gate!.outcomes!.plead = 'KO He looks at the gate and waves you through.';
    });
    expect(checkTranslations(english, broken, 'story', ['ko']).problems.map((p) => [p.code, p.message])).toEqual([
      ['translation-missing', 'No ko translation of "scenes.gate.outcomes.pay" (chapters/one.json).'],
      [
        'translation-markup',
        expect.stringContaining(
          '"scenes.gate.outcomes.plead" marks glossary terms [] but the English marks [gate-term]',
        ),
      ],
    ]);
  });

  it('is the last step’s outcome, read from the log, and only where that step led', () => {
    expect(outcomeInto(journeyOf(story, 1, ['pay']), 'road')).toBe('He counts the notes twice and steps aside.');
    expect(outcomeInto(journeyOf(story, 1, ['wait']), 'road')).toBeUndefined();
    expect(outcomeInto(journeyOf(story, 1, ['pay', 'walk']), 'home')).toBe(
      'You walk until the lights of the town come up.',
    );
    expect(outcomeInto(journeyOf(story, 1, ['pay', 'walk']), 'road')).toBeUndefined();
    expect(outcomeInto([], 'gate')).toBeUndefined();
  });
});

describe('outcome text in the player', () => {
  const renderApp = (search = '?seed=1', storage = memoryStorage()) => {
    const user = userEvent.setup();
    const view = render(<App {...appProps(story, { search, storage, persistent: true })} />);
    return { user, storage, view };
  };
  const firstParagraph = () => document.querySelector('.scene-text p');

  it('shows the choice’s outcome as the first paragraph of the next scene, read with its heading', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(document.querySelector('.outcome')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Plead with him' }));
    const heading = screen.getByRole('heading', { level: 1, name: 'The road' });
    expect(heading).toHaveFocus();
    // (jsdom's description puts a space after the glossary button; the words are the outcome's.)
    expect(heading).toHaveAccessibleDescription(
      expect.stringMatching(/^He looks at the gate ?, then at you, and waves you through\.$/),
    );
    expect(firstParagraph()).toHaveTextContent('He looks at the gate, then at you, and waves you through.');
    // Its glossary mark is a term to open, as in any story text.
    expect(screen.getByRole('button', { name: 'gate' })).toHaveAttribute('aria-expanded', 'false');
    const own = screen.getByText('The road runs south.');
    expect(firstParagraph()!.compareDocumentPosition(own) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('reads differently for two choices that lead to the same scene, and not at all for one with none', async () => {
    const texts: Array<string | null | undefined> = [];
    for (const choice of ['Pay him', 'Plead with him', 'Wait for the shift to change']) {
      const { user, view } = renderApp();
      await user.click(screen.getByRole('button', { name: 'Begin' }));
      await user.click(screen.getByRole('button', { name: choice }));
      expect(screen.getByRole('heading', { level: 1, name: 'The road' })).toBeInTheDocument();
      texts.push(document.querySelector('.outcome p')?.textContent);
      view.unmount();
    }
    expect(texts).toEqual([
      'He counts the notes twice and steps aside.',
      'He looks at the gate, then at you, and waves you through.',
      undefined,
    ]);
    expect(firstParagraph()).toBeNull();
  });

  it('opens an ending with the outcome of the choice that reached it', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.click(screen.getByRole('button', { name: 'Wait for the shift to change' }));
    await user.click(screen.getByRole('button', { name: 'Walk on' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Home' });
    expect(heading).toHaveAccessibleDescription('You walk until the lights of the town come up.');
    expect(firstParagraph()).toHaveTextContent('You walk until the lights of the town come up.');
  });

  it('survives a restored save, and goes with the choice it belongs to when the class goes back', async () => {
    const storage = memoryStorage();
    const first = renderApp('?seed=1', storage);
    await first.user.click(screen.getByRole('button', { name: 'Begin' }));
    await first.user.click(screen.getByRole('button', { name: 'Pay him' }));
    expect(readSave(storage, story.hash)).toMatchObject({ status: 'found', save: { choices: ['pay'] } });
    first.view.unmount();

    const second = renderApp('?seed=1', storage);
    await second.user.click(screen.getByRole('button', { name: /^Continue/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'The road' })).toHaveAccessibleDescription(
      'He counts the notes twice and steps aside.',
    );
    second.view.unmount();

    const classroom = renderApp('?seed=1&mode=classroom');
    await classroom.user.click(screen.getByRole('button', { name: 'Begin' }));
    await classroom.user.click(screen.getByRole('button', { name: 'Pay him' }));
    await classroom.user.click(screen.getByRole('button', { name: 'Walk on' }));
    expect(firstParagraph()).toHaveTextContent('You walk until the lights of the town come up.');
    await classroom.user.click(screen.getByRole('button', { name: 'Go back one choice' }));
    expect(screen.getByRole('heading', { level: 1, name: 'The road' })).toHaveAccessibleDescription(
      'He counts the notes twice and steps aside.',
    );
    expect(firstParagraph()).toHaveTextContent('He counts the notes twice and steps aside.');
  });
});
