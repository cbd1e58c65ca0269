import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../src/ui/stage.ts';
import { contrast, customPropertyBlocks, mix } from '../support/contrast.ts';
import { ROOT } from '../support/story.ts';

const css = readFileSync(join(ROOT, 'src/ui/palette.css'), 'utf8');
const blocks = customPropertyBlocks(css);
const PROPS = [
  '--bg',
  '--bg-raised',
  '--bg-hover',
  '--bg-glow',
  '--text',
  '--text-muted',
  '--accent',
  '--accent-ink',
  '--line',
  '--focus',
  '--error',
];

function palette(selector: string): Record<string, string> {
  const block = blocks.find((b) => b.selector === selector);
  if (!block) throw new Error(`palette.css has no block "${selector}"`);
  return block.props;
}

const palettes: [string, Record<string, string>][] = [
  ...STAGES.map((stage): [string, Record<string, string>] => [stage, palette(`:root[data-stage='${stage}']`)]),
  ['high-contrast', palette(":root[data-contrast='high'], :root[data-contrast='high'][data-stage]")],
];

/** [foreground, background, the least ratio]: what WCAG 2.2 AA asks of each pair, as the app uses them. */
const PAIRS: [string, string, number][] = [];
for (const ground of ['--bg', '--bg-raised', '--bg-hover']) {
  // Text, and the accent, which is text too (links, the fact card's label, the choices' numbers).
  for (const ink of ['--text', '--text-muted', '--accent']) PAIRS.push([ink, ground, 4.5]);
  PAIRS.push(['--focus', ground, 3]);
}
PAIRS.push(['--accent-ink', '--accent', 4.5]);
// A field's error message, in the form on a raised ground, and its summary on the page's.
PAIRS.push(['--error', '--bg', 4.5], ['--error', '--bg-raised', 4.5]);
// The border is all that marks out a text field from the form around it (WCAG 1.4.11).
PAIRS.push(['--line', '--bg', 3], ['--line', '--bg-raised', 3]);

describe('the stage palettes', () => {
  it.each(palettes)('%s sets every colour app.css uses, as hex', (_, props) => {
    for (const prop of PROPS) expect(props[prop], prop).toMatch(/^#[0-9a-f]{6}$/);
  });

  describe.each(palettes)('%s', (_, props) => {
    it.each(PAIRS)('has %s on %s at %f:1 or more', (fg, bg, least) => {
      expect(contrast(props[fg]!, props[bg]!)).toBeGreaterThanOrEqual(least);
    });
  });

  // The colours fade from one stage to the next over two seconds while the player reads: every
  // moment of the fade has to be readable too, not only its two ends.
  const stagePairs = palettes.flatMap(([a, pa]) =>
    palettes.filter(([b]) => b !== a).map(([b, pb]) => [a, b, pa, pb] as const),
  );
  it.each(stagePairs)('keeps text readable all through a fade from %s to %s', (_, __, from, to) => {
    for (let t = 0; t <= 1; t += 0.05) {
      const bg = mix(from['--bg']!, to['--bg']!, t);
      const raised = mix(from['--bg-raised']!, to['--bg-raised']!, t);
      for (const ink of ['--text', '--text-muted', '--accent', '--error']) {
        const fg = mix(from[ink]!, to[ink]!, t);
        expect(contrast(fg, bg), `${ink} at ${t.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(fg, raised), `${ink} on --bg-raised at ${t.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('gives high contrast the same colours whether chosen or asked for by the system', () => {
    const chosen = palette(":root[data-contrast='high'], :root[data-contrast='high'][data-stage]");
    const asked = palette(":root:not([data-contrast='normal']), :root:not([data-contrast='normal'])[data-stage]");
    expect(asked).toEqual(chosen);
  });

  it('has a block for every stage and no block for a stage that does not exist', () => {
    const named = blocks.flatMap((b) => [...b.selector.matchAll(/data-stage='([^']+)'/g)].map((m) => m[1]));
    expect(new Set(named)).toEqual(new Set(STAGES));
  });

  it('fades only when motion is welcome: the one transition sits inside both conditions', () => {
    const flat = css.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(flat.match(/transition:/g)).toHaveLength(1);
    expect(flat).toMatch(
      /@media \(prefers-reduced-motion: no-preference\) \{\s*:root:not\(\[data-motion='off'\]\) \{\s*transition:/,
    );
  });
});
