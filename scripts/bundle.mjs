// Bundles each entry point into one minified file under dist/ (one file to load means a
// fast start), with a source map next to it. Add an entry here for each new bundle.
// The plan schema's validators are compiled here, once, into ajv standalone code that
// replaces parse/yaml/schema-validators.ts in the bundles: no ajv compile on the first YAML plan.
import { chmodSync } from 'node:fs';
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

const SERVER_NODE_FLAGS = require(join(REPO, 'server/node-flags.json'));

const ENTRIES = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  // The server's bin starts Node with the flags the VS Code client gives it (`env -S` splits them).
  { in: 'server/src/server/main.ts', out: 'dist/server.js', banner: `#!/usr/bin/env -S node ${SERVER_NODE_FLAGS.join(' ')}` },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];

await Promise.all(
  ENTRIES.map((entry) =>
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
      plugins: [PRECOMPILED, ONE_MARKDOWN_IT],
    }).then(() => {
      // The bins run as programs through their `#!` line, as npm installs them.
      if (entry.banner) chmodSync(join(REPO, entry.out), 0o755);
    }),
  ),
);
