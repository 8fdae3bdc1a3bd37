// One risk written twice under its ID: whether a heading details a table's row (and the two joined),
// or is a summary's copy of a register's entry, or only labels the risk's actions.
import type { Field, Risk, Span } from '../../model/plan-model';
import { hasRealValue } from '../../model/placeholders';
import { fieldForLabel, priorityOf, statusOf } from '../../model/vocabulary';
import { CITED_ID, citesOnly } from './whole-plan-passes';
import { nameWords, tellingWords } from './title-words';

/** A heading line's level (`### …` is 3); 0 when the line is no ATX heading. */
function headingLevelOf(line: string): number {
  return /^ {0,3}(#{1,6})[ \t]/.exec(line)?.[1].length ?? 0;
}

/** Whether a heading of a higher level than the later one's stands between two heading lines: they sit in two sections. */
export function outerHeadingBetween(text: string, earlier: Span, later: Span): boolean {
  const level = headingLevelOf(text.slice(later.start, later.end));
  if (level <= 1) return false;
  return new RegExp(String.raw`^ {0,3}#{1,${level - 1}}[ \t]`, 'm').test(text.slice(earlier.end, later.start));
}

/** How many fields a risk writes, its actions' among them: of two copies of one risk, the fuller is the register's entry. */
export function writtenFieldCount(risk: Risk): number {
  const count = (o: object) => Object.values(o).filter((v) => v !== undefined && typeof v === 'object' && 'value' in v).length;
  return count(risk) + risk.actions.reduce((n, a) => n + count(a), 0);
}

/**
 * Whether a heading that repeats a row's ID details that row: it names no risk of its own
 * (`### Issue ID: AUD-01`), or its name is the row's, in other words or shortened
 * (`#### POA-005 — No Server-Side Input Logging ✅`). One with another name is a second risk
 * under a reused ID (duplicate-risk-id's finding). By the name only: a field a fix adds to
 * the section must not split it from its row.
 */
export function isDetailOf(heading: Risk, row: Risk): boolean {
  const title = nameWords(heading.title);
  if (!title) return true;
  // `### RISK-001 - Mitigated`, `### R-4 (High)`: a heading whose name is only the risk's status or level names no risk of its own.
  const named = heading.title!.value.replace(/[()[\]*_`]/g, '').trim();
  if (statusOf(named) !== undefined || priorityOf(named) !== undefined) return true;
  // A row that plans nothing is an entry of an index (`| F-03 | SNMP community string | Low | Closed |`, a template's
  // `| VULN-001 | [Issue name] | Critical | @owner |`): the heading repeating its ID is its detail, however it words the title.
  if (!row.actions.some((a) => hasRealValue(a.action))) return true;
  const names = [nameWords(row.title), ...row.actions.map((a) => nameWords(a.action))].filter((n): n is string => !!n);
  return names.some((name) => name === title || name.startsWith(title) || title.startsWith(name));
}

/**
 * A table row's risk with its detail section: the row's owner, date and status go to the steps
 * the section writes with none of their own; the section gives what the row lacks (priority,
 * validation, evidence, the wording) and its steps join the row's.
 */
export function withDetail(row: Risk, detail: Risk): Risk {
  // A row's status alone is not spread over the section's steps: they are read as the section writes them (its own Status line).
  const given = row.actions.find((a) => a.owner || a.due || a.completed);
  const worded = detail.actions.filter((a) => a.action?.value.trim());
  // The IDs the section's own steps lead with (`- [MIT-006](#mit-006): Config file integrity checks`).
  const detailed = new Set(worded.flatMap((a) => [...a.action!.value.matchAll(CITED_ID)].map((m) => m[0].toLowerCase())));
  // `| RISK-01 | … | MIT-006, MIT-007 |`: a row's action that only cites steps the section writes out is those steps, not one more.
  const kept = row.actions.filter((a) => a.action?.value.trim() && !citesOnly(a.action.value, detailed));
  // The owner the section gives the risk (`- **Owner**: security-team`) owns the row's own action too (`None`, a step written only in the row).
  // (One owner for the whole section: steps owned by different people name no owner of the risk.)
  const owners = detail.actions.map((a) => a.owner).filter((o): o is Field => o !== undefined);
  const owner = owners.length > 0 && owners.every((o) => o.value.trim() === owners[0].value.trim()) ? owners[0] : undefined;
  const ownedKept = owner ? kept.map((a) => ({ ...a, owner: a.owner ?? owner })) : kept;
  // A section whose only "step" carries the risk's owner or status beside a row that words the action adds no step of its own.
  // The status of an index's row (`| F-03 | … | Closed |`) is that of the section's steps when the section writes none of its own.
  const indexStatus = kept.length === 0 && !detail.actions.some((a) => a.status) ? row.actions.find((a) => a.status)?.status : undefined;
  const planned = (worded.length === 0 && kept.length > 0 ? [] : detail.actions)
    .filter((a) => a.action?.value.trim() || a.owner || a.due || a.status)
    .map((a) => (given ? { ...a, owner: a.owner ?? given.owner, due: a.due ?? given.due, status: a.status ?? given.status, completed: a.completed ?? given.completed } : a))
    .map((a) => (indexStatus && !a.status ? { ...a, status: indexStatus } : a));
  const actions = planned.length === 0 && kept.length === row.actions.filter((a) => a.action?.value.trim()).length && !owner ? row.actions : [...ownedKept, ...planned];
  return {
    ...row,
    actions,
    priority: row.priority ?? detail.priority,
    validation: row.validation ?? detail.validation,
    evidence: row.evidence ?? detail.evidence,
    title: row.title ?? detail.title,
    treatment: row.treatment ?? detail.treatment,
    // `| R-009 | … | Tolerate |`, then the section's `**Rationale:**`: the section records the decision the row names.
    acceptance: { ...detail.acceptance, ...definedOf(row.acceptance) },
  };
}

/** An object's fields that hold a value: spread over another's, they replace only what they give. */
function definedOf<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A repeat heading's title that only labels actions, after the rest of its ID (`S Recommended Mitigations`, `Remediation`). */
export function isActionHeadingTitle(title: string | undefined): boolean {
  if (title === undefined) return false;
  const words = title.replace(/^[-\s]*(?:[A-Za-z]{1,3}\s*[-:\u2013\u2014]?\s+)?/, '');
  return fieldForLabel(words) === 'action' || fieldForLabel(title) === 'action';
}

/** `Issue #7`, `Finding #12`: an entry cited by the number its heading gave it. */
const CITED_NUMBER = /^(?:issue|finding|risk|item|gap|vulnerability|weakness)\s*#\s*(\d{1,3})$/i;
/** A heading numbered after its marks: `### 🟡 7. Permission Check Bug`, `### 12) Resource Leak`. */
const HEADING_NUMBER = /^ {0,3}#{1,6}[ \t]+(?:[^\p{L}\p{N}\s]+[ \t]*)*(\d{1,3})[.)][ \t]/u;

/**
 * The finding a later heading cites by number (`#### Issue #7: Remove INTERNET Permission Check` under a review's Quick
 * Wins, after `### 🟡 7. Permission Check Bug` under its findings): an earlier heading with no ID, numbered so, sharing a
 * telling word of its name, in another section. -1 when there is none: the heading is then a risk of its own.
 */
export function citedNumberedFinding(text: string, risks: readonly (Risk | undefined)[], index: number): number {
  const cite = risks[index];
  const number = cite?.id && CITED_NUMBER.exec(cite.id.value.trim())?.[1];
  if (!cite || !number) return -1;
  const words = tellingWords(cite.title?.value ?? '');
  return risks.findIndex((r, i) =>
    i < index && r !== undefined && r.form === 'heading' && r.id === undefined &&
    HEADING_NUMBER.exec(text.slice(r.firstLine.start, r.firstLine.end))?.[1] === number &&
    [...tellingWords(r.title?.value ?? '')].some((w) => words.has(w)) &&
    outerHeadingBetween(text, r.firstLine, cite.firstLine));
}

/** The finding with what its citation adds: a known status for its actions that give none, and a priority when it has none. */
export function withCitedState(finding: Risk, cite: Risk): Risk {
  const status = cite.actions.map((a) => a.status).find((s) => s !== undefined && statusOf(s.value) !== undefined);
  const actions = status ? finding.actions.map((a) => (a.status || a.completed ? a : { ...a, status })) : finding.actions;
  return { ...finding, priority: finding.priority ?? cite.priority, actions };
}
