// Lint for the project's own TypeScript: typescript-eslint's recommended rules, plus the
// import directions of docs/architecture.md, so a dependency that points up the pipeline
// fails `npm run lint` instead of waiting for a reviewer.
import tseslint from 'typescript-eslint';

/** Imports a folder of server/src may not make: a relative path reaching one of these folders. */
function forbid(folders, why) {
  return {
    'no-restricted-imports': [
      'error',
      { patterns: folders.map((folder) => ({ regex: `^(\\.\\./)+(${folder})(/|$)`, message: `${why} (docs/architecture.md).` })) },
    ],
  };
}

const HOSTS = 'server|cli|bins';
const ABOVE_MODEL = `parse|engine|config|fixes|rules|render|export|protocol|version|${HOSTS}`;

const CLIENT_TO_SERVER = {
  regex: '^(\\.\\./)+server/(?!src/protocol$|node-flags\\.json$)',
  message: 'The client talks to the server through server/src/protocol.ts only: it never parses or lints a plan (docs/architecture.md).',
};
const CLIENT_IN_BROWSER = {
  regex: '^(node:.*|fs|path|os|crypto|child_process|url|vscode-languageclient/node)$',
  message: 'The client also runs in the browser editor (web worker extension host): Node APIs only in client/src/extension.ts (docs/architecture.md).',
};

export default tseslint.config(
  { ignores: ['**/out/**', 'dist/**', 'node_modules/**', '.vscode-host/**', 'test/fixtures/**', 'test/vscode-fixtures/**', 'scripts/**', 'media/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Intentional: `require` of JSON and lazy modules where import() would make the code async.
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['server/src/model/**/*.ts'], rules: forbid([ABOVE_MODEL], 'The plan model imports nothing of the pipeline') },
  { files: ['server/src/parse/**/*.ts'], rules: forbid([`engine|config|fixes|rules|render|protocol|${HOSTS}`], 'Parsers import only the model') },
  { files: ['server/src/config/**/*.ts'], rules: forbid([`parse|engine|fixes|rules|render|protocol|${HOSTS}`], 'Configuration imports only the model') },
  { files: ['server/src/engine/**/*.ts'], rules: forbid([`fixes|rules|render|protocol|${HOSTS}`], 'The engine imports the model, the parsers and configuration; hosts pass it the rules') },
  { files: ['server/src/fixes/**/*.ts'], rules: forbid([`rules|render|protocol|${HOSTS}`], 'Fix builders sit below the rules') },
  { files: ['server/src/rules/**/*.ts'], rules: forbid([`render|protocol|${HOSTS}`], 'Rules only look and report: they never import a host or the renderer') },
  { files: ['server/src/render/**/*.ts'], rules: forbid([`fixes|rules|${HOSTS}`], 'The renderer draws an analysis; it does not fix or lint') },
  { files: ['server/src/export/**/*.ts'], rules: forbid([`parse|engine|config|fixes|rules|render|protocol|${HOSTS}`], 'Exports read the plan model only') },
  { files: ['server/src/history/**/*.ts'], rules: forbid([`parse|engine|config|fixes|rules|render|export|protocol|${HOSTS}`], 'The change report compares plan models: it reads the model only') },
  { files: ['server/src/git/**/*.ts'], rules: forbid([`fixes|rules|render|protocol|${HOSTS}`], 'Reading git history is shared by both hosts and imports neither') },
  {
    files: ['server/src/server/**/*.ts'],
    ignores: ['server/src/server/node-main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^(\\.\\./)+(cli)(/|$)', message: 'The language server and the CLI are separate hosts (docs/architecture.md).' }],
          // The handlers also run in a web worker: only the Node entry may load the Node transport.
          paths: [{ name: 'vscode-languageserver/node', message: "Import from 'vscode-languageserver'; only node-main.ts loads the Node transport (the server also runs in a web worker).", allowTypeImports: true }],
        },
      ],
    },
  },
  { files: ['server/src/server/node-main.ts'], rules: forbid(['cli'], 'The language server and the CLI are separate hosts') },
  { files: ['server/src/cli/**/*.ts'], rules: forbid(['server|bins'], 'The CLI and the language server are separate hosts') },
  {
    files: ['server/src/bins/**/*.ts'],
    rules: forbid([`model|${ABOVE_MODEL}`], 'The bins run the one bundle: they import none of it, or the engine would be in the package twice'),
  },
  {
    files: ['server/src/protocol.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.', message: 'The protocol is shared with the client and imports nothing (docs/architecture.md).' }] }] },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CLIENT_TO_SERVER, CLIENT_IN_BROWSER] }] },
  },
  // The desktop entry alone starts a Node process; everything else also runs in the browser.
  { files: ['client/src/extension.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [CLIENT_TO_SERVER] }] } },
);
