// The shipped bundles are ASCII, so V8 keeps each script as one-byte text: one non-ASCII
// character left in a regex literal doubles the 1.3 MB server script in every server, CLI
// and lint worker (scripts/bundle.mjs escapes them; see ASCII_SOURCES there).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './plan-files';

describe('bundles are ASCII', () => {
  for (const bundle of ['dist/rmplint.js', 'dist/server.js', 'dist/cli.js', 'dist/extension.js', 'dist/browser/extension.js']) {
    it(`${bundle} has no character above U+007F`, () => {
      const file = join(REPO, bundle);
      assert.ok(existsSync(file), `${file} is missing: run "npm run build" first`);
      const text = readFileSync(file, 'utf8');
      const at = text.search(/[^\0-\x7f]/);
      assert.equal(at, -1, `${bundle}: ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))}`);
    });
  }
});
