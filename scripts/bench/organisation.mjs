// Issue 17's "organisation's repository": the workspace pass of the language server and the
// CLI's worker threads on the same 1,000 plans, in a temp folder. Run by run.mjs (at 1,000
// risks) or alone: `node scripts/bench/organisation.mjs` prints its figures as JSON.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './plans.mjs';
import { organisationText } from './report.mjs';
import { WORKSPACE_PLANS, benchCliThreads, benchWorkspaceServer, plansWithFindings, writeWorkspace } from './workspace.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The open plan: the bench's 1,000-risk heading plan, whose edit p50 the workspace pass must keep. */
const OPEN_FORM = 'md-heading';

export async function benchOrganisation(repo, work, log = () => undefined) {
  const serverArgs = [...JSON.parse(readFileSync(join(repo, 'server', 'node-flags.json'), 'utf8')), join(repo, 'dist', 'server.js')];
  const openText = generatePlan(OPEN_FORM, 1000, 1);
  const folder = join(work, 'organisation');
  const { plans, open } = writeWorkspace(folder, OPEN_FORM, openText);
  const expected = plansWithFindings(repo, plans);
  // Without and with the workspace pass in turn, so both see the same load.
  const alone = await benchWorkspaceServer({ serverArgs, folder, open, openText, expected, lintWorkspace: false });
  log('organisation: server without workspace linting: done');
  const withPass = await benchWorkspaceServer({ serverArgs, folder, open, openText, expected, lintWorkspace: true });
  log('organisation: server with workspace linting: done');
  const cli = benchCliThreads(repo, plans);
  log('organisation: CLI one thread / workers: done');
  return { plans: WORKSPACE_PLANS, withFindings: expected.size, alone, withPass, cli, load: os.loadavg().map((l) => Math.round(l * 10) / 10) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const work = mkdtempSync(join(os.tmpdir(), 'rmplint-bench-org-'));
  try {
    const loadBefore = os.loadavg().map((l) => Math.round(l * 10) / 10);
    const result = await benchOrganisation(REPO, work, (m) => process.stderr.write(`${m}\n`));
    process.stdout.write(`${JSON.stringify({ loadBefore, ...result }, null, 2)}\n\nLoad average before ${loadBefore.join(' / ')}.\n${organisationText(result)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
