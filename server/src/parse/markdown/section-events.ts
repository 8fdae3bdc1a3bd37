// What a section read alone holds (its events, in order) and how those are placed where the section
// sits: the pieces the Markdown reader caches and the assembly reads.
import type { Field, Risk } from '../../model/plan-model';
import type { PlacedField } from './field-lines';
import type { TierContext } from './risk-table';
import type { HeadingKind, RiskHead } from './risk-heading';
import { listOf, placeField, placer, placeRisk, placeRisks, type Placement, type Placer } from '../place';

/** What a section holds, in order; lines count from the section's first line, offsets are the document's where it was read. */
export type SectionEvent =
  /**
   * `inTable`: a row of a two-column field table (`true`), a field of the risk above it or of
   * the plan in its header area; or a cell of a one-row table of ratings (`row`), a field
   * only of the risk above it.
   */
  | { readonly kind: 'field'; readonly field: PlacedField; readonly inTable?: true | 'row'; readonly opensLine?: true; readonly titled?: true; readonly ranked?: true; readonly listed?: true; readonly boldId?: true; /** A finding's graded bold line (`⚠️ **MEDIUM: MFA Not Implemented**`): its own risk, under an area's heading too. */ readonly graded?: true; /** From a checklist under a heading with no ID (CANDIDATE_TASKS). */ readonly tasked?: true }
  /** A thematic break or a new paragraph: it ends a register entry opened by a line (risk-line.ts). */
  | { readonly kind: 'break'; readonly line: number }
  /** A table's risks, read without a tier from above (tableRisks with an empty context). */
  | { readonly kind: 'table'; readonly risks: readonly Risk[]; readonly assessment?: true }
  | {
      readonly kind: 'heading';
      readonly line: number;
      /** The line after the heading. */
      readonly endLine: number;
      readonly level: number;
      /** For H2 and below that start with a risk ID. */
      readonly head?: RiskHead;
      /** For an H2 that is not a risk: the tier it names. */
      readonly tier?: TierContext;
      /** What a heading that is not a risk names: a section of risks, of plan details, or of method. */
      readonly names?: HeadingKind;
      /** For a heading without an ID: the risk it is when it sits under a section of risks and fields follow it. */
      readonly candidate?: RiskHead;
      /** For a heading that is not a risk: the due date and priority it gives the risks under it. */
      readonly due?: Field;
      readonly priority?: Field;
      /** For a heading that is not a risk: the acceptance it gives the risks under it (`Low Risks (Accepted)`). */
      readonly treatment?: Field;
      /** For a heading that is not a risk: the status it gives the items under it that give none (`## Closed`). */
      readonly status?: Field;
      /** For a heading that names a roadmap's period (`Q1 2026 (High Priority)`): the date of the tasks under it that name a risk. */
      readonly period?: Field;
      /** A list of work still to do with no risk above it (`## Remaining Actions`): each item is an open item of its own. */
      readonly openWork?: true;
      /** Names only a milestone work is due before (`Before Production Launch`): open work beside a sibling heading of it. */
      readonly milestone?: true;
      /** A heading over a list of actions (`### Key Actions`): under a roadmap phase, each item is an open item of its own. */
      readonly actionList?: true;
      /** A roadmap phase's heading, by the span it gives (`Short-Term Remediation (0–30 Days)`, `Long-Term (90+ Days)`). */
      readonly phase?: true;
      /** A heading naming a plan of work (`## Remediation Roadmap`): its numbered bold items are its entries. */
      readonly roadmap?: true;
      /** A heading naming a group of problems found (`### 1. PHI Pattern Detection Issues`): under a roadmap, a finding tried by its body. */
      readonly problems?: true;
      /** A heading of a section set aside (an example, a template, gas optimisations: isAsideHeading): nothing under it is a risk. */
      readonly aside?: true;
      /** The aside heading names a template only (isTemplateHeading): a plan with no other risk reads its rows. */
      readonly template?: true;
      /** A heading of what is done if the risk happens (`#### Contingency Plan`) or of what the work costs (`#### Cost and Resources`): under a risk, its lines are no planned measure. */
      readonly contingency?: true;
    };

/** The label of a checklist under a heading with no ID: its actions where the heading is an item of a bucket of priority (Assembly). */
export const CANDIDATE_TASKS = 'tasks under the heading';

type FieldEvent = Extract<SectionEvent, { kind: 'field' }>;
type HeadingEvent = Extract<SectionEvent, { kind: 'heading' }>;

/** How a section's events are placed where the section sits (place.ts): line numbers count from the section and stay. */
const PLACED_FIELD: Placement<PlacedField> = { name: null, label: null, field: placeField, prefix: null, bulleted: null, line: null, listItem: null };
const RISK_HEAD: Placement<RiskHead> = { id: placeField, title: placeField, tentative: null, refers: null, priority: placeField, status: placeField, completed: placeField, ranked: null };
const TIER_CONTEXT: Placement<TierContext> = { tier: placeField, tierValue: null };
const placeFieldEvent = placer<FieldEvent>({ kind: null, field: placer(PLACED_FIELD), inTable: null, opensLine: null, titled: null, ranked: null, listed: null, boldId: null, graded: null, tasked: null });
const placeTableEvent = placer<Extract<SectionEvent, { kind: 'table' }>>({ kind: null, risks: placeRisks, assessment: null });
const placeHeadingEvent = placer<HeadingEvent>({
  kind: null, line: null, endLine: null, level: null, head: placer(RISK_HEAD), tier: placer(TIER_CONTEXT), names: null,
  candidate: placer(RISK_HEAD), due: placeField, priority: placeField, treatment: placeField, status: placeField, period: placeField, openWork: null, milestone: null, actionList: null, phase: null, roadmap: null, problems: null, aside: null, template: null, contingency: null,
});
/** A break holds a line number (counted from the section), no offset: it stays as it is. */
const placeEvent: Placer<SectionEvent> = (event, delta) =>
  event.kind === 'field'
    ? placeFieldEvent(event, delta)
    : event.kind === 'table'
      ? placeTableEvent(event, delta)
      : event.kind === 'heading'
        ? placeHeadingEvent(event, delta)
        : event;
const placeEvents = listOf(placeEvent);

/** A section read alone. */
export interface ParsedSection {
  /** Where the section was read: the document offset its events' and own risk's offsets count from. */
  readonly base: number;
  readonly events: readonly SectionEvent[];
  /** A code or HTML block is open at its end: it cannot be read apart from the next section. */
  readonly openEnd: boolean;
  /**
   * For a section that is one risk heading with its field lines (and tables): that risk as
   * it reads when the next heading closes it, without a tier from above (null: a tentative
   * heading with no fields, no risk). Undefined for other sections.
   */
  readonly own?: Risk | null;
  /** The same, moved to where the section last sat when that is not `base`. */
  placed?: { readonly offset: number; events?: readonly SectionEvent[]; own?: Risk | null };
}

/** A freshly read section (offsets relative to it) placed where it sits. */
export function placedAt(section: ParsedSection, offset: number): ParsedSection {
  if (offset === 0) return section;
  return { ...section, base: offset, events: placeEvents(section.events, offset), own: section.own ? placeRisk(section.own, offset) : section.own };
}

export function placedEvents(section: ParsedSection, offset: number): readonly SectionEvent[] {
  if (offset === section.base) return section.events;
  if (section.placed?.offset !== offset) section.placed = { offset };
  return (section.placed.events ??= placeEvents(section.events, offset - section.base));
}

export function placedOwn(section: ParsedSection, offset: number): Risk | null {
  if (offset === section.base) return section.own ?? null;
  if (section.placed?.offset !== offset) section.placed = { offset };
  if (section.placed.own === undefined) section.placed.own = section.own ? placeRisk(section.own, offset - section.base) : null;
  return section.placed.own;
}
