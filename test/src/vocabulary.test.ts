// Status and treatment values as plans write them (spec §3 and §5): the synonyms, any
// case, and a note or date after the value; other words name no status or treatment.
import * as assert from 'node:assert/strict';
import { fieldForLabel, gradeWordOf, isNotApplicableGrade, priorityOf, RISK_LEVEL_LABELS, SEVERITY_LABELS, statusOf, treatmentOf } from '../../server/out/model/vocabulary';
import { priorityFromRating } from '../../server/out/model/risk-rating';

const STATUSES: readonly [string, string | undefined][] = [
  ['Done', 'done'],
  // A tracker's past-due flag before the status (session 35, set 87): the status after it; alone, open work.
  ['**OVERDUE** — IN PROGRESS', 'in-progress'], ['Overdue: not started', 'open'], ['OVERDUE', 'open'], ['Past due', 'open'], ['⚠️ Overdue - Done', 'done'],
  ['Later', undefined],
  // A POA&M's item kept open on the list, its risk accepted (session 35, set 90).
  ['Open — accepted with compensating controls', 'accepted'], ['Open — accepted, detection is loud', 'accepted'], ['Open — compensating controls in place', 'open'],
  // A review's finding marked dealt with (session 27: `✅ ADDRESSED (2026-01-27)`).
  ['ADDRESSED', 'done'],
  // Japanese statuses (session 21): completed, dealt with, in progress, not yet dealt with, accepted.
  ['完了', 'done'], ['対応済み', 'done'], ['対応中', 'in-progress'], ['未対応', 'open'], ['受容', 'accepted'],
  // A report's finding says what is in progress and then why: the work, still under way.
  ['🟠 *Mitigation in progress – patch scheduled for next release*', 'in-progress'],
  ['Remediation in progress', 'in-progress'],
  // A threat judged not to apply (OWASP Threat Dragon's status): nothing to plan, as a false positive.
  ['NotApplicable', 'accepted'],
  // Work decided against, its reason in a note (session 20): the risk left as it is, not work that is late.
  ['No longer planned', 'accepted'],
  ['Descoped', 'accepted'],
  ["Won't fix", 'accepted'],
  ['Cancelled', 'accepted'],
  ['Not applicable', 'accepted'],
  // A gap table's state of the requirement: partly or not yet in place is work still open.
  ['Implemented partially', 'in-progress'],
  ['Not Implemented', 'open'],
  ['Partially mitigated', 'in-progress'],
  // A risk whose treatment is in place (a register's `CONTROLLED`, `CONTROLLED_LOCAL_ONLY`, `Treated`, `In place`): treated.
  ['CONTROLLED', 'done'],
  ['CONTROLLED_LOCAL_ONLY', 'done'],
  ['Treated', 'done'],
  ['In place', 'done'],
  ['Under control', 'done'],
  // A risk rated acceptable as it stands is accepted; one whose note still recommends work is not.
  ['✅ ACCEPTABLE', 'accepted'],
  ['⚠️ ACCEPTABLE (improvement recommended)', undefined],
  ['completed', 'done'],
  ['Resolved (March 19, 2026)', 'done'],
  ['Completed June 11, 2026', 'done'],
  ['Closed 10/09/2025', 'done'],
  ['Done (2026-03-05)', 'done'],
  ['Not started', 'open'],
  ['Planned for Q3', 'open'],
  ['In progress - vendor ticket 88213', 'in-progress'],
  ['in-progress', 'in-progress'],
  ['Underway', 'in-progress'],
  ['Deferred to 2027', 'deferred'],
  ['Accepted', 'accepted'],
  ['not done', undefined],
  ['Opened', undefined],
  ['Blocked', undefined],
  ['On hold (budget)', undefined],
  ['✅ Done', 'done'],
  ['🟡 In progress', 'in-progress'],
  ['❌ Blocked', undefined],
  // Trackers' and POA&Ms' words (issue 12).
  ['✅ Remediated', 'done'],
  ['Mitigated', 'done'],
  ['COMPLETED', 'done'],
  ['ON TRACK', 'in-progress'],
  ['Ongoing', 'in-progress'],
  ['Delayed', 'in-progress'],
  ['Active', 'in-progress'],
  ['CLOSED - Risk Accepted', 'accepted'],
  ['Closed – risk accepted', 'accepted'],
  ['Closed (Risk Accepted)', 'accepted'],
  ['Risk accepted', 'accepted'],
  // The decision as a register's Status column writes it, imperative (`| Status |` holding `Accept (low residual)`, session 24).
  ['Accept', 'accepted'], ['Accept (low residual)', 'accepted'],
  ['✅', 'done'],
  ['⚠️', 'in-progress'],
  ['🔴', 'open'],
  // A done mark opening words that name no status says it is done; words that name one keep theirs.
  ['✅ Tested (3 browsers)', 'done'],
  // A done word with what is still awaited after it: not done yet.
  ['🟡 Mitigated in staging – pending production deployment', 'in-progress'],
  ['Fixed - pending verification', 'in-progress'],
  ['Remediated, awaiting retest', 'in-progress'],
  // Done in part: `Implemented partial` (an ISO register's Treatment Status), `Implemented (partial)`.
  ['Implemented partial', 'in-progress'],
  ['Implemented (partial)', 'in-progress'],
  ['Remediated - incomplete', 'in-progress'],
  ['Partially verified', 'in-progress'],
  ['Partly fixed', 'in-progress'],
  ['Fixed in v2.1 (released)', 'done'],
  ['✅ Compliant (home use exemption)', 'done'],
  ['❌ Blocked on vendor licence', undefined],
  ['✅ Planned', 'open'],
  ['Tested', undefined],
  // A register written in another language: its states as the English ones (round 20).
  ['Offen', 'open'], ['In Bearbeitung', 'in-progress'], ['Erledigt', 'done'], ['en cours', 'in-progress'], ['Cerrado', 'done'], ['Concluído', 'done'],
  ['Afgerond', 'done'], ['Planlagt', 'open'], ['Kontrollert', 'done'], ['Akseptert', 'accepted'], ['Đang xử lý', 'in-progress'],
];

const TREATMENTS: readonly [string, string | undefined][] = [
  ['Mitigate', 'mitigate'],
  ['Urgent mitigation', 'mitigate'],
  ['Mitigation', 'mitigate'],
  ['Accepted.', 'accept'],
  ['Avoidance', 'avoid'],
  ['Mitigate (reduce likelihood)', 'mitigate'],
  ['Transfer - cyber insurance', 'transfer'],
  ['Monitor (accept for now)', undefined],
  ['Share', undefined],
  ['Retain', undefined],
  ['Fix', undefined],
  ['Risk acceptance', 'accept'],
  ['Risk transfer (cyber insurance)', 'transfer'],
  ['Risk retained', undefined],
  ['Risk', undefined],
];

/** A Markdown risk may use the frameworks' words (ISO 27001, NIST SP 800-37); a YAML risk only the schema's. */
const FRAMEWORK_TREATMENTS: readonly [string, string | undefined, string | undefined][] = [
  ['Modify', 'mitigate', undefined],
  // An EBIOS analysis's urgent mitigation (session 27): the treatment after its urgency.
  ['Immediate Reduction', 'mitigate', undefined],
  ['Modify (Mitigate)', 'mitigate', undefined],
  ['Share', 'transfer', undefined],
  ['Retain', 'accept', undefined],
  ['Risk retained', 'accept', undefined],
  ['Mitigate', 'mitigate', 'mitigate'],
  ['Monitor', undefined, undefined],
  ['Remediate', undefined, undefined],
  ['CLOSED - Risk Accepted', 'accept', undefined],
];

const PRIORITIES: readonly [string, string | undefined][] = [
  ['High', 'high'],
  ['🔴 Critical', 'critical'],
  ['Moderate', 'medium'],
  ['High × Medium', 'high'],
  ['Low x Medium', 'low'],
  ['Medium × Medium', 'medium'],
  ['4 x 5 = 20', 'critical'],
  ['3 × 4', 'high'],
  ['2 × 3', 'high'],
  ['1 x 2', 'low'],
  ['9', 'medium'],
  ['P2', 'high'],
  ['Soon', undefined],
  // MoSCoW: what must be done first, what may wait.
  ['Must have', 'high'],
  ['Should', 'medium'],
  ['Could have', 'low'],
  ["Won't have", 'low'],
  // An ISO audit's grades of what it found.
  ['Major nonconformity', 'high'],
  ['Minor NC', 'medium'],
  ['Minor non-conformity (clause 9.2)', 'medium'],
  ['OFI', 'low'],
  ['Opportunity for improvement', 'low'],
  ['Observation', 'low'],
  // An incident's severity, numbered as a priority is.
  ['Sev 1', 'critical'],
  ['SEV2', 'high'],
  ['Sev-4', 'low'],
  // Levels in another language (round 20); not Spanish `Media`, a HIPAA heading's "Media" controls.
  ['Hoch', 'high'], ['Kritisch', 'critical'], ['Mittel', 'medium'], ['Élevé', 'high'], ['Faible', 'low'], ['Alto', 'high'], ['Bajo', 'low'],
  ['Hoog', 'high'], ['Høy', 'high'], ['Moderat', 'medium'], ['Lav', 'low'], ['Låg', 'low'], ['Trung bình', 'medium'], ['Media', undefined],
];

/** Table headers and labels with the hints people add after the field's name. */
const LABELS: readonly [string, string | undefined][] = [
  // A fix's record of its check, and the change that made it, are evidence (reader round 9).
  ['Verification Evidence', 'evidence'], ['validation evidence', 'evidence'], ['**Remediation evidence:**', 'evidence'],
  ['PR', 'evidence'], ['Pull Request', 'evidence'], ['**Commit:**', 'evidence'], ['Merge request', 'evidence'],
  ['**Due date:**', 'due'],
  // A register whose items' state is the state of their verification (`| Verification Status | Pending hosted E2E |`).
  ['Verification Status', 'status'],
  // A Spanish register's next step and its review priority (`| Mitigación siguiente |`, `| Prioridad de revisión |`).
  ['Mitigación siguiente', 'action'], ['Próximos pasos', 'action'], ['Prioridad de revisión', 'priority'],
  // An assessment's register entry: the mitigation it recommends, the controls it requires or applied.
  // A threat model's STRIDE table: what answers each threat.
  ['Mitigation Control', 'action'], ['Mitigating controls', 'action'], ['Countermeasures', 'action'],
  ['Recommended Mitigation', 'action'], ['**Suggested mitigations:**', 'action'], ['Required controls', 'action'], ['Mitigations applied', 'action'],
  ['Risk ID', 'id'],
  ['Action(s)', 'action'],
  ['Owner(s)', 'owner'],
  // A first word for whose the column is or what stage its value is at names no other field.
  ['Responsible Owner', 'owner'], ['Planned Mitigation Action', 'action'], ['Proposed Due Date', 'due'], ['Assigned Owner / Team', 'owner'],
  ['Responsible Executive', undefined], ['Planned', undefined], ['Proposed accountable / delivery owner', 'owner'], ['Recommended Risk Treatment', 'treatment'],
  // A remediation tracker's own columns: each task's ID and the change it makes.
  ['Task ID', 'id'], ['Required Change', 'action'], ['Changes required', 'action'],
  ['Due Date (YYYY-MM-DD)', 'due'],
  ['Status / Notes', 'status'],
  ['Description', undefined],
  ['MoSCoW', 'priority'],
  ['Grade', 'priority'],
  ['NC Grade', 'priority'],
  ['Notes (internal)', undefined],
  ['POA&M ID', 'id'],
  ['Control ID', 'id'],
  ['Weakness/Deficiency', 'risk'],
  ['Mitigation Strategy', 'action'],
  ['Planned Action', 'action'],
  ['Key security measures', 'action'],
  ['Control(s) Selected', 'action'],
  ['Corrective Action', 'action'],
  ['Risk Owner', 'owner'],
  ['Responsible Person', 'owner'],
  ['POC', 'owner'],
  ['Target Completion Date', 'due'],
  ['Scheduled Completion Date', 'due'],
  ['Deadline', 'due'],
  ['Completion Date', 'completed'],
  ['Treatment Option', 'treatment'],
  ['Severity', 'priority'],
  ['Risk Score', 'riskScore'],
  ['Likelihood', 'likelihood'],
  ['Impact', 'impact'],
  ['Inherent Risk', 'inherentRisk'],
  ['Residual Risk Level', 'residualRisk'],
  ['Assessment Date', 'riskAnalysisDate'],
  ['Assessor', 'riskAnalysisBy'],
  ['Systems in scope', 'scope'],
  ['Third parties', 'thirdParties'],
  ['NIST Controls', undefined],
  // A register's columns and labels in another language (round 20), umlauts also written out.
  ['Massnahme', 'action'], ['Maßnahmen', 'action'], ['**Mitigering:**', 'action'], ['Tiltak', 'action'], ['Mesures correctives', 'action'], ['Medidas', 'action'], ['Ações', 'action'], ['Maatregel', 'action'], ['Åtgärd', 'action'], ['Giải pháp', 'action'],
  ['Risiko', 'risk'], ['Befund', 'risk'], ['Riesgo', 'risk'], ['Rủi ro', 'risk'], ['Schwere', 'priority'], ['**Risikonivå:**', 'priority'], ['Niveau de risque', 'priority'], ['Mức độ', 'priority'],
  ['Verantwortlich', 'owner'], ['Responsable', 'owner'], ['Ansvarlig', 'owner'], ['Frist', 'due'], ['Échéance', 'due'], ['Fecha límite', 'due'], ['Statut', 'status'], ['Estado', 'status'],
  ['Wahrscheinlichkeit', 'likelihood'], ['Sannsynlighet', 'likelihood'], ['Konsekvens', 'impact'], ['Auswirkung', 'impact'],
  // A hazard log's section of what was tested; a label qualified by when the work is due (round 20).
  ['Testing Evidence', 'evidence'], ['**Action required before go-live:**', 'action'], ['Fix before launch', 'action'],
  // A header in another language glossed in English names what the gloss names; an English hint does not rename a label.
  ['Mesure proposée (Mitigation)', 'action'], ['Bằng Chứng Thực Tế (Evidence)', 'evidence'], ['Mã Lỗ Hổng', 'id'], ['Nr.', 'id'], ['Due date (YYYY-MM-DD)', 'due'], ['Likelihood (1-5)', 'likelihood'], ['Comments (if any)', undefined],
  // A rating beside the action in one column: what is left once the action is done; the column's work is the action.
  ['Residual risk / required action', 'action'], ['Risk level / Mitigation', 'action'], ['Residual risk / notes', 'residualRisk'],
  // When the fix is expected: a deadline column.
  ['ETA', 'due'], ['Fix ETA', 'due'],
  // A register template's due field: its placeholder (`[YYYY-MM-DD]`) is a date to fill in, not a missing due date (reader round 26).
  ['**Target Resolution**', 'due'], ['Target resolution date', 'due'],
  // A hazard log's mitigations still to add, beside those in place.
  ['Recommended Additional Mitigations', 'action'], ['Mitigations Recommended', 'action'],
  // A register's measures planned beyond its current controls (round 40): `**Additional Mitigation**:` over a list.
  ['**Additional Mitigation**', 'action'], ['Additional Mitigation Strategies', 'action'], ['Current Controls', 'compensatingControls'],
  // The way to the fix (a register's `**Fix path:**`), and a label routed to whoever takes it (`**Fix route → backend:**`).
  ['Fix path', 'action'], ['**Fix route → backend:**', 'action'], ['Remediation route -> Platform team', 'action'], ['Owner → deputy', 'owner'],
  // A Turkish register's columns, and when a plan is next and last reviewed in other languages (reader round 28).
  ['Açıklama', 'risk'], ['Sahip', 'owner'], ['Mevcut kontroller', 'compensatingControls'], ['Son RVW', 'lastReviewed'], ['Sonraki', 'nextReview'],
  ['**Próxima revisão:**', 'nextReview'], ['Sonraki gözden geçirme', 'nextReview'], ['Nächste Überprüfung', 'nextReview'], ['Última revisión', 'lastReviewed'],
  // A Japanese hazard log's columns (session 21): the event glossed in English, the measure, status, owner and deadline; a column
  // for who and what is next holds the step.
  ['発生事象 (Hazard Event)', 'risk'], ['対策 (Mitigation)', 'action'], ['ステータス', 'status'], ['担当者', 'owner'], ['期限', 'due'],
  ['Owner / next step', 'action'], ['Next step', 'action'], ['Owner / due', 'owner'],
  // A Japanese risk register's columns (session 24): impact, likelihood, priority, the measures proposed (a summary, glossed in
  // full-width brackets) and the owner in katakana.
  ['影響', 'impact'], ['可能性', 'likelihood'], ['優先度', 'priority'], ['対策案（要約）', 'action'], ['オーナー', 'owner'],
  ['課題', 'risk'],
  // Likelihood times impact named by the product, before and after treatment (`| L×I (I) | … | L×I (R) |`, session 24).
  ['L×I', 'riskScore'], ['L x I', 'riskScore'], ['Likelihood * Impact', 'riskScore'], ['L×I (I)', 'inherentRisk'], ['L×I (R)', 'residualRisk'],
  ['Residual LxI', 'residualRisk'], ['Impact (I)', 'impact'],
];

describe('vocabulary', () => {
  describe('fieldForLabel', () => {
    for (const [label, field] of LABELS) it(`"${label}" → ${field}`, () => assert.equal(fieldForLabel(label), field));
  });

  describe('statusOf', () => {
    for (const [value, status] of STATUSES) it(`"${value}" → ${status}`, () => assert.equal(statusOf(value), status));
  });

  describe('treatmentOf', () => {
    for (const [value, treatment] of TREATMENTS) it(`"${value}" → ${treatment}`, () => assert.equal(treatmentOf(value), treatment));
    for (const [value, markdown, yaml] of FRAMEWORK_TREATMENTS) {
      it(`"${value}" → ${markdown} in a Markdown table or heading, ${yaml} in YAML`, () => {
        assert.deepEqual([treatmentOf(value, 'table'), treatmentOf(value, 'heading'), treatmentOf(value, 'yaml')], [markdown, markdown, yaml]);
      });
    }
  });

  describe('priorityOf', () => {
    for (const [value, priority] of PRIORITIES) it(`"${value}" → ${priority}`, () => assert.equal(priorityOf(value), priority));
    it('a written 5×5 score is banded as the likelihood × impact pair that makes it (one banding)', () => {
      for (const [likelihood, impact] of [[2, 5], [3, 4], [4, 4], [4, 5], [1, 4], [5, 5]]) { // a number above 3: a 5×5 matrix for both
        const product = likelihood * impact;
        assert.equal(priorityOf(String(product)), priorityFromRating(String(likelihood), String(impact)), `${likelihood} × ${impact} = ${product}`);
        assert.equal(priorityOf(`${likelihood}x${impact}`), priorityFromRating(String(likelihood), String(impact)), `${likelihood}x${impact}`);
      }
    });
  });

  describe('isNotApplicableGrade', () => {
    it('reads a severity of not applicable with its reason, and not a bare N/A (a row not yet rated) or a real grade', () => {
      const grades = ['N/A-Infra', 'N/A-Policy', 'N/A (customer)', 'n/a – inherited', 'Not applicable', 'Not applicable – cloud provider', 'Out of scope', 'N/A', 'NA', 'None', 'Major', 'Nature of data'];
      assert.deepEqual(grades.map(isNotApplicableGrade), [true, true, true, true, true, true, true, false, false, false, false, false]);
    });
  });

  describe('gradeWordOf', () => {
    it('reads a grade written alone, and no longer phrase that starts with a priority word', () => {
      assert.deepEqual(['OFI', 'Minor NC', '**High**', 'High Availability', 'Lowering costs', 'constructor'].map(gradeWordOf), ['low', 'medium', 'high', undefined, undefined, undefined]);
    });
  });
});

describe('severity and risk level labels', () => {
  // The split of priority labels into a severity and a level (a table with both takes the level) names only priority labels.
  it('names only labels of the priority field', () => {
    for (const label of [...SEVERITY_LABELS, ...RISK_LEVEL_LABELS]) assert.equal(fieldForLabel(label), 'priority', label);
  });
});

