/**
 * The folder boundaries in eslint.config.js, proved on small files that cross them: each wrong
 * import is an error `npm run lint` reports, and the imports each folder may make are not.
 * The files are linted from memory at a path inside the folder (ESLint picks the rules by path),
 * with the real config; only the type-aware rules are off, as these files are not in the program.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/story.ts';

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
});

const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

/** The boundary errors ESLint reports for `code` as the file `path`. */
async function crossings(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: join(ROOT, path) });
  const messages = result!.messages;
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${path} does not parse: ${fatal.message}`);
  return messages.filter((m) => m.severity === 2 && BOUNDARY_RULES.has(m.ruleId ?? '')).map((m) => m.message);
}

describe("the engine's runtime", () => {
  const path = 'src/engine/crossing.ts';

  it.each([
    ['React', "import { useState } from 'react';", 'React belongs to the views'],
    ['a React helper', "import { useSelector } from '@xstate/react';", 'React belongs to the views'],
    ['a Node built-in', "import { readFileSync } from 'node:fs';", 'Node built-ins'],
    ['a Node built-in without node:', "import { join } from 'path';", 'Node built-ins'],
    ['a module that uses the DOM', "import { Howl } from 'howler';", 'uses the browser'],
    ['the views', "import { App } from '../ui/App.tsx';", 'no capability folder'],
    ['the sign form', "import type { Outbox } from '../sign/outbox.ts';", 'no capability folder'],
    ['the embed', "export { reportTo } from '../embed/bridge.ts';", 'no capability folder'],
    ['sound', "import '../audio/audio.ts';", 'no capability folder'],
    ['a capability, lazily', "void import('../map/route.ts');", 'no capability folder'],
    ['the compiler', "import { compileStory } from './compile/index.ts';", 'never imports the compiler'],
    ['the document', "document.title = 'x';", 'what it needs from its host is passed in'],
    ['storage', "localStorage.setItem('x', 'y');", 'what it needs from its host is passed in'],
  ])('may not import %s', async (_, code, message) => {
    const found = await crossings(path, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it('may import the rest of the engine and xstate', async () => {
    const code = "import { setup } from 'xstate';\nimport type { CompiledStory } from './story.ts';\nvoid setup;";
    await expect(crossings(path, `${code}\nexport type S = CompiledStory;`)).resolves.toEqual([]);
  });
});

describe('the compiler', () => {
  const path = 'src/engine/compile/crossing.ts';

  it.each([
    ['a capability folder', "import { routeAlong } from '../../map/route.ts';", 'no capability folder'],
    ['the teacher pages', "import '../../teacher/guide.ts';", 'no capability folder'],
    ['React', "import { createElement } from 'react';", 'React belongs to the views'],
  ])('may not import %s', async (_, code, message) => {
    const found = await crossings(path, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it('may import Node, yaml and the runtime', async () => {
    const code = "import { readFileSync } from 'node:fs';\nimport { parse } from 'yaml';\nimport '../story.ts';";
    await expect(crossings(path, `${code}\nvoid readFileSync; void parse;`)).resolves.toEqual([]);
  });
});

describe('views', () => {
  it.each([
    ['src/ui/Crossing.tsx', 'server code', "import { handler } from '../server/index.ts';", 'never import server code'],
    ['src/ui/crossing.ts', 'server code, lazily', "void import('../server/store.ts');", 'never import server code'],
    ['src/ui/Crossing.tsx', 'a Node built-in', "import { readFileSync } from 'node:fs';", 'Node built-ins'],
    ['src/sign/Crossing.tsx', 'server code', "import '../server/index.ts';", 'never import server code'],
    ['src/share/Crossing.tsx', 'a Node built-in', "import { join } from 'node:path';", 'Node built-ins'],
  ])('%s may not import %s', async (path, _, code, message) => {
    const found = await crossings(path, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it('may import React, the engine and the capabilities', async () => {
    const code = "import { useState } from 'react';\nimport '../engine/machine.ts';\nimport '../sign/api.ts';";
    await expect(crossings('src/ui/Crossing.tsx', `${code}\nvoid useState;`)).resolves.toEqual([]);
  });
});

describe('the server', () => {
  const path = 'src/server/crossing.ts';

  it.each([
    ['React', "import { createElement } from 'react';"],
    ['React on the server', "import { renderToString } from 'react-dom/server';"],
  ])('may not import %s', async (_, code) => {
    const found = await crossings(path, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('React belongs to the views');
  });

  it('may import Node and the contract it shares with the app', async () => {
    const code = "import { createServer } from 'node:http';\nimport '../sign/api.ts';\nvoid createServer;";
    await expect(crossings(path, code)).resolves.toEqual([]);
  });
});
