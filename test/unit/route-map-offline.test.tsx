// @vitest-environment jsdom
/**
 * The route map when its drawing cannot be fetched (offline before the chunk was cached): the
 * caption, which says everything the picture shows, stands alone, and no empty frame is left.
 */
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { applyText } from '../../src/engine/text.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { RouteMap } from '../../src/map/RouteMap.tsx';
import { wordsFor } from '../support/app.tsx';
import { realStory } from '../support/story.ts';

vi.mock('../../src/map/route-map-data.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const story = realStory();

describe('the route map without its drawing', () => {
  it('keeps the distance and the places passed, and drops the empty frame', async () => {
    const words = wordsFor(story, 'en');
    const { container } = render(
      <I18nextProvider i18n={createI18n('en', words.ui)}>
        <RouteMap story={applyText(story, words.story)} route={{ places: ['hyesan', 'changbai'], km: 2.7 }} />
      </I18nextProvider>,
    );
    expect(container.querySelector('.route-map-frame')).not.toBeNull();
    await act(async () => {
      await vi.dynamicImportSettled();
    });
    expect(container.querySelector('.route-map-frame')).toBeNull();
    expect(screen.getByText('About 3 km so far')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Hyesan', 'Changbai']);
  });
});
