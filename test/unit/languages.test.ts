import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../src/build/share-plugin.ts';
import { LANGUAGES, SCRIPTS, SHIPPED_LANGUAGES, type Script } from '../../src/i18n/languages.ts';
import { ROOT } from '../support/story.ts';

const require = createRequire(join(ROOT, 'package.json'));

describe('the per-language table', () => {
  it.each(SHIPPED_LANGUAGES)('gives %s an Open Graph locale of its own language', (lang) => {
    const { ogLocale } = LANGUAGES[lang];
    expect(ogLocale).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(ogLocale.slice(0, 2)).toBe(lang.slice(0, 2));
  });

  it.each(Object.keys(SCRIPTS) as Script[])('has card fonts for the %s script that the build can read', (script) => {
    const files = fontFiles(script);
    expect(files.map((f) => f.weight)).toEqual([400, 700]);
    for (const file of files) expect(() => require.resolve(`${file.package}/${file.file}`)).not.toThrow();
  });

  it('gives every card font family a name of its own', () => {
    const families = Object.values(SCRIPTS).map((s) => s.cardFont.family);
    expect(new Set(families).size).toBe(families.length);
  });
});
