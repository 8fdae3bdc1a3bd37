import type { RuleModule } from '../engine/rule';
import { actionsOf, saysNoActionNeeded } from '../model/plan-queries';
import { hasRealValue, holdsPlaceholder } from '../model/placeholders';
import { afterLine, fieldAnchor, setFieldFix } from '../fixes/field-edits';
import { CHANGE_RECORD, DELIVERED_FILE, RISK_ID_SOURCE, statusOf } from '../model/vocabulary';
import { reportsForRisk } from './shared-utils/one-per-risk';

/**
 * A status that says how the closure was shown: `Closed — evidenced`, `Closed 2026-11-20 — verified by Internal Audit`,
 * `Implemented — Evidence in screenshots/lockout.png`, or a note naming the record that shows it (`Mitigated — current
 * report: 0 errors`, `… documented in Step 8`, `tamper demo verified`), or the check's result (`both directions proven (#58)`,
 * `restore test passed`, `both measured enabled`), or the tests that now check it (`contract enforced + tests updated`).
 */
const SHOWN_IN_STATUS =
  /\btests?\s+(?:updated|added|written|passing|pass|green)\b|\b(?:evidenced|verified|validated|retested|re-tested|attested|audited|tested|demonstrated|demo|confirmed|calibrated|documented|recorded|logged|reports?|proven|passed|passes|measured)\b|\bevidence\s*(?:in|at|:)\s*\S|\.(?:png|jpe?g|pdf|csv|xlsx?|docx?|txt|log)\b/i;

/**
 * An action that carries its own check: a verify command or the tests that check it (`release --verify`, `tests scan every response`),
 * or words saying how it was checked (`Verified via Railway documentation`, `confirmed with a restore test`, `Verified: debug: false already set`).
 */
const CHECKED_IN_ACTION = /--verify\b|\bverif(?:y|ies)\b|\btests? (?:scan|check|verify|assert|cover)|\b(?:verified|validated|confirmed|tested) (?:via|by|with|against|through|using|in) \S|^\W*(?:verified|validated|confirmed)\s*[:\u2013\u2014-]\s*\S/i;

/** Whether a status notes how it was shown; a bare `Verified` is a status word, not a record. */
function shownInStatus(status: string | undefined): boolean {
  const text = (status ?? '').replace(/[*_`]/g, '').trim();
  return /\S\s+\S/.test(text) && SHOWN_IN_STATUS.test(text);
}

/**
 * Whether the action's own row shows how it was shown: a note in its status, or a check in its
 * wording; or it links the change that made it (a pull request, a commit), the fix's own record,
 * or names the file it delivered (DELIVERED_FILE), filed where its path says.
 */
function shown(action: { readonly status?: { readonly value: string }; readonly action?: { readonly value: string } }): boolean {
  const words = action.action?.value ?? '';
  const status = action.status?.value ?? '';
  return shownInStatus(status) || CHECKED_IN_ACTION.test(words) || [words, status].some((text) => CHANGE_RECORD.test(text) || DELIVERED_FILE.test(text));
}

/** A risk's ID named in a status or an action's words. */
const CITED_ID = new RegExp(String.raw`(?<![\w-])${RISK_ID_SOURCE}(?![\w-])`, 'g');

const rule: RuleModule = {
  id: 'missing-validation',
  defaultSeverity: 'warning',
  scope: 'risk',
  description: 'A done action records how it was validated, or evidence that it was done.',
  reference: '45 CFR § 164.308(a)(8) (evaluation); § 164.316(b)(1) (documentation of actions)',
  rationale:
    '"Done" without evidence is a claim. Investigators ask for the screenshot, export, signed document or test that shows the safeguard works.',
  examples: { bad: 'Status: Done', good: 'Status: Done · Validation: MFA policy export; a login without a second factor was refused on 2026-03-12' },
  messages: {
    missing: 'This action is done but records no validation or evidence. Add a Validation (what shows it works) or Evidence (where the proof is filed).',
    placeholder: 'This action is done but its validation is still a placeholder. Fill in what shows it works, or Evidence (where the proof is filed).',
  },
  check({ plan, report }) {
    // A report that records the re-check of its fixes (`Fixes review commit hash - 028ba5e`) evidences every finding it marks Fixed.
    if (plan.meta.fixesReview !== undefined) return;
    let recordedIds: Set<string> | undefined;
    for (const { risk, action } of actionsOf(plan)) {
      // `No action required. Emails do not contain PHI.`, closed: nothing was done, so there is nothing to show working.
      if (statusOf(action.status?.value) !== 'done' || saysNoActionNeeded(action)) continue;
      // `| **Existing Controls** | API key authentication, rate limiting, … |` over `| **Mitigation Status** | Controlled -- … |` with no
      // action written (set 90): the status says the risk stands controlled by the controls it lists; no work is claimed done.
      if (!hasRealValue(action.action) && hasRealValue(risk.acceptance.compensatingControls)) continue;
      const records = [action.validation, action.evidence, risk.validation, risk.evidence];
      // A risk titled with the change that fixed it (`R-3: Debug endpoint exposed (fixed in PR #41)`) records it too.
      if (records.some(hasRealValue) || shown(action) || CHANGE_RECORD.test(risk.title?.value ?? '')) continue;
      // A done step that checks the others (`Re-scan all servers — verify CVEs resolved`) validates its risk's steps.
      if (risk.actions.some((a) => statusOf(a.status?.value) === 'done' && CHECKED_IN_ACTION.test(a.action?.value ?? ''))) continue;
      const unrecorded = (a: typeof action) => statusOf(a.status?.value) === 'done' && ![a.validation, a.evidence].some(hasRealValue) && !shown(a);
      // `✅ Fixed — see HIGH-02 above. Same implementation covers both findings.`: closed by another risk's fix, whose record shows it.
      recordedIds ??= new Set(plan.risks.filter((r) => r.id && r.actions.some((a) => statusOf(a.status?.value) === 'done' && !unrecorded(a))).map((r) => r.id!.value.trim().toUpperCase()));
      if ([action.status?.value ?? '', action.action?.value ?? ''].some((text) => [...text.matchAll(CITED_ID)].some((m) => m[0].toUpperCase() !== risk.id?.value.trim().toUpperCase() && recordedIds!.has(m[0].toUpperCase())))) continue;
      if (!reportsForRisk(risk, action, unrecorded, (a) => statusOf(a.status?.value) === 'done')) continue;
      const written = action.validation ?? action.evidence ?? (action.firstLine.start === risk.firstLine.start ? risk.validation : undefined);
      const fix = () =>
        setFieldFix(plan, written, { name: 'validation', value: 'What shows it works, and where the evidence is filed', placeholder: true }, {
          title: 'Add a validation entry',
          after: fieldAnchor(plan, risk, action),
          fallback: afterLine(plan, action.firstLine),
        });
      report({ messageId: records.some(holdsPlaceholder) ? 'placeholder' : 'missing', range: action.firstLine, fixes: () => [fix()].filter((f) => f !== undefined) });
    }
  },
};

export default rule;
