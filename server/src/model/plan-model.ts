// The typed plan model every rule reads. Parsers (Markdown and YAML) produce it once
// per document version; rules never see raw text or parser trees, only this model.
// All ranges are character offsets into the document text; they become line/column
// positions in one place (positions.ts) at the edge.

/** A half-open range of character offsets [start, end) in the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A field as written in the plan: its value text and where key and value are. */
export interface Field {
  /** The value as written, trimmed (Markdown: emphasis and code markers removed). */
  readonly value: string;
  /** Where the value text is; an empty span at the insertion point when the value is empty. */
  readonly valueRange: Span;
  /** Where the key or label is (YAML key, Markdown label, table header cell for table cells). */
  readonly keyRange?: Span;
  /** For YAML sequences/flow values (scope, evidence, compensatingControls): the items. */
  readonly items?: readonly string[];
}

export type Tier = 'this-week' | 'vendor' | 'budget';
export type Status = 'open' | 'in-progress' | 'done' | 'accepted' | 'deferred';
export type Treatment = 'mitigate' | 'transfer' | 'avoid' | 'accept';

/**
 * Where a new field line can be inserted for a risk or action, so fixes can add a
 * missing field at the right place and indentation.
 */
export interface InsertionPoint {
  /** Offset at which to insert (start of a line, or end of the last line of the block). */
  readonly offset: number;
  /** Text written before the field's key/label on the new line (indentation and bullet). */
  readonly prefix: string;
  /** True when the insertion offset is at the end of the text with no trailing newline. */
  readonly needsLeadingNewline?: boolean;
}

/** How a Markdown table row stores its cells, so fixes can fill an empty cell or add a column. */
export interface TableRowCells {
  /** Canonical field name (action, owner, due, ...) → cell span (inner text, trimmed; empty span when blank). */
  readonly cells: Readonly<Record<string, Span>>;
}

export interface Action {
  /** The action text; undefined when the risk has no action field at all. */
  readonly action?: Field;
  readonly owner?: Field;
  readonly due?: Field;
  readonly status?: Field;
  readonly completed?: Field;
  /** Validation recorded on the action itself (table column, YAML key on the item). */
  readonly validation?: Field;
  readonly evidence?: Field;
  /** The action's first line: heading line, table row, or first line of the YAML item. */
  readonly firstLine: Span;
  /** Where new fields of this action go. */
  readonly insertAt?: InsertionPoint;
  /** Table row cells, for table-form actions. */
  readonly table?: TableRowCells;
  /** The action's words are written once for several risks (an area's remediation for each of its gaps, a task citing two findings). */
  readonly shared?: true;
  /**
   * The action only names an entry of the plan's list of actions by ID (`- MIT-035` beside `mitigations:`) that the list does
   * not define: `list` is the list's key.
   */
  readonly undefinedEntry?: { readonly id: string; readonly list: string };
  /** A dated checkpoint of the risk's work, from its milestones (`Access audit complete (Sep 2026)`), worded as what is reached. */
  readonly milestone?: true;
}

export interface Acceptance {
  readonly rationale?: Field;
  readonly approvedBy?: Field;
  readonly approvedOn?: Field;
  readonly compensatingControls?: Field;
  readonly reviewBy?: Field;
  /** Where the acceptance block is (YAML `acceptance:` key) for inserting into it. */
  readonly insertAt?: InsertionPoint;
  /** A YAML `acceptance:` key is written, even one that holds no mapping: a fix must not add a second. */
  readonly keyWritten?: boolean;
}

/** `oscal`: a risk or POA&M item of an OSCAL plan of action and milestones. */
export type RiskForm = 'heading' | 'table' | 'yaml' | 'oscal';

export interface Risk {
  readonly form: RiskForm;
  readonly id?: Field;
  readonly title?: Field;
  /** Tier from the YAML `tier` key, or from the H2 heading above a Markdown risk. */
  readonly tier?: Field;
  /** Canonical tier when `tier` names one. */
  readonly tierValue?: Tier;
  readonly priority?: Field;
  readonly treatment?: Field;
  readonly validation?: Field;
  readonly evidence?: Field;
  /** Likelihood and impact as rated (Markdown columns or labels, YAML keys), when written. */
  readonly likelihood?: Field;
  readonly impact?: Field;
  /** The risk's rating before and after treatment, when written. */
  readonly inherentRisk?: Field;
  readonly residualRisk?: Field;
  /** A remediation recommended for the risk and not planned (an OSCAL remediation whose lifecycle is `recommendation`): no action. */
  readonly recommendation?: Field;
  readonly acceptance: Acceptance;
  /** Every action of the risk, in source order (a single action on the risk counts as one). */
  readonly actions: readonly Action[];
  /** The risk's first line: heading line, first table row, or first line of the YAML item. */
  readonly firstLine: Span;
  /** Where new risk-level fields go. */
  readonly insertAt?: InsertionPoint;
}

export interface RiskAnalysisRef {
  readonly date?: Field;
  readonly conductedBy?: Field;
  /** Where the analysis is kept (YAML `document:`), when named: a register checked against the plan. */
  readonly document?: Field;
  /** The whole reference when written as one Markdown field ("2026-01-22, conducted by ..."). */
  readonly combined?: Field;
}

/** A record of a delimited register set aside: its line, how many cells it has and how many the header names. */
export interface UnreadRecord {
  readonly range: Span;
  readonly cells: number;
  readonly columns: number;
}

export interface PlanMeta {
  readonly title?: Field;
  readonly organization?: Field;
  readonly version?: Field;
  readonly owner?: Field;
  readonly riskAnalysis?: RiskAnalysisRef;
  readonly approvedBy?: Field;
  readonly approvedOn?: Field;
  readonly lastReviewed?: Field;
  readonly nextReview?: Field;
  /** How often the plan says it is reviewed (`Review cycle: quarterly`); see review-dates.ts. */
  readonly reviewCycle?: Field;
  /** The owner codes the plan's legend keys (`**Owners:** M = maintainer, SR = security-reviewer`): `M` names an owner there. */
  readonly ownerCodes?: readonly string[];
  /** The date the plan itself bears (`Date`, `Last updated`, `Effective date`): relative deadlines (`30 days`, `Week 2`) count from it. */
  readonly documentDate?: Field;
  /** The heading of a roadmap whose entries name no risk, in a plan whose risks lack actions of their own (a report's phased remediation). */
  readonly unkeyedRoadmap?: Field;
  /** The line saying every risk's treatment lives in a companion document, in a register whose risks carry no action of their own. */
  readonly treatedElsewhere?: Field;
  /** The line recording that the fixes were re-checked (`Fixes review commit hash - 028ba5e`, `Retest: 2026-03-02`): a report's evidence for what it marks Fixed. */
  readonly fixesReview?: Field;
  /** Why the plan's accepted risks are accepted, recorded once for them all (`### Risk Acceptance Rationale for Vendor-Dependent CVEs`). */
  readonly acceptanceRationale?: Field;
  /** What limits the plan's accepted risks meanwhile, recorded once for them all (`### Compensating Controls Matrix`). */
  readonly acceptanceControls?: Field;
  /** The systems that hold ePHI, as listed (items when written as a list). */
  readonly scope?: Field;
  /** Third parties (vendors, business associates) the plan names, as listed. */
  readonly thirdParties?: Field;
  /** Where new plan-level fields go (front matter, field list or `plan:` mapping). */
  readonly insertAt?: InsertionPoint;
}

export interface SyntaxProblem {
  readonly message: string;
  readonly range: Span;
}

export type PlanFormat = 'markdown' | 'yaml' | 'json' | 'csv';

/**
 * Where a YAML plan breaks the plan schema (schemas/risk-management-plan.schema.json), as
 * the YAML reader found it when it read the plan (piece by piece, each piece once). Plain
 * data: the schema rule judges which of them to report, and how.
 */
export interface SchemaViolation {
  /** A key the schema does not know, a value it does not allow, or a value of the wrong kind. */
  readonly kind: 'unknownKey' | 'notAllowed' | 'wrongType';
  /** Where the value sits in the plan's data (`['risks', '2', 'status']`); for an unknown key, the mapping it is in. */
  readonly path: readonly string[];
  /** The value as read; for an unknown key, the key as written. */
  readonly value: unknown;
  /** The values allowed, the kinds of value expected (schema type names), or the keys the mapping may have. */
  readonly allowed: readonly string[];
  /** Where it is written: a wrong scalar where it is, a wrong list or mapping by its key, an unknown key itself (or the alias that brought it). */
  readonly range: Span;
  /** The value is written as a scalar. */
  readonly scalar: boolean;
  /** It is written through an alias: an edit there would change the anchored value too. */
  readonly alias: boolean;
  /** For an unknown key: the keys written in its mapping, in order (at the top level, the plan's). */
  readonly siblings?: readonly string[];
  /** For an unknown key in a risk: the risk's ID, as written. */
  readonly riskId?: string;
}

export interface PlanModel {
  readonly format: PlanFormat;
  readonly text: string;
  readonly meta: PlanMeta;
  /**
   * False when the plan-level metadata could not be read (YAML or front matter that
   * does not parse): plan-level rules then stay silent, per the spec.
   */
  readonly metaAvailable: boolean;
  readonly risks: readonly Risk[];
  /** The first parse error of the YAML document or front matter, if any. */
  readonly syntaxError?: SyntaxProblem;
  /** A delimited register's records that could not be read as risks (another count of cells than the header's: a free-text cell with an unquoted comma). */
  readonly unreadRecords?: readonly UnreadRecord[];
  /** A YAML plan that parsed: where it breaks the plan schema (none when it follows it). */
  readonly schemaViolations?: readonly SchemaViolation[];
  /** The dominant line ending of the text, used by fixes. */
  readonly eol: '\n' | '\r\n';
  /** Read from an OSCAL plan of action and milestones: a view of another schema, which no fix writes into. */
  readonly oscal?: boolean;
  /** Read from a YAML register in another tool's schema (a list at the root, or under its own key): no fix writes into it. */
  readonly otherSchema?: true;
  /** A Markdown plan's YAML front matter, found once by the parser: text before `bodyStart` is YAML. */
  readonly frontMatter?: FrontMatterBounds;
  /** A Markdown plan's sections set aside: examples and templates (`## Example: …`, `#### Remediation Plan Template`), gas optimisations. Nothing in them is a risk. */
  readonly asides?: readonly Span[];
  /**
   * A Markdown plan's entries read, then judged no risks by a reading of the whole plan (a control the assessment found met, an
   * area where nothing was found, a row restating a risk read elsewhere): their first lines. They were read, not missed.
   */
  readonly judgedNotRisks?: readonly Span[];
}

export interface FrontMatterBounds {
  /** Offset of the start of the closing fence line (`---` or `...`): where new keys go. */
  readonly closingFence: number;
  /** Offset of the first line after the closing fence: where the Markdown body starts. */
  readonly bodyStart: number;
}
