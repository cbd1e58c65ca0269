// ESLint: typescript-eslint's type-checked rules, React hooks rules, and type-only imports marked.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

// ---- Boundaries between folders: a wrong import fails `npm run lint` (test/unit/boundaries.test.ts).
// Import specifiers are matched as written; the code imports by relative path, with no aliases.

/** The folders that give the app a capability (or serve it): none is the engine's business. */
const CAPABILITIES = [
  'app',
  'art',
  'audio',
  'build',
  'campaign',
  'embed',
  'i18n',
  'map',
  'others',
  'privacy',
  'room',
  'server',
  'share',
  'sign',
  'static-pages',
  'teacher',
  'ui',
];
const either = (names) => names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const REACT = {
  regex: `^(${either(['react', 'react-dom', 'react-i18next', '@xstate/react', 'framer-motion'])})(/|$)`,
  message: 'React belongs to the views.',
};
const NODE = {
  regex: `^(node:|(${either(builtinModules.filter((m) => !m.startsWith('_')))})(/|$))`,
  message: 'Node built-ins are for build time and the server.',
};
const BROWSER_ONLY = {
  regex: `^(${either(['howler', 'workbox-window', 'virtual:pwa-register'])})(/|$)`,
  message: 'This module uses the browser (DOM, audio, service worker): keep it in a capability folder.',
};
const CAPABILITY = (message) => ({ regex: `^(\\.\\./)+(${either(CAPABILITIES)})(/|$)`, message });
const SERVER = {
  regex: '^\\.{1,2}/(.*/)?server(/|$)',
  message: 'Views never import server code: they reach the server over HTTP (src/sign/api.ts).',
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
/** `import()` is not checked by no-restricted-imports: the same regex, on dynamic imports of a literal. */
const restrictDynamic = (...patterns) => ({
  'no-restricted-syntax': [
    'error',
    ...patterns.map(({ regex, message }) => ({
      selector: `ImportExpression > Literal.source[value=/${regex.replace(/\//g, '\\/')}/]`,
      message,
    })),
  ],
});
/** Globals that only a browser or Node has, kept out of the engine's runtime. */
const HOST_GLOBALS = [
  ...['window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage'],
  ...['matchMedia', 'requestAnimationFrame', 'customElements', 'self', 'process', 'Buffer', 'require'],
].map((name) => ({ name, message: 'The engine runs anywhere: what it needs from its host is passed in.' }));

const ENGINE_RUNTIME = [
  REACT,
  NODE,
  BROWSER_ONLY,
  CAPABILITY('The engine imports no capability folder: they import it.'),
  { regex: '^\\./compile(/|$)', message: 'The runtime never imports the compiler: the compiler imports the runtime.' },
];
const COMPILER = [REACT, CAPABILITY('The compiler imports no capability folder: they import it.')];
const VIEWS = [SERVER, NODE];

const boundaries = [
  {
    files: ['src/engine/**/*.{ts,tsx}'],
    ignores: ['src/engine/compile/**'],
    rules: {
      ...restrict(...ENGINE_RUNTIME),
      ...restrictDynamic(...ENGINE_RUNTIME),
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
    },
  },
  {
    files: ['src/engine/compile/**/*.{ts,tsx}'],
    rules: { ...restrict(...COMPILER), ...restrictDynamic(...COMPILER) },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/**/*.tsx'],
    ignores: ['src/engine/**', 'src/server/**'],
    rules: { ...restrict(...VIEWS), ...restrictDynamic(...VIEWS) },
  },
  {
    files: ['src/server/**/*.{ts,tsx}'],
    rules: { ...restrict(REACT), ...restrictDynamic(REACT) },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'node_modules', 'test/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Non-null assertions are used where an index was just checked; the compiler can't see it.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Every word a player reads comes from the locale files: text in JSX and the attributes people
    // hear or see (labels, titles, alternatives) may not be literals. Punctuation alone may.
    files: ['src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-roledescription',
              'aria-valuetext',
              'title',
              'alt',
              'placeholder',
              'label',
            ],
            exclude: ['.*'],
          },
        },
      ],
    },
  },
  ...boundaries,
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
