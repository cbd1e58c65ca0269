// @vitest-environment jsdom
import { render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SceneArt } from '../../src/ui/SceneArt.tsx';
import { DocumentStage, useDocumentStage } from '../../src/ui/useDocumentStage.ts';

const market = { id: 'market-stall', chapter: 'home', place: 'hyesan-market' };

describe('SceneArt', () => {
  it('shows the scene’s picture from the app’s base path', () => {
    const { container } = render(<SceneArt scene={market} base="/stories/ttm/" />);
    const img = container.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/stories/ttm/art/market.svg');
    expect(container.querySelector('.scene-art')).toHaveAttribute('data-art', 'market');
  });

  it('keeps the picture out of the accessibility tree: the scene’s words say what is there', () => {
    const { container } = render(<SceneArt scene={market} base="/" />);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('reserves the picture’s size and never holds up the page for it', () => {
    const { container } = render(<SceneArt scene={market} base="/" />);
    const img = container.querySelector('img')!;
    expect(img).toHaveAttribute('width', '1200');
    expect(img).toHaveAttribute('height', '600');
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('decoding', 'async');
  });

  it('changes picture when the scene moves to another place', () => {
    const { container, rerender } = render(<SceneArt scene={market} base="/" />);
    const before = container.querySelector('img');
    rerender(<SceneArt scene={{ id: 'riverbank', chapter: 'the-river', place: 'hyesan-riverside' }} base="/" />);
    const after = container.querySelector('img')!;
    expect(after.getAttribute('src')).toBe('/art/river-night.svg');
    // A new element, so that the new picture fades in instead of replacing the old one in place.
    expect(after).not.toBe(before);
  });
});

describe('useDocumentStage', () => {
  afterEach(() => {
    delete document.documentElement.dataset.stage;
  });

  it('puts the page in the stage, follows it, and takes it away', () => {
    const { rerender } = renderHook(({ stage }) => useDocumentStage(stage), {
      initialProps: { stage: 'river' as 'river' | 'china' | undefined },
    });
    expect(document.documentElement.dataset.stage).toBe('river');
    rerender({ stage: 'china' });
    expect(document.documentElement.dataset.stage).toBe('china');
    rerender({ stage: undefined });
    expect(document.documentElement).not.toHaveAttribute('data-stage');
  });

  it('as a view inside a scene transition, changes the light when the scene is shown, and a leaving scene does not take it back', () => {
    const { rerender, unmount } = render(<DocumentStage key="riverbank" stage="river" />);
    expect(document.documentElement.dataset.stage).toBe('river');
    rerender(<DocumentStage key="far-bank" stage="china" />);
    expect(document.documentElement.dataset.stage).toBe('china');
    unmount();
    expect(document.documentElement.dataset.stage).toBe('china');
  });
});
