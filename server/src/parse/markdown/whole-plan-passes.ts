// The passes over a Markdown plan's risks once every section is read (read-plan.ts's planModel):
// what the document holds beside its risks and is not one (a threat catalogue its register cites,
// a safeguard gap table, informational notes, summary tables, indexes, unfilled template rows),
// and what a later part of the document gives a risk read before it (a summary row's fields, a
// tracking table's notes, the section an action links to, the heading that analyses a row).
import type { Acceptance, Action, Field, Risk } from '../../model/plan-model';
import { parseDate } from '../../model/dates';
import { hasFormBlank, hasRealValue, isExampleId, isExampleTitle } from '../../model/placeholders';
import { fieldForLabel, gradeWordOf, isAssessmentResult, isCommonTitleWord, isMetResult, isNoSeverity, isPassedVerdict, isNotApplicableGrade, isTrackingNoteHeader, normaliseLabel, RISK_ID_SOURCE, statusOf, treatmentOf, withoutAbsenceWord } from '../../model/vocabulary';
import { idKey, lastFieldEnd } from '../../model/plan-queries';
import { sameTitle, tellingWords, titleWords } from './title-words';
import { unfencedLines } from './unfenced-lines';
import { saysNoneListed } from '../../model/stated-none';
import { PerObjectMemo, TextMemo, ownCache } from '../../caches';
import { anywhere, everyMatch } from '../text-scan';
import { firstAtOrAfter } from './offset-search';

/** Whether an acceptance records anything (its rationale, approver, date, controls or review date). */
export function hasAcceptance(acceptance: Acceptance): boolean {
  return [acceptance.rationale, acceptance.approvedBy, acceptance.approvedOn, acceptance.compensatingControls, acceptance.reviewBy].some((f) => f !== undefined);
}

/** Whether a risk plans nothing of its own: no action, owner or due date written on any of its actions. */
export function plansNothing(risk: Risk): boolean {
  return risk.actions.every((a) => !hasRealValue(a.action) && !hasRealValue(a.owner) && !hasRealValue(a.due));
}

/** The risks that are not `dropped`, unless every one is: a document then has nothing else to read, and no-risks-read would say less. */
export function withoutUnlessAll(risks: Risk[], dropped: (risk: Risk) => boolean): Risk[] {
  return risks.some(dropped) && !risks.every(dropped) ? risks.filter((r) => !dropped(r)) : risks;
}

/**
 * The runs of table rows read as risks, once per list of risks and text: five passes ask, and most return the list
 * they were given.
 */
const tableRunsByList = ownCache('table runs per risk list', new PerObjectMemo<readonly Risk[], { readonly text: string; readonly runs: Risk[][] }>());
export function tableRuns(risks: readonly Risk[], text: string): Risk[][] {
  const known = tableRunsByList.get(risks);
  if (known?.text === text) return known.runs;
  const runs = readTableRuns(risks, text);
  tableRunsByList.set(risks, { text, runs });
  return runs;
}

/** The runs of table rows read as risks: rows with only table-row lines (or a grid table's borders) between them. */
function readTableRuns(risks: readonly Risk[], text: string): Risk[][] {
  const runs: Risk[][] = [];
  let run: Risk[] = [];
  let end = -1;
  for (const risk of risks) {
    const between = risk.form === 'table' && end >= 0 ? text.slice(end, risk.firstLine.start) : undefined;
    if (risk.form === 'table' && between !== undefined && /^(?:[ \t]*[|+][^\n]*\n|[ \t]*\r?\n?)*$/.test(between) && run.length > 0) run.push(risk);
    else {
      if (run.length > 0) runs.push(run);
      // (No new array for each risk that is no row: a heading plan's keystroke walks a thousand.)
      run = risk.form === 'table' ? [risk] : run.length > 0 ? [] : run;
    }
    // The row's own lines: steps its detail section gave it (`### R3: …` far below the table) are no row of the table.
    end = risk.form === 'table' ? rowEnd(risk) : -1;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Where a table row read as a risk ends: its own line, or the last of its actions' rows. */
function rowEnd(risk: Risk): number {
  let end = risk.firstLine.end;
  for (const a of risk.actions) if (a.table !== undefined && a.firstLine.end > end) end = a.firstLine.end;
  return end;
}

/**
 * The risks without a catalogue of the actions they cite: a table whose every row's ID is named
 * in the actions of risks read before it (`| RISK-S-001 | … | MIT-006, MIT-007 |`, then
 * `## Mitigations` with `| MIT-006 | Config file integrity checks | Pending |`) lists those
 * actions, not risks of its own.
 */
export function withoutCitedCatalogues(risks: Risk[], text: string): Risk[] {
  const runs = tableRuns(risks, text).filter((rows) => rows.length >= 2);
  if (runs.length === 0) return risks;
  const starts = new Map(runs.map((rows) => [rows[0], rows]));
  const key = (r: Risk) => r.id?.value.trim().toLowerCase();
  // A run whose IDs a risk before it already has (a summary table) is no catalogue: when every run is such, the
  // actions' IDs need not be gathered (a regular expression over every action of the plan, on every keystroke).
  // (A run that opens the plan has no risk before it to cite its rows: no catalogue either.)
  const seen = new Set<string>();
  let lastCandidate = -1;
  risks.forEach((risk, i) => {
    const rows = starts.get(risk);
    if (i > 0 && rows && rows.every((r) => { const k = key(r); return k !== undefined && !seen.has(k); })) lastCandidate = i;
    const k = key(risk);
    if (k) seen.add(k);
  });
  if (lastCandidate < 0) return risks;
  // What the risks before each point name as their own IDs and cite in their actions, gathered once in order, up to the last run that may be a catalogue.
  const own = new Set<string>();
  const cited = new Set<string>();
  const dropped = new Set<Risk>();
  const entries = new Map<string, Action>();
  for (const [i, risk] of risks.entries()) {
    if (i > lastCandidate) break;
    const rows = starts.get(risk);
    if (rows && rows.every((r) => { const k = key(r); return k !== undefined && cited.has(k) && !own.has(k); })) {
      for (const r of rows) dropped.add(r);
      for (const r of rows) if (r.actions[0]) entries.set(key(r)!, r.actions[0]);
    }
    const k = key(risk);
    if (k) own.add(k);
    for (const a of risk.actions) for (const id of citedIdsOf(a.action?.value ?? '')) cited.add(id);
  }
  if (dropped.size === 0) return risks;
  // An action that leads with a catalogued ID (`[MIT-006](#mit-006): Config file integrity checks`) is that entry: its status, dates and owner are the entry's.
  const withEntry = (a: Action): Action => {
    const id = LEADING_CITED_ID.exec(a.action?.value ?? '')?.[1]?.toLowerCase();
    const entry = id === undefined ? undefined : entries.get(id);
    if (!entry) return a;
    const verified = entry.validation && parseDate(entry.validation.value).kind === 'date' ? entry.validation : undefined;
    return { ...a, status: entry.status ?? a.status, owner: a.owner ?? entry.owner, due: a.due ?? entry.due, completed: a.completed ?? entry.completed, validation: a.validation ?? verified };
  };
  return risks.filter((r) => !dropped.has(r)).map((r) => (r.actions.some((a) => LEADING_CITED_ID.test(a.action?.value ?? '')) ? { ...r, actions: r.actions.map(withEntry) } : r));
}
/** A catalogue's subject column: what an assessment lists as inputs to its risks, not risks (NIST SP 800-30's vulnerabilities and threat sources). */
const INPUT_SUBJECT = /^(?:(?:key|identified)\s+)?(?:vulnerabilit(?:y|ies)|weakness(?:es)?|threat[\s-]+sources?|predisposing[\s-]+conditions?)(?:\s+(?:description|name))?$/;

/** The header row of the table a row sits in: the first of the table-row lines just above it. */
function tableHeaderAt(text: string, at: number): string {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  for (;;) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    if (start === 0 || !/^\s*\|/.test(text.slice(above, start - 1))) return text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start));
    start = above;
  }
}

/**
 * The risks without a catalogue of vulnerabilities or threat sources listed beside them: a table
 * whose subject column is Vulnerability (`| V-01 | Player MFA is optional | Authentication | Low |`),
 * with nothing planned, owned or tracked on any row and no row cited elsewhere, in a document that reads risks elsewhere.
 * An assessment lists these as what its risks are built from; each risk is rated and treated, not each input.
 */
export function withoutInputCatalogues(risks: Risk[], text: string): Risk[] {
  const runs = tableRuns(risks, text).filter((rows) => rows.length >= 2);
  const dropped = new Set<Risk>();
  let cites: Set<string> | undefined;
  for (const rows of runs) {
    const header = tableHeaderAt(text, rows[0].firstLine.start).split('|').map((cell) => cell.replace(/[*_`]/g, '').trim().toLowerCase());
    const threats = header.some((cell) => THREAT_SUBJECT.test(cell));
    if (!threats && !header.some((cell) => INPUT_SUBJECT.test(cell))) continue;
    if (rows.some((r) => r.actions.some((a) => (a.action?.value.trim() ?? '') !== '' || a.owner || a.due))) continue;
    const ids = new Set(rows.map((r) => r.id?.value.trim()).filter((id): id is string => id !== undefined && id !== ''));
    // A threat catalogue (`| T-001 | Unauthorized Access | … |`) whose threats the register's risks name as their inputs
    // (`| R-001 | T-001 | Weak auth | High |`, or `| Threat | T-09, T-12 |` in a risk's own attribute table): the register
    // rates and treats each risk; the catalogue lists what they are built from. Uncited, a threat table may be the register.
    // So is a vulnerability catalogue that records each entry's state (`| V-02 | SQL injection | Mitigated (parameterized queries) |`):
    // the state is the entry's assessment, and the register carries the work. One without states stays (below).
    const stated = rows.every((r) => r.actions.some((a) => hasRealValue(a.status)));
    if (threats || stated) {
      cites ??= registerCitations(risks, text);
      if ([...ids].some((id) => cites!.has(id.toLowerCase()))) for (const r of rows) dropped.add(r);
      continue;
    }
    if (rows.some((r) => r.actions.some((a) => a.status))) continue;
    // A findings table the analysis then works through, citing its rows by ID, stays: a row it never analyses is a risk left untreated.
    const rest = text.slice(0, rows[0].firstLine.start) + text.slice(rows[rows.length - 1].firstLine.end);
    if ([...ids].some((id) => new RegExp(String.raw`(?<![\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\w-])`).test(rest))) continue;
    for (const r of rows) dropped.add(r);
  }
  return dropped.size === 0 || risks.every((r) => dropped.has(r)) ? risks : risks.filter((r) => !dropped.has(r));
}

/** A catalogue's subject column naming threats (NIST SP 800-30's threat events, a HIPAA risk analysis's threat list). */
const THREAT_SUBJECT = /^(?:threats?|threat (?:names?|events?|agents?|actors?|categor(?:y|ies)|types?)|identified threats?)$/;

/**
 * The IDs the risks of a register cite besides their own: risks that rate or plan (a priority or an action),
 * in a table row's cells or, for a risk under its own heading, in the lines from its heading to the last field read.
 */
function registerCitations(risks: readonly Risk[], text: string): Set<string> {
  const cited = new Set<string>();
  for (const r of risks) {
    if ((r.form !== 'table' && r.form !== 'heading') || !r.id || !(hasRealValue(r.priority) || r.actions.some((a) => hasRealValue(a.action)))) continue;
    const own = r.id.value.trim().toLowerCase();
    const end = r.form === 'table' ? r.firstLine.end : lastFieldEnd(r);
    for (const m of text.slice(r.firstLine.start, end).matchAll(CITED_ID)) if (m[0].toLowerCase() !== own) cited.add(m[0].toLowerCase());
  }
  return cited;
}

/** The header of a gap assessment's column naming the control or safeguard assessed (`| Control | Status | Gap |`, HIPAA's standards). */
const ASSESSED_CONTROL = /^(?:(?:hipaa |security )?(?:controls?|safeguards?|standards?|requirements?)(?: names?)?|control areas?|implementation specifications?)$/;

/**
 * The risks without the rows of a gap assessment beside a register: a table naming controls or
 * safeguards with their assessed state (`| Security Awareness Training | Gap | No formal program | High |`:
 * Implemented, Partial, Gap) and no owner or date on any row, in a document whose other risks
 * plan work with an owner or a date. A HIPAA risk analysis or a NIST SP 800-30 report assesses
 * its safeguards, then rates and treats risks in its register: the gap rows feed the register.
 */
export function withoutGapAssessments(risks: Risk[], text: string): Risk[] {
  const runs = tableRuns(risks, text).filter((rows) => rows.length >= 2);
  const gaps = new Set<Risk>();
  for (const rows of runs) {
    if (rows.some((r) => r.actions.some((a) => hasRealValue(a.owner) || hasRealValue(a.due)))) continue;
    const statuses = rows.flatMap((r) => r.actions.map((a) => a.status?.value ?? '')).filter((v) => v.trim() !== '');
    if (statuses.length === 0 || statuses.filter(isAssessmentResult).length * 2 <= statuses.length) continue;
    const header = tableHeaderAt(text, rows[0].firstLine.start).split('|').map((cell) => normaliseLabel(cell));
    if (!header.some((cell) => ASSESSED_CONTROL.test(cell)) || header.some((cell) => fieldForLabel(cell) === 'action')) continue;
    for (const r of rows) gaps.add(r);
  }
  if (gaps.size === 0) return risks;
  const planned = risks.some((r) => !gaps.has(r) && r.actions.some((a) => hasRealValue(a.action) && (hasRealValue(a.owner) || hasRealValue(a.due))));
  return planned ? risks.filter((r) => !gaps.has(r)) : risks;
}

/**
 * The risks without a gap analysis's rows for controls wholly in place: `| Unique User IDs | Google
 * Workspace | Full | Accounts assigned per user | None | Maintain |`. Graded with no severity and
 * assessed as met, the row records the control checked and found sound, not a gap to close; its
 * `Maintain` is no action to own or date. Both are asked: a row met with a severity, or a severity
 * of none on a control not met, still says something is wrong. Kept when every row is one (there
 * is then nothing else to read, and no-risks-read would say less).
 */
export function withoutMetControls(risks: Risk[]): Risk[] {
  const met = (r: Risk) =>
    r.form === 'table' &&
    r.priority !== undefined && isNoSeverity(r.priority.value) &&
    r.actions.length > 0 && r.actions.every((a) => a.status !== undefined && isMetResult(a.status.value));
  return withoutUnlessAll(risks, met);
}

/**
 * The risks without a gap analysis's rows for controls that do not apply: `| 3.1.16 | Authorize
 * wireless access | Host/network layer | | N/A-Infra | doc |` among rows graded Blocker, Major and
 * Minor. Graded not applicable, the row says the control is outside what is assessed (met by the
 * host, inherited, outside the product), not a gap to own or date. A row someone owns or has dated
 * is work, and stays; so do all when every row is one.
 */
export function withoutNotApplicableControls(risks: Risk[]): Risk[] {
  const outside = (r: Risk) =>
    r.form === 'table' &&
    r.priority !== undefined && isNotApplicableGrade(r.priority.value) &&
    r.actions.every((a) => !hasRealValue(a.owner) && !hasRealValue(a.due));
  return withoutUnlessAll(risks, outside);
}

/** An ID that marks an entry as informational: `INFO-001`. */
const INFORMATIONAL_ID = /^[*_`[]*info(?:rmational)?[-_ ]?\d/i;

/**
 * The risks without a findings report's informational notes that plan nothing: `### INFO-001: No
 * third-party dependency surface exists today`, with evidence and no fix. A report lists them to
 * say what it checked and found sound; one that gives a fix or an owner is work, and stays. By the
 * ID only: a finding graded Informational (`### [I-5] Delegatecall pattern could be simplified`
 * under a report's informational findings) is still a finding, and unread-risk knows notes by ID.
 */
export function withoutInformationalNotes(risks: Risk[]): Risk[] {
  const note = (r: Risk) => INFORMATIONAL_ID.test(r.id?.value ?? '') && r.treatment === undefined && plansNothing(r);
  return withoutUnlessAll(risks, note);
}

/** A section heading that says what it lists is no gap, risk or finding: `## MANUAL PROCESSES (NOT GAPS - DOCUMENTED EXCEPTIONS)`. */
const NOT_GAPS_HEADING = /\bnot (?:an? )?(?:gaps?|risks?|findings?|deficienc(?:y|ies)|weakness(?:es)?|vulnerabilit(?:y|ies))\b/i;

/**
 * The risks without the entries of a section that says they are no gaps (set 93: a CMMC gap analysis's controls met by a
 * manual process, each headed by its control, `### 1. **PS-7 - Personnel Security**`), when they plan nothing: asked for an
 * action, each drew a false missing-action and missing-priority. An entry that plans work stays.
 */
export function withoutNotGapSections(risks: Risk[]): Risk[] {
  const listedAsNoGap = (r: Risk) => r.tier !== undefined && NOT_GAPS_HEADING.test(r.tier.value) && plansNothing(r);
  return withoutUnlessAll(risks, listedAsNoGap);
}

/** An ID an action's words lead with, bare or as a link's text: `MIT-006: …`, `[MIT-006](#mit-006): …`. */
const LEADING_CITED_ID = new RegExp(String.raw`^[*_\[]*(${RISK_ID_SOURCE})(?![\w-])`);

/** Whether an action's words are only IDs (and separators), each one of `ids`. */
export function citesOnly(words: string, ids: ReadonlySet<string>): boolean {
  if (ids.size === 0) return false;
  const cited = [...words.matchAll(CITED_ID)];
  return cited.length > 0 && cited.every((m) => ids.has(m[0].toLowerCase())) && words.replace(CITED_ID, '').replace(/[\s,;/&]|\band\b/g, '') === '';
}
/** The IDs an action's words cite, lower case: asked of every action of a plan on each keystroke, and few actions change. */
const citedIdsByText = ownCache('cited IDs by action text', new TextMemo<readonly string[]>(20_000));
const citedIdsOf = (words: string): readonly string[] => (words === '' ? [] : citedIdsByText.of(words, (w) => [...w.matchAll(CITED_ID)].map((m) => m[0].toLowerCase())));
/** What parts a cell listing several IDs (`R-001, R-003`, `R-2 and R-5`). */
const ID_LIST_SEPARATOR = /\s*(?:[,;&/]|\band\b)\s*/;
/** One ID and nothing else, lower case as keys are. */
const WHOLE_ID = new RegExp(String.raw`^${RISK_ID_SOURCE}$`, 'i');
export const CITED_ID = new RegExp(String.raw`(?<![\w-])${RISK_ID_SOURCE}(?![\w-])`, 'g');

/**
 * The risks without the rows of a summary table: a table whose every ID names a risk read
 * before it, each written out in full under its own heading (a POA&M's "Summary" at the end,
 * a report's "Appendix A: Risk Register"), or a run of two rows or more that only repeats IDs
 * read before. Its rows are an index of those risks, not risks of their own; what a row gives
 * that its risk lacks (the owner, the due date, the status, the priority of a register that
 * lists them apart from the description) is the risk's. A table that only shares some IDs
 * keeps its rows (a reused ID is duplicate-risk-id's finding).
 */
export function withoutSummaryTables(risks: Risk[], text: string): Risk[] {
  if (risks.length < 2) return risks;
  const runs = tableRuns(risks, text);
  if (runs.length === 0) return risks;
  // `| ~~5~~ | ~~R1~~ | ~~Verify BAA~~ |`: a row struck through when its risk closed still names that risk.
  // `| ... | | | |`: a filler row that stands for more rows to come names no risk.
  const keys = new Map<Risk, string | undefined>();
  const key = (r: Risk) => {
    if (keys.has(r)) return keys.get(r);
    const k = r.id && !FILLER_ID.test(r.id.value) ? unstruck(r.id.value).trim().toLowerCase() : undefined;
    keys.set(r, k);
    return k;
  };
  // `| G-Cloud market research | R-001, R-003 | … |`: a row of an action plan that serves several risks names each.
  // (Its cell is read as the row's title, not its ID, when it holds more than one.)
  const idList = (cell: string | undefined): string[] => {
    const parts = (cell ?? '').split(ID_LIST_SEPARATOR).filter((part) => part !== '');
    return parts.length >= 2 && parts.every((part) => WHOLE_ID.test(part)) ? parts : [];
  };
  const keysOf = (r: Risk): string[] => {
    const k = key(r);
    if (k === undefined) return r.id === undefined ? idList(r.title?.value.trim().toLowerCase()) : [];
    const listed = idList(k);
    return listed.length > 0 ? listed : [k];
  };

  // Where each key is first read, and first read by a heading: "read before a run" is then a lookup a row, not a set of every risk before it each run.
  const firstAt = new Map<string, number>();
  const firstHeadedAt = new Map<string, number>();
  risks.forEach((r, i) => {
    const k = key(r);
    if (!k) return;
    if (!firstAt.has(k)) firstAt.set(k, i);
    if (r.form === 'heading' && !firstHeadedAt.has(k)) firstHeadedAt.set(k, i);
  });
  // A run of rows that only repeats IDs read before it (a POA&M's "Remaining deficits" after its item tables) is a summary too.
  const readBefore = (rows: Risk[]) => {
    const at = risks.indexOf(rows[0]);
    return rows.every((r) => { const keys = keysOf(r); return keys.length > 0 && keys.every((k) => (firstAt.get(k) ?? Infinity) < at); });
  };
  const headedBefore = (rows: Risk[]) => {
    const at = risks.indexOf(rows[0]);
    return rows.every((r) => { const k = key(r); return k && (firstHeadedAt.get(k) ?? Infinity) < at; });
  };
  // Two rows or more: two risks, or one risk whose actions take a row each (`| R-008 | Create BAA templates | … |` twice, under a priority heading of its own).
  const rowCount = (rows: Risk[]) => {
    const starts = new Set<number>();
    for (const r of rows) {
      starts.add(r.firstLine.start);
      for (const a of r.actions) starts.add(a.firstLine.start);
    }
    return starts.size;
  };
  const summaries = runs.filter((rows) => headedBefore(rows) || (rowCount(rows) >= 2 && readBefore(rows)));
  // A report's roadmap (`| P0 | F-03 SQL Injection | Development | … |`) that adds rows of no finding (`| HTTP only |`):
  // its rows that name a finding read before are that finding's, two of them or more; the others stay rows of their own.
  const keyedRuns = runs.filter((rows) => !summaries.includes(rows) && rows.some((r) => !key(r))).map((rows) => rows.filter((r) => key(r)));
  summaries.push(...keyedRuns.filter((rows) => rows.length >= 2 && readBefore(rows)));
  // `| C1 | PHI Data Breach | Critical | CISO |` in a register that also lists risks never headed (`| L1 | Browser Compatibility |`):
  // its rows that repeat the ID of a risk headed before it, planning nothing of their own or under the heading's name, are that
  // risk's entry (two rows of the table at least; one reused ID alone stays a duplicate to report).
  const headed = new Map<string, Risk>();
  for (const r of risks) { const k = r.form === 'heading' ? key(r) : undefined; if (k && !headed.has(k)) headed.set(k, r); }
  const entriesOfHeadings = runs.filter((rows) => !summaries.includes(rows)).map((rows) =>
    rows.filter((r) => {
      const k = key(r);
      const risk = k === undefined ? undefined : headed.get(k);
      return risk !== undefined && risk.firstLine.start < r.firstLine.start && (!r.actions.some((a) => hasRealValue(a.action)) || sameTitle(risk, r));
    }),
  );
  summaries.push(...entriesOfHeadings.filter((rows) => rows.length >= 2));
  // `| R-002 | VPN capacity exceeded |` under "Risks Exceeding Appetite", then the same row in "Top 10 Risks": a row that
  // repeats a risk another table listed before, under its ID and its name, is that risk listed again (a reused ID with
  // another name stays two risks).
  // (The rows of earlier runs by key, gathered run by run: one lookup a row, not a scan of every row before it.)
  const listed = new Map<string, Risk[]>();
  const repeats: Risk[] = [];
  for (const rows of runs) {
    // (A row listed before by its ID alone, with no name, `| R-004 | OPERATIONAL | 9 | 8 | Escalate to Steering Committee |`, is the same risk too.)
    if (!summaries.includes(rows)) repeats.push(...rows.filter((r) => { const k = key(r); return k !== undefined && (listed.get(k) ?? []).some((b) => sameTitle(b, r) || (b.title === undefined && r.title !== undefined)); }));
    for (const r of rows) {
      const k = key(r);
      if (k === undefined) continue;
      const before = listed.get(k);
      if (before) before.push(r);
      else listed.set(k, [r]);
    }
  }
  if (summaries.length === 0 && repeats.length === 0) return risks;
  const summary = new Set([...summaries.flat(), ...repeats]);
  const kept = risks.filter((r) => !summary.has(r));
  // The first risk kept with each key: kept is in document order, so it is the earliest (a lookup per row, not a scan of every risk).
  const firstByKey = new Map<string, number>();
  kept.forEach((r, i) => {
    const k = key(r);
    if (k && !firstByKey.has(k)) firstByKey.set(k, i);
  });
  for (const row of summary) {
    for (const k of keysOf(row)) {
      const first = firstByKey.get(k);
      const at = first !== undefined && kept[first].firstLine.start < row.firstLine.start ? first : -1;
      // A struck-through row is the plan's record that the row no longer stands: it gives its risk nothing.
      if (at >= 0 && !isStruck((row.id ?? row.title)?.value ?? '')) kept[at] = withSummaryRow(kept[at], trackedWording(row, text));
    }
  }
  return kept;
}

/** How many rows of a summary must name a section each, for its other rows to be taken as restating sections too. */
const MOSTLY_NAMED_ROWS = 3;

/**
 * The risks without the rows of a summary table that names them by short name and gives no ID (a `## Risk Matrix`
 * of `| Hydra Integration | High | Medium | 🔴 High | Planned |` after `### 1. Hydra Integration Complexity`): two rows or
 * more, each naming a different risk headed before it by words of its title and planning nothing of its own. What a row
 * gives that its risk lacks is the risk's.
 * A recommendations document's `## Priority Matrix` names the gaps its sections close (`| No Authentication | … | P0 | Week 1 |`
 * after `### 1.2 Implement Authentication System`): a row's word of absence is set aside, and a matrix of three rows or more
 * whose rows two in three so name a section is a summary whole, its few rows in other words (`No Pen Testing` for
 * `Penetration Testing Program`) restating sections too.
 */
export function withoutNamedSummaries(risks: Risk[], text: string): Risk[] {
  if (!risks.some((r) => r.form === 'table' && r.id === undefined)) return risks;
  const runs = tableRuns(risks, text).filter((rows) => rows.length >= 2 && rows.every((r) => r.id === undefined && r.title && !r.actions.some((a) => hasRealValue(a.action))));
  if (runs.length === 0) return risks;
  const matched = new Map<Risk, Risk>();
  const restating = new Set<Risk>();
  for (const rows of runs) {
    const before = risks.slice(0, risks.indexOf(rows[0])).filter((r) => r.form === 'heading' && r.title);
    const words = new Map(before.map((r) => [r, new Set(titleWords(r.title!.value))]));
    const used = new Set<Risk>();
    const pairs: [Risk, Risk][] = [];
    for (const row of rows) {
      const own = titleWords(withoutAbsenceWord(row.title!.value.trim()));
      const risk = own.length > 0 ? before.find((r) => !used.has(r) && own.every((w) => words.get(r)!.has(w))) : undefined;
      if (!risk) continue;
      used.add(risk);
      pairs.push([row, risk]);
    }
    // Every row named, or named in the order of the risks by telling words (pairedInOrder), or two rows in three named.
    const paired = pairs.length === rows.length ? pairs : pairedInOrder(rows, before);
    const summary = paired !== undefined || (pairs.length >= MOSTLY_NAMED_ROWS && 3 * pairs.length >= 2 * rows.length);
    if (!summary) continue;
    for (const [row, risk] of paired ?? pairs) matched.set(row, risk);
    for (const row of rows) restating.add(row);
  }
  if (restating.size === 0) return risks;
  const merged = new Map<Risk, Risk>();
  for (const [row, risk] of matched) merged.set(risk, withSummaryRow(merged.get(risk) ?? risk, row));
  return risks.filter((r) => !restating.has(r)).map((r) => merged.get(r) ?? r);
}

/**
 * A summary table that lists every risk headed before it, one row each in their order, by names it shortens or
 * rewords (`| Unauthorized DB Access |` for `### Risk 1: Unauthorized Database Access`, `| Data Breach in Transit |`
 * for `Data Breach During Transmission`): each row pairs with the risk in its place when they share a telling word
 * of their titles. Undefined when the counts differ or a row shares no such word with its risk.
 */
function pairedInOrder(rows: readonly Risk[], headed: readonly Risk[]): [Risk, Risk][] | undefined {
  if (rows.length !== headed.length) return undefined;
  const telling = (r: Risk) => titleWords(r.title!.value).filter((w) => !isCommonTitleWord(w));
  const pairs = rows.map((row, i): [Risk, Risk] => [row, headed[i]]);
  return pairs.every(([row, risk]) => { const own = new Set(telling(risk)); return telling(row).some((w) => own.has(w)); }) ? pairs : undefined;
}

/** How many IDs of other risks a heading's body must list to be an index of them. */
const INDEX_IDS = 3;

/**
 * The risks without the headings of an index: a heading with no ID and no action whose body lists the IDs of three
 * risks or more read elsewhere (`## Threats by Component`, `### CRM API` with `**Threats**: TM-001, TM-007, TM-008`)
 * groups those risks; it is no risk of its own.
 */
export function withoutIndexHeadings(risks: Risk[], text: string): Risk[] {
  const candidates = risks.filter((r) => r.form === 'heading' && r.id === undefined && !r.actions.some((a) => hasRealValue(a.action)));
  if (candidates.length === 0) return risks;
  const ids = new Set(risks.map((r) => r.id && idKey(r.id.value)).filter((k): k is string => k !== undefined && k !== ''));
  if (ids.size < INDEX_IDS) return risks;
  const index = new Set<Risk>();
  for (const risk of candidates) {
    const next = text.slice(risk.firstLine.end).search(/^ {0,3}#{1,6}[ \t]/m);
    const body = text.slice(risk.firstLine.end, next < 0 ? text.length : risk.firstLine.end + next);
    const cited = new Set([...body.matchAll(CITED_ID)].map((m) => idKey(m[0])).filter((k) => ids.has(k)));
    if (cited.size >= INDEX_IDS) index.add(risk);
  }
  return index.size === 0 ? risks : risks.filter((r) => !index.has(r));
}

/** An action written as one link to a section of the same document: `[Mitigation ID 2 - Webhook fails closed](#mitigation-id-2---webhook-fails-closed)`. */
const SECTION_LINK = /^\[([^\[\]\r\n]+)\]\(#[^()\s]+\)$/;

/** A bold label and its words on one line (`**Proposal:** Deploy the application to GKE`). */
const LABEL_LINE = /^[ \t]{0,3}(?:[-*+][ \t]+)?\*\*([^*\n:]{2,40}?)[ \t]*:?\*\*[ \t]*:?[ \t]*(\S[^\n]*?)[ \t]*$/gm;

/** Each section of the document by its heading's words (numbering and emphasis aside, lower case): where its body starts and ends. Read once a pass. */
function sectionsByName(text: string): Map<string, { start: number; end: number }> {
  // The first section of a name, in document order, as a search from the top finds it; it ends at the next heading of its level or above.
  const sections = new Map<string, { start: number; end: number }>();
  const open: { section?: { start: number; end: number }; level: number }[] = [];
  for (const { start, heading } of unfencedLines(text)) {
    if (!heading) continue;
    while (open.length > 0 && open[open.length - 1].level >= heading.level) {
      const done = open.pop()!;
      if (done.section) done.section.end = start;
    }
    const name = heading.text.replace(/^[\d.)\s]+/, '').replace(/[*_`]/g, '').trim().toLowerCase();
    const section = sections.has(name) ? undefined : { start, end: text.length };
    if (section) sections.set(name, section);
    open.push({ section, level: heading.level });
  }
  return sections;
}

function labelledMeasure(text: string, from: number, to: number): { value: string; valueRange: { start: number; end: number } } | undefined {
  const body = text.slice(from, to);
  for (const m of body.matchAll(LABEL_LINE)) {
    if (fieldForLabel(m[1]) !== 'action') continue;
    const start = from + m.index + m[0].lastIndexOf(m[2]);
    return { value: m[2], valueRange: { start, end: start + m[2].length } };
  }
  return undefined;
}

/**
 * The risks with each action that is only a link to a section of the document read by the link's text, where it is
 * written: the section it names (`#### Mitigation ID 2 - Webhook fails closed`) writes the measure out; the link's
 * target is markup, not words of the action.
 */
export function withSectionLinksRead(risks: Risk[], text: string): Risk[] {
  const linked = (a: Action) => a.action !== undefined && a.action.value.charCodeAt(0) === 0x5b && SECTION_LINK.test(a.action.value);
  if (!risks.some((r) => r.actions.some(linked))) return risks;
  let sections: Map<string, { start: number; end: number }> | undefined;
  const measureOfSection = (words: string) => {
    sections ??= sectionsByName(text);
    const section = sections.get(words.trim().toLowerCase());
    return section && labelledMeasure(text, section.start, section.end);
  };
  return risks.map((risk) => {
    if (!risk.actions.some(linked)) return risk;
    const actions = risk.actions.map((a) => {
      if (!linked(a)) return a;
      const field = a.action!;
      const start = field.valueRange.start + 1;
      const words = SECTION_LINK.exec(field.value)![1];
      // Only where the value is written as read (no emphasis taken out of it), so the text range is the words'.
      if (text.slice(field.valueRange.start, field.valueRange.end) !== field.value) return a;
      // `[Mitigating Database SPOF](#2-mitigating-database-spof)` to a section that words its measure (`**Proposal:** Replace
      // the local volume with a managed regional database`): that measure is the action, not the section's name.
      const measure = measureOfSection(words);
      if (measure) return { ...a, action: { ...field, ...measure } };
      return { ...a, action: { ...field, value: words, valueRange: { start, end: start + words.length } } };
    });
    return { ...risk, actions };
  });
}

/** An ID cell that only stands for more rows (`...`, `…`, `etc.`). */
const FILLER_ID = /^[\s*_]*(?:\.{2,}|…|etc\.?)[\s*_]*$/i;

/**
 * A summary row whose one text column is a column of notes (`| Threat ID | Mitigation Status | Target Date | Notes |`
 * with `httpOnly cookies + CSP`): the row tracks the work on a risk worded before it, and its text is that work. A
 * POA&M's deficit summary (`| POA&M ID | Req ID | Control Description | … |`) names the control, not the work.
 */
function trackedWording(row: Risk, text: string): Risk {
  const title = row.title;
  const header = title?.keyRange && text.slice(title.keyRange.start, title.keyRange.end);
  if (!title || header === undefined || !isTrackingNoteHeader(header) || row.actions.some((a) => hasRealValue(a.action))) return row;
  const [first, ...rest] = row.actions;
  return { ...row, title: undefined, actions: [{ ...(first ?? { firstLine: row.firstLine }), action: title }, ...rest] };
}

/** Whether a cell's whole text is struck through (`~~R1~~`, `**~~R1~~**`). */
function isStruck(value: string): boolean {
  return /^[*_\s]*~~[^]*~~[*_\s]*$/.test(value.trim());
}

/** A cell's text without the strike-through marks around it. */
function unstruck(value: string): string {
  return isStruck(value) ? value.trim().replace(/^([*_\s]*)~~/, '$1').replace(/~~([*_\s]*)$/, '$1') : value;
}

/**
 * The risks without the rows a later risk heading analyses: a table of findings (`| V-01 |
 * Missing BAAs with vendors | … | HIGH |`) and then `#### Risk 1: Data Breach via Vendor` whose
 * own Vulnerability (Finding, Weakness, Gap) line cites that row (`**Vulnerability:** Missing
 * BAAs with vendors (V-01)`): one risk, analysed and planned under the heading. Only a row that
 * plans nothing of its own, cited by one heading alone.
 */
export function withoutAnalysedRows(risks: Risk[], text: string): Risk[] {
  const key = (r: Risk) => r.id && unstruck(r.id.value).trim().toLowerCase();
  const rows = new Map<string, Risk>();
  const citedBy = new Map<Risk, Risk[]>();
  // Only a heading can cite a row read before it: the rows after the last heading need not be keyed (a register's keystroke).
  let lastHeading = risks.length - 1;
  while (lastHeading >= 0 && risks[lastHeading].form !== 'heading') lastHeading--;
  for (const [i, risk] of risks.entries()) {
    if (i > lastHeading) break;
    if (risk.form === 'table') {
      const k = key(risk);
      if (k && !risk.actions.some((a) => hasRealValue(a.action))) rows.set(k, risk);
      continue;
    }
    // Only a row read before the heading can be cited: with none, no section need be searched (a heading plan's keystroke).
    if (risk.form !== 'heading' || rows.size === 0) continue;
    const end = Math.min(risks[i + 1]?.firstLine.start ?? text.length, nextHeadingAt(text, risk.firstLine.end));
    const cited = new Set<Risk>();
    for (const line of analysedLinesIn(text, risk.firstLine.end, end)) {
      for (const m of line[0].matchAll(CITED_ID)) {
        const row = rows.get(m[0].toLowerCase());
        if (row && row.firstLine.start < risk.firstLine.start) cited.add(row);
      }
    }
    for (const row of cited) citedBy.set(row, [...(citedBy.get(row) ?? []), risk]);
  }
  const analysed = [...citedBy].filter(([, by]) => by.length === 1);
  if (analysed.length === 0) return risks;
  const dropped = new Set(analysed.map(([row]) => row));
  const rated = new Map(analysed.map(([row, [heading]]) => [heading, row]));
  return risks.filter((r) => !dropped.has(r)).map((r) => {
    const row = rated.get(r);
    return row && !r.priority && row.priority ? { ...r, priority: row.priority } : r;
  });
}
/** A line of a risk's section that names the finding it analyses: `**Vulnerability:** Missing BAAs (V-01)`, `- Finding: F-3`. */
const ANALYSED_LINE = /^[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}(?:vulnerabilit(?:y|ies)|findings?|weakness(?:es)?|gaps?|deficienc(?:y|ies))(?:[ \t]+(?:id|ref(?:erence)?))?[ \t]*[*_]{0,2}[ \t]*:[^\n]*/gim;
/** Each analysed line of a whole text, found again only around an edit. */
const analysedLines = everyMatch(ANALYSED_LINE);

/**
 * The analysed lines of the text between `from` (the end of a heading's line) and `end`, as a search of that part alone
 * finds them: from the whole text's lines, unless one runs past `end` (a part that ends within a line is searched alone).
 */
function analysedLinesIn(text: string, from: number, end: number): readonly RegExpMatchArray[] {
  // A part that starts within a line (not at its break) may match at its start where the whole text has no line start.
  if (from < end && text[from] !== '\n' && text[from] !== '\r') return [...text.slice(from, end).matchAll(ANALYSED_LINE)];
  const all = analysedLines(text);
  const within: RegExpMatchArray[] = [];
  for (let k = firstAtOrAfter(all, from, (m) => m.index); k < all.length && all[k].index < end; k++) {
    if (all[k].index + all[k][0].length > end) return [...text.slice(from, end).matchAll(ANALYSED_LINE)];
    within.push(all[k]);
  }
  return within;
}

/** Where the next heading after `from` starts, or the text's end. */
function nextHeadingAt(text: string, from: number): number {
  HEADING_START.lastIndex = from;
  return HEADING_START.exec(text)?.index ?? text.length;
}
const HEADING_START = /^ {0,3}#{1,6}[ \t]/gm;

/**
 * The risks without a template's unfilled rows: a table row whose risk, action, owner and due
 * date are all empty or placeholders (`| REM-010 | | | | | |`, `| REM-001 | [VULN-ID] | [current]
 * | [name] | [date] | Open |`) is a line left to fill in, not a risk; an ID and a status alone
 * name nothing; nor is a row whose ID says it is an example.
 */
export function withoutUnfilledRows(risks: Risk[]): Risk[] {
  const unfilled = (r: Risk) =>
    (r.form === 'table' || r.form === 'heading') &&
    // `| V-1Example | AC-1 | Open port on Example Firewall | …`: a template's row whose ID says it is an example shows how to fill a row in.
    (isExampleId(r.id?.value ?? '') ||
    // `| SEC-0001 | … | Example finding title | … | Replace with real issue |`: a row titled as an example of an entry shows how to fill one in.
    (r.form === 'table' && isExampleTitle(r.title?.value ?? '')) ||
    // `| - | No new risks | - | - |`: a row that says the table lists nothing this time.
    (r.form === 'table' && saysNoneListed(r.title?.value ?? '') && !r.actions.some((a) => written(a.action) || written(a.owner) || written(a.due))) ||
    !written(r.title) &&
    // A level the row writes itself (`| VULN-002 | [Issue name] | High |`) rates a risk to be named; one its section heading gives does not.
    !(written(r.priority) && r.priority.valueRange.start >= r.firstLine.start && r.priority.valueRange.start < r.firstLine.end) &&
    r.actions.every((a) => !written(a.action) && !written(a.owner) && !written(a.due))) &&
    // Looked at last: every heading risk of a plan comes here, and few are left blank.
    (r.form === 'table' || isForm(r));
  return risks.some(unfilled) ? risks.filter((r) => !unfilled(r)) : risks;
}

/** A cell that is only a dash: the row says it addresses no risk. */
const DASH_ONLY = /^[\s*_]*[-–—][\s*_]*$/;

/**
 * The risks without a table's rows that say they address no risk (`| 2 | This assessment + plan | — | PR 2 |` under
 * `| # | Action | Addresses | Delivered in |`, set 92): work on the plan itself, beside rows each naming the risk it answers.
 * Only beside such rows, and with no ID but a row number: a table whose every risk cell is a dash names its risks nowhere, and is kept.
 */
export function withoutRowsOfNoRisk(risks: Risk[], text: string): Risk[] {
  // A row's number (`| 2 |` in a `#` column) orders the rows; it is no ID a risk is known by.
  const noRisk = (r: Risk) => r.form === 'table' && (r.id === undefined || /^\d{1,3}$/.test(r.id.value.trim())) && r.title !== undefined && DASH_ONLY.test(r.title.value);
  if (!risks.some(noRisk)) return risks;
  const dropped = new Set<Risk>();
  for (const rows of tableRuns(risks, text)) if (rows.some((r) => !noRisk(r) && written(r.title))) for (const r of rows) if (noRisk(r)) dropped.add(r);
  return dropped.size === 0 ? risks : risks.filter((r) => !dropped.has(r));
}

/**
 * The risks without a form's example row, whose cells restate their columns: `| Riesgo priorizado |
 * Accion de mitigacion definida |` under `| Riesgo | Accion |`, `| Risk description | Action to take |`
 * under `| Risk | Action |`. It shows how to fill the table in; its date and status are the example's.
 */
export function withoutEchoRows(risks: Risk[], text: string): Risk[] {
  // The rows of a table share their column labels: each label's first word is folded once, not once a row.
  const headerWords = new Map<number, string>();
  const echoes = (field: Field | undefined) => {
    if (!field?.keyRange || field.value === '') return false;
    let header = headerWords.get(field.keyRange.start);
    if (header === undefined) headerWords.set(field.keyRange.start, (header = firstWord(text.slice(field.keyRange.start, field.keyRange.end))));
    return header.length >= 4 && firstWord(field.value) === header;
  };
  const example = (r: Risk) => r.form === 'table' && r.actions.length === 1 && echoes(r.title) && echoes(r.actions[0].action);
  return risks.some(example) ? risks.filter((r) => !example(r)) : risks;
}
/** The first word of a cell, folded (foldedWord), its emphasis marks aside. */
const firstWord = (value: string): string => foldedWord(FIRST_WORD.exec(value.replace(/[*_`]/g, ''))?.[0]);
const FIRST_WORD = /\S+/;
/** A word without case, accents and trailing punctuation: `Acción` and `accion` are one word. */
const foldedWord = (word: string | undefined): string => (word ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+$/u, '');

/**
 * Choices offered rather than one made: words or letters parted by slashes (`Open/Closed`, `H/M/L`),
 * boxes to tick (`Open ☐ Closed ☐`), or a list of three or more statuses or levels (`Open, In Progress,
 * Completed, Closed`, a help page's description of the field).
 */
export function isChoice(value: string): boolean {
  if (/☐/.test(value) || /^[*_\s]*[A-Za-z]+(?:[ \t]*\/[ \t]*[A-Za-z]+)+[*_\s]*$/.test(value)) return true;
  const parts = value.split(/\s*,\s*(?:or\s+)?/).map((part) => part.replace(/[*_`.]/g, '').trim());
  return parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 3 && (statusOf(part) !== undefined || gradeWordOf(part) !== undefined));
}

/** A form's blank to write on or boxes to tick (`_____`, `Open ☐ Closed ☐`), or a scale to pick from (`H/M/L`): nothing written yet. */
const isFormValue = (value: string): boolean => hasFormBlank(value) || SCALE_TO_PICK.test(value);
const SCALE_TO_PICK = /(?<![A-Za-z])[A-Za-z]\/[A-Za-z]\/[A-Za-z](?![A-Za-z])/;
const written = (field: Field | undefined): field is Field => hasRealValue(field) && !isFormValue(field.value);
/** A heading risk left as a form (`#### Finding #1` over `- **Finding**: _____`): it has a blank of its own; one merely sparse does not. */
const isForm = (r: Risk): boolean => [r.title, r.priority, ...r.actions.flatMap((a) => [a.action, a.owner, a.due, a.status])].some((f) => f !== undefined && isFormValue(f.value));

/** A risk with what its summary row gives and the risk does not: owner, due date and status on its open actions, the priority. */
function withSummaryRow(risk: Risk, row: Risk): Risk {
  const given = row.actions.find((a) => a.owner || a.due || a.status);
  const priority = risk.priority ?? row.priority;
  // A risk named by its ID alone (`| R-004 | OPERATIONAL | 9 |`) takes the name the summary row gives it.
  if (risk.title === undefined && row.title !== undefined) risk = { ...risk, title: row.title };
  // `| Threat ID | Mitigation | Status |` after the threats table: a table keyed by the risks' IDs that plans what their rows
  // did not is the risks' plan, its rows their actions (with what the risk's own row gave them).
  const planned = row.actions.filter((a) => hasRealValue(a.action));
  if (planned.length > 0 && !risk.actions.some((a) => hasRealValue(a.action))) {
    const own = risk.actions.find((a) => a.owner || a.due || a.status);
    const actions = planned.map((a) => (own ? { ...a, owner: a.owner ?? own.owner, due: a.due ?? own.due, status: a.status ?? own.status } : a));
    return { ...risk, priority, actions, treatment: risk.treatment ?? row.treatment };
  }
  // A summary of accepted risks (`### Accepted Risks`, a Basis for Acceptance column) records the decision the risk lacks.
  const decided = risk.treatment === undefined && row.treatment !== undefined && treatmentOf(row.treatment.value, 'table') !== undefined ? { treatment: row.treatment, acceptance: withAcceptanceOf(risk.acceptance, row.acceptance) } : {};
  if (!given) return priority === risk.priority && !decided.treatment ? risk : { ...risk, priority, ...decided };
  const actions = risk.actions.map((a) => ({
    ...a,
    owner: a.owner ?? given.owner,
    // An open status (`Open`, `In Progress`) still wants the date the summary gives; a done one does not.
    // An empty Due cell of the summary (a column added for another row) dates nothing.
    due: a.due ?? (statusOf(a.status?.value) === 'done' || a.completed || !hasRealValue(given.due) ? undefined : given.due),
    status: a.status ?? given.status,
  }));
  return { ...risk, priority, actions, ...decided };
}

/** An acceptance with what another record of it gives where it gives nothing (the risk's controls, the summary's rationale). */
function withAcceptanceOf(own: Acceptance, other: Acceptance): Acceptance {
  if (!hasAcceptance(own)) return other;
  const merged: { -readonly [K in keyof Acceptance]: Acceptance[K] } = { ...own };
  for (const key of ['rationale', 'approvedBy', 'approvedOn', 'compensatingControls', 'reviewBy'] as const) merged[key] ??= other[key];
  return merged;
}

/**
 * The risks without the headings that restate a risk listed by ID: a heading with no ID, no action and no priority whose
 * title's words, two or more, all stand in the title of exactly one risk with an ID (`#### Rate Limiting` in a review's body,
 * its issue table's `| M-3 | 🟡 MEDIUM | No API rate limiting |`) is that risk's write-up, not a second risk. A report
 * that lists its issues in a table and discusses them by topic below writes so.
 */
export function withoutRestatedHeadings(risks: Risk[]): Risk[] {
  const bare = risks.filter((r) => r.form === 'heading' && r.id === undefined && r.title && !hasRealValue(r.priority) && !r.actions.some((a) => hasRealValue(a.action)));
  if (bare.length === 0) return risks;
  const listed = risks.filter((r) => r.id !== undefined && r.id.value.trim() !== '' && r.title).map((r) => new Set(titleWords(r.title!.value)));
  // `| Single Point of Failure (SPOF) - Application | High | … | Pending | [Mitigating …] |` in a register with no IDs, then
  // `1. **Single Point of Failure (SPOF) for Application:** The application still runs …`: the list describes the rows
  // it names by their telling words, one row each; it adds no risk (session 20).
  const rows = risks.filter((r) => r.form === 'table' && r.id === undefined && r.title).map((r) => ({ at: r.firstLine.start, all: new Set(titleWords(r.title!.value)), words: tellingWords(r.title!.value) }));
  if (listed.length === 0 && rows.length === 0) return risks;
  const restated = new Set(bare.filter((r) => {
    const own = titleWords(r.title!.value);
    if (own.length >= 2 && listed.filter((words) => own.every((w) => words.has(w))).length === 1) return true;
    const telling = [...tellingWords(r.title!.value)];
    const names = (row: (typeof rows)[number]) => (own.length >= 2 && own.every((w) => row.all.has(w))) || (telling.length >= 2 && telling.every((w) => row.words.has(w)));
    return rows.filter((row) => row.at < r.firstLine.start && names(row)).length === 1;
  }));
  return restated.size === 0 ? risks : risks.filter((r) => !restated.has(r));
}

/**
 * A finding line that says nothing was found: `**Finding:** No audit exceptions or violations noted at this time.`,
 * `**Observation:** No issues identified.` An audit report writes one section per area it tested, the clean ones too.
 */
const NOTHING_FOUND = /^[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}(?:findings?|observations?|results?|issues? found)[ \t]*(?::[*_]{0,2}|[*_]{2}[ \t]*:)[ \t]*(?:\r?\n[ \t]*)?no (?:(?:audit|major|significant|material|notable) )?(?:exceptions?|violations?|issues?|gaps?|findings?|deficiencies|weaknesses)(?: (?:or|and) (?:exceptions?|violations?|issues?|gaps?|deficiencies))? (?:were |was )?(?:noted|identified|found|observed|detected)\b/gim;

/**
 * A verdict line, and its value: `**Finding:** COMPLIANT`, `**Status:** ✅ PASS`. An audit that lists every control it
 * checked gives each its verdict; a section whose verdict passed outright (isPassedVerdict) checked a sound control.
 */
const VERDICT_LINE = /^[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}(?:findings?|status|result|verdict|assessment|audit result|compliance status|compliance)[ \t]*(?::[*_]{0,2}|[*_]{2}[ \t]*:)[ \t]*([^\n]{1,80}?)[ \t]*$/gim;

/** Whether the last heading above a point is closed by a check mark (`#### § 164.310(a)(1) - Facility Access Controls ✅`). */
function checkedHeadingAbove(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4000), at);
  const heading = /(?:^|\n) {0,3}#{1,6}[ \t][^\n]*$/.exec(before.slice(0, before.lastIndexOf('\n') + 1).replace(/\n+$/, ''));
  return heading !== null && /[\u2713\u2714\u2705]\uFE0F?[ \t*_]*$/u.test(heading[0]);
}

/** Words of a section that says nothing was found in it (NOTHING_FOUND says where). */
const NOTHING_FOUND_WORDS = /\bno [a-z ]{0,30}(?:noted|identified|found|observed|detected)\b/i;
/** Those words, or a verdict that passed: whether withoutCleanAreas has anything to look for. */
const CLEAN_OR_PASSED_WORDS = /\bno [a-z ]{0,30}(?:noted|identified|found|observed|detected)\b|\b(?:pass|passed|compliant|met|satisfied|no gaps?)\b/i;
const saysNothingFound = anywhere(NOTHING_FOUND_WORDS);
const saysCleanOrPassed = anywhere(CLEAN_OR_PASSED_WORDS);

/**
 * The risks without a tested area's section that says nothing was found in it (its heading read as a finding, its
 * recommendation to keep things as they are as an action): it is no risk.
 */
export function withoutCleanAreas(risks: Risk[], text: string): Risk[] {
  // One scan of the whole text on the keystroke of a plan that says neither (most plans).
  if (!saysCleanOrPassed(text)) return risks;
  const nothingFound = saysNothingFound(text);
  const clean = nothingFound ? [...text.matchAll(NOTHING_FOUND)].map((m) => m.index) : [];
  // `COMPLIANT (Azure Responsibility)` under a heading the audit checked off (`… Facility Access Controls ✅`) passed too;
  // `✅ PASS (with fallback)` under `⚠️ MEDIUM-008` is qualified, and stays a finding.
  const passed = [...text.matchAll(VERDICT_LINE)].filter((m) => isPassedVerdict(m[1]) || (isPassedVerdict(m[1].replace(/\s*\([^()]*\)$/, '')) && checkedHeadingAbove(text, m.index))).map((m) => m.index);
  if (clean.length === 0 && passed.length === 0) return risks;
  const headed = risks.filter((r) => r.form === 'heading').map((r) => r.firstLine.start).sort((a, b) => a - b);
  // Each clean line is in the section of the last heading risk above it, and before the next heading.
  const sectionOf = (at: number): number | undefined => {
    const above = headed.filter((start) => start <= at).pop();
    if (above === undefined) return undefined;
    const between = text.slice(above, at);
    return /\n {0,3}#{1,6}[ \t]/.test(between.slice(between.indexOf('\n') + 1)) ? undefined : above;
  };
  const cleanRisks = new Set(clean.map(sectionOf).filter((at) => at !== undefined));
  // A passed verdict over work someone owns or has dated is a finding re-checked, and stays.
  const passedRisks = new Set(passed.map(sectionOf).filter((at) => at !== undefined));
  const unplanned = (r: Risk) => r.actions.every((a) => !hasRealValue(a.owner) && !hasRealValue(a.due));
  return withoutUnlessAll(risks, (r) => r.form === 'heading' && (cleanRisks.has(r.firstLine.start) || (passedRisks.has(r.firstLine.start) && unplanned(r))));
}
