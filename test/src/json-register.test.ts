// A register another tool keeps as JSON (an array of risk objects) read into the plan model
// through the YAML reader, with the register keys of other tools (issue 12).
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';

const REGISTER = `[
  {"id": "AI-1", "risk": "Model drifts on new clinics", "likelihood": 3, "impact": 2, "response": "Reduce", "control": "Retrain the triage model when monthly accuracy drops by 5%", "owner": "ML Lead", "status": "Mitigating"},
  {"id": "AI-2", "risk": "Offer sent without review", "response": "Avoid", "control": "Block automatic offers above the threshold in the billing system", "owner": "CX Lead", "status": "Closed"}
]
`;

describe('a JSON risk register (issue 12)', () => {
  it('reads each object as a risk: risk the title, control the action, response the treatment', () => {
    const plan = parsePlan(REGISTER, 'json');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.title?.value, r.treatment?.value, r.priority?.value, r.actions[0].action?.value, r.actions[0].owner?.value, r.actions[0].status?.value]),
      [
        ['AI-1', 'Model drifts on new clinics', 'Reduce', 'medium (likelihood 3 × impact 2)', 'Retrain the triage model when monthly accuracy drops by 5%', 'ML Lead', 'Mitigating'],
        ['AI-2', 'Offer sent without review', 'Avoid', undefined, 'Block automatic offers above the threshold in the billing system', 'CX Lead', 'Closed'],
      ],
    );
  });

  it('lints it with the frameworks\' treatment words and offers no fix into it', () => {
    const { findings } = analyse(REGISTER, 'json', { today: '2026-12-03' });
    assert.ok(!findings.some((f) => f.rule === 'invalid-treatment' || f.rule === 'schema'), findings.map((f) => f.rule).join(', '));
    assert.ok(findings.some((f) => f.rule === 'missing-due-date'));
    assert.ok(findings.every((f) => f.fixes.length === 0));
  });

  it('reads keys written as column headings ("Risk ID", "Risk Description", "Risk Rating") and a rating nested under residual', () => {
    const headings = '[\n  {"Risk ID": "R-9", "Risk Description": "Ransomware on the file server", "Likelihood": "High", "Impact": "High", "Control": "Keep offline weekly backups of the file server", "Risk Rating": "High"}\n]\n';
    const nested = '{"risks": [{"risk_id": "RISK-3", "statement": "Logs kept too briefly", "owner": "SOC Lead", "residual": {"likelihood": "Medium", "impact": "High"}, "treatment": "Mitigate"}]}\n';
    const read = (text: string) => parsePlan(text, 'json').risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.actions[0].action?.value, r.actions[0].owner?.value]);
    assert.deepEqual(read(headings), [['R-9', 'Ransomware on the file server', 'High', 'Keep offline weekly backups of the file server', undefined]]);
    assert.deepEqual(read(nested), [['RISK-3', 'Logs kept too briefly', 'high (likelihood Medium × impact High)', undefined, 'SOC Lead']]);
  });

  it('reads a status that records the decision (`Risk Accepted`) as the entry\'s acceptance, and one that says it lapsed as open (set 79)', () => {
    const text = '[\n  {"risk_id": "V-1", "risk_description": "Payroll vendor holds PII", "mitigation": "Pending", "risk_owner": "GRC Team", "status": "Risk Accepted"},\n  {"risk_id": "V-2", "risk_description": "Infra vendor holds PII", "mitigation": "Pending", "risk_owner": "GRC Team", "status": "Exception Expired"}\n]\n';
    const plan = parsePlan(text, 'json');
    assert.deepEqual(plan.risks.map((r) => r.treatment?.value), ['Risk Accepted', undefined]);
    const { findings } = analyse(text, 'json', { today: '2026-12-07' });
    const at = (offset: number) => text.slice(0, offset).split('\n').length;
    assert.deepEqual(findings.filter((f) => ['incomplete-acceptance', 'expired-acceptance'].includes(f.rule)).map((f) => [f.rule, at(f.range.start)]), [['incomplete-acceptance', 2], ['expired-acceptance', 3]]);
    assert.ok(findings.some((f) => f.rule === 'missing-due-date' && at(f.range.start) === 3), 'the lapsed entry is open: its action needs a date');
  });

  it('reads a score at either end of a 0-100 scale (`residual_risk: 100`, `0`) as the risk\'s rating, as it reads 70 (set 79)', () => {
    const text = '[\n' + [100, 70, 0].map((n, i) => `  {"risk_id": "V-${i + 1}", "risk_description": "Vendor ${i + 1} holds PII", "inherent_risk": ${n}, "residual_risk": ${n}, "mitigation": "Sign a BAA with vendor ${i + 1}", "risk_owner": "GRC Team"}`).join(',\n') + '\n]\n';
    assert.deepEqual(parsePlan(text, 'json').risks.map((r) => r.priority?.value), ['100', '70', '0']);
    assert.ok(!analyse(text, 'json', { today: '2026-12-07' }).findings.some((f) => f.rule === 'missing-priority'));
  });

  it('reads who keeps the register and its date of change, written at its top beside the risks', () => {
    const text = '{"owner": "Risk Office", "updated_at": "2026-02-11", "risks": [{"risk_id": "R-1", "statement": "Logs kept too briefly", "owner": "SOC Lead", "mitigation": "Keep the audit logs six years"}]}\n';
    const plan = parsePlan(text, 'json');
    assert.deepEqual([plan.meta.owner?.value, plan.meta.documentDate?.value, plan.risks[0].actions[0].owner?.value], ['Risk Office', '2026-02-11', 'SOC Lead']);
    const stale = analyse(text, 'json', { today: '2026-12-03' }).findings.find((f) => f.rule === 'stale-review');
    assert.match(stale?.message ?? '', /only its own \("updated_at: 2026-02-11", 295 days ago\)/);
  });

  it('reviews a register risk by risk: the last risk reviewed and the first review due are the register\'s', () => {
    const text = '{"risks": [\n  {"risk_id": "R-1", "statement": "Logs kept too briefly", "owner": "SOC Lead", "reviewed": "2026-08-03", "next_review": "2027-02-03"},\n  {"risk_id": "R-2", "statement": "No restore test", "owner": "IT Lead", "reviewed": "2026-09-01", "next_review": "2027-01-15"}\n]}\n';
    const plan = parsePlan(text, 'json');
    assert.deepEqual([plan.meta.lastReviewed?.value, plan.meta.nextReview?.value], ['2026-09-01', '2027-01-15']);
    const { findings } = analyse(text, 'json', { today: '2026-12-03' });
    assert.ok(!findings.some((f) => f.rule === 'stale-review'), findings.map((f) => f.rule).join(', '));
  });

  it('reads review timestamps whose key names their zone (`last_reviewed_utc`, `next_review_due_utc`) as the risk\'s review dates', () => {
    const text = '{"risks": [\n  {"risk_id": "R-1", "title": "Logs kept too briefly", "owner_role": "SOC Lead", "last_reviewed_utc": "2026-08-03T09:00:00Z", "next_review_due_utc": "2027-02-03T09:00:00Z"},\n  {"risk_id": "R-2", "title": "No restore test", "owner_role": "IT Lead", "last_reviewed_utc": "2026-09-01T09:00:00Z", "next_review_due_utc": "2027-01-15T09:00:00Z"}\n]}\n';
    const plan = parsePlan(text, 'json');
    assert.deepEqual([plan.meta.lastReviewed?.value, plan.meta.nextReview?.value], ['2026-09-01T09:00:00Z', '2027-01-15T09:00:00Z']);
  });

  it('reads the review date a register keeps in its metadata mapping (`metadata: {next_review}`) as its next review (round 30)', () => {
    const text = '{"metadata": {"document_owner": "Governance Committee", "last_updated": "2026-01-15", "next_review": "2026-02-15"},\n "risks": [\n  {"id": "RISK-1", "title": "Missed escalation", "owner": "Clinical Lead", "status": "active", "mitigations": [{"control": "Escalate every RED case to the duty clinician in the triage workflow", "implemented": true, "evidence": "app/triage/escalate.py"}]}\n]}\n';
    const plan = parsePlan(text, 'json');
    assert.equal(plan.meta.nextReview?.value, '2026-02-15');
    assert.equal(plan.risks[0].actions[0].status?.value, 'implemented');
    const { findings } = analyse(text, 'json', { today: '2026-12-03' });
    assert.deepEqual(findings.filter((f) => f.rule === 'stale-review' || f.rule === 'missing-due-date' || f.rule === 'vague-action').map((f) => [f.rule, /was due 2026-02-15/.test(f.message)]), [['stale-review', true]]);
  });
});

