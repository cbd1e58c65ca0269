/**
 * Synthetic stories of any size, written as YAML in memory, for measuring how the compiler's cost
 * grows. Each is a sound story (it compiles with no problem), shaped like the real one: chapters of
 * scenes with two or three choices, conditions and effects on a variable, seeded chance, fact cards
 * citing sources, glossary terms in the text, and endings inside the story and at its end.
 */
import type { SourceFile } from '../src/engine/compile/index.ts';

export interface SyntheticOptions {
  /** Scenes in each chapter (the last chapter may have fewer). */
  scenesPerChapter?: number;
  /**
   * The largest value of `risk`, the one variable that changes (the others are read in conditions
   * and weights). A scene can be reached with each value from 0 to this, so it bounds the states the
   * compiler's analysis walks per scene: the cost then grows with the scenes, not with the paths.
   */
  riskMax?: number;
  /** Words of text per scene. */
  words?: number;
}

const WORDS = (
  'the a river night road town market soap rice mother brother cousin phone broker guard money ' +
  'ice water bank light dark cold wind door window bus train station border field road hill ' +
  'walk wait run hide listen watch carry sell buy pay keep leave stay call answer whisper ' +
  'quiet slow fast long short old young tired hungry careful afraid hopeful sure unsure ' +
  'she you he they we it her his their our your one two three four many few every some ' +
  'and but so then when while before after because if until though again still never always ' +
  'in on at by from to across along under over through behind beside near far between'
).split(' ');

/** A story of `scenes` scenes, as the source files the compiler reads (paths under `story/`). */
export function syntheticStory(scenes: number, options: SyntheticOptions = {}): SourceFile[] {
  if (!Number.isInteger(scenes) || scenes < 3) throw new Error('A synthetic story needs at least 3 scenes.');
  const perChapter = options.scenesPerChapter ?? 100;
  const riskMax = options.riskMax ?? 2;
  const words = options.words ?? 110;
  const chapters = Math.ceil(scenes / perChapter);
  const facts = Math.max(1, Math.floor(scenes / 10));
  const sources = Math.max(1, Math.ceil(facts / 2));
  const terms = 20;
  let seed = 0x9e3779b9;
  const random = (): number => {
    // xorshift32: the same text for the same size, run after run.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const sentence = (count: number): string => {
    const picked = Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    const text = picked.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (count: number): string => {
    const parts: string[] = [];
    for (let left = count; left > 0; left -= 10) parts.push(sentence(Math.min(10, left)));
    return parts.join(' ');
  };

  const sceneId = (n: number): string => `s${n}`;
  const chapterId = (c: number): string => `ch${c}`;
  const last = scenes - 1;
  const files: SourceFile[] = [];

  files.push({
    path: 'story/story.yaml',
    text: [
      `title: A Synthetic Story of ${scenes} Scenes`,
      'premise: A story written by a program to measure the compiler.',
      'contentNote: Nothing happens in it.',
      'intro: Composite characters, made of random words.',
      `start: ${sceneId(0)}`,
      `chapters: [${Array.from({ length: chapters }, (_, c) => chapterId(c)).join(', ')}]`,
      'variables:',
      `  risk: { type: number, initial: 0, min: 0, max: ${riskMax} }`,
      '  money: { type: number, initial: 500, min: 0, max: 100000 }',
      `  trust: { type: number, initial: ${riskMax}, min: 0, max: 10 }`,
      '',
    ].join('\n'),
  });

  for (let c = 0; c < chapters; c++) {
    const first = c * perChapter;
    const end = Math.min(scenes, first + perChapter);
    const lines = [
      `id: ${chapterId(c)}`,
      `title: Chapter ${c + 1}`,
      `start: ${sceneId(first)}`,
      'questions:',
      '  - What would you have done?',
      'scenes:',
    ];
    for (let n = first; n < end; n++) {
      const next = n === last ? 'arrived' : sceneId(n + 1);
      const skip = n + 2 <= last ? sceneId(n + 2) : next;
      const term = n % 5 === 0 ? ` [[term${n % terms}]]` : '';
      lines.push(
        `  ${sceneId(n)}:`,
        `    title: Scene ${n + 1}`,
        ...(n % 10 === 0 ? [`    fact: f${(n / 10) % facts}`] : []),
        '    text: |',
        `      ${paragraph(Math.ceil(words / 3))}${term}`,
        '',
        `      ${paragraph(Math.ceil(words / 3))}`,
        '',
        `      ${paragraph(Math.floor(words / 3))}`,
        '    choices:',
        '      - id: on',
        `        text: ${sentence(6)}`,
        '        do: risk += 1',
        `        to: ${next}`,
      );
      // Not in the first scene, where risk is still 0 and the choice could never be made.
      if (n > 0)
        lines.push(
          '      - id: careful',
          `        text: ${sentence(7)}`,
          '        if: risk > 0 and money >= 100',
          '        do: risk -= 1',
          `        to: ${n === last ? 'turned-back' : next}`,
        );
      if (n % 3 === 1 || n === first + Math.floor(perChapter / 2)) {
        // A draw: most often on, sometimes a scene further; in mid-chapter, sometimes caught.
        const caught = n === first + Math.floor(perChapter / 2);
        lines.push(
          '      - id: chance',
          `        text: ${sentence(5)}`,
          '        chance:',
          `          - { weight: trust + 1 - risk, to: ${next} }`,
          caught
            ? `          - { weight: risk, to: caught-${chapterId(c)} }`
            : `          - { weight: 1 + risk, to: ${skip}, do: risk += 1 }`,
        );
      }
    }
    if (first + Math.floor(perChapter / 2) < end) {
      lines.push(
        'endings:',
        `  caught-${chapterId(c)}:`,
        `    title: Caught in chapter ${c + 1}`,
        `    text: ${sentence(12)}`,
        `    epilogue: ${sentence(20)}`,
        `    share: ${sentence(8)}`,
      );
    }
    files.push({
      path: `story/chapters/${String(c + 1).padStart(3, '0')}-${chapterId(c)}.yaml`,
      text: `${lines.join('\n')}\n`,
    });
  }

  const ending = (id: string, title: string): string[] => [
    `${id}:`,
    `  title: ${title}`,
    `  text: ${sentence(12)}`,
    `  epilogue: ${sentence(20)}`,
    '  facts: [f0]',
    `  share: ${sentence(8)}`,
  ];
  files.push({
    path: 'story/endings.yaml',
    text: `${[...ending('arrived', 'Arrived'), ...ending('turned-back', 'Turned back')].join('\n')}\n`,
  });
  files.push({
    path: 'story/facts.yaml',
    text: `${Array.from({ length: facts }, (_, f) =>
      [`f${f}:`, `  text: ${sentence(25)}`, `  sources: [src${f % sources}]`].join('\n'),
    ).join('\n')}\n`,
  });
  files.push({
    path: 'story/sources.yaml',
    text: `${Array.from({ length: sources }, (_, s) =>
      [
        `src${s}:`,
        `  title: Report number ${s + 1}`,
        '  publisher: An Organisation',
        '  year: 2020',
        `  url: https://example.org/reports/${s + 1}`,
      ].join('\n'),
    ).join('\n')}\n`,
  });
  files.push({
    path: 'story/glossary.yaml',
    text: `${Array.from({ length: terms }, (_, t) =>
      [`term${t}:`, `  term: word ${t}`, `  definition: ${sentence(15)}`].join('\n'),
    ).join('\n')}\n`,
  });
  return files;
}
