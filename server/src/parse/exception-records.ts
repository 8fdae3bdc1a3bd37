// A register of security exceptions (a CI gate's `exceptions.yaml`: `- id: EXC-0042`, `rule: no-md5-hashing`,
// `approved_by: jason.harris`, `date: 2026-08-14`, `expires: 2026-09-13`, `reason: …`): each entry is a risk
// accepted, by whom, on what date, until when, and why. Read so, the acceptance rules apply to it (an exception past its
// expiry is an acceptance overdue for review). One entry is enough: an exception is a decision each.
import type { Field, Risk } from '../model/plan-model';
import { fieldForLabel } from '../model/vocabulary';
import type { YamlReader } from './yaml/yaml-reader';

/** Keys of an exception's parts, in the register key style (snake case). */
const APPROVER_KEY = /^(?:approved_by|approver|accepted_by|approved_by_name|owner_approval)$/;
const EXPIRY_KEY = /^(?:expires|expiry|expires_on|expires_at|expiration|expiration_date|expiry_date|valid_until|review_by)$/;
const APPROVED_ON_KEY = /^(?:date|approved_on|approval_date|approved_at|accepted_on|granted_on)$/;
const REASON_KEY = /^(?:reason|justification|rationale|acceptance_rationale|business_justification)$/;
const WORDING_KEY = /^(?:title|description|rule|finding|risk|summary|name|check)$/;
const ID_KEY = /^(?:id|exception_id|waiver_id|ref)$/;
const CONTROLS_KEY = /^(?:compensating_controls?|mitigating_controls?|mitigations?)$/;
/** A status key, and a status that records the exception granted (`status: accepted`, `approved`, `granted`). */
const STATUS_KEY = /^(?:status|state)$/;
const GRANTED = /^\W*(?:accepted|approved|granted|active)\W*$/i;

/**
 * Whether an entry's keys (in the register key style) are an exception record's: an approver and an expiry, and an ID or a
 * wording. An entry that names no approver is one too with a status (`status: accepted`), an expiry and a reason (set 99: a
 * small app's `security-exceptions.yaml`, each exception accepted by its own owner): the missing approver is then reported.
 */
export function isExceptionRecord(keys: readonly string[]): boolean {
  const decided = keys.some((k) => APPROVER_KEY.test(k)) || (keys.some((k) => STATUS_KEY.test(k)) && keys.some((k) => REASON_KEY.test(k)));
  return decided && keys.some((k) => EXPIRY_KEY.test(k)) && keys.some((k) => ID_KEY.test(k) || WORDING_KEY.test(k));
}

/** The exceptions of a list (its items, keys already in the register key style): each an accepted risk, or one not yet decided (`status: proposed`). */
export function exceptionRisks(reader: YamlReader, items: readonly unknown[]): Risk[] {
  const risks: Risk[] = [];
  for (const item of items) {
    const map = reader.map(item);
    if (!map) continue;
    const pairs = [...reader.pairs(map)];
    const first = (pattern: RegExp): Field | undefined => {
      const found = pairs.find(([key]) => pattern.test(key));
      return found ? reader.field(found[1]) : undefined;
    };
    const approver = pairs.find(([key]) => APPROVER_KEY.test(key));
    // With no approver, the status that records the exception granted is where the decision is written.
    const status = approver ? undefined : pairs.find(([key]) => STATUS_KEY.test(key));
    const decision = approver ?? status;
    if (!decision) continue;
    // (An exception still asked for, `status: proposed`, is a risk not yet decided: read with no treatment.)
    const granted = approver !== undefined || GRANTED.test(reader.field(status![1])?.value ?? '');
    const approvedBy = approver ? reader.field(approver[1]) : undefined;
    const keySpan = reader.span(decision[1].key);
    // The decision is written by the approver's key: the treatment is read there (no fix writes into another tool's schema).
    const treatment: Field | undefined = granted && keySpan ? { value: 'accept', valueRange: keySpan } : undefined;
    const severity = pairs.find(([key]) => fieldForLabel(key.replace(/_/g, ' ')) === 'priority');
    const id = first(ID_KEY);
    const title = first(WORDING_KEY);
    const acceptance = {
      ...(approvedBy && { approvedBy }),
      ...withField('approvedOn', first(APPROVED_ON_KEY)),
      ...withField('reviewBy', first(EXPIRY_KEY)),
      ...withField('rationale', first(REASON_KEY)),
      ...withField('compensatingControls', first(CONTROLS_KEY)),
    };
    risks.push({
      form: 'oscal',
      ...(id && { id }),
      ...(title && { title }),
      ...(severity && withField('priority', reader.field(severity[1]))),
      ...(treatment && { treatment }),
      acceptance,
      actions: [],
      firstLine: reader.itemLine(item),
    });
  }
  return risks;
}

function withField<K extends string>(name: K, field: Field | undefined): Partial<Record<K, Field>> {
  return field ? ({ [name]: field } as Record<K, Field>) : {};
}
