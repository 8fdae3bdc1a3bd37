// Items of a Markdown plan that are written where and as risks are written — a heading or the
// first cell of a table row that starts with a risk ID, or a list item that names one as a risk
// ("### R-009: …", "| POAM-12 | …", "- ✅ Finding SA-003: …") — found in the text alone, so they can be held against
// the risks the reader actually read. Shapes, not a list of documents: an ID is letters, then
// digits, with a separator unless the letters are short; IDs of frameworks, standards and
// versions (AC-2, CVE-2024-1, ISO-27001, Q1, SHA-256) are not risks.
import type { Span } from '../../model/plan-model';
import { isExampleTitle, isPlaceholder } from '../../model/placeholders';
import { statusOf } from '../../model/vocabulary';
import { everyMatch } from '../../parse/text-scan';

export interface RiskShapedItem {
  /** The ID as written. */
  readonly id: string;
  /** Where the ID is. */
  readonly range: Span;
  /** For a table row: the table's extent (its header row to its last row), so rows the reader chose to leave out of a table it read are known. */
  readonly table?: Span;
}

/** A heading below the title, a table row, or a list item (bullet, number or checkbox), and what follows its marker. */
const ITEM_START = /^(?:#{2,6}[ \t]+|\|[ \t]*|[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)/;
/** Emphasis, links, emoji and status marks before the ID (a pattern source, shared with CANDIDATE). */
const MARKS = String.raw`(?:[*_\x60[\]✓✗✔✘ \t\uFE0F\u200D]|\p{Extended_Pictographic})*`;
const LEAD_MARKS = new RegExp(`^${MARKS}`, 'u');
/** A word naming what the item is before its ID: `Risk ID: R-7`, `Finding #F-03`. */
const LEAD_WORD = /^(?:risk|finding|issue|item|gap|weakness|vulnerability|threat|poa&m|poam)(?:[ \t]+(?:id|no\.?|number))?(?:[ \t]*[:#][ \t]*|[ \t]+)/i;
/**
 * The ID: letters, then digits, with more numbered parts (`R-3.1`, `SEC-2026-04`). Without a
 * separator only up to four letters and two digits or more (`RK12`, `R01`), so words with a
 * number (`Office365`, `SMBv1`, `DC3`) and criteria such as SOC 2's `CC6.1` or `A1.2` are not IDs.
 */
const ID = /^(?:([A-Za-z][A-Za-z&]{0,11}(?:-[A-Za-z]{1,8}){0,2})[-_\u2010\u2011](\d{1,6})|([A-Za-z]{1,4})(\d{2,6}))((?:[-.]\d{1,6})*)(?=$|[\s:.,;)\]—–·•|*_`-])/;
/** A NIST SP 800-53 control (`AC-2`, `SC-28`): two letters and an unpadded number. */
const CONTROL = /^[A-Za-z]{2}-[1-9]\d?$/;
/** A scale to pick from, one letter a choice (`H/M/L`, `Y/N`): a template's cell, nothing chosen yet. */
const LETTER_SCALE = /^[A-Za-z](?:\s*\/\s*[A-Za-z]){1,4}$/;
/** A template's menu of values to pick from (`Low / Medium / High / Critical`, `Open / Mitigating / Accepted / Closed`): three or more single words, not a value. */
const CHOICES = /^[A-Z][A-Za-z-]{0,19}(?:[ \t]*\/[ \t]*[A-Z][A-Za-z-]{0,19}){2,7}$/;

/** Letters that name a standard, a catalogue, a version or a period, never a risk register. */
const NOT_RISK_PREFIXES = new Set([
  'cve', 'cwe', 'cis', 'iso', 'iec', 'soc', 'nist', 'sp', 'hipaa', 'pci', 'dss', 'tls', 'ssl', 'sha', 'aes', 'rsa', 'md',
  'http', 'https', 'ipv', 'wcag', 'gdpr', 'owasp', 'asvs', 'fy', 'q', 'h', 'v', 'ver', 'version', 'rev', 'phase', 'step',
  'week', 'day', 'month', 'sprint', 'stage', 'wave', 'milestone', 'tier', 'level', 'priority', 'sev', 'severity', 'p', 's',
  'section', 'sec.', 'page', 'table', 'figure', 'fig', 'appendix', 'annex', 'article', 'art', 'clause', 'rule', 'req',
  'requirement', 'control', 'cc', 'covid', 'gpt', 'node', 'windows', 'win', 'raid', 'llm', 'api', 'top', 'option', 'scenario',
  'm', 'ms',
  // A findings report's informational notes (`INFO-001: No secrets were found`): what it checked and found sound, not risks.
  'info', 'informational',
  // An audit's checks that passed (`✅ PASS-014: Stripe Webhook Signature Validation`, its Status `✅ PASS`): found sound, not risks.
  'pass',
]);
/** Words of a table's first header cell that name something other than a risk: an asset inventory, a control list, a document index, a threat model's trust boundaries, entry points and components. */
const NOT_RISK_HEADER = /\b(?:assets?|controls?|techniques?|tactics?|safeguards?|documents?|docs?|files?|systems?|requirements?|criteri(?:a|on)|standards?|polic(?:y|ies)|cc|milestones?|deliverables?|tests?|tickets?|evidence|artifacts?|versions?|changes?|users?|roles?|vendors?|suppliers?|applications?|apps?|services?|servers?|hosts?|devices?|data|boundar(?:y|ies)|entry[ -]?points?|endpoints?|zones?|components?|interfaces?|(?:data[ -]?)?flows?|actors?|mitigations?)\b/i;

/** Whether `id` is shaped like a risk's ID and not a framework's, a standard's or a period's. */
export function isRiskShapedId(id: string): boolean {
  const m = ID.exec(id);
  if (!m) return false;
  const letters = (m[1] ?? m[3]).toLowerCase();
  return !NOT_RISK_PREFIXES.has(letters) && !CONTROL.test(m[0]);
}

/** The risk-shaped IDs anywhere in a line of text. */
export function idsIn(line: string): string[] {
  const ids: string[] = [];
  for (const m of line.matchAll(/(?<![A-Za-z0-9-])[A-Za-z][A-Za-z&-]{0,20}\d[\d.-]*/g)) {
    const id = ID.exec(m[0])?.[0];
    if (id && isRiskShapedId(id)) ids.push(id);
  }
  return ids;
}

/**
 * A line that may start an item with an ID, over the whole text at once: the same start, marks
 * and lead word as an item, then something shaped like an ID (checked by ID after). Cheap enough
 * for every keystroke, where every ID it finds is usually a risk read.
 */
const CANDIDATE = new RegExp(
  String.raw`^(?:#{2,6}[ \t]+|\|[ \t]*|[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)${MARKS}(?:(?:${LEAD_WORD.source.slice(1)})${MARKS})?([A-Za-z][A-Za-z&\-_\u2010\u2011]{0,30}\d[\d.-]*)`,
  'gimu',
);

/** Every candidate line, found again only around an edit (a keystroke searched a 1,000-risk plan whole, 0.6 ms). */
const candidates = everyMatch(CANDIDATE);

/** A colon and a year after an ID: the edition of a catalogue the ID is a category of (`A01:2021`). */
const EDITION_AFTER = /^:(?:19|20)\d\d(?!\d)/;

/**
 * The risk-shaped items of a Markdown text from `from` on whose IDs `known` does not know,
 * outside code fences and HTML comments; table header and separator rows are not items. The
 * whole text is searched at once for IDs not known; only when there are some are its lines
 * walked to place them (fences, comments, tables).
 */
export function riskShapedItems(text: string, from: number, known: (id: string) => boolean): RiskShapedItem[] {
  const unknown = new Set<string>();
  for (const m of candidates(text)) {
    if (m.index < from) continue;
    const id = ID.exec(m[1])?.[0];
    // `A01:2021-Broken Access Control`: a catalogue's category, the year its edition names after a colon (OWASP Top 10).
    if (id === m[1] && EDITION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    if (id && !known(id) && isRiskShapedId(id)) unknown.add(id);
  }
  if (unknown.size === 0) return [];
  return itemsByLine(text, from).filter((item) => unknown.has(item.id));
}

/** Every risk-shaped item, by a walk over the lines that knows fences, comments and tables. */
function itemsByLine(text: string, from: number): RiskShapedItem[] {
  const items: RiskShapedItem[] = [];
  let fence: string | undefined;
  let inComment = false;
  /** The table the lines are in: where it starts, whether its header names risks, and its rows found so far. */
  let table: { start: number; risky: boolean; rows: RiskShapedItem[] } | undefined;
  const closeTable = (end: number) => {
    if (!table) return;
    const extent = { start: table.start, end };
    if (table.risky) for (const row of table.rows) items.push({ ...row, table: extent });
    table = undefined;
  };
  for (let start = from; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    const next = newline < 0 ? text.length : newline + 1;
    const fenceMark = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line);
    const inTable = fence === undefined && !inComment && line.startsWith('|');
    if (!inTable) closeTable(start);
    if (inTable) {
      if (!table) table = { start, risky: !isHeaderRow(text, next) || !NOT_RISK_HEADER.test(line.split('|')[1] ?? ''), rows: [] };
      const item = itemOn(text, line, start, next);
      if (item) table.rows.push(item);
    } else if (fence !== undefined) {
      if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (fenceMark) {
      fence = fenceMark[1];
    } else if (line.trimStart().startsWith('<!--')) {
      inComment = !line.includes('-->');
    } else {
      const item = itemOn(text, line, start, next);
      if (item) items.push(item);
    }
    start = next;
  }
  closeTable(text.length);
  return items;
}

function itemOn(text: string, line: string, start: number, next: number): RiskShapedItem | undefined {
  const marker = ITEM_START.exec(line);
  if (!marker) return undefined;
  const isRow = marker[0].startsWith('|');
  const isListItem = !isRow && !marker[0].startsWith('#');
  if (isRow && (/^\|[\s|:-]*$/.test(line) || isHeaderRow(text, next))) return undefined;
  let at = marker[0].length;
  at += LEAD_MARKS.exec(line.slice(at))![0].length;
  const leadWord = LEAD_WORD.exec(line.slice(at))?.[0].length ?? 0;
  // A list item that starts with an ID is as often a reference (an attachment, a ticket, a
  // related document: "- CHG-2026-0892 Firewall change request") as a risk: only one that says
  // it is a risk or finding ("- Risk R-7: ...") is held to the risks read.
  if (isListItem && leadWord === 0) return undefined;
  at += leadWord;
  at += LEAD_MARKS.exec(line.slice(at))![0].length;
  const m = ID.exec(line.slice(at));
  if (!m || !isRiskShapedId(m[0])) return undefined;
  const rest = line.slice(at + m[0].length);
  // `| RR-001 | ~~Until WAF is deployed …~~ | … MITIGATED |`: a row whose description is struck through no longer stands.
  if (isRow && /^[*_\s]*~~[^]*~~[*_\s]*$/.test(rest.split('|').find((cell) => cell.trim() !== '') ?? '')) return undefined;
  // A template's example row (`| SEC-0001 | … | Example finding title | …`) shows how to fill one in: no risk to read.
  if (isRow && rest.split('|').some((cell) => isExampleTitle(cell.trim()))) return undefined;
  // A table row says more than its ID (a template's row of placeholders and a status says nothing yet); a list item or heading names the risk after it.
  if (isRow ? !rest.split('|').some((cell) => /\w/.test(cell) && !isPlaceholder(cell.trim()) && !LETTER_SCALE.test(cell.trim()) && !CHOICES.test(cell.trim()) && statusOf(cell.trim()) === undefined) : !/[A-Za-z]{3}/.test(rest)) return undefined;
  return { id: m[0], range: { start: start + at, end: start + at + m[0].length } };
}

/** Whether the line after a table row is its separator (`|---|---|`), which makes the row a header. */
function isHeaderRow(text: string, next: number): boolean {
  const end = text.indexOf('\n', next);
  return /^[ \t]*\|?[ \t]*:?-{3,}/.test(text.slice(next, end < 0 ? text.length : end));
}
