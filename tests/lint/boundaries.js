import boundaries from 'eslint-plugin-boundaries';

// Which room may import which: lib/ is split by where code runs, and these
// rules keep it so. Imports are resolved (the `@/` alias included), so a
// relative path cannot slip past them.
//
// core       pure code, runs anywhere: imports only core.
// dom        reads a Document it is handed (the worker's parsed copy of a page,
//            a saved page in the CLI, the live page for serializing): core.
// page       runs inside the web page: core, dom, and the message sender.
// messaging  protocol (types and zod schemas), send (any context), listen (worker).
// extension  the extension's origin, shared by the worker and its pages.
// reader     reads pages from markup for the worker (its offscreen document
//            in Chrome, the background page itself in Firefox): core, dom.
// worker     the service worker alone; its pages reach it by message only.
// ui         the side panel, options and first-run pages.
// node       Node only: the CLI, which reproduces what the extension stores.
const ELEMENTS = [
  { type: 'core', pattern: 'lib/core/**', mode: 'full' },
  { type: 'dom', pattern: 'lib/dom/**', mode: 'full' },
  { type: 'page', pattern: 'lib/page/**', mode: 'full' },
  { type: 'send', pattern: 'lib/messaging/send.ts', mode: 'full' },
  { type: 'listen', pattern: 'lib/messaging/listen.ts', mode: 'full' },
  { type: 'protocol', pattern: 'lib/messaging/protocol.ts', mode: 'full' },
  { type: 'worker', pattern: 'lib/extension/worker/**', mode: 'full' },
  { type: 'reader', pattern: 'lib/extension/reader/**', mode: 'full' },
  { type: 'extension', pattern: 'lib/extension/**', mode: 'full' },
  { type: 'node', pattern: 'lib/node/**', mode: 'full' },
  {
    type: 'content-entry',
    pattern: 'entrypoints/{content,probe.content}.ts',
    mode: 'full',
  },
  { type: 'background-entry', pattern: 'entrypoints/background.ts', mode: 'full' },
  { type: 'reader-entry', pattern: 'entrypoints/offscreen/**', mode: 'full' },
  {
    type: 'ui',
    pattern: '{components,entrypoints/sidepanel,entrypoints/options,entrypoints/welcome}/**',
    mode: 'full',
  },
];

/** Packages a room must never pull in. */
const BROWSER_ONLY = [
  'wxt',
  'wxt/*',
  'dexie',
  'dexie-react-hooks',
  'react',
  'react-dom',
  'react-dom/*',
];
const NODE_ONLY = ['node:*', 'linkedom', 'esbuild', 'fs', 'path', 'url'];

export const runtimeBoundaries = [
  {
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/include': ['lib/**/*', 'components/**/*', 'entrypoints/**/*'],
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message:
            '${file.type} code may not import ${dependency.type} code (see tests/lint/boundaries.js)',
          rules: [
            { from: 'core', allow: ['core'] },
            { from: 'dom', allow: ['core', 'dom'] },
            { from: 'page', allow: ['core', 'dom', 'page', 'send'] },
            { from: 'content-entry', allow: ['core', 'page', 'send'] },
            { from: 'reader', allow: ['core', 'dom', 'reader'] },
            { from: 'reader-entry', allow: ['reader'] },
            // Types only: erased at build, so the sender bundles no zod.
            { from: 'send', allow: ['protocol'], importKind: 'type' },
            { from: 'send', allow: ['core'] },
            { from: 'protocol', allow: ['core'] },
            { from: 'protocol', allow: ['extension', 'worker'], importKind: 'type' },
            { from: 'listen', allow: ['core', 'protocol'] },
            { from: 'extension', allow: ['core', 'extension', 'send'] },
            { from: 'extension', allow: ['protocol'], importKind: 'type' },
            {
              from: 'worker',
              allow: ['core', 'extension', 'worker', 'reader', 'listen', 'protocol'],
            },
            {
              from: 'background-entry',
              allow: ['core', 'extension', 'worker', 'listen', 'protocol'],
            },
            { from: 'ui', allow: ['core', 'extension', 'ui', 'send'] },
            // The panel may name the worker's result types, never run its code.
            { from: 'ui', allow: ['protocol', 'worker'], importKind: 'type' },
            {
              from: 'node',
              allow: ['core', 'dom', 'page', 'extension', 'reader', 'worker', 'node', 'protocol'],
            },
          ],
        },
      ],
      'boundaries/external': [
        'error',
        {
          default: 'allow',
          message:
            '${file.type} code may not import ${dependency.source} (see tests/lint/boundaries.js)',
          rules: [
            // The content script is bundled into every page the user opens.
            { from: ['dom', 'page', 'content-entry', 'send'], disallow: ['*'] },
            { from: ['content-entry', 'send'], allow: ['wxt'] },
            { from: 'core', disallow: [...BROWSER_ONLY, ...NODE_ONLY] },
            {
              from: ['extension', 'reader', 'reader-entry', 'worker', 'ui', 'protocol', 'listen'],
              disallow: NODE_ONLY,
            },
          ],
        },
      ],
    },
  },
];
