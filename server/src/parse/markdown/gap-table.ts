// A gap analysis's table of requirements, each with its assessed state and what falls short:
// `| Requirement | Status | Evidence / Gap |` with `| Sanction Policy | ❌ Gap | No sanction policy found. |`
// (a HIPAA or ISO gap analysis, safeguard by safeguard). A row assessed as met records a
// requirement checked and found sound; every other row (Partial, Gap, Not met) is a gap: a risk
// named by its requirement and worded by its gap column. It names no action, owner or date.
import { isAssessmentResult, isMetResult, normaliseLabel, statusOf } from '../../model/vocabulary';

/** The header of the column naming what is assessed (normalised): a requirement, control, safeguard or standard. */
const ASSESSED_HEADER = /^(?:(?:hipaa|security|control|compliance|regulatory) )?(?:requirements?|controls?|safeguards?|standards?|implementation specifications?)$/;
/** The header of a column wording what falls short (normalised): `Gap`, `Evidence / Gap`, `Gap Notes`, `Finding / Gap`. */
const GAP_HEADER = /(?:^|[\s/&,(-])gaps?(?:$|[\s/&,)-])/;

export interface GapColumns {
  /** The column naming each requirement: the risk's title. */
  readonly requirementAt: number;
  /** The column of assessed states. */
  readonly statusAt: number;
  /** The column wording each gap: the risk. */
  readonly gapAt: number;
}

/**
 * The columns of a gap analysis's table, or undefined when the table is not one: its normalised
 * `headers` name a requirement, a status and a gap, and most filled cells of the status column
 * (`statuses`) are assessment results, one at least not met.
 */
export function gapColumns(headers: readonly string[], statusesAt: (index: number) => readonly string[]): GapColumns | undefined {
  const normalised = headers.map(normaliseLabel);
  const requirementAt = normalised.findIndex((header) => ASSESSED_HEADER.test(header));
  const statusAt = normalised.findIndex((header) => header === 'status' || header === 'assessment' || header === 'compliance status' || header === 'rating');
  const gapAt = normalised.findIndex((header, index) => index !== requirementAt && GAP_HEADER.test(header));
  if (requirementAt < 0 || statusAt < 0 || gapAt < 0) return undefined;
  const statuses = statusesAt(statusAt).filter((value) => value.trim() !== '');
  const assessed = statuses.filter(isAssessmentResult);
  if (assessed.length * 2 <= statuses.length || assessed.every(isMetResult)) return undefined;
  return { requirementAt, statusAt, gapAt };
}

/** Whether a gap table's or checklist's row is a requirement met (`✅ Compliant`, `✅`, `Done`), no gap to read. */
export function isMetRow(status: string): boolean {
  return isMetResult(status) || statusOf(status) === 'done';
}

/**
 * A compliance checklist kept as a tracker: `| Item | Status | Description | Owner | Due |` with
 * `| **DPO appointed** | ⚠️ | Formal appointment of the DPO | Legal | 30 days |`, section by section
 * of a law or framework (an LGPD or GDPR checklist). Each item is something to have in place; an
 * item done (`✅`) is met, every other item is work still open on a gap: a risk named by the item,
 * its description what is to be done, with the owner and the deadline the tracker gives.
 */
const ITEM_HEADER = /^(?:item|checklist item|control item|compliance item)$/;
/**
 * A Control column of the framework's references beside a Description (`| CC1.1 | Security governance structure established |`,
 * a SOC 2 readiness checklist, set 98): each control is an item of the checklist too. (A Control column that words what is in
 * place, or a reference with its name, `AC-2 (Account Management)`, keeps its other readings.)
 */
const CONTROL_HEADER = /^control(?: id| ref| reference)?$/;
const CONTROL_REFERENCE = /^[A-Z]{1,6}[-.]?\d{1,3}(?:[.-]\d{1,3})*$/;

/**
 * The item column of such a checklist, or undefined when the table is not one: `headers`
 * (normalised) name an item and a status, and most filled status cells (`valuesAt` the status column) are statuses
 * the vocabulary knows, one at least not done.
 */
export function checklistItemColumn(headers: readonly string[], valuesAt: (index: number) => readonly string[]): number | undefined {
  const normalised = headers.map(normaliseLabel);
  const named = normalised.findIndex((header) => ITEM_HEADER.test(header));
  const controlAt = named < 0 && normalised.includes('description') ? normalised.findIndex((header) => CONTROL_HEADER.test(header)) : -1;
  const references = controlAt < 0 ? [] : valuesAt(controlAt).filter((value) => value.trim() !== '');
  const itemAt = named >= 0 ? named : references.length > 0 && references.every((value) => CONTROL_REFERENCE.test(value.trim())) ? controlAt : -1;
  const statusAt = normalised.indexOf('status');
  if (itemAt < 0 || statusAt < 0) return undefined;
  const statuses = valuesAt(statusAt).filter((value) => value.trim() !== '');
  const known = statuses.map(statusOf).filter((status) => status !== undefined);
  if (known.length * 2 <= statuses.length || known.every((status) => status === 'done')) return undefined;
  return itemAt;
}
