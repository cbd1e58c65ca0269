/**
 * The configurator's script as the build bundles it (src/build/embed-page-plugin.ts): one small
 * classic script, as the page's CSP wants (a file, no modules to fetch), carrying none of the
 * page's prose, and harmless on a page without its form.
 */
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleConfigurator } from '../../src/build/embed-page-plugin.ts';
import { PAGE_WORDS } from '../../src/embed/page-words.ts';
import { ROOT } from '../support/story.ts';

describe('the configurator’s script, as built', () => {
  // Bundled once for both tests: neither changes it.
  let code: string;
  beforeAll(async () => {
    code = await bundleConfigurator(ROOT);
  });

  it('is one small classic script that imports nothing and starts on its form alone', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\(/);
    expect(code).toContain('form[data-embed-configurator]');
    // Its functions stay inside: an IIFE of the module itself would hand them all out.
    expect(code).not.toContain('startConfigurator=');
    expect(code).not.toContain(PAGE_WORDS.eventDocs.ready.when);
    expect(Buffer.byteLength(code)).toBeLessThan(14 * 1024);
  });

  it('looks for its form and, finding none, does nothing', () => {
    const asked: string[] = [];
    const document = {
      querySelector: (selector: string) => {
        asked.push(selector);
        return null;
      },
    };
    expect(() => {
      runInNewContext(code, { document });
    }).not.toThrow();
    expect(asked).toEqual(['form[data-embed-configurator]']);
  });
});
