// A table of controls set under a risk's action label, as threat models and security designs
// write them: `| Control | Implementation | Location |`. The first column names the control
// ("Access control"), the next says what it is ("JWT-based authentication with RBAC"), and a
// third says where it lives in the system (`lexik/jwt-authentication-bundle`). The name is a
// label; the description is what is done. A table that says where each control lives, with no
// owner, date or status for it, lists controls in place, not work to do.
import { normaliseLabel } from '../../model/vocabulary';

/** The header of a column saying what a control is or how it works (normalised). */
const DESCRIPTION_HEADER = /^(?:implementation|implementation details?|description|details?|how|how it works|how implemented|mechanism|what it does)$/;
/** The header of a column saying where in the system a control lives (normalised). */
const LOCATION_HEADER = /^(?:location|code location|where|where implemented|implemented in|enforced in|enforced by|enforcement point|component|components|module|modules|file|files|source|code|class|service)$/;

export interface ControlColumns {
  /** The column describing each control: its action. */
  readonly describedAt: number;
  /** The column saying where each control lives, when the table has one. */
  readonly locatedAt?: number;
}

/**
 * The description and location columns of a table of named controls, or undefined when the
 * table names no description column after a first column (the one naming the controls).
 */
export function controlColumns(headers: readonly string[]): ControlColumns | undefined {
  const normalised = headers.map(normaliseLabel);
  const describedAt = normalised.findIndex((header, index) => index > 0 && DESCRIPTION_HEADER.test(header));
  if (describedAt < 0) return undefined;
  const locatedAt = normalised.findIndex((header, index) => index > 0 && index !== describedAt && LOCATION_HEADER.test(header));
  return { describedAt, ...(locatedAt >= 0 && { locatedAt }) };
}

/**
 * A register's `Control(s)` column whose cells say what is done (`Configure VLAN-based DNS via
 * ER605.`), not which framework control the row maps to (`AC-2, IA-5`, `§164.312(b)`): in a
 * register with no action column, it is the action column. A cell says what is done when it
 * has three words or more (of three letters or more, not all capitals).
 */
export function isControlWording(values: readonly string[]): boolean {
  const filled = values.filter((value) => value !== '');
  const worded = filled.filter((value) => (value.match(/\p{L}*\p{Ll}\p{L}*/gu) ?? []).filter((word) => word.length >= 3).length >= 3);
  return filled.length > 0 && worded.length * 2 > filled.length;
}

/** The header of a column of controls (`Control`, `Controls`, `Control(s)`, `Control Name`), normalised. */
export const CONTROLS_HEADER = /^(?:controls?(?:\(s\))?|control names?)$/;
