// @vitest-environment jsdom
/**
 * The route map in the page: its figure, its caption (the distance and the places passed, the
 * map's text alternative) and the drawing, projected here from the real atlas as the build does;
 * and where it appears: a later chapter's first scene, and the ending.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import type { Topology } from 'topojson-specification';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CompiledStory } from '../../src/engine/story.ts';
import { applyText } from '../../src/engine/text.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import type { Locale } from '../../src/i18n/languages.ts';
import { MAP_HEIGHT, MAP_WIDTH } from '../../src/map/map-data.ts';
import { RouteMap } from '../../src/map/RouteMap.tsx';
import { routeOf, type Route } from '../../src/map/route.ts';
import { EndingView } from '../../src/ui/EndingView.tsx';
import { SceneView } from '../../src/ui/SceneView.tsx';
import { wordsFor } from '../support/app.tsx';
import { seedFor, witnesses } from '../support/paths.ts';
import { realStory, ROOT } from '../support/story.ts';

// The build writes this module (src/build/map-plugin.ts); here it is projected the same way.
vi.mock('../../src/map/route-map-data.ts', async () => {
  const { projectMap } = await import('../../src/map/project.ts');
  const { realStory: story } = await import('../support/story.ts');
  const atlasPath = createRequire(join(ROOT, 'package.json')).resolve('world-atlas/countries-50m.json');
  return { default: projectMap(JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology, story().places) };
});

const story = realStory();
const runs = witnesses(story);

function runTo(ending: string): { seed: number; log: string[] } {
  const path = runs.get(ending)!;
  return { seed: seedFor(path), log: path.map((step) => step.choiceId) };
}

const mongolia = runTo('arrived-via-mongolia');
const wholeRoute = routeOf(story, mongolia.seed, mongolia.log);

/** The story in `locale`'s words, and `view` of it rendered with that language's interface. */
function renderIn(locale: Locale, view: (worded: CompiledStory) => ReactNode) {
  const words = wordsFor(story, locale);
  const worded = applyText(story, words.story);
  return render(<I18nextProvider i18n={createI18n(locale, words.ui)}>{view(worded)}</I18nextProvider>);
}

function renderMap(route: Route, { complete = false, locale = 'en' }: { complete?: boolean; locale?: Locale } = {}) {
  return renderIn(locale, (worded) => <RouteMap story={worded} route={route} complete={complete} />);
}

/** Lets the lazily imported map resolve and render. */
async function drawn(container: HTMLElement): Promise<SVGSVGElement> {
  await act(async () => {
    await vi.dynamicImportSettled();
  });
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('the map was not drawn');
  return svg;
}

describe('the route map', () => {
  it('is a figure marked data-route-map whose caption gives the distance and the places in order', () => {
    const { container } = renderMap(wholeRoute);
    const figure = container.querySelector('figure[data-route-map]');
    expect(figure).not.toBeNull();
    const caption = within(figure as HTMLElement).getByText('About 3,300 km so far');
    expect(caption.closest('figcaption')).not.toBeNull();
    const list = screen.getByRole('list', { name: 'Places passed' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Hyesan',
      'Yalu River',
      'Changbai',
      'Yanji',
      'Shenyang',
      'Inner Mongolia',
      'Gobi Desert',
      'Mongolian border',
      'Hanawon',
      'Seoul',
    ]);
    expect(list.tagName).toBe('OL');
  });

  it('marks the place she is at now as the current location', () => {
    renderMap(routeOf(story, mongolia.seed, mongolia.log.slice(0, 20)));
    const items = within(screen.getByRole('list', { name: 'Places passed' })).getAllByRole('listitem');
    expect(items.filter((li) => li.getAttribute('aria-current') === 'location')).toEqual([items.at(-1)]);
  });

  it('says "in all" at an ending, and where she is before she has gone anywhere', () => {
    renderMap(wholeRoute, { complete: true });
    expect(screen.getByText('About 3,300 km in all')).toBeInTheDocument();
    document.body.innerHTML = '';
    renderMap({ places: ['hyesan'], km: 0 });
    expect(screen.getByText('Where you are')).toBeInTheDocument();
  });

  it('has a stylesheet that keeps the frame in the proportions of the projected map', () => {
    const css = readFileSync(join(ROOT, 'src/map/route-map.css'), 'utf8');
    const ratio = /\.route-map-frame \{[^}]*aspect-ratio: (\d+) \/ (\d+);/.exec(css);
    expect(ratio?.slice(1).map(Number)).toEqual([MAP_WIDTH, MAP_HEIGHT]);
  });

  it('holds the map’s space, hidden from screen readers, while the drawing loads, then draws it there', async () => {
    const { container } = renderMap(wholeRoute);
    const frame = container.querySelector('.route-map-frame')!;
    expect(frame.getAttribute('aria-hidden')).toBe('true');
    expect(frame.querySelector('svg')).toBeNull();
    const svg = await drawn(container);
    expect(svg.parentElement).toBe(frame);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`);
  });

  it('draws the seven countries, named, the route as a line through every place, and the place she is at', async () => {
    const { container } = renderMap(wholeRoute);
    const svg = await drawn(container);
    expect([...svg.querySelectorAll('[data-country]')].map((p) => p.getAttribute('data-country'))).toEqual([
      'north-korea',
      'china',
      'mongolia',
      'laos',
      'thailand',
      'vietnam',
      'south-korea',
    ]);
    expect([...container.querySelectorAll('.route-map-label')].map((l) => l.textContent)).toEqual([
      'North Korea',
      'China',
      'Mongolia',
      'Laos',
      'Thailand',
      'Vietnam',
      'South Korea',
    ]);
    const line = svg.querySelector('polyline.route-map-line')!;
    expect(line.getAttribute('points')!.split(' ')).toHaveLength(wholeRoute.places.length);
    expect(container.querySelector('.route-map-here-name')?.textContent).toBe('Seoul');
    expect(svg.querySelectorAll('path.route-map-here')).toHaveLength(1);
  });

  it('draws no line while she is still in one place', async () => {
    const { container } = renderMap({ places: ['hyesan'], km: 0 });
    const svg = await drawn(container);
    expect(svg.querySelector('polyline')).toBeNull();
    expect(container.querySelector('.route-map-here-name')?.textContent).toBe('Hyesan');
  });

  it.each([
    ['ko', '지금까지 약 3,300km', ['혜산', '압록강', '창바이'], '북한'],
    ['fr', /^Environ 3\s300 km jusqu’ici$/, ['Hyesan', 'fleuve Yalu', 'Changbai'], 'Corée du Nord'],
    ['zh-Hans', '到目前为止约3,300公里', ['惠山', '鸭绿江', '长白'], '朝鲜'],
  ] as const)('speaks %s: distance, place names and country names', async (locale, distance, first, country) => {
    const { container } = renderMap(wholeRoute, { locale });
    expect(screen.getByText(distance)).toBeInTheDocument();
    const items = container.querySelectorAll('.route-map-places li');
    expect([...items].slice(0, 3).map((li) => li.textContent)).toEqual(first);
    await drawn(container);
    expect(container.querySelector('.route-map-label')?.textContent).toBe(country);
  });
});

describe('where the route map appears', () => {
  /** The scene a run is at after `log`, rendered as the app renders it, with its route. */
  function sceneAfter(log: string[], seed: number) {
    const route = routeOf(story, seed, log);
    const steps = runs.get('arrived-via-mongolia')!;
    const sceneId = log.length === 0 ? story.start : steps[log.length]!.scene;
    const scene = story.scenes[sceneId]!;
    const chapter = story.chapters.find((c) => c.id === scene.chapter)!;
    renderIn('en', (worded) => (
      <SceneView
        story={worded}
        scene={worded.scenes[sceneId]!}
        choices={[]}
        chapterOpens={chapter.start === sceneId}
        route={route}
        onChoose={() => undefined}
      />
    ));
    return { scene, chapter };
  }

  it('opens each chapter after the first with the route so far', () => {
    const steps = runs.get('arrived-via-mongolia')!;
    const opening = steps.findIndex((step) => step.scene === 'crossroads');
    const { chapter } = sceneAfter(mongolia.log.slice(0, opening), mongolia.seed);
    expect(chapter.id).toBe('the-road');
    const figure = document.querySelector('figure[data-route-map]');
    expect(figure).not.toBeNull();
    expect(within(figure as HTMLElement).getByRole('list').lastElementChild?.textContent).toBe('Shenyang');
  });

  it('is not at the story’s first scene, nor at a scene within a chapter', () => {
    sceneAfter([], mongolia.seed);
    expect(document.querySelector('[data-route-map]')).toBeNull();
    document.body.innerHTML = '';
    const steps = runs.get('arrived-via-mongolia')!;
    const within = steps.findIndex((step) => step.scene === 'gobi-walk');
    sceneAfter(mongolia.log.slice(0, within), mongolia.seed);
    expect(document.querySelector('[data-route-map]')).toBeNull();
  });

  it('shows the whole route at the ending', () => {
    renderIn('en', (worded) => (
      <EndingView
        story={worded}
        ending={worded.endings['arrived-via-mongolia']!}
        journey={{ choices: mongolia.log.length, vars: {}, steps: [] }}
        route={wholeRoute}
        onPlayAgain={() => undefined}
      />
    ));
    const figure = document.querySelector('figure[data-route-map="complete"]');
    expect(figure).not.toBeNull();
    expect(within(figure as HTMLElement).getByText('About 3,300 km in all')).toBeInTheDocument();
  });
});
