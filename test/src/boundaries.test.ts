// The import directions of docs/architecture.md, held by `npm run lint`: each upward import
// below fails it, each allowed one passes. Linted as text at the path it would have.
import * as assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { REPO } from './plan-files';

const CASES: readonly (readonly [file: string, importPath: string, allowed: boolean])[] = [
  ['server/src/model/example.ts', '../parse/detect', false],
  ['server/src/model/example.ts', './dates', true],
  ['server/src/parse/markdown/example.ts', '../../engine/lint', false],
  ['server/src/parse/markdown/example.ts', '../../model/plan-model', true],
  ['server/src/config/example.ts', '../engine/rule', false],
  ['server/src/engine/example.ts', '../rules', false],
  ['server/src/engine/example.ts', '../parse/detect', true],
  ['server/src/fixes/example.ts', '../rules/missing-owner', false],
  ['server/src/rules/example.ts', '../server/analysis', false],
  ['server/src/rules/example.ts', '../render/render-plan', false],
  ['server/src/rules/example.ts', '../fixes/field-edits', true],
  ['server/src/render/example.ts', '../rules', false],
  ['server/src/export/example.ts', '../engine/lint', false],
  ['server/src/export/example.ts', '../model/plan-queries', true],
  ['server/src/model/example.ts', '../export/action-rows', false],
  ['server/src/cli/example.ts', '../export/csv', true],
  ['server/src/cli/example.ts', '../server/plans', false],
  ['server/src/server/example.ts', '../cli/main', false],
  ['server/src/server/example.ts', '../render/render-plan', true],
  ['server/src/server/example.ts', 'vscode-languageserver/node', false],
  ['server/src/server/node-main.ts', 'vscode-languageserver/node', true],
  ['server/src/server/node-main.ts', '../cli/main', false],
  ['server/src/history/example.ts', '../engine/lint', false],
  ['server/src/history/example.ts', '../model/risk-state', true],
  ['server/src/git/example.ts', '../cli/main', false],
  ['server/src/git/example.ts', '../server/plans', false],
  ['server/src/git/example.ts', '../history/change-report', true],
  ['server/src/bins/example.ts', '../cli/main', false],
  ['server/src/bins/example.ts', '../model/dates', false],
  ['server/src/bins/example.ts', './code-cache', true],
  ['server/src/cli/example.ts', '../bins/code-cache', false],
  ['server/src/protocol.ts', './model/plan-model', false],
  ['client/src/example.ts', '../../server/src/engine/lint', false],
  ['client/src/preview/example.ts', '../../../server/src/render/documents', false],
  ['client/src/example.ts', '../../server/src/protocol', true],
  ['client/src/browser/example.ts', '../../../server/src/engine/lint', false],
  ['client/src/example.ts', 'node:fs', false],
  ['client/src/preview/example.ts', 'vscode-languageclient/node', false],
  ['client/src/extension.ts', 'vscode-languageclient/node', true],
];

describe('boundaries: npm run lint fails an upward import', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: REPO });
  for (const [file, importPath, allowed] of CASES) {
    it(`${file}: import from '${importPath}' is ${allowed ? 'allowed' : 'refused'}`, async () => {
      const [result] = await eslint.lintText(`import { x } from '${importPath}';\nexport const y = x;\n`, { filePath: `${REPO}/${file}` });
      const refusals = result.messages.filter((m) => m.ruleId === 'no-restricted-imports');
      assert.equal(refusals.length, allowed ? 0 : 1, JSON.stringify(result.messages));
    });
  }
});
