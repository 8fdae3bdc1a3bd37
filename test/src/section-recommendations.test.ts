// An assessment that writes each area as its findings, then its recommendations, none naming the finding it answers
// (session 20): each finding that plans nothing takes the recommendation of its area that shares its words, when one
// alone does. Before, every such finding was "no action of its own" (set 43's HIPAA analysis: 21 findings judged wrong).
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';

const ANALYSIS = [
  '# HIPAA Compliance Analysis', '',
  '## 1. Data Storage and Encryption at Rest', '',
  '### Findings', '',
  '#### ❌ CRITICAL: No Encryption at Rest', 'The SQLite database holding patient rows is a plain file.', '',
  '#### ❌ CRITICAL: CSV Exports Stored Unencrypted', '- Exported CSV files are written to /tmp', '',
  '#### ❌ HIGH: Database File Permissions', 'The database file is world-readable.', '',
  '#### ❌ MEDIUM: No Data Inventory', 'Nobody lists where patient data is kept.', '',
  '### Recommendations', '',
  '1. **Implement database encryption:**', '   - Use SQLCipher with a key from the vault', '',
  '2. Encrypt CSV exports with GPG before they leave the server', '',
  '3. Restrict file permissions on the database to its service account', '',
  '## 2. Access Controls', '',
  '### Findings', '',
  '#### ❌ CRITICAL: Shared Admin Password', 'One password for every admin.', '',
  '### Recommendations', '',
  '1. Issue named admin accounts', '2. Review every admin role each quarter', '',
].join('\n');

describe("an area's recommendations answer its findings by their words (session 20)", () => {
  const risks = parsePlan(ANALYSIS, 'markdown').risks;
  const read = risks.map((r) => [r.title?.value, r.actions.map((a) => a.action?.value ?? null)]);

  it("gives each finding the one recommendation of its area that shares its words, with the recommendation's points", () => {
    assert.deepEqual(read.slice(0, 3), [
      ['No Encryption at Rest', ['Implement database encryption; Use SQLCipher with a key from the vault']],
      ['CSV Exports Stored Unencrypted', ['Encrypt CSV exports with GPG before they leave the server']],
      ['Database File Permissions', ['Restrict file permissions on the database to its service account']],
    ]);
  });

  it('gives none to a finding no recommendation tells apart, nor across areas, nor when two tie', () => {
    assert.deepEqual(read.slice(3).map(([title, actions]) => [title, (actions as unknown[]).filter((a) => a !== null)]), [
      ['No Data Inventory', []],
      ['Shared Admin Password', []],
    ]);
  });
});
