// A settings change reaches the server and re-lints open plans.
import * as vscode from 'vscode';
import { Fixtures, open, waitForFindings } from '../helpers';
import { MARKDOWN_FINDINGS, MARKDOWN_PLAN, SETTINGS_FILE } from './plan-files';

describe('settings', () => {
  const fixtures = new Fixtures();
  before(() => fixtures.keep(SETTINGS_FILE));
  afterEach(() => fixtures.restore());

  it('rmplint.reviewIntervalDays: a shorter interval makes the review and the risk analysis stale', async () => {
    const { document } = await open(MARKDOWN_PLAN);
    await waitForFindings(document.uri, MARKDOWN_FINDINGS);
    const settings = vscode.workspace.getConfiguration('rmplint', document.uri);
    // Reviewed 75 days and analysed 105 days before today (2026-06-15); the recorded next review
    // (2027-03-10) is in the future, so the finding is that it is further out than the interval.
    await settings.update('reviewIntervalDays', 30, vscode.ConfigurationTarget.Workspace);
    await waitForFindings(document.uri, [...MARKDOWN_FINDINGS, 'stale-risk-analysis@7', 'stale-review@12']);
    await settings.update('reviewIntervalDays', 90, vscode.ConfigurationTarget.Workspace);
    await waitForFindings(document.uri, [...MARKDOWN_FINDINGS, 'stale-risk-analysis@7', 'stale-review@12']);
    await settings.update('reviewIntervalDays', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForFindings(document.uri, MARKDOWN_FINDINGS);
  });
});
