// "Record this review" (issue 15, point 4): a source action whose command sets the review dates
// and appends the change summary since the last review to the plan's review log (made when
// absent), from the plan's git history; without history, the dates only.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyTextEdits, fileUri, LspHarness, type TextEdit } from './lsp-harness';
import { tempDir } from './cli-run';

const plan = (status: string, log = '') => `---
type: risk-management-plan
lastReviewed: 2026-01-15
nextReview: 2027-01-15
---
# Plan

### R-1: Shared logins
- **Priority:** High
- **Action:** Create named accounts
- **Owner:** Ann Park
- **Due:** 2026-09-01
- **Status:** ${status}
${log}`;

interface CodeAction { title: string; kind: string; command?: { command: string; arguments: unknown[] } }

async function recordReview(server: LspHarness, uri: string): Promise<TextEdit[]> {
  const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source'] },
  });
  const action = actions.find((a) => a.title === 'Record this review');
  assert.ok(action?.command, JSON.stringify(actions));
  assert.equal(action.kind, 'source.recordReview.rmplint');
  await server.request('workspace/executeCommand', action.command);
  const sent = server.serverRequestParams.filter((r) => r.method === 'workspace/applyEdit').pop();
  const edit = (sent?.params as { edit: { documentChanges: { edits: TextEdit[] }[] } }).edit;
  return edit.documentChanges[0].edits;
}

describe('lsp: Record this review', function () {
  this.timeout(30000);
  let server: LspHarness;
  afterEach(() => server?.stop());

  it('sets the review dates and adds a review log with the changes since the last review', async () => {
    const dir = tempDir();
    const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org', GIT_AUTHOR_DATE: '2026-01-15T09:00:00Z', GIT_COMMITTER_DATE: '2026-01-15T09:00:00Z' };
    execFileSync('git', ['init', '-q'], { cwd: dir, env });
    fs.writeFileSync(path.join(dir, 'plan.rmp.md'), plan('Open'));
    execFileSync('git', ['add', '-A'], { cwd: dir, env });
    execFileSync('git', ['commit', '-q', '-m', 'review'], { cwd: dir, env });
    const base = execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const text = plan('Done');
    fs.writeFileSync(path.join(dir, 'plan.rmp.md'), text);
    server = await LspHarness.start({ settings: { today: '2026-07-20' } });
    const uri = fileUri(path.join(dir, 'plan.rmp.md'));
    await server.open(uri, 'markdown', text);
    const after = applyTextEdits(text, await recordReview(server, uri));
    const expected = plan('Done').replace('lastReviewed: 2026-01-15', 'lastReviewed: 2026-07-20').replace('nextReview: 2027-01-15', 'nextReview: 2027-07-20');
    assert.equal(
      after,
      `${expected}\n## Review log\n\n#### Changes since 2026-01-15 (commit ${base}) to 2026-07-20\n\nPlan: \`plan.rmp.md\`\n\n**Progress:** 1 of 1 risk open at the last review addressed over 6 months.\n\n**Risks added:** none\n\n**Risks removed:** none\n\n**Risks closed:**\n\n- R-1 (Shared logins)\n\n**Actions marked done:**\n\n- R-1: Create named accounts, done, not yet committed\n\n**Due dates moved:** none\n\n**Owners changed:** none\n\n**Treatments changed:** none\n\n**Accepted risks added:** none\n`,
    );
  });

  it('appends to an existing review log, before the next section', async () => {
    const dir = tempDir();
    const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org', GIT_AUTHOR_DATE: '2026-01-15T09:00:00Z', GIT_COMMITTER_DATE: '2026-01-15T09:00:00Z' };
    execFileSync('git', ['init', '-q'], { cwd: dir, env });
    const text = plan('Open', '\n## Review log\n\n- 2026-01-15: annual review.\n\n## Appendix\n\nNotes.\n');
    fs.writeFileSync(path.join(dir, 'plan.rmp.md'), text);
    execFileSync('git', ['add', '-A'], { cwd: dir, env });
    execFileSync('git', ['commit', '-q', '-m', 'review'], { cwd: dir, env });
    server = await LspHarness.start({ settings: { today: '2026-07-20' } });
    const uri = fileUri(path.join(dir, 'plan.rmp.md'));
    await server.open(uri, 'markdown', text);
    const after = applyTextEdits(text, await recordReview(server, uri));
    assert.match(after, /- 2026-01-15: annual review\.\n\n#### Changes since 2026-01-15 \(commit [0-9a-f]{7}\) to 2026-07-20\n[\s\S]*\*\*Accepted risks added:\*\* none\n\n## Appendix\n\nNotes\.\n$/);
  });

  it('without git history: the dates only', async () => {
    const dir = tempDir();
    const text = plan('Open');
    fs.writeFileSync(path.join(dir, 'plan.rmp.md'), text);
    server = await LspHarness.start({ settings: { today: '2026-07-20' } });
    const uri = fileUri(path.join(dir, 'plan.rmp.md'));
    await server.open(uri, 'markdown', text);
    const after = applyTextEdits(text, await recordReview(server, uri));
    assert.equal(after, text.replace('lastReviewed: 2026-01-15', 'lastReviewed: 2026-07-20').replace('nextReview: 2027-01-15', 'nextReview: 2027-07-20'));
  });
});
