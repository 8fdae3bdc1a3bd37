// The assembly of sections' events, in order, into risks and plan lines (class Assembly): which
// heading or line opens a risk, what closes it, and the context headings give it.
import type { Action, Field, Risk } from '../../model/plan-model';
import { LineIndex } from '../../model/positions';
import { fieldAt, type PlacedField } from './field-lines';
import type { TierContext } from './risk-table';
import { DETAILS_LABEL } from './risk-line';
import type { HeadingKind, RiskHead } from './risk-heading';
import { parseDate } from '../../model/dates';
import { definesField, hasRealValue, isPlaceholder } from '../../model/placeholders';
import { normaliseLabel, opensAsInstruction, priorityOf, RISK_ID_SOURCE, statusOf, tierOf, type FieldName } from '../../model/vocabulary';
import { namesAPlan } from '../plan-names';
import { idKey } from '../../model/plan-queries';
import { hasAcceptance, isChoice } from './whole-plan-passes';
import { CLOSING_PLAN_FIELDS, PLAN_FIELDS } from './plan-meta';
import { lineSpan } from './insertion-points';
import { ACTION_FIELDS, headingRisk } from './risk-from-fields';
import { type ParsedSection, placedEvents, placedOwn, type SectionEvent } from './section-events';
import { inContext, type SectionContext } from './risk-context';
import { citedNumberedFinding, isActionHeadingTitle, isDetailOf, outerHeadingBetween, withCitedState, withDetail, writtenFieldCount } from './repeated-risks';
import { sameTitle } from './title-words';

/** A heading that starts with a risk ID, while its field lines are being collected. */
/** A letter grade with or without its score (`A`, `B+`, `A- (91/100)`): how an audit grades an area of a system, not a risk's priority. */
const AREA_GRADE = /^[A-F][+-]?(?:[ \t]*\(\d{1,3}[ \t]*\/[ \t]*100\))?$/;

interface HeadingDraft {
  readonly level: number;
  readonly tier: TierContext;
  /** The due date and priority the section headings above it give. */
  readonly section: SectionContext;
  /** Index reserved in the risk list, so risks stay in source order. */
  readonly index: number;
  /** The heading, in document offsets and lines. */
  readonly heading: () => { readonly line: number; readonly head: RiskHead };
  /** Its field lines so far (document offsets and lines), unless they are all its own section's. */
  fields?: PlacedField[];
  /** The heading points back at a risk read before (RiskHead.refers, which holds no offset: known without placing the heading). */
  readonly refers?: true;
  /** The section the heading opens, while the draft is that section's own risk. */
  own?: { readonly section: ParsedSection; readonly offset: number; readonly firstLine: number };
  /** Opened by a `Risk ID:` field line rather than a heading: the next such line starts another risk. */
  readonly byField?: true | 'line';
  /** An item of open work (a Remaining Actions list item, a row of a steps table with no risk above): the next item starts another. */
  readonly item?: true;
  /** The line of the table row an item was read from: another table's row is not its field. */
  readonly itemRow?: number;
  /** Its section holds a control assessment table: the heading names a control assessed, not a risk. */
  assessed?: true;
  /** A finding's graded bold line follows before any action of its own: the heading names an area of findings, not a risk. */
  headsFindings?: true;
  /** A heading with no ID outside a section of risks: a risk only if its body carries a risk's fields (RISK_BODY). */
  readonly bodied?: true;
  /** A numbered threat scenario under a section of threat scenarios: a risk only if its body plans something (`**Countermeasures**:`). */
  readonly scenario?: true;
  /** A heading with no ID in a bucket of priority (`## P0 - Critical` over `### 1. Fix the contact form`): an item of a fix list, its title what is done when it says so. */
  readonly bucketItem?: true;
  /** A heading with no ID under a roadmap phase, tried by its body (`### 1. Implement Azure AD PIM`): its title what is done when it says so. */
  readonly phaseItem?: true;
  /** A heading stating its severity before its title, outside any section of risks (`### 🔴 CRITICAL RISK: Recall.ai`): a risk when it plans work. */
  readonly graded?: true;
  /** Risks were read from a table under it: with no fields of its own, the heading heads them. */
  heldRows?: true;
  /** Every row read under it extends its ID (`## CC2 - Communication` over `| CC2.1 |`, `| CC2.2 |`): the heading groups them. */
  groupsRows?: true;
  /** Opened in a section set aside (an example, a template): read as no risk. */
  aside?: true;
  /** Its heading carries an ID: the sub-headings under it with none are parts of its write-up. */
  readonly identified?: true;
}

/**
 * The fields that make the body under a heading a risk's, wherever the heading sits
 * (`### Workstation lock ❌` then `**Current Status**: Not implemented`, `**Priority**: High`):
 * a planned action, a priority or a treatment, and one more of these.
 */
const RISK_BODY: ReadonlySet<FieldName> = new Set(['action', 'status', 'priority', 'owner', 'due', 'treatment']);
const RISK_BODY_LEAD: ReadonlySet<FieldName> = new Set(['action', 'priority', 'treatment']);

/** Whether every risk's ID extends `id` (`CC2.1`, `CC2-3` under `CC2`): rows numbered within the heading's own. */
function extendsId(id: string | undefined, risks: readonly Risk[]): boolean {
  if (id === undefined || id.trim() === '') return false;
  const own = id.trim().toLowerCase();
  return risks.every((risk) => {
    const rowId = risk.id?.value.trim().toLowerCase() ?? '';
    return rowId.length > own.length + 1 && rowId.startsWith(own) && /^[.-]\w/.test(rowId.slice(own.length));
  });
}

function isRiskBody(fields: readonly PlacedField[]): boolean {
  const names = new Set(fields.map((f) => f.name).filter((name) => RISK_BODY.has(name)));
  // A value that reads as a priority or a status: a template's `**Status:** Current status (Open, …)` defines the field.
  // A choice left to make (`Open/Closed`, `Open ☐ Closed ☐`) tracks nothing yet: a form's field, not a risk's.
  const tracked = fields.some((f) => !isChoice(f.field.value) && ((f.name === 'priority' && priorityOf(f.field.value)) || (f.name === 'status' && statusOf(f.field.value))));
  return tracked && names.size >= 2 && [...names].some((name) => RISK_BODY_LEAD.has(name));
}

/** Whether a title names a plan or a register of risks (plan-names.ts), in the words detect.ts reads titles by. */
function namesPlan(heading: string): boolean {
  return namesAPlan(heading.replace(/^[ \t]*#+[ \t]*/, '').replace(/[*_`]/g, '').toLowerCase());
}

/** Whether a heading's body plans work: an action worded, with an owner or a due date written beside it. */
function isPlannedBody(fields: readonly PlacedField[]): boolean {
  // (`**Mitigation:** the mitigation plan that will be executed` defines the field, as a page explaining a plan's fields does.)
  const written = (name: FieldName) => fields.some((f) => f.name === name && f.field.value.trim() !== '' && !isChoice(f.field.value) && !isPlaceholder(f.field.value) && !definesField(f.field.value));
  return written('action') && (written('owner') || written('due'));
}

/**
 * An item of a fix list titled with what is done (`### 5. Implement Secure Authentication`, `### 2. Fix
 * calculateLeadScore Import`) and no action of its own: its title is its action.
 */
function titledFix(risk: Risk): Risk {
  const title = risk.title;
  if (!title || !isFixTitle(title.value) || risk.actions.some((a) => hasRealValue(a.action))) return risk;
  const [first, ...rest] = risk.actions.length > 0 ? risk.actions : [{ firstLine: risk.firstLine }];
  return { ...risk, actions: [{ ...first, action: title }, ...rest] };
}
/** Whether a title names a fix: it opens with a verb of doing. */
function isFixTitle(title: string | undefined): boolean {
  return title !== undefined && (FIX_TITLE.test(title) || opensAsInstruction(title));
}

/** A title that opens with a verb of doing (fix lists are written so): the fix it names. */
const FIX_TITLE = /^(?:fix|add|implement|protect|create|remove|replace|update|upgrade|enable|disable|configure|migrate|standardi[sz]e|optimi[sz]e|clean up|install|rotate|patch|deploy|set up|encrypt|restrict|enforce|harden|refactor|rewrite|move|rename|delete|document|write|build|integrate|validate|sanitize|sanitise)\b/i;

/** Labels that name a risk's ID, not a plan's reference: such a line outside a risk starts one. */
const RISK_ID_LABELS: ReadonlySet<string> = new Set(['risk id', 'poa&m id', 'poam id', 'finding id', 'item id', 'issue id', 'gap id', 'weakness id', 'risk #', 'risk no', 'risk no.', 'risk number', 'risk ref']);
/** A short value with a number in it: `RISK-001`, `R1`, `7`. */
const ID_VALUE = new RegExp(String.raw`^(?:[A-Za-z&]{0,12}(?:[-\u2010\u2011][A-Za-z]{1,8}){0,2}[-_ \u2010\u2011]?\d{1,6}(?:[-.\u2010\u2011]\d{1,6})*)$`);

/** An ID whose own letters say it is a risk's (`RISK-F1`, `RSK-004`, `THREAT-2`): under a bare `ID:` label it opens one, as `Risk ID:` does. */
const RISK_NAMED_ID = /^(?:risk|rsk|threat|finding|gap|vuln|weakness)[-_ ]?[a-z]{0,3}\d/i;

function opensRisk(field: PlacedField): boolean {
  if (field.name !== 'id' || !ID_VALUE.test(field.field.value)) return false;
  const label = normaliseLabel(field.label);
  // A risk log of `- ID: RISK-F1` blocks, each with its Title, Owner, Mitigation and Status lines.
  return RISK_ID_LABELS.has(label) || (label === 'id' && RISK_NAMED_ID.test(field.field.value));
}

function atLine(field: PlacedField, firstLine: number): PlacedField {
  return firstLine === 0 ? field : { ...field, line: field.line + firstLine };
}

/** Whether the row whose action is event `i` (a steps table's row) is tracked: it has a priority and an owner or a due date. */
function rowIsTracked(events: readonly SectionEvent[], i: number, dated = false): boolean {
  const row = events[i];
  if (row.kind !== 'field') return false;
  const names = new Set<FieldName>();
  for (let k = i + 1; k < Math.min(events.length, i + 12); k++) {
    const e = events[k];
    if (e.kind !== 'field' || e.field.line !== row.field.line) break;
    names.add(e.field.name);
  }
  return names.has('priority') && (names.has('owner') || names.has('due') || dated);
}

/** A line that opens a list item (`- **R-11** …`). */
const LIST_ITEM_START = /^[ \t]{0,3}[-*+][ \t]/;

/** The state of one pass over a body's events, section after section: what the whole parse would hold at that point. */
export class Assembly {
  readonly slots: (Risk | undefined)[] = [];
  /** The first slot holding each ID (lower case), over slots [0, indexedBelow): a lookup per heading, not a scan of every risk before it. */
  private readonly firstById = new Map<string, number>();
  private indexedBelow = 0;
  readonly planLines: PlacedField[] = [];
  /** Owner lines outside any risk after the plan's header: the plan's owner only in a closing block beside its dates (footerOwner). */
  readonly closingOwners: PlacedField[] = [];
  /** The zero-based line after the plan's title H1 (the first H1 above any risk). */
  firstH1End?: number;
  /** Where the first risk heading opened: the plan's words before it name the systems it runs (namesSystem). */
  private firstRiskAt?: number;
  private tier: TierContext = {};
  private open?: HeadingDraft;
  /** The level of the section of risks the headings below are in (`## Findings`), if any. */
  private riskSection?: number;
  /** The level of the threat model's analysis section the reader is in: its ID bullets are risks, its headings are not by that. */
  private threatSection?: number;
  /** What the section of the last heading names: its fields outside risks are the plan's only in the header area or a section of plan details. */
  private area: HeadingKind | undefined;
  private headingLevel = 0;
  /** A risk has been read: fields outside risks are no longer the plan's header area. */
  private risksRead = false;
  /** The level of a heading of open work with no risk open under it (`## Remaining Actions`): each action item opens an item. */
  private openWork?: number;
  /** The open work's heading names it in words (`Areas Requiring Attention`), not a roadmap phase's list: its sub-headings' checklists are that work. */
  private openWorkNamed = false;
  /** The level of a roadmap phase's heading that gives a deadline (`## Short-Term Remediation (0–30 Days)`), while under it. */
  private phase?: number;
  /** The level of the heading of a plan of work the current line is under (`## Remediation Roadmap`), if any. */
  private roadmap?: number;
  /** A heading of a plan of work was read: only then is a roadmap looked for whose entries name no risk. */
  sawRoadmap = false;
  /** The document's title names risks (`# Risk Register (internal)`). */
  private titleNamesRisks = false;
  private titleNamesPlan = false;
  /** The section headings above the current line that give their risks a due date or priority, outermost first. */
  private sections: { readonly level: number; readonly context: SectionContext }[] = [];
  /** The level of the heading of a section set aside (an example, a template) the current line is under, if any: nothing under it is a risk. */
  private aside?: number;
  /** The level of the bucket of priority the current line is under (`## P0 - Critical`) outside a section of risks: its sub-headings are candidates. */
  private bucket?: number;
  /** The level of a contingency or cost sub-heading under the open risk (`#### Contingency Plan`, `#### Cost and Resources`): its lines are not the risk's actions. */
  private contingency?: number;
  /** The sections set aside, as offsets: the rules leave what is written in them alone. */
  readonly asides: { start: number; end: number }[] = [];

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    /** Headings outside a section of risks are tried as risks by their body (withBodiedHeadings). */
    private readonly bodiedHeadings = false,
  ) {}

  /** The events of a section that starts at `offset`, on zero-based line `firstLine`. */
  add(section: ParsedSection, offset: number, firstLine: number): void {
    const events = section.events;
    const relative = section.own !== undefined; // a risk section's own events are read only if it is not closed with them
    let placed: readonly SectionEvent[] | undefined;
    const at = (i: number) => (placed ??= placedEvents(section, offset))[i];
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      if (event.kind === 'field') {
        if (relative && this.open?.own?.section === section) continue;
        let field = atLine((at(i) as typeof event).field, firstLine);
        // A table row read as an item (`| P2 | Schedule quarterly secret rotation | Platform Team | … |`) ends with its table: a
        // field line after it (a sign-off's `**Next Review Date**: …`) is none of the row's.
        if (event.inTable !== 'row' && this.open?.itemRow !== undefined) this.close();
        if (event.ranked) {
          this.rank(field.field);
          continue;
        }
        if (this.contingency !== undefined && ACTION_FIELDS.has(field.name)) continue;
        // An item of a list under a label naming risks (`**Major Gaps:**`) is one only when nothing else in the plan reads as a risk.
        if (event.listed && !this.bodiedHeadings) continue;
        // A checklist under a heading with no ID is its actions only where that heading opened an item of a bucket of priority; under a
        // risk's own heading (`### Additional Recommendations` in `## H-001: …`) or a section of risks and dependencies it is read as before.
        // Under a heading of open work (`### ⚠️ AREAS REQUIRING ATTENTION` over `#### Enhanced Security` and its open boxes), it is that work.
        if (event.tasked && !this.openWorkNamed && !(this.open !== undefined && !this.open.bodied && this.open.identified !== true && this.open.bucketItem === true)) continue;
        // A sub-heading with no ID and nothing under it yet but ID bullets (`### 3.1 Malicious Operator Scenarios` over `- S1 (Spoofing): …`)
        // groups those risks: it is none of its own.
        const listsRisks = this.riskSection !== undefined || this.threatSection !== undefined;
        if (event.boldId && listsRisks && this.open !== undefined && !this.open.byField && this.isBareGroupHeading(this.open)) this.close();
        // A bold-ID bullet is a risk in a section of risks, findings or threats, not inside a risk heading (there it cites one).
        if (event.boldId && (!listsRisks || (this.open !== undefined && !this.open.byField))) continue;
        // A section of risks (`## Gaps`) lists its entries as titled items too, when no risk heading above holds them; under a title
        // naming risks, so does any section but one of method or advice (`## Best Practices` over `1. **Assign Ownership**: …`).
        if (event.titled && this.roadmap === undefined && ((this.riskSection === undefined && (!this.titleNamesRisks || this.area === 'method')) || (this.open !== undefined && !this.open.byField))) {
          // Outside a roadmap a numbered bold item is prose: only the field lines under it are read, as any field line.
          if (field.listItem !== 'child') continue;
          field = { ...field, listItem: undefined };
        }
        // A table of steps with no risk open (a report's "Remediation Plan" of Action | Owner | Due rows): each row is an item of its own.
        // Only a table that rates its rows tracks them as items; one without priorities restates the risks' actions (a summary by phase).
        const standaloneRow =
          event.inTable === 'row' && field.listItem === 'item' && field.name === 'action' && (!this.open || this.open.item === true) && this.area !== 'method' && rowIsTracked(events, i, this.sectionContext().due !== undefined);
        if (event.inTable === 'row' && !standaloneRow && (!this.open || (this.open.itemRow !== undefined && this.open.itemRow !== field.line))) continue;
        if (standaloneRow || (this.openWork !== undefined && field.name === 'action' && field.listItem === 'item' && (!this.open || this.open.byField))) {
          this.openItem(field, standaloneRow);
          continue;
        }
        // A details block names the risk it adds to, so it ends whatever is open, a heading's draft too.
        // A finding's graded bold line under an area's heading (`### 1. Authentication` over `**Rating:** A`, then `⚠️ **MEDIUM: MFA Not
        // Implemented**`) is a finding of its own: the heading, planning nothing itself, heads the area (set 86).
        const gradedUnder = event.graded === true && this.open !== undefined && this.open.identified !== true && !this.fieldsOf(this.open).some((f) => f.name === 'action');
        if (gradedUnder) this.open!.headsFindings = true;
        if ((event.opensLine || opensRisk(field)) && (!this.open || this.open.byField || this.open.bodied || field.label === DETAILS_LABEL || gradedUnder)) this.openByField(field, event.opensLine, event.boldId);
        else if (this.open) this.fieldsOf(this.open).push(field);
        else if (this.inPlanArea() || CLOSING_PLAN_FIELDS.has(field.name)) this.planLines.push(field);
        else if (field.name === 'owner') this.closingOwners.push(field);
      } else if (event.kind === 'break') {
        if (this.open?.byField === 'line') this.close();
      } else if (event.kind === 'table') {
        if (event.assessment && this.open && !this.open.byField) this.open.assessed = true;
        const risks = this.aside === undefined ? (at(i) as typeof event).risks : [];
        if (risks.length > 0) this.risksRead = true;
        if (risks.length > 0 && this.open && !this.open.byField) this.open.heldRows = true;
        if (risks.length > 0 && this.open?.identified && !this.open.byField && extendsId(this.open.heading().head.id?.value, risks)) this.open.groupsRows = true;
        const section = this.sectionContext();
        for (const risk of risks) this.slots.push(inContext(risk, this.tier, section));
      } else {
        this.heading(event, () => at(i) as typeof event, section, offset, firstLine, i === 0 && relative);
      }
    }
  }

  /** The due date and priority of the innermost section headings that give them. */
  private sectionContext(): SectionContext {
    let due: Field | undefined;
    let priority: Field | undefined;
    let treatment: Field | undefined;
    let period: Field | undefined;
    let status: Field | undefined;
    for (const { context } of this.sections) {
      due = context.due ?? due;
      priority = context.priority ?? priority;
      treatment = context.treatment ?? treatment;
      period = context.period ?? period;
      status = context.status ?? status;
    }
    return due || priority || treatment || period || status ? { due, priority, treatment, ...(period && { period }), ...(status && { status }) } : {};
  }

  /** Fields outside risks are the plan's before the first risk (outside a section of method) and in a section of plan details. */
  private inPlanArea(): boolean {
    return this.area === 'plan' || (this.area !== 'method' && !this.risksRead);
  }

  /** A risk written as a `Risk ID:` line and the fields below it, up to the next risk or a heading above its own. */
  private openByField(field: PlacedField, byLine?: true, bulleted?: true): void {
    this.close();
    // A checklist's task item opens its entry with the action, not an ID.
    const head: RiskHead = field.name === 'id' ? { id: field.field, tentative: false } : { tentative: false };
    if (field.label === DETAILS_LABEL) {
      // A details block adds to the risk it names, or to the last risk read when it names none.
      const last = [...this.slots].reverse().find((r) => r?.id?.value);
      const id = field.field.value !== '' ? field.field : last?.id && { ...last.id };
      if (!id) return;
      Object.assign(head, { id, refers: true });
    }
    this.open = {
      ...(this.aside !== undefined && { aside: true as const }),
      // A bullet ends with the list it is in: the next heading as high as the list's own (`#### Controls Implemented:` after
      // `#### Threats Identified:` and its bullets) is none of its parts. A `Risk ID:` line's risk holds the sub-headings below it.
      level: bulleted ? this.headingLevel : Math.max(0, this.headingLevel - 1),
      tier: this.tier,
      section: this.sectionContext(),
      index: this.slots.push(undefined) - 1,
      heading: () => ({ line: field.line, head }),
      fields: [field],
      byField: byLine ? 'line' : true,
    };
  }

  /**
   * An item of a list of open work, read as a risk named by its action (`1. Sign the AWS BAA`). An
   * item that opens by naming a risk (`- [ ] **Finding 001:** Complete verification testing (Due:
   * 2025-12-06)`) is an action of that risk when it was read, else a risk with that ID.
   */
  private openItem(field: PlacedField, fromRow = false): void {
    this.close();
    const keyed = keyedItem(this.text, field) ?? citingItem(this.text, field);
    if (keyed) {
      const at = this.firstWithId(idKey(keyed.id.value), this.slots.length);
      const risk = at >= 0 ? this.slots[at]! : undefined;
      if (risk) {
        // The risk's owner, when its actions name one, owns what is still to do on it.
        const owner = risk.actions.find((a) => a.owner)?.owner;
        const action: Action = { action: keyed.action, ...(owner && { owner }), ...(keyed.due && { due: keyed.due }), firstLine: lineSpan(this.lines, field.line) };
        const written = risk.actions.filter((a) => a.action || a.owner || a.due || a.status || a.completed);
        this.slots[at] = { ...risk, actions: [...written, action] };
        return;
      }
    }
    const head: RiskHead = keyed ? { id: keyed.id, title: keyed.action, tentative: false } : { title: field.field, tentative: false };
    const due: PlacedField[] = keyed?.due ? [{ name: 'due', label: 'due', field: keyed.due, prefix: field.prefix, bulleted: field.bulleted, line: field.line }] : [];
    this.open = {
      ...(this.aside !== undefined && { aside: true as const }),
      level: this.openWork ?? Math.max(0, this.headingLevel - 1),
      tier: this.tier,
      section: this.sectionContext(),
      index: this.slots.push(undefined) - 1,
      heading: () => ({ line: field.line, head }),
      fields: keyed ? [{ ...field, field: keyed.action }, ...due] : [field],
      byField: true,
      item: true,
      ...(fromRow && { itemRow: field.line }),
    };
  }

  /** Closes the last risk: the body has ended. */
  finish(): Risk[] {
    this.close();
    return this.slots.filter((r): r is Risk => r !== undefined);
  }

  /**
   * Whether a heading under an open risk is a part of it named for a system, not a risk (`#### VPS-00 State`, `#### Database
   * State (VPS-00)` under `### ISSUE-026: …`): its ID is of another kind than the risk's, and the plan named it before any
   * risk (`**Production Server**: VPS-00`), as a thing it runs.
   */
  private namesSystem(head: RiskHead, level: number): boolean {
    const open = this.open;
    const id = head.id?.value.trim();
    if (!id || !open?.identified || level <= open.level || this.firstRiskAt === undefined) return false;
    const openId = open.heading().head.id?.value.trim() ?? '';
    const kind = (value: string) => /^[A-Za-z]*/.exec(value)![0].toLowerCase();
    if (kind(id) === kind(openId)) return false;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![A-Za-z0-9-])${escaped}(?![A-Za-z0-9])`).test(this.text.slice(0, this.firstRiskAt));
  }

  private heading(
    written: Extract<SectionEvent, { kind: 'heading' }>,
    placed: () => Extract<SectionEvent, { kind: 'heading' }>,
    section: ParsedSection,
    offset: number,
    firstLine: number,
    ownsSection: boolean,
  ): void {
    const event = written.head && this.namesSystem(written.head, written.level) ? { ...written, head: undefined } : written;
    const { level } = event;
    const at = () => this.lines.lineStart(firstLine + event.line);
    if (this.aside !== undefined && level <= this.aside) {
      this.aside = undefined;
      this.asides[this.asides.length - 1].end = at();
    }
    // A template's heading over the only rows a plan has (`### 4. Risk Register Template` over its five risks): read, in the second reading.
    if (event.aside && this.aside === undefined && !(event.template && this.bodiedHeadings)) {
      this.aside = level;
      this.asides.push({ start: at(), end: this.text.length });
    }
    if (this.contingency !== undefined && level <= this.contingency) this.contingency = undefined;
    if (event.contingency && this.open !== undefined && !this.open.byField && level > this.open.level) this.contingency = level;
    if (this.riskSection !== undefined && level <= this.riskSection) this.riskSection = undefined;
    if (this.threatSection !== undefined && level <= this.threatSection) this.threatSection = undefined;
    if (this.bucket !== undefined && level <= this.bucket) this.bucket = undefined;
    // `### Before Production Launch` after `### Immediate Actions Required`: the milestone's boxes are more of the work still to do.
    if (this.openWork !== undefined && level <= this.openWork && !(event.milestone && level === this.openWork)) this.openWork = undefined;
    if (this.roadmap !== undefined && level <= this.roadmap) this.roadmap = undefined;
    if (event.roadmap) this.roadmap = level;
    if (event.roadmap) this.sawRoadmap = true;
    // A list of open work under a risk heading is that risk's; with none open it lists items of its own.
    if (this.phase !== undefined && level <= this.phase) this.phase = undefined;
    if (event.phase) this.phase = level;
    // `## Short-Term Remediation (0–30 Days)` then `### Key Actions`: a phase's list of work, each item to own, under the phase's deadline.
    const phaseWork = event.actionList === true && this.phase !== undefined && level > this.phase;
    if ((event.openWork || phaseWork) && (!this.open || this.open.byField || level <= this.open.level)) {
      this.openWork = level;
      this.openWorkNamed = event.openWork === true;
    }
    if (this.openWork === undefined) this.openWorkNamed = false;
    // An H2 tried by its body that has no field before its first sub-heading heads a part of the document (`## Administrative`
    // over `### A.1 …`): it is no finding, and its sub-headings are tried in its place.
    if (this.open?.bodied && this.open.level === 2 && level > 2 && this.fieldsOf(this.open).length === 0) this.close();
    // `### Priority 1: Data Encryption Implementation`: a rank before a title of its own is tried as an item ranked so; if deeper
    // headings follow before any field of its own, it heads their bucket instead (close's `grouping`).
    const rankedItem = !event.head && event.candidate?.ranked === true && event.priority !== undefined;
    const unranked = !event.head && event.candidate !== undefined && !event.due && (!event.priority || rankedItem) && !event.treatment && !event.status;
    // Outside a section of risks, a heading is tried as a risk by its body, unless it sits inside one being tried (its sub-heading).
    // An H2 names a tier only in the plan's own words (`This week`): another H2 (`## 1. Reentrancy in withdrawals`) may be a finding by its body.
    const tiered = event.tier?.tier !== undefined && (level !== 2 || tierOf(event.tier.tier.value) !== undefined);
    // `## Q4 2025 (November - December)` over `### 1. Implement Azure AD PIM` with its Priority, Timeline and Responsible: an initiative of the
    // roadmap's phase is tried by its body too, beside the risks a table reads (a roadmap's table of project risks).
    // A bucket of priority that also gives its week (`## 🔴 P0 - CRITICAL (Week 1)`) holds its sub-headings as a bucket does.
    const phased = this.phase !== undefined && level > this.phase && (this.bucket === undefined || this.bucket < this.phase) && (!this.open || level <= this.open.level);
    // Under a remediation plan (`## Remediation Plan`), a heading naming the problems it answers (`### 1. PHI Pattern Detection Issues`) is a
    // finding with its action items, not a phase of the plan's work.
    // `### 🔴 CRITICAL RISK: Recall.ai` over `**Immediate Actions Required:**`, before `### 🟠 HIGH RISK VENDORS` and its entries: a finding that
    // states its severity is tried by its body in every reading, not only when nothing else is read (set 86).
    const graded = !this.bodiedHeadings && !phased && !event.head && event.candidate?.tentative === false && event.candidate.priority !== undefined && event.candidate.ranked !== true;
    const bodied = (this.bodiedHeadings || phased || graded) && unranked && !tiered && this.riskSection === undefined && (this.roadmap === undefined || event.problems === true) && this.area !== 'method' && (!this.open || level <= this.open.level);
    // `#### Proof of Concept` under `### F-01 — Stored XSS`: a sub-heading with no ID of its own, under a risk heading that has one, is a part of that risk's write-up.
    // So is one under an item of a bucket of priority whose fields came first (`## Priority 1: CRITICAL` over `### 1.1 MFA`, its
    // `**Status**:` lines, then `#### Implementation Checklist`); an item with none yet groups the sub-headings as findings of their own.
    const part = !event.head && this.open !== undefined && level > this.open.level &&
      ((event.candidate?.tentative === true && this.open.identified === true) ||
        (event.candidate !== undefined && this.open.bucketItem === true && this.fieldsOf(this.open).length > 0));
    // `## Threat Scenarios` over `### Scenario 1: EKS Cluster Compromise` with its `**Threat**:` and `**Countermeasures**:` lines: each sub-heading a threat.
    const scenario = this.threatSection !== undefined && level > this.threatSection && event.candidate !== undefined && SCENARIO_HEADING.test(event.candidate.title?.value ?? '');
    const candidate = unranked && !part && (this.riskSection !== undefined || (this.bucket !== undefined && level > this.bucket) || bodied || scenario);
    const head = event.head ?? (candidate ? event.candidate : undefined);
    if (this.open && (head || level <= this.open.level)) this.close(head !== undefined && level > this.open.level);
    this.headingLevel = level;
    while (this.sections.length > 0 && this.sections[this.sections.length - 1].level >= level) this.sections.pop();
    // A candidate heading (no ID, under a section of risks) that names a deadline or priority is a group of risks, not one.
    if (!event.head && (event.due || event.priority || event.treatment || event.period || event.status)) {
      const { due, priority, treatment, period, status } = placed();
      this.sections.push({ level, context: { due, priority, treatment, ...(period && { period }), ...(status && { status }) } });
    }
    if (!head || bodied) {
      if (event.names === 'risks' && level >= 2) this.riskSection = level;
      // `## 🔴 P0 - CRITICAL (Week 1)` over `### 1. Missing Technology Pages`: a bucket of priority holds its sub-headings as a section of risks does.
      else if (event.priority && !event.head && level >= 2 && this.riskSection === undefined && this.bucket === undefined) this.bucket = level;
      if (event.names === 'threats' && level >= 2) this.threatSection = level;
      // A title naming risks (`# Risk Register`): its bold-titled items are entries, as a section of risks' are (its headings are not risks by that).
      if (level === 1) this.titleNamesRisks = event.names === 'risks';
      // A title naming a plan or register (`# Risk Register - Top 10 Risks`): its headings planning owned or dated work are entries.
      if (level === 1) this.titleNamesPlan = this.titleNamesRisks || namesPlan(this.text.slice(at(), this.lines.lineEnd(firstLine + event.line)));
      this.area = event.names;
    }
    if (level === 1) {
      this.tier = {};
      if (this.slots.length === 0) this.firstH1End ??= firstLine + event.endLine;
    } else if (level === 2) {
      this.tier = head ? {} : placed().tier!;
    }
    if (!head) return;
    this.firstRiskAt ??= at();
    const bucketItem = candidate && !event.head && this.bucket !== undefined;
    if (rankedItem && level >= 2 && this.riskSection === undefined && this.bucket === undefined) this.bucket = level;
    this.open = {
      ...(this.aside !== undefined && { aside: true as const }),
      level,
      tier: this.tier,
      section: this.sectionContext(),
      index: this.slots.push(undefined) - 1,
      heading: () => ({ line: firstLine + event.line, head: candidate ? placed().candidate! : placed().head! }),
      ...(head.refers && { refers: true }),
      ...(head.id && { identified: true as const }),
      ...(bodied && this.riskSection === undefined && { bodied: true as const }),
      ...(bucketItem && { bucketItem: true as const }),
      ...(bodied && !this.bodiedHeadings && !graded && { phaseItem: true as const }),
      ...(bodied && graded && { graded: true as const }),
      ...(scenario && !event.head && { scenario: true as const }),
      fields: ownsSection ? undefined : [],
      own: ownsSection ? { section, offset, firstLine } : undefined,
    };
  }

  /** Whether a draft is a heading with no ID, tried as a risk (tentative), with no field read under it yet. */
  private isBareGroupHeading(draft: HeadingDraft): boolean {
    return !draft.identified && !draft.bodied && !draft.item && this.fieldsOf(draft).length === 0 && draft.heading().head.tentative;
  }

  /** Whether a field's label is a heading's (`## Recommended Remediation` over its bullets), not written on the field's own line. */
  private isUnderHeadingLabel(field: PlacedField): boolean {
    const key = field.field.keyRange;
    if (!key) return false;
    const lineStart = this.lines.lineStart(this.lines.lineAt(key.start));
    return /^ {0,3}#{1,6}[ \t]/.test(this.text.slice(lineStart, key.start + 1));
  }

  /** A draft's fields in document terms; a draft that was its section's own risk takes that section's fields. */
  private fieldsOf(draft: HeadingDraft): PlacedField[] {
    if (!draft.fields) {
      const { section, offset, firstLine } = draft.own!;
      draft.fields = placedEvents(section, offset).flatMap((e) => (e.kind === 'field' ? [atLine(e.field, firstLine)] : []));
      draft.own = undefined;
    }
    return draft.fields;
  }

  /** `grouping`: a deeper risk heading follows, so a heading with no fields of its own heads a group (`### CC1: …` above `#### CC1.1 …`). */
  private close(grouping = false): void {
    const draft = this.open;
    this.open = undefined;
    if (!draft || draft.aside) return;
    // (An area's letter grade, `**Rating:** A (95/100)` over `#### Strengths` and `#### Findings`, grades the area, not a risk: set 86.)
    const ungraded = () => this.fieldsOf(draft).every((f) => f.name === 'priority' && AREA_GRADE.test(f.field.value.trim()));
    if (draft.assessed || draft.headsFindings || ((grouping || draft.heldRows) && ungraded())) return;
    // A group of controls whose rows carry the work (`**Criteria:**`, `**Progress:**`, a `**Gap:**` summing up the group) plans nothing of its own.
    if (draft.groupsRows && !this.fieldsOf(draft).some((f) => f.name === 'action')) return;
    if (draft.own) {
      const risk = placedOwn(draft.own.section, draft.own.offset);
      if (risk) this.slots[draft.index] = inContext(risk, draft.tier, draft.section);
      if (risk) this.risksRead = true;
      // Not draft.heading(): that places every event of the section, which a moved risk section need not be.
      if (draft.refers) this.answer(draft.index);
      else this.dropRepeat(draft.index);
      return;
    }
    const { line, head } = draft.heading();
    const fields = draft.fields!;
    // A heading that states its severity (`### ⚠️ **HIGH SEVERITY: …**`) is a finding by that, whatever its body holds.
    // `# M-01 Stale price accepted` over `## Recommendations`: a document titled by a finding's ID, with its fix, writes that finding up.
    // Its fix is a section of its own (`## Recommendations`): a bold label's definition (`**Corrective Action:** Action taken to …` in a
    // procedure titled `# SOP-004: …`) is no finding's fix.
    const writtenUp = draft.level === 1 && !draft.byField && head.id !== undefined && fields.some((field) => field.name === 'action' && field.field.value !== '' && this.isUnderHeadingLabel(field));
    // A title is tried as a finding by its write-up alone: a procedure titled `# SOP-004: …` is none, whatever its body holds.
    // Under a phase of the plan's work (`### IMMEDIATE (Within 24 Hours)`), the phase dates its items: one whose body words
    // the risk and the action (`- **Risk**: …`, `- **Action Required**: …`) is an item of the plan, tracked by the phase.
    const phasedItem = draft.phaseItem === true && fields.some((f) => f.name === 'risk' && f.field.value.trim() !== '') && fields.some((f) => f.name === 'action');
    const unplanned = draft.graded === true && !fields.some((f) => f.name === 'action' && f.field.value.trim() !== '');
    // `# Risk Register` over `## 1. Shared front desk login` and its `**Mitigation**:`, `**Owner**:`, `**Due**:` lines: in a document
    // titled for its risks, a heading whose body plans owned or dated work is one of them, rated or not (set 88).
    // (Asked only of a heading tried by its body: a plan's own risk headings are not weighed on every keystroke.)
    const plannedEntry = () => this.titleNamesPlan && draft.level >= 2 && isPlannedBody(fields);
    if (draft.bodied && ((head.tentative !== false && !isRiskBody(fields) && !plannedEntry() && !writtenUp && !phasedItem) || (draft.level === 1 && !writtenUp) || unplanned)) {
      // Not a risk after all: its fields are read as they would have been with no heading open.
      for (const field of fields) if (this.inPlanArea() || CLOSING_PLAN_FIELDS.has(field.name)) this.planLines.push(field);
      return;
    }
    // The plan's own fields written under a title that is the finding (`- **Last reviewed:** …` under `# Finding 07: …`) are the plan's.
    if (writtenUp) for (const field of fields) if (PLAN_FIELDS.has(field.name) && field.name !== 'owner') this.planLines.push(field);
    // A scenario written out as the analysis (its threat source and likelihood, no countermeasure) is no risk of its own.
    if (draft.scenario && !fields.some((field) => field.name === 'action')) return;
    // `## Priority 1 — Immediate Risk Reduction` over `### Enable Multi-Factor Authentication (MFA)` and its prose: a bucket's item
    // titled with what is done is a recommended fix, whatever labels its body uses (`Description:`, `Reason:`).
    const titledBucketFix = draft.bucketItem === true && fields.length === 0 && isFixTitle(head.title?.value);
    if (!(head.tentative && fields.length === 0) || titledBucketFix) {
      const risk = headingRisk(this.text, this.lines, line, head, draft.tier, fields);
      this.slots[draft.index] = inContext(draft.bucketItem || draft.phaseItem ? titledFix(risk) : risk, {}, draft.section);
      this.risksRead = true;
    }
    if (head.refers) this.answer(draft.index);
    else this.dropRepeat(draft.index);
  }

  /**
   * A heading that repeats the ID of a risk read before it and writes no action, owner, date
   * or status of its own (an appendix's cross-reference, a control matrix) refers to that
   * risk: it is not a second one.
   */
  private dropRepeat(index: number): void {
    const repeat = this.slots[index];
    const id = repeat?.id && idKey(repeat.id.value);
    if (!repeat || id === undefined || repeat.form !== 'heading') return;
    const at = this.firstWithId(id, index);
    if (at < 0) {
      // `#### Issue #7: …` in a summary after `### 🟡 7. …`: the finding numbered so, not a second risk.
      const cited = citedNumberedFinding(this.text, this.slots, index);
      if (cited >= 0) [this.slots[cited], this.slots[index]] = [withCitedState(this.slots[cited]!, repeat), undefined];
      return;
    }
    // A heading under a table that repeats a row's ID is that row's detail section (`#### POA-001 — …` below the POA&M table): one risk.
    if (this.slots[at]!.form === 'table' && isDetailOf(repeat, this.slots[at]!)) {
      this.slots[at] = withDetail(this.slots[at]!, repeat);
      this.slots[index] = undefined;
      return;
    }
    const plans = (r: Risk) => r.actions.some((a) => a.action?.value.trim() || a.owner || a.due || a.status);
    // `##### Threat-01-S Recommended Mitigations` under `##### Threat-01-S - Spoofing …`: the risk's actions, under a heading of their own.
    const earlierRisk = this.slots[at]!;
    if (earlierRisk.form === 'heading' && isActionHeadingTitle(repeat.title?.value) && plans(repeat) && !earlierRisk.actions.some((a) => a.action?.value.trim())) {
      // The owner, date and status the risk's own section gives serve the actions listed under the heading.
      const own = earlierRisk.actions.find((a) => a.owner || a.due || a.status || a.completed);
      const given = own ? repeat.actions.map((a) => ({ ...a, owner: a.owner ?? own.owner, due: a.due ?? own.due, status: a.status ?? own.status, completed: a.completed ?? own.completed })) : repeat.actions;
      // The first action starts on the risk's line, as the first item of a list under the risk's own heading does (a field added for it goes after the list).
      const actions = given.map((a, i) => (i === 0 ? { ...a, firstLine: earlierRisk.firstLine } : a));
      this.slots[at] = { ...earlierRisk, actions };
      this.slots[index] = undefined;
      return;
    }
    // `- **R-11** Shared Wi-Fi password` in a list of findings, then `### R-11: …` with its plan: an entry that plans nothing is detailed by the section under its ID.
    // Only a list entry: two risk headings under one ID are two risks (duplicate-risk-id), whatever each plans.
    const entry = this.slots[at]!;
    const listEntry = LIST_ITEM_START.test(this.text.slice(entry.firstLine.start, entry.firstLine.end));
    if (entry.form === 'heading' && listEntry && !plans(entry) && plans(repeat) && !REPORT_ON_RISK.test(repeat.title?.value ?? '')) {
      this.slots[at] = { ...repeat, priority: repeat.priority ?? entry.priority };
      this.slots[index] = undefined;
      return;
    }
    // `### 🔴 R001 — Unauthorised Access` under `## Top 5 Risks`, then `### R001 — Unauthorised Access` under `## Full Risk Register`:
    // one risk written twice under its own ID and name, in two sections (a summary's copy and the register's entry). The copy
    // that writes more stands, in its own place; the other is no second risk. Under one section, a reused ID stays two risks.
    if (entry.form === 'heading' && !listEntry && sameTitle(entry, repeat) && outerHeadingBetween(this.text, entry.firstLine, repeat.firstLine)) {
      if (writtenFieldCount(repeat) > writtenFieldCount(entry)) this.slots[at] = undefined;
      else this.slots[index] = undefined;
      return;
    }
    // `### Finding 001 - Verification Report`: a report on a risk read before (its retest, its evidence) is that risk's, not a second one.
    if (!REPORT_ON_RISK.test(repeat.title?.value ?? '') && plans(repeat)) return;
    this.slots[index] = undefined;
    // `### Priority 1 — Critical` then `* R-01 — Privileged account compromise`: a ranking of risks read before gives each its priority.
    const earlier = this.slots[at]!;
    if (!earlier.priority && repeat.priority) this.slots[at] = { ...earlier, priority: repeat.priority };
  }

  /**
   * The first slot below `below` whose risk has this ID (lower case), or -1, by an index of the
   * settled slots rather than a scan of every risk before each heading (5,000 headings: a
   * re-read took 1.2 s). Slots are filled in order and keep their IDs (a repeat or a reply empties
   * only its own, the newest); a slot that no longer matches is looked for again.
   */
  private firstWithId(id: string, below: number): number {
    const matches = (i: number) => { const own = this.slots[i]?.id; return own !== undefined && idKey(own.value) === id; };
    // The open heading's slot is filled when it closes: never indexed before then.
    const settled = Math.min(below, this.open?.index ?? below);
    for (; this.indexedBelow < settled; this.indexedBelow++) {
      const own = this.slots[this.indexedBelow]?.id;
      const key = own && idKey(own.value);
      if (key !== undefined && !this.firstById.has(key)) this.firstById.set(key, this.indexedBelow);
    }
    const at = this.firstById.get(id);
    if (at !== undefined && at < below) return matches(at) ? at : this.slots.findIndex((_, i) => i < below && matches(i));
    for (let i = this.indexedBelow; i < below; i++) if (matches(i)) return i;
    return -1;
  }

  /** A ranked mention of a risk read before gives it the priority of the section it is listed under, when it has none. */
  private rank(id: Field): void {
    const key = idKey(id.value);
    const context = this.sectionContext();
    const priority = context.priority;
    const due = context.due ?? context.period;
    const at = this.firstWithId(key, this.slots.length);
    if (at < 0) return;
    const risk = this.slots[at]!;
    // `### IMMEDIATE (Critical - Q1 2026)` then `- [ ] **CRIT-001**: …`: a roadmap's period dates the risk's open actions that have no date.
    const undated = due ? risk.actions.some((a) => !a.due && !a.completed && statusOf(a.status?.value) !== 'done') : false;
    if ((!priority || risk.priority?.value.trim()) && !undated) return;
    this.slots[at] = {
      ...risk,
      ...(priority && !risk.priority?.value.trim() && { priority }),
      ...(undated && { actions: risk.actions.map((a) => (!a.due && !a.completed && statusOf(a.status?.value) !== 'done' ? { ...a, due } : a)) }),
    };
  }

  /** A heading that points back at a risk (`… (Risk 1)`): its actions join that risk's, or it is nothing when no risk has the ID. */
  private answer(index: number): void {
    const reply = this.slots[index];
    this.slots[index] = undefined;
    const id = reply?.id?.value.toLowerCase().replace(/\s+/g, ' ');
    if (!reply || id === undefined) return;
    const at = this.slots.findIndex((r, i) => i < index && r?.id?.value.toLowerCase().replace(/\s+/g, ' ') === id);
    if (at < 0) return;
    const risk = this.slots[at]!;
    const planned = reply.actions.filter((a) => a.action?.value.trim());
    // `**R-003: …**` with `- **Response:** Accept`: the response decides the risk's treatment, whether or not it plans a step.
    const treatment = risk.treatment ?? reply.treatment;
    const acceptance = treatment !== risk.treatment && !hasAcceptance(risk.acceptance) ? reply.acceptance : risk.acceptance;
    if (planned.length === 0) {
      if (treatment !== risk.treatment) this.slots[at] = { ...risk, treatment, acceptance };
      return;
    }
    const kept = risk.actions.filter((a) => a.action?.value.trim() || a.owner || a.due || a.status);
    // A row that gave the risk only its owner, date and status (a POA&M's table) gives them to the steps written for it.
    const row = kept.length === 1 && !kept[0].action?.value.trim() ? kept[0] : undefined;
    const actions = row ? planned.map((a) => ({ ...a, owner: a.owner ?? row.owner, due: a.due ?? row.due, status: a.status ?? row.status })) : [...kept, ...planned];
    this.slots[at] = { ...risk, actions, treatment, acceptance, validation: risk.validation ?? reply.validation, evidence: risk.evidence ?? reply.evidence };
  }
}

/** A heading's title after a risk's ID that names a report on the risk, not a risk: `Verification Report`, `Retest Results`, `Status Update`. */
const REPORT_ON_RISK = /^[*_\s]*(?:verification|validation|re-?test(?:ing)?|remediation|closure|status|evidence|follow-?up)?[ \t]*(?:report|results?|update|evidence|notes|details|verification|re-?test|sign-?off)[*_\s]*$/i;

/** An item that opens by naming a risk, with a colon: `**Finding 001:**`, `R-3:`, `Risk 2 —`. */
const KEYED_ITEM = new RegExp(String.raw`^[*_]{0,2}((?:finding|risk|gap|issue|item|vuln(?:erability)?)[ 	]+#?\d{1,6}|${RISK_ID_SOURCE})[*_]{0,2}[ 	]*(?::|[ 	][-–—])[*_]{0,2}[ 	]+(?=\S)`, 'i');
/** A due date written inside an item: `(Due: 2025-12-06)`, `(by 2026-03-31)`. */
const INLINE_DUE = /\((?:due|by|target|deadline)[: ]+[ 	]*([^()]{4,40})\)/i;

/** An ID cited in a bracket closing an item (`Implement field-level encryption (H-1)`). */
const CITING_BRACKET = /\s*\(([A-Z][A-Z0-9]{0,9}(?:[-_][A-Z0-9]{1,10})+)\)[.;]?\s*$/;

/**
 * An item of open work that cites the risk it treats in a closing bracket (`- [ ] Implement field-level encryption (H-1)` under
 * `### Must Complete Before Production`): that risk's ID and the item's words before the bracket. openItem makes it an action
 * of the risk when one was read under that ID; else the item stands as its own, keyed by the ID it cites.
 */
function citingItem(text: string, field: PlacedField): { id: Field; action: Field; due?: Field } | undefined {
  const { start, end } = field.field.valueRange;
  const written = text.slice(start, end);
  const cited = CITING_BRACKET.exec(written);
  if (!cited || cited.index === 0) return undefined;
  const idStart = start + cited.index + cited[0].indexOf(cited[1]);
  return { id: { value: cited[1], valueRange: { start: idStart, end: idStart + cited[1].length } }, action: fieldAt(text, start, start + cited.index) };
}

/** The risk an item of open work names, its action's words and an inline due date; undefined when it names none. */
function keyedItem(text: string, field: PlacedField): { id: Field; action: Field; due?: Field } | undefined {
  const { start, end } = field.field.valueRange;
  const written = text.slice(start, end);
  const head = KEYED_ITEM.exec(written);
  if (!head) return undefined;
  const idStart = start + written.indexOf(head[1]);
  const id: Field = { value: head[1].replace(/\s+/g, ' '), valueRange: { start: idStart, end: idStart + head[1].length } };
  const due = INLINE_DUE.exec(written.slice(head[0].length));
  if (!due || parseDate(due[1].trim()).kind !== 'date') return { id, action: fieldAt(text, start + head[0].length, end) };
  // The action's words stop before the date written in them.
  const action = fieldAt(text, start + head[0].length, start + head[0].length + due.index);
  const dueStart = start + head[0].length + due.index + due[0].indexOf(due[1]);
  return { id, action, due: { value: due[1].trim(), valueRange: { start: dueStart, end: dueStart + due[1].trim().length } } };
}

/** A threat scenario's heading, numbered (`Scenario 1: EKS Cluster Compromise`, `Threat Scenario 2 - …`). */
const SCENARIO_HEADING = /^(?:threat |attack |risk )?scenario\s+\d+[a-z]?\s*[:.–—-]\s*\S/i;
