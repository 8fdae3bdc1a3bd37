// The server's closed workspace files (server/plans.ts): a closed file's digest is taken once
// per state of the file, however many requests ask for it at the same moment.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../../server/out/server/analysis';
import { Plans } from '../../server/out/server/plans';
import { filePathOf, uriOf } from '../../server/out/server/uris';

/** An analysis cache that counts the analyses it is asked for, each taking a few turns. */
function countingCache() {
  const counted = { analyses: 0 };
  const cache = {
    keyOf: (stamp: string) => `settings-1|${stamp}`,
    settingsFor: async () => ({ lint: { maxFileSizeBytes: 1_000_000 } }),
    prefetchSettings: async () => undefined,
    analyseOnce: async () => {
      counted.analyses++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return undefined;
    },
    forget: () => undefined,
  };
  return { counted, cache: cache as unknown as AnalysisCache };
}

describe('closed workspace files', () => {
  let folder: string;
  let uri: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplint-plans-'));
    const file = path.join(folder, 'plan.rmp.md');
    fs.writeFileSync(file, '# Plan\n');
    uri = uriOf(file);
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  async function plansOver(cache: AnalysisCache): Promise<Plans> {
    const plans = new Plans(new TextDocuments(TextDocument), cache);
    plans.folders = [folder];
    await plans.scan();
    return plans;
  }

  it('requests that ask for the same closed file together share one analysis', async () => {
    const { counted, cache } = countingCache();
    const plans = await plansOver(cache);
    const answers = await Promise.all([plans.closedDigest(uri), plans.closedDigest(uri), plans.allDigests()]);
    assert.equal(counted.analyses, 1);
    assert.equal(answers[0]?.digest.uri, uri);
    assert.equal(answers[1]?.digest, answers[0]?.digest);
  });

  it('analyses the file again once it changed on disk', async () => {
    const { counted, cache } = countingCache();
    const plans = await plansOver(cache);
    await plans.closedDigest(uri);
    await plans.closedDigest(uri);
    assert.equal(counted.analyses, 1, 'an unchanged file is not analysed twice');
    fs.writeFileSync(filePathOf(uri)!, '# Plan\n\nA longer text, so the size changes.\n');
    await plans.closedDigest(uri);
    assert.equal(counted.analyses, 2);
  });
});
