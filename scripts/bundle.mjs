// Bundles each entry point into one minified file under dist/ (one file to load means a
// fast start), with a source map next to it. Add an entry here for each new bundle.
// The plan schema's validators are compiled here, once, into ajv standalone code that
// replaces parse/yaml/schema-validators.ts in the bundles: no ajv compile on the first YAML plan.
// The browser editor's extension (dist/browser/extension.js) starts dist/rmplint.js in a web
// worker: the server gets its stylesheet and version at build time and, in a worker, small
// stand-ins for the Node modules the engine imports (scripts/browser-shims/).
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** parse/yaml/schema-validators, with the validators compiled by the module's own options and references. */
function precompiledValidators() {
  const Ajv = require('ajv').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const { AJV_OPTIONS, VALIDATOR_REFS } = require(join(REPO, 'server/out/parse/yaml/schema-validators.js'));
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  ajv.addSchema(require(join(REPO, 'schemas/risk-management-plan.schema.json')));
  const code = standaloneCode(ajv, VALIDATOR_REFS);
  return `${code};const compiled={plan:exports.plan,risk:exports.risk};exports.validators=()=>compiled;`;
}

const PRECOMPILED = {
  name: 'precompiled-plan-validators',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]yaml[\\/]schema-validators\.ts$/ }, () => ({ contents: precompiledValidators(), loader: 'js', resolveDir: REPO }));
  },
};

/**
 * One copy of markdown-it per bundle: the engine requires it lazily and the renderer imports
 * it, and by the package's export conditions those would be two different files.
 */
const ONE_MARKDOWN_IT = {
  name: 'one-markdown-it',
  setup(bundle) {
    bundle.onResolve({ filter: /^markdown-it$/ }, () => ({ path: require.resolve('markdown-it') }));
  },
};

/** What the server reads from disk under Node, written into the browser bundle instead. */
const BUILT_IN_FILES = {
  name: 'built-in-files',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]render[\\/]stylesheet\.ts$/ }, () => ({
      contents: `export function readStylesheet() { return ${JSON.stringify(readFileSync(join(REPO, 'media/preview.css'), 'utf8'))}; }`,
      loader: 'ts',
    }));
    bundle.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
      contents: `export function packageVersion() { return ${JSON.stringify(require(join(REPO, 'package.json')).version)}; }`,
      loader: 'ts',
    }));
  },
};

/**
 * The bundles written as ASCII: esbuild escapes non-ASCII characters in strings but not in
 * regular expression literals or String.raw templates (ours are all regex sources; so are
 * markdown-it's and tiny-case's), and one such character makes V8 keep the whole 1.3 MB script
 * as two-byte text: 1.3 MB more in every server, CLI and lint worker. `\uXXXX` means the same
 * character in a string, a template, a regex, a regex source and an identifier
 * (test/src/bundle-ascii.test.ts holds the bundles to it).
 */
const ASCII_SOURCES = {
  name: 'ascii-sources',
  setup(bundle) {
    bundle.onLoad({ filter: /\.(?:ts|[cm]?js)$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!/[^\0-\x7f]/.test(text)) return undefined;
      return {
        contents: text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
        loader: args.path.endsWith('.ts') ? 'ts' : 'js',
      };
    });
  },
};

const SHIMS = join(REPO, 'scripts/browser-shims');
/**
 * The server's bundle also holds its web worker entry: the browser transport of the LSP
 * packages (exported for the `browser` condition only, so found here by the package's own
 * node_modules lookup) and the stand-ins for Node's modules.
 */
const WORKER_PARTS = {
  name: 'worker-parts',
  setup(bundle) {
    bundle.onResolve({ filter: /^(vscode-languageserver|vscode-languageserver-protocol|vscode-jsonrpc)\/browser$/ }, (args) => {
      const name = args.path.slice(0, -'/browser'.length);
      for (let dir = args.resolveDir; dir !== dirname(dir); dir = dirname(dir)) {
        const main = join(dir, 'node_modules', name, 'lib', 'browser', 'main.js');
        if (existsSync(main)) return { path: main };
      }
      return { errors: [{ text: `cannot find ${args.path} from ${args.resolveDir}` }] };
    });
    bundle.onResolve({ filter: /^rmplint-worker-globals$/ }, () => ({ path: join(SHIMS, 'globals.mjs') }));
  },
};

const SERVER_NODE_FLAGS = require(join(REPO, 'server/node-flags.json'));

const ENTRIES = [
  // One bundle for rmplint's three programs (server/src/programs.ts): the language server in Node,
  // the same in the browser editor's web worker, and the CLI: the package carries one copy of the
  // engine. The web worker cannot read the stylesheet and the version from disk: both are
  // written into it.
  { in: 'server/src/programs.ts', out: 'dist/rmplint.js', plugins: [BUILT_IN_FILES, WORKER_PARTS] },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  // The two Node bins, small bundles of their own that run the one bundle through V8's code
  // cache (server/src/bins/). The language server's starts Node with the flags the VS Code
  // client gives it (`env -S` splits them).
  { in: 'server/src/bins/cli.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/bins/language-server.ts', out: 'dist/server.js', banner: `#!/usr/bin/env -S node ${SERVER_NODE_FLAGS.join(' ')}` },
];

const browserClient = build({
  entryPoints: ['client/src/browser/extension.ts'],
  outfile: 'dist/browser/extension.js',
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  external: ['vscode'],
  logLevel: 'warning',
});

mkdirSync(join(REPO, 'dist'), { recursive: true });

await Promise.all([
  browserClient,
  ...ENTRIES.map((entry) =>
    build({
      entryPoints: [entry.in],
      outfile: entry.out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      sourcemap: true,
      external: entry.external ?? [],
      banner: entry.banner ? { js: entry.banner } : undefined,
      logLevel: 'warning',
      plugins: [...(entry.plugins ?? []), PRECOMPILED, ONE_MARKDOWN_IT, ASCII_SOURCES],
    }).then(() => {
      // The bins run as programs through their `#!` line, as npm installs them.
      if (entry.banner) chmodSync(join(REPO, entry.out), 0o755);
    }),
  ),
]);
