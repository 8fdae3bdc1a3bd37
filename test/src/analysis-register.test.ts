// Reading a risk analysis document as a register (issue 15, point 1): the forms the plan reader
// reads, and CSV with a header row; and finding the document a plan names.
import * as assert from 'node:assert/strict';
import { readRegister } from '../../server/out/engine/analysis-register';
import { analysisDocument } from '../../server/out/model/analysis-register';
import { parsePlan } from '../../server/out/engine/lint';

const brief = (text: string, fileName: string) =>
  readRegister(fileName, fileName, text)?.risks.map((r) => ({ id: r.id, title: r.title, rating: r.rating, ratingValue: r.ratingValue, likelihood: r.likelihood, impact: r.impact, accepted: r.accepted, line: r.line, at: text.slice(r.range.start, r.range.end) }));

describe('analysis registers', () => {
  it('CSV with a header row: ID, title, rating, likelihood, impact, acceptance, the line of each ID; quoted commas and CRLF', () => {
    const text = 'Risk ID,Threat,Likelihood,Impact,Risk Level,Treatment\r\nRA-01,Shared logins,High,High,High,Mitigate\r\nRA-02,"Backups, offsite",Low,"Very high",Critical,Accept\r\n';
    assert.deepEqual(brief(text, 'register.csv'), [
      { id: 'RA-01', title: 'Shared logins', rating: 'High', ratingValue: 'high', likelihood: 'High', impact: 'High', accepted: false, line: 1, at: 'RA-01' },
      { id: 'RA-02', title: 'Backups, offsite', rating: 'Critical', ratingValue: 'critical', likelihood: 'Low', impact: 'Very high', accepted: true, line: 2, at: 'RA-02' },
    ]);
  });
  it('a CSV with no ID column is not a register', () => {
    assert.equal(readRegister('r.csv', 'r.csv', 'Name,Rating\nx,High\n'), undefined);
  });
  it('a Markdown register table: the rating column over the priority', () => {
    const text = '# Risk Register\n\n| ID | Risk | Likelihood | Impact | Inherent risk |\n|---|---|---|---|---|\n| RA-01 | Shared logins | High | Medium | High |\n';
    assert.deepEqual(brief(text, 'risk-register.md'), [{ id: 'RA-01', title: 'Shared logins', rating: 'High', ratingValue: 'high', likelihood: 'High', impact: 'Medium', accepted: false, line: 4, at: 'RA-01' }]);
  });
  it('a YAML register', () => {
    const text = 'risks:\n  - id: RA-01\n    title: Shared logins\n    priority: critical\n';
    assert.deepEqual(brief(text, 'register.rmp.yaml'), [{ id: 'RA-01', title: 'Shared logins', rating: 'critical', ratingValue: 'critical', likelihood: undefined, impact: undefined, accepted: false, line: 1, at: 'RA-01' }]);
  });

  describe('the document a plan names', () => {
    const named = (text: string, kind: 'markdown' | 'yaml') => {
      const plan = parsePlan(text, kind);
      const field = analysisDocument(plan);
      return field && [field.value, text.slice(field.valueRange.start, field.valueRange.end)];
    };
    it('YAML riskAnalysis.document', () => {
      assert.deepEqual(named('plan:\n  riskAnalysis:\n    date: 2026-01-01\n    document: analysis/register.csv\nrisks: []\n', 'yaml'), ['analysis/register.csv', 'analysis/register.csv']);
    });
    it('a Markdown link in the risk-analysis field, %-decoded', () => {
      assert.deepEqual(named('# Risk Management Plan\n\n- **Risk analysis:** 2026-01-01, J. Rivera ([register](risk%20register.md))\n', 'markdown'), ['risk register.md', 'risk%20register.md']);
    });
    it('a bare path', () => {
      assert.deepEqual(named('# Risk Management Plan\n\n- **Risk analysis:** 2026-01-01, J. Rivera, see ../sra/register.yaml\n', 'markdown'), ['../sra/register.yaml', '../sra/register.yaml']);
    });
    it('a web address is not a document rmplint reads; no reference, nothing', () => {
      assert.equal(named('# Risk Management Plan\n\n- **Risk analysis:** 2026-01-01, J. Rivera, [report](https://example.org/sra.md)\n', 'markdown'), undefined);
      assert.equal(named('# Risk Management Plan\n\n- **Owner:** A\n', 'markdown'), undefined);
    });
  });
});
