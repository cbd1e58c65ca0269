import { describe, expect, it } from 'vitest';
import { checkTranslations, figures, missingFigures } from '../../src/engine/compile/translations.ts';
import { memoryStorage } from '../../src/engine/save.ts';
import {
  applyText,
  extractText,
  hasAllText,
  joinText,
  mapStrings,
  splitText,
  stripText,
  textFiles,
} from '../../src/engine/text.ts';
import { chooseLocale, LANGUAGE_KEY, saveLanguage } from '../../src/i18n/choose.ts';
import { pseudoLocalise } from '../../src/i18n/pseudo.ts';
import { compileOrThrow, fixtureFiles, realStory } from '../support/story.ts';

const story = compileOrThrow(fixtureFiles('test/fixtures/compile/minimal/story'));
const english = extractText(story);

/** The fixture's English files as a translation would start: every string prefixed "KO ". */
function koFiles(edit: (files: Record<string, unknown>) => void = () => undefined) {
  const files = mapStrings(textFiles(english), (text) => `KO ${text}`);
  edit(files);
  return [
    ...Object.entries(textFiles(english)).map(([name, content]) => ({
      path: `story/locales/en/${name}`,
      text: JSON.stringify(content),
    })),
    ...Object.entries(files).map(([name, content]) => ({
      path: `story/locales/ko/${name}`,
      text: JSON.stringify(content, null, 2),
    })),
  ];
}

describe("the story's words", () => {
  it('come apart from its shape and go back on unchanged', () => {
    expect(applyText(story, extractText(story))).toEqual(story);
  });

  it('are all blanked in the shape the bundle carries, ids and logic kept', () => {
    const shape = stripText(story);
    expect(JSON.stringify(shape)).not.toContain('The gate');
    expect(shape.scenes.gate?.choices.map((c) => c.id)).toEqual(['pay', 'bring']);
    expect(shape.scenes.gate?.choices[0]?.if).toEqual(story.scenes.gate?.choices[0]?.if);
  });

  it('split into an opening part and the rest, which join back into the whole', () => {
    const real = realStory();
    const whole = extractText(real);
    const { start, rest } = splitText(whole, real.chapters[0]!.id);
    expect(Object.keys(start.chapters)).toEqual([real.chapters[0]!.id]);
    expect(start.endings).toEqual({});
    expect(hasAllText(real, start)).toBe(false);
    expect(joinText(start, rest)).toEqual(whole);
    expect(hasAllText(real, joinText(start, rest))).toBe(true);
  });
});

describe('checking a translation', () => {
  it('passes a complete one and gives its words', () => {
    const result = checkTranslations(english, koFiles(), 'story', ['ko']);
    expect(result.problems).toEqual([]);
    expect(result.texts.ko?.chapters.one?.scenes.gate?.title).toBe('KO The gate');
    expect(result.status).toEqual([
      expect.objectContaining({ lang: 'ko', missing: [], translated: result.status[0]!.total }),
    ]);
  });

  it('names a missing key with the file, line and column of its nearest parent, and keeps the English', () => {
    const files = koFiles((f) => {
      const chapter = f['chapters/one.json'] as { scenes: Record<string, { title?: string }> };
      delete chapter.scenes.gate!.title;
    });
    const result = checkTranslations(english, files, 'story', ['ko']);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'story/locales/ko/chapters/one.json',
        code: 'translation-missing',
        message: 'No ko translation of "scenes.gate.title" (chapters/one.json).',
      }),
    ]);
    expect(result.problems[0]!.line).toBeGreaterThan(1);
    expect(result.status[0]?.missing).toEqual(['chapters/one.json:scenes.gate.title']);
    expect(result.texts.ko?.chapters.one?.scenes.gate?.title).toBe('The gate');
  });

  it('finds a changed glossary mark, a lost figure, a stray key and a syntax error', () => {
    const files = koFiles((f) => {
      const chapter = f['chapters/one.json'] as { scenes: Record<string, { text: string }>; extra?: string };
      chapter.scenes.gate!.text = chapter.scenes.gate!.text.replace('[[gate-term|', '[[gaet|');
      chapter.extra = 'stray';
    });
    const facts = files.find((f) => f.path === 'story/locales/ko/facts.json')!;
    const factId = Object.keys(english.facts)[0]!;
    english.facts[factId] = 'In 2019, 1,047 people arrived.';
    facts.text = JSON.stringify({ ...JSON.parse(facts.text), [factId]: 'KO 2019: many.' });
    const glossary = files.find((f) => f.path === 'story/locales/ko/glossary.json')!;
    glossary.text = '{\n  "gate-term": {\n    "term": "KO gate",\n  }\n}';
    try {
      const codes = checkTranslations(english, files, 'story', ['ko']).problems.map((p) => [p.code, p.file, p.line]);
      expect(codes).toEqual(
        expect.arrayContaining([
          ['translation-markup', 'story/locales/ko/chapters/one.json', expect.any(Number)],
          ['translation-unknown-key', 'story/locales/ko/chapters/one.json', expect.any(Number)],
          ['translation-figures', 'story/locales/ko/facts.json', expect.any(Number)],
          ['translation-syntax', 'story/locales/ko/glossary.json', 4],
        ]),
      );
    } finally {
      english.facts[factId] = extractText(story).facts[factId]!;
    }
  });

  it('says when the English files are not the story as it now stands', () => {
    const files = koFiles().map((f) =>
      f.path === 'story/locales/en/facts.json' ? { ...f, text: '{"old": "text"}' } : f,
    );
    expect(checkTranslations(english, files, 'story', ['ko']).problems.map((p) => p.code)).toEqual([
      'translation-stale-source',
    ]);
  });
});

describe('figures', () => {
  it.each([
    ['3,000 yuan', '3 000 yuans'],
    ['3,000 yuan', '3.000 yuanes'],
    ['3,000 yuan', '3\u202f000 yuans'],
    ['1.5 million', '1,5 million'],
    ['2 million people', '200万人'],
    ['25.1 million won', '2,510만 원'],
    ['10,000 dollars', '1만 달러'],
    ['in 2019', '2019년'],
  ])('%s is kept in %s', (en, translated) => {
    expect(missingFigures(en, translated)).toEqual([]);
  });

  it.each([
    ['3,000 yuan', '300 yuans'],
    ['in 2019', 'en 2018'],
    ['670 people', '67 personas'],
  ])('%s is lost in %s', (en, translated) => {
    expect(missingFigures(en, translated)).not.toEqual([]);
  });

  it('reads separators inside a number but not between numbers', () => {
    expect(figures('Between 2014 and 2019, 1,047 people')).toEqual(['2014', '2019', '1047']);
  });
});

describe('choosing the language', () => {
  it('takes ?lang= first, then the saved choice, then the browser, then English', () => {
    const storage = memoryStorage();
    saveLanguage(storage, 'ja');
    expect(chooseLocale({ param: 'fr', storage, browser: ['ko'] })).toBe('fr');
    expect(chooseLocale({ param: undefined, storage, browser: ['ko'] })).toBe('ja');
    expect(chooseLocale({ param: undefined, storage: memoryStorage(), browser: ['de-DE', 'zh-CN', 'ko'] })).toBe(
      'zh-Hans',
    );
    expect(chooseLocale({ param: undefined, storage: memoryStorage(), browser: ['de', 'zh-TW'] })).toBe('en');
  });

  it('ignores a saved value it does not know, and a browser asking for a pseudo-locale', () => {
    const storage = memoryStorage();
    storage.setItem(LANGUAGE_KEY, '<script>');
    expect(chooseLocale({ param: undefined, storage, browser: ['en-XA', 'es'] })).toBe('es');
  });

  it('survives storage that throws', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(chooseLocale({ param: undefined, storage: blocked, browser: ['ko-KR'] })).toBe('ko');
    expect(saveLanguage(blocked, 'ko')).toBe(false);
  });
});

describe('the pseudo-locales', () => {
  it('accent, lengthen and bracket every word, keeping placeholders and glossary ids', () => {
    const out = pseudoLocalise('Chapter {{n, number}} of [[songbun|the file]] and $t(other)');
    expect(out).toMatch(/^\[.*\]$/);
    expect(out).toContain('{{n, number}}');
    expect(out).toContain('[[songbun|');
    expect(out).toContain('$t(other)');
    expect(out.replace(/\{\{[^}]*\}\}|\[\[songbun\||\$t\(other\)/g, '')).not.toMatch(/[A-Za-z]/);
    const sentence = 'Press a number key to choose.';
    expect(pseudoLocalise(sentence).length).toBeGreaterThan(sentence.length * 1.3);
  });

  it('force each paragraph right to left in the RTL one', () => {
    expect(pseudoLocalise('One.\n\nTwo.', true)).toBe('\u202e[ÖÖñéé.]\u202c\n\n\u202e[Ŧŵóó.]\u202c');
  });
});
