// @vitest-environment jsdom
/**
 * The shortest path to every ending, played through the real React UI in jsdom: buttons are found
 * by role inside the "Your choices" group and clicked, as a person would.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.tsx';
import { plainText } from '../../src/ui/RichText.tsx';
import { seedFor, witnesses } from '../support/paths.ts';
import { appProps } from '../support/app.tsx';
import { realStory } from '../support/story.ts';

const story = realStory();
const runs = witnesses(story);

describe('every ending, reached through the interface', () => {
  it.each(Object.keys(story.endings))('plays the shortest path to %s by clicking choices', async (endingId) => {
    const steps = runs.get(endingId)!;
    const seed = seedFor(steps);
    const user = userEvent.setup();
    render(<App {...appProps(story, { search: `?seed=${seed}` })} />);

    await user.click(screen.getByRole('button', { name: 'Begin' }));
    for (const step of steps) {
      const scene = story.scenes[step.scene]!;
      const heading = screen.getByRole('heading', { level: 1, name: plainText(scene.title, story.glossary) });
      expect(heading).toHaveFocus();
      const choice = scene.choices.find((c) => c.id === step.choiceId)!;
      const group = screen.getByRole('group', { name: 'Your choices' });
      await user.click(
        within(group).getByRole('button', { name: new RegExp(escape(plainText(choice.text, story.glossary))) }),
      );
    }

    const ending = story.endings[endingId]!;
    const heading = screen.getByRole('heading', { level: 1, name: plainText(ending.title, story.glossary) });
    expect(heading).toHaveFocus();
    expect(heading.closest('[data-ending]')).toHaveAttribute('data-ending', endingId);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
