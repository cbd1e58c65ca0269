// @vitest-environment jsdom
/** Classroom mode in the player: its switch, questions between chapters, going back, starting at a chapter. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chapterStarts } from '../../src/engine/chapter-starts.ts';
import { journeyOf } from '../../src/engine/journey.ts';
import { memoryStorage, readSave } from '../../src/engine/save.ts';
import { App } from '../../src/ui/App.tsx';
import { plainText } from '../../src/ui/RichText.tsx';
import { appProps } from '../support/app.tsx';
import { realStory } from '../support/story.ts';

const story = realStory();
const starts = chapterStarts(story);
const heading = () => screen.getByRole('heading', { level: 1 });
const sceneOf = (element: HTMLElement) => element.closest('[data-scene]')?.getAttribute('data-scene');

describe('classroom mode', () => {
  it('is ticked on the title screen by ?mode=classroom, and can be switched there', async () => {
    const user = userEvent.setup();
    render(<App {...appProps(story, { search: '?mode=classroom' })} />);
    const box = screen.getByRole('checkbox', { name: 'Classroom mode' });
    expect(box).toBeChecked();
    await user.click(box);
    expect(box).not.toBeChecked();
  });

  it('starts at chapter N with the state a real run has there (?chapter=3)', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    render(<App {...appProps(story, { search: '?chapter=3&mode=classroom', storage, chapterStarts: starts })} />);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    const china = story.chapters[2]!;
    expect(sceneOf(heading())).toBe(china.start);
    expect(heading()).toHaveFocus();
    const saved = readSave(storage, story.hash);
    expect(saved).toMatchObject({
      status: 'found',
      save: { seed: starts[china.id]!.seed, choices: starts[china.id]!.choices },
    });
  });

  it('asks about the chapter just finished before the next begins', async () => {
    const user = userEvent.setup();
    render(<App {...appProps(story, { search: '?chapter=2&mode=classroom', chapterStarts: starts })} />);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    const home = story.chapters[0]!;
    const discussion = screen.getByRole('region', { name: `Talk about it: ${home.title}` });
    expect(
      within(discussion)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(home.questions);
  });

  it('asks nothing between chapters outside classroom mode', async () => {
    const user = userEvent.setup();
    render(<App {...appProps(story, { search: '?chapter=2', chapterStarts: starts })} />);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(screen.queryByRole('region', { name: /Talk about it/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Go back one choice' })).not.toBeInTheDocument();
  });

  it('goes back one choice: the previous scene, the previous state, focus on its heading', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    render(<App {...appProps(story, { search: '?seed=5&mode=classroom', storage })} />);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(screen.queryByRole('button', { name: 'Go back one choice' })).not.toBeInTheDocument();
    const first = sceneOf(heading());
    const group = () => screen.getByRole('group', { name: 'Your choices' });
    await user.click(within(group()).getAllByRole('button')[0]!);
    const second = sceneOf(heading());
    expect(second).not.toBe(first);
    await user.click(within(group()).getAllByRole('button')[0]!);

    await user.click(screen.getByRole('button', { name: 'Go back one choice' }));
    expect(sceneOf(heading())).toBe(second);
    expect(heading()).toHaveFocus();
    const save = readSave(storage, story.hash);
    expect(save.status === 'found' && save.save.choices).toHaveLength(1);
    // The state is the one that scene had: the journey so far replays to it.
    const steps = save.status === 'found' ? journeyOf(story, save.save.seed, save.save.choices) : [];
    expect(steps.map((s) => s.scene.id)).toEqual([first]);
    expect(plainText(story.scenes[second!]!.title, story.glossary)).toBe(heading().textContent);
  });

  it('replaces sign and share with the discussion at an ending', async () => {
    const user = userEvent.setup();
    render(<App {...appProps(story, { search: '?seed=1&mode=classroom' })} />);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    // market-stall → the-call → kitchen-night → the-knock → last-evening → stay, with no chance on
    // the way: the "stayed" ending in chapter 1.
    await user.click(screen.getByRole('button', { name: /Go to Mr. Ri's shed tonight/ }));
    await user.click(screen.getByRole('button', { name: /Give the phone back/ }));
    await user.click(screen.getByRole('button', { name: /Say you were at a friend's house/ }));
    await user.click(screen.getByRole('button', { name: /Let her look/ }));
    await user.click(screen.getByRole('button', { name: /Stay\. This is your life/ }));
    expect(heading().closest('[data-ending]')).toHaveAttribute('data-ending', 'stayed');
    const home = story.chapters[0]!;
    expect(await screen.findByRole('region', { name: `Talk about it: ${home.title}` })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Sign the petition' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Share your journey' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go back one choice' })).toBeInTheDocument();
  });
});
