// Risk headings as people write them besides the spec's `### R-001: Title`: the ID after a
// word or a mark (`Risk ID: R001 - Title`, `Risk 1: Title`, `✅ P1.1: Title`,
// `Finding #3 – Title`, `POA&M-001: Title`), and headings with no ID at all under a section
// of risks (`## Findings`, `## Action items`, …), which are risks only when fields follow.
// Also what other headings name: a section of plan details, whose fields are the plan's
// wherever it sits, or of method, whose fields are nobody's.
import type { Field, Span } from '../../model/plan-model';
import { strippedSpan } from './field-lines';
import { parseDate } from '../../model/dates';
import { fieldForLabel, gradeWordOf, isMetResult, PROBLEM_PLURALS, RISK_ID_SOURCE, statusOf } from '../../model/vocabulary';

/** The ID and title of a heading that names a risk. */
export interface RiskHead {
  /** Undefined for a heading under a Risks section that names no ID (the risk's fields may). */
  readonly id?: Field;
  readonly title?: Field;
  /** True when nothing but a space follows the ID: a risk only if field lines follow. */
  readonly tentative: boolean;
  /** The severity a finding's heading leads with (`#### ❌ CRITICAL: No encryption at rest`) or closes on (`### 1. Weak RNG (HIGH) - FIXED`). */
  readonly priority?: Field;
  /** The status a finding's heading closes on, after its severity (`### 2. CORS Misconfiguration (HIGH) - ALREADY FIXED`) or a check mark (`✅ COMPLETED`). */
  readonly status?: Field;
  /** The day a heading closing on a check mark and a done status gives (`### 2. No Encryption at Rest ✅ COMPLETED (2026-01-27)`). */
  readonly completed?: Field;
  /** A heading that leads with its rank (`### Priority 5: Access Control Refinement`): an item, or the bucket of the items under it. */
  readonly ranked?: true;
  /**
   * A heading that points back at a risk written before it (`1. Obtain signed BAAs (Risk 1)`
   * in a mitigation plan after the assessment): its fields add to that risk's actions, and
   * it is nothing when no risk has that ID.
   */
  readonly refers?: true;
}

export type HeadingKind = 'risks' | 'threats' | 'plan' | 'method';

const ID = RISK_ID_SOURCE;
/** The words a register names its entries with before their IDs (`Risk R-001`, `Hazard H001`, `Finding F-3`), as a pattern's source. */
export const ENTRY_WORD_SOURCE = String.raw`(?:risk|finding|gap|issue|weakness|deficiency|item|action item|poa&m|poam|poa&m item|vulnerability|threat|exception|control exception|hazard|nonconformity|non-conformity|nonconformance|observation|ofi|opportunity for improvement)`;
const WORD = ENTRY_WORD_SOURCE;
const SEPARATOR = String.raw`(?=$|[\s:.)—–·•|-])([\s:.)—–·•|-]*)`;
/** Marks, emphasis and numbering before the words: `✅ `, `**`, `3.2 `, a keycap digit `1️⃣ `, the information mark `ℹ️ ` (a letter to Unicode). */
const LEAD = /^(?:[^\p{L}\p{N}]|\d\uFE0F?\u20E3|\u2139\uFE0F?(?=\s)|\d+(?:\.\d+)*[.)]?\s)*/u;
/** `Risk ID: R001`, `POA&M ID POAM-7`: the ID after a word and "ID". */
const AFTER_ID_WORD = new RegExp(String.raw`^${WORD}\s*(?:id|ref|no\.?|number|#)\s*[:#.]?\s*[*_\`]*(${ID}|\d{1,6}(?:\.\d{1,4})*)[*_\`]*${SEPARATOR}`, 'i');
/** `Risk 1`, `Finding #3`, `Gap 2.1`: the word and its number are the ID. */
const NUMBERED_WORD = new RegExp(String.raw`^(${WORD}\s*#?\s*\d{1,4}(?:\.\d{1,4})*)[*_\`]*${SEPARATOR}`, 'i');
/** `🔴 CRITICAL #2: Title`, `HIGH #5 – Title`: an audit numbering its findings within their severity; the severity and number are the ID. */
const SEVERITY_NUMBERED = new RegExp(String.raw`^((critical|high|medium|moderate|low)\s*#\s*\d{1,4})[*_]*${SEPARATOR}`, 'i');
/** `Risk R-001: Title`, `Finding F-3 – Title`: the word, then the register's own ID (a generated register's per-risk section). */
const WORD_THEN_ID = new RegExp(String.raw`^${WORD}\s+[*_\`]*(${ID})[*_\`]*${SEPARATOR}`, 'i');
/** `P1.1: Title`, `POA&M-001: Title` after a mark. */
const BARE_ID = new RegExp(String.raw`^[*_\`[]*(${ID})[*_\`\]]*${SEPARATOR}`);

/** A title, then the risk it answers in parentheses: `Obtain Signed BAAs (Risk 1)`, `Rotate keys (for R-004)`. */
const REFERENCE = new RegExp(String.raw`^(.*?\S)\s*\(\s*(?:(?:for|re|addresses|answers|see)\s*:?\s*)?(${WORD}\s*#?\s*\d{1,4}(?:\.\d{1,4})*|${ID})\s*\)$`, 'i');

/** `Risk: Title`, `Finding – Title`: the word alone before the title, no ID (a risk only when fields follow). */
const WORD_THEN_TITLE = new RegExp(String.raw`^${WORD}\s*[:—–-]\s*(?=\S)`, 'i');

/** The risk a heading names with its ID after a mark or a word, or with the word alone before its title, if it does. */
export function riskHeadingElsewhere(text: string, span: Span): RiskHead | undefined {
  const heading = text.slice(span.start, span.end);
  // `### §164.308(a)(1) Security Officer (Required) ❌`: a gap checklist keyed by the rule's section, the citation its ID.
  const cited = CITATION.exec(heading);
  if (cited) {
    const idStart = span.start + cited.index + cited[0].length - cited[1].length;
    const id: Field = { value: cited[1], valueRange: { start: idStart, end: idStart + cited[1].length } };
    const titleSpan = strippedSpan(text, idStart + cited[1].length, span.end);
    const title = titleSpan.end > titleSpan.start ? { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan } : undefined;
    return { id, title, tentative: title === undefined };
  }
  const lead = LEAD.exec(heading)![0].length;
  const rest = heading.slice(lead);
  const graded = SEVERITY_NUMBERED.exec(rest);
  if (graded) {
    const idStart = span.start + lead;
    const titleSpan = strippedSpan(text, idStart + graded[0].length, span.end);
    if (titleSpan.end > titleSpan.start) {
      return {
        id: { value: graded[1], valueRange: { start: idStart, end: idStart + graded[1].length } },
        title: { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan },
        priority: { value: graded[2], valueRange: { start: idStart, end: idStart + graded[2].length } },
        tentative: false,
      };
    }
  }
  for (const pattern of [AFTER_ID_WORD, NUMBERED_WORD, WORD_THEN_ID, ...(lead > 0 ? [BARE_ID] : [])]) {
    const m = pattern.exec(rest);
    if (!m) continue;
    // A bare number after "Finding #" is no ID alone: the ID is the words and the number. After the
    // word ID (`Risk ID: 001`) the number is the ID, as the register's `| Risk ID |` column writes it.
    const idEnd = span.start + lead + m[0].indexOf(m[1]) + m[1].length;
    const idStart = /^\d/.test(m[1]) && !(pattern === AFTER_ID_WORD && /\bid\s*[:#]/i.test(m[0])) ? span.start + lead : idEnd - m[1].length;
    const id: Field = { value: text.slice(idStart, idEnd), valueRange: { start: idStart, end: idEnd } };
    const titleSpan = strippedSpan(text, span.start + lead + m[0].length, span.end);
    const title = titleSpan.end > titleSpan.start ? { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan } : undefined;
    // (Only before a word and an ID: a tracker that heads every item `### ✅ P1.1: …`, its Status line `🔴 NOT STARTED`, decorates them.)
    const marked = pattern === WORD_THEN_ID ? leadStatus(heading.slice(0, lead), span.start) : undefined;
    return { id, ...gradedTitle(text, title), ...(marked && { status: marked }), tentative: title === undefined || m[2].trim() === '' };
  }
  const reference = REFERENCE.exec(rest.length <= 200 ? rest : '');
  // `Critical Findings (P1)`: a priority code in parentheses grades a section, it points at no risk.
  if (reference && !PRIORITY_CODE.test(reference[2])) {
    const idStart = span.start + lead + reference.index + reference[0].lastIndexOf(reference[2]);
    const titleSpan = strippedSpan(text, span.start + lead, span.start + lead + reference[1].length);
    if (titleSpan.end > titleSpan.start) {
      const id: Field = { value: reference[2], valueRange: { start: idStart, end: idStart + reference[2].length } };
      return { id, title: { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan }, tentative: true, refers: true };
    }
  }
  const worded = WORD_THEN_TITLE.exec(rest);
  if (!worded) return undefined;
  const titleSpan = strippedSpan(text, span.start + lead + worded[0].length, span.end);
  return titleSpan.end > titleSpan.start ? { title: { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan }, tentative: true } : undefined;
}

/** A status mark among the marks a heading opens with (`## ✅ Finding VULN-003 — …`): the finding's status, as a list item's mark is. */
function leadStatus(lead: string, at: number): Field | undefined {
  for (const m of lead.matchAll(/[^\s*_#.\d]+/gu)) {
    if (statusOf(m[0]) === undefined) continue;
    const start = at + m.index;
    return { value: m[0], valueRange: { start, end: start + m[0].length } };
  }
  return undefined;
}

/** Words before a colon that open a title: a grade when they are exactly a priority word. */
const GRADE_LEAD = /^[*_]*([A-Za-z][A-Za-z0-9 '-]{0,30}?)[*_]*\s*:\s*(?=\S)/;

/**
 * A finding's title that leads with its grade, then a colon (`F-002 — Minor NC: CAPA process not
 * established`, `V-3: High: SQL injection in search`): the grade is its priority, the rest its title.
 */
export function gradedTitle(text: string, title: Field | undefined): { title?: Field; priority?: Field } {
  const lead = title ? GRADE_LEAD.exec(title.value) : null;
  if (title && (!lead || gradeWordOf(lead[1]) === undefined)) return closingGrade(text, title);
  if (!title || !lead) return { title };
  const start = title.valueRange.start + lead[0].indexOf(lead[1]);
  const rest = strippedSpan(text, title.valueRange.start + lead[0].length, title.valueRange.end);
  if (rest.end <= rest.start) return { title };
  return { title: { value: text.slice(rest.start, rest.end), valueRange: rest }, priority: { value: lead[1], valueRange: { start, end: start + lead[1].length } } };
}

/** A severity closing a finding's title after a dash: `VULN-01: Exposed Service Banners – Medium`. */
const GRADE_TAIL = /\s+[–—-]\s+[*_]*(critical|high|medium|moderate|low)[*_]*\s*$/i;

/** A grade closing a finding's title in parentheses: `F-001: Training Records Not Updated (Minor NC)`. */
const GRADE_IN_PARENS = /\s*\(\s*([^()]{2,30}?)\s*\)[*_]*\s*$/;

/** A finding's title that closes on its grade in parentheses, when the parentheses hold exactly a grade word. */
function parenthesisedGrade(text: string, title: Field): { title: Field; priority: Field } | undefined {
  const m = GRADE_IN_PARENS.exec(title.value);
  if (!m || gradeWordOf(m[1]) === undefined) return undefined;
  const rest = strippedSpan(text, title.valueRange.start, title.valueRange.start + m.index);
  if (rest.end <= rest.start) return undefined;
  const gradeAt = title.valueRange.start + m.index + m[0].indexOf(m[1]);
  return { title: { value: text.slice(rest.start, rest.end), valueRange: rest }, priority: { value: m[1], valueRange: { start: gradeAt, end: gradeAt + m[1].length } } };
}

/** A finding's title that closes on its severity after a dash, or on its grade in parentheses: the severity is its priority, the rest its title. */
function closingGrade(text: string, title: Field): { title: Field; priority?: Field } {
  const tail = GRADE_TAIL.exec(title.value.slice(-40));
  if (!tail) return parenthesisedGrade(text, title) ?? { title };
  const at = title.valueRange.start + Math.max(0, title.value.length - 40) + tail.index;
  const rest = strippedSpan(text, title.valueRange.start, at);
  if (rest.end <= rest.start) return { title };
  const gradeAt = at + tail[0].indexOf(tail[1]);
  return { title: { value: text.slice(rest.start, rest.end), valueRange: rest }, priority: { value: tail[1], valueRange: { start: gradeAt, end: gradeAt + tail[1].length } } };
}

/** A heading that names only the kind of an audit's entry, perhaps with its grade: `Minor Nonconformity`, `Observation`, `Finding`. */
const KIND_ONLY = /^(?:(critical|major|minor|high|medium|moderate|low)\s+)?(?:non-?conformit(?:y|ies)|nonconformance|nc|observation|finding|issue|ofi|opportunity for improvement)$/i;

/**
 * For a heading that names only its entry's kind (`### 5.1 Minor Nonconformity`): the grade it gives
 * (`Minor`, a priority), or null when it gives none; undefined when the heading words the entry itself.
 * Its Issue or Finding line then words the risk.
 */
export function kindOnlyTitle(title: Field): Field | null | undefined {
  const m = KIND_ONLY.exec(title.value.replace(/[*_`]/g, '').trim());
  if (!m) return undefined;
  if (m[1] === undefined) return null;
  const at = title.valueRange.start + title.value.indexOf(m[1]);
  return { value: m[1], valueRange: { start: at, end: at + m[1].length } };
}

/** A regulation's section cited first in a heading: `§164.308(a)(1)`, `§ 164.312(e)(2)(ii)` (the section sign and the number with its paragraphs). */
const CITATION = /^[*_\s]*(§[ \t]?\d{1,3}\.\d{1,4}(?:\([a-z0-9]{1,5}\)){0,4})(?=[\s:.,–—-]|$)/i;

/** Numbering and marks before a section's name: `3.`, `Section 2:`, `✅`, a keycap digit `1️⃣`. */
const SECTION_LEAD = /^(?:[^\p{L}\p{N}]|\d\uFE0F?\u20E3|\d+(?:\.\d+)*[.):]?\s|section\s+\d+[a-z]?\s*[:.–—-]\s*)*/iu;
/**
 * A section of risks by its name: `Identified Risks`, `Open Findings`; a ranking with its count and grade
 * (`Top 10 Critical Risks`, `Top 5 High-Priority Risks`) names the register's first entries as a plain
 * `Additional Risks` names its last.
 */
const RISKS_SECTION =
  /^(?:(?:identified|open|current|key|top|active|remaining|detailed|outstanding|prioriti[sz]ed|specific|individual|priority|fixed|resolved|closed|remediated|addressed|additional|other|\d{1,3}|(?:critical|high|major|significant|medium|moderate|low)(?:[\s-]+(?:priority|severity))?)[\s-]+)*(?:risks|risk register|risk items|risk areas|risk findings|risk details|findings|audit findings|issues|observations|action items|gaps|weaknesses|deficiencies|open items|poa&m items|remediation items|vulnerabilities|violations|nonconformities|non-conformities|hazards|hazard log|threats|security concerns|security issues)(?:\s+(?:identified|found|discovered|observed))?(?:\s+(?:and|&)\s+[\w\s]+)?(?:\s+by\s+[\w\s/&-]+)?(?:\s*\(.*\))?$/i;
/**
 * Risks named for their domain, graded or not (`## 🚨 CRITICAL SECURITY RISKS`, `## ⚡ OPERATIONAL RISKS`, `## 🔒 SECURITY
 * VULNERABILITIES`): a section of risks. (`### Security Findings` is not: a design review's findings may be passed ones.)
 */
const DOMAIN_RISKS_SECTION = /^(?:(?:critical|high|medium|moderate|low)\s+)?(?:security|operational|compliance|privacy|technical|cybersecurity|cyber|data|business|regulatory|infrastructure|application|vendor|supplier|third[- ]party)\s+(?:risks|vulnerabilities|risk register)$/i;
/**
 * A threat model's analysis (`## Threat Scenarios by STRIDE`, `## Threat Analysis`): the threats it
 * lists by ID (`- S1 (Spoofing): …`) are risks; its sub-headings are tried as any heading is (a
 * threat source or a scenario written out is no risk by sitting there).
 */
const THREATS_SECTION = /^(?:threat scenarios|risk scenarios|stride analysis|stride threats|stride threat analysis|threat analysis|threat enumeration)(?:\s+by\s+[\w\s/&-]+)?(?:\s*\(.*\))?$/i;
/** An audit's violations graded by level: `Medium Priority Violations (P2)`, `Major nonconformities`. */
const VIOLATIONS_SECTION = /^(?:(?:critical|high|medium|moderate|low|major|minor)\s+(?:priority\s+)?)?(?:violations|nonconformities|non-conformities)(?:\s*\(.*\))?$/i;
const PLAN_SECTION =
  /^(?:document control|document information|document details|plan details|plan information|plan metadata|metadata|approvals?|plan approval|sign-?off|signatures?|review schedule|plan review|review and approval|approval and review|plan maintenance|plan owner(?:ship)?|ownership|about this plan|change log|changelog|revision history|document history|version history)$/i;
// Advice on keeping a register (`## Best Practices` over `1. **Assign Ownership**: Every risk needs a specific owner.`) is no risk either.
const METHOD_SECTION = /\b(?:methodology|method|approach|scoring|rating scale|risk matrix|definitions|(?:assessment|scoring|rating|evaluation|severity) criteria|instructions|how to use|legend|treatment options|best practices|common pitfalls|pitfalls to avoid|do'?s and don'?ts)\b/i;

/**
 * A section that prices the plan (`## Cost Impact Summary`, `Budget Estimate`, `Estimated Costs`): its table's rows
 * (`| + SQL auditing | +$15 | CRITICAL |`, `| **TOTAL** | $178/month |`) cost the work, they are no risks. Not a risk
 * named for money (`### Budget Overrun`): the name is a cost's, then only words of an estimate.
 */
const COST_SECTION = /^(?:(?:estimated|projected|total)\s+(?:costs?|budget|spend(?:ing)?)|(?:costs?|budget(?:ary)?|pricing|spend(?:ing)?)(?:\s+(?:impact|estimates?|breakdown|summary|overview|analysis|table|allocation|projection|and\s+resources?|&\s+resources?))+)$/i;

/** A heading naming a part every document has, never a risk: `Summary`, `Executive Summary`, `Conclusion`, `Introduction`. */
const DOCUMENT_PART = /^(?:(?:executive\s+)?summary|conclusions?|introduction|overview|background|table of contents|contents|references|glossary|appendix(?:\s+[a-z0-9]{1,3})?)$/i;

/** What a heading that is not a risk names, if anything the reader needs. */
export function headingKind(text: string, range: Span): HeadingKind | undefined {
  const name = sectionName(text, range);
  if (RISKS_SECTION.test(name) || VIOLATIONS_SECTION.test(name) || DOMAIN_RISKS_SECTION.test(name)) return 'risks';
  if (THREATS_SECTION.test(name)) return 'threats';
  if (PLAN_SECTION.test(name)) return 'plan';
  if (METHOD_SECTION.test(name) || COST_SECTION.test(name)) return 'method';
  return undefined;
}

/**
 * The grade of a section that lists findings by it, from the heading's words (`### High Risk Items`, `## 🔴 Critical Findings`):
 * the grade, then a name of findings, with or without a word of grading between (`High Risk Items` is `High` over `Risk Items`).
 */
export function gradeOfFindingsSection(heading: string): string | undefined {
  // (`### High Risks:` ends as a label does.)
  const name = heading.replace(/[*_`]/g, '').replace(SECTION_LEAD, '').replace(/:\s*$/, '').trim();
  const grade = /^(critical|high|medium|moderate|low)[\s-]+/i.exec(name);
  if (!grade) return undefined;
  const rest = name.slice(grade[0].length);
  const graded = SECTION_GRADE.exec(name);
  return RISKS_SECTION.test(rest) || (graded !== null && RISKS_SECTION.test(name.slice(graded[0].length))) ? grade[1] : undefined;
}

/** A grade leading a section's name (`MEDIUM Priority`, `Low Severity`, `High-Risk`). */
const SECTION_GRADE = /^(?:critical|high|medium|moderate|low)(?:[\s-]+(?:priority|severity|risk))?\s+/i;

/** Whether a heading grades the findings it lists (`### 🟡 MEDIUM Priority Issues`, `## Low Severity Findings`): a grade, then a name of findings. */
export function namesGradedFindings(text: string, range: Span): boolean {
  const name = sectionName(text, range);
  const graded = SECTION_GRADE.exec(name);
  return graded !== null && RISKS_SECTION.test(name.slice(graded[0].length));
}

function sectionName(text: string, range: Span): string {
  const span = strippedSpan(text, range.start, range.end);
  return text.slice(span.start, span.end).replace(/[*_`]/g, '').replace(SECTION_LEAD, '').trim().replace(/\s*:$/, '');
}

/** A name closing on a plural of problems found, after words of its own (`PHI Pattern Detection Issues`; `Issues` alone heads a section of risks). */
const NAMES_PROBLEMS = new RegExp(String.raw`^\S.*\s(?:${PROBLEM_PLURALS.join('|')})$`, 'i');

/** Whether a heading names a group of problems found by its last word (`### 2. Static Code Analysis Issues`). */
export function namesProblems(text: string, range: Span): boolean {
  return NAMES_PROBLEMS.test(sectionName(text, range));
}

/**
 * A severity leading a finding's heading, then a colon or a dash: `CRITICAL: …`, `High – …`, `**CRITICAL**: …` (the mark before it is
 * stripped), `HIGH SEVERITY: …`, `CRITICAL RISK: Recall.ai` (a vendor register's entry, set 86).
 */
const SEVERITY_LEAD = /^(critical|high|medium|moderate|low)(?:[ \t]+(?:severity|risk))?(?:[*_]{1,2}(?=\s*:))?\s*(?::|\s[–—-])\s*(?=\S)/i;

/**
 * A rank leading a heading's own title: `Priority 5: Access Control Refinement`, `Priority 1 – Data Encryption`. Not when a level
 * or an urgency follows (`Priority 1: Critical`, `Priority 2 - Immediate Actions`): that heading names a bucket of priority.
 */
const RANK_LEAD = /^(priority[ \t]*\d{1,2})[*_]*[ \t]*(?::|[ \t][–—-])[ \t]*(?![*_]*(?:critical|high|medium|moderate|low|urgent|immediate|quick wins?|short|long)(?![a-z]))(?=\S)/i;

/** The rank and title of a heading that leads with its rank (RANK_LEAD), or undefined. */
export function rankedTitle(text: string, range: Span): { title: Field; priority: Field } | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const lead = SECTION_LEAD.exec(text.slice(span.start, span.end))![0].length;
  const rank = RANK_LEAD.exec(text.slice(span.start + lead, span.end));
  if (!rank) return undefined;
  const start = span.start + lead;
  const title = strippedSpan(text, start + rank[0].length, span.end);
  if (title.end <= title.start) return undefined;
  return { title: { value: text.slice(title.start, title.end), valueRange: title }, priority: { value: rank[1], valueRange: { start, end: start + rank[1].length } } };
}

/** A severity in parentheses closing a heading, and perhaps a status after a dash: `(HIGH) - FIXED`, `(Medium) – Open`. */
const GRADE_STATUS_TAIL = /\s*\((critical|high|medium|moderate|low|info|informational)\)(?:\s*[-–—:]\s*([A-Za-z][A-Za-z ]{0,30}?))?\s*$/i;

/** A grade closing a heading after a dash, named a risk's, priority or severity: ` - CRITICAL RISK`, `** — High Priority`. */
const GRADE_DASH_TAIL = /[*_]*\s+[-–—]\s+[*_]*(critical|high|medium|moderate|low)[\s-]+(?:risk|priority|severity)[*_]*\s*$/i;

/** A check mark, then a word of assessment and a colon: `✓ GOOD:`, `✔️ PASS:`, `✅ **GOOD:`. */
const PASSED_LEAD = /^[*_\s]*[\u2713\u2714\u2705]\uFE0F?\s*[*_]*[A-Za-z]+\s*:/;
/** A check mark closing a heading, and the words after it (`✅ FULLY COMPLIANT`): a verdict on the area the heading names. */
const CHECKED_TAIL = /[\u2713\u2714\u2705]\uFE0F?\s*([^\u2713\u2714\u2705]{0,40})$/;

/** A check mark closing a heading, then where the finding stands and perhaps the day in brackets: `✅ COMPLETED (2026-01-27)`, `✅ ADDRESSED`. */
const CHECKED_STATUS_TAIL = /\s*[\u2713\u2714\u2705]\uFE0F?\s*[*_]*([A-Za-z][A-Za-z -]{1,30}?)[*_]*(?:\s*\(([^()]{4,40})\))?\s*$/;

/** A heading's title closed by a check mark and a status (CHECKED_STATUS_TAIL): the title before it, the status, and the day when it says done. */
function checkedStatusTitle(text: string, titleSpan: Span): Pick<RiskHead, 'title' | 'status' | 'completed'> | undefined {
  const tail = CHECKED_STATUS_TAIL.exec(text.slice(titleSpan.start, titleSpan.end));
  if (!tail || statusOf(tail[1]) === undefined) return undefined;
  const at = titleSpan.start + tail.index;
  const title = strippedSpan(text, titleSpan.start, at);
  if (title.end <= title.start) return undefined;
  const statusAt = at + tail[0].indexOf(tail[1]);
  const dayAt = tail[2] === undefined ? -1 : at + tail[0].lastIndexOf(tail[2]);
  const day = tail[2] !== undefined && statusOf(tail[1]) === 'done' && parseDate(tail[2].trim()).kind === 'date' ? tail[2].trim() : undefined;
  return {
    title: { value: text.slice(title.start, title.end), valueRange: title },
    status: { value: tail[1], valueRange: { start: statusAt, end: statusAt + tail[1].length } },
    ...(day !== undefined && { completed: { value: day, valueRange: { start: dayAt, end: dayAt + day.length } } }),
  };
}

/** Emphasis closing a heading's title, with the marks after it (`** 🚨`, `** ⚠️`). */
const CLOSING_EMPHASIS = /[*_]{2}(?:[ \t]*[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D])*$/u;

/** A heading with no ID, as the risk it is under a section of risks: its text is the title (and its severity the priority). */
export function candidateHeading(text: string, range: Span): RiskHead | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const heading = text.slice(span.start, span.end);
  if (heading.trim() === '' || fieldForLabel(heading) !== undefined) return undefined; // `#### Evidence` labels a list
  // `## ✅ Summary`, `## Conclusion`: a part of the document, whatever labels its body uses (`**Action Required:** None`).
  if (DOCUMENT_PART.test(sectionName(text, range))) return undefined;
  // `#### ✓ GOOD: Salesforce authentication`, `✓ PARTIAL: …`: a check mark and a word of assessment report what passed, not a risk.
  if (PASSED_LEAD.test(heading)) return undefined;
  // `### 2. ACCESS CONTROL & ISOLATION ✅ FULLY COMPLIANT`: an audit's area closed by a check mark and a met verdict passed (`✅ LARGELY COMPLIANT` is not met).
  const checked = CHECKED_TAIL.exec(heading);
  if (checked && isMetResult(checked[1])) return undefined;
  const lead = SECTION_LEAD.exec(heading)![0].length;
  // `#### 1. **No PHI Encryption at Rest**`, `### ⚠️ **HIGH SEVERITY: Unsafe SQL Query Pattern**`: emphasis opened in the lead closes after the title.
  // (`#### 1. **Rotate Auth0 Client Secret** 🚨`: marks after the emphasis closes are no part of the title either.)
  const closing = /[*_]{2}$/.test(heading.slice(0, lead)) ? (CLOSING_EMPHASIS.exec(heading.slice(lead))?.[0].length ?? 0) : 0;
  // `#### ❌ CRITICAL: No Encryption at Rest`: a finding that states its severity is a risk by that, with no field line under it.
  const severity = SEVERITY_LEAD.exec(heading.slice(lead));
  if (severity) {
    const start = span.start + lead;
    const titleSpan = strippedSpan(text, start + severity[0].length, span.end - closing);
    if (titleSpan.end > titleSpan.start) {
      const priority: Field = { value: severity[1], valueRange: { start, end: start + severity[1].length } };
      return { title: { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan }, priority, tentative: false };
    }
  }
  // `### Priority 5: Access Control Refinement` over its tasks: an item ranked in a list of work, the rank its priority.
  const ranked = rankedTitle(text, range);
  if (ranked) return { ...ranked, tentative: false, ranked: true };
  const titleSpan = strippedSpan(text, span.start + lead, span.end - closing);
  if (titleSpan.end <= titleSpan.start) return undefined;
  // `### 1. **API Key Exposure** - CRITICAL RISK`: an assessment's heading closes on the risk's grade after a dash.
  const dashed = GRADE_DASH_TAIL.exec(text.slice(titleSpan.start, titleSpan.end));
  if (dashed) {
    const at = titleSpan.start + dashed.index;
    const title = strippedSpan(text, titleSpan.start, at);
    const gradeAt = at + dashed[0].indexOf(dashed[1]);
    if (title.end > title.start) {
      return { title: { value: text.slice(title.start, title.end), valueRange: title }, priority: { value: dashed[1], valueRange: { start: gradeAt, end: gradeAt + dashed[1].length } }, tentative: true };
    }
  }
  // `### 1. Insecure Random Number Generation (HIGH) - FIXED`: a fix record's heading closes on the severity, then where it stands.
  const graded = GRADE_STATUS_TAIL.exec(text.slice(titleSpan.start, titleSpan.end));
  if (graded && (graded[2] === undefined || statusOf(graded[2]) !== undefined)) {
    const at = titleSpan.start + graded.index;
    const title = strippedSpan(text, titleSpan.start, at);
    const gradeAt = at + graded[0].indexOf(graded[1]);
    const statusAt = graded[2] === undefined ? -1 : at + graded[0].lastIndexOf(graded[2]);
    if (title.end > title.start) {
      return {
        title: { value: text.slice(title.start, title.end), valueRange: title },
        priority: { value: graded[1], valueRange: { start: gradeAt, end: gradeAt + graded[1].length } },
        ...(graded[2] !== undefined && { status: { value: graded[2], valueRange: { start: statusAt, end: statusAt + graded[2].length } } }),
        tentative: true,
      };
    }
  }
  // `### 🔴 2. No Encryption at Rest ✅ COMPLETED (2026-01-27)`: a review's finding closed by a check mark, where it stands and the day.
  const checkedStatus = checkedStatusTitle(text, titleSpan);
  if (checkedStatus) return { ...checkedStatus, tentative: true };
  return { title: { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan }, tentative: true };
}

/** A deadline a section heading gives the items under it: `Priority 1 Items (Complete by: December 29, 2025)`, `Q2 (Target: April 30, 2026)`, `Critical (Resolve within 30 days)`. */
const HEADING_DUE = /\b(?:complete[sd]? by|to be completed by|due(?: by| date)?|target(?: date)?|deadline|by|(?:resolve[sd]?|remediate[sd]?|fix(?:ed)?|complete[sd]?|close[sd]?|address(?:ed)?) within)\s*:?\s*([^():]*?[^\s():])\s*\)?\s*$/i;
/** A priority code (`P1`, `p0`): a level, not a risk's ID. */
const PRIORITY_CODE = /^p[0-4]$/i;

/**
 * A heading that starts with a priority code and goes on, if at all, with a level or an urgency
 * (`P0 - Critical (Immediate)`, `P2: Medium`, `P3`) is a bucket of priority for the risks under it, not a risk.
 * So is one that names a group of work (WORK_GROUP_END).
 */
export function isPriorityBucket(id: string, title: string | undefined): boolean {
  return PRIORITY_CODE.test(id) && (title === undefined || /^[*_\s]*(?:critical|high|medium|moderate|low|urgent|immediate)\b/i.test(title) || WORK_GROUP_END.test(title));
}
/** A title naming a group of work (`P1 — Audit Gap Remediation`, `P2 — Structural Improvements`, set 97): the items are under it. */
const WORK_GROUP_END = /\b(?:remediation|improvements|fixes|issues|items|tasks|actions|findings|gaps|work|changes|hardening)[*_\s]*$/i;

/** A priority a section heading gives the items under it: `Priority 1 Items`, `P2 findings`, `High priority`, `Critical risks`, an audit's `High Severity Findings`, `Informational Findings`, a status report's `CRITICAL ACTIONS STILL REQUIRED`. */
const HEADING_PRIORITY = /^(?:priority\s*[0-4]\b|p[0-4]\b|(?:critical|high|medium|moderate|low|informational)(?:\s*(?:and|&|\/|or)\s*(?:critical|high|medium|moderate|low|informational))?(?=(?:[\s-]+(?:priority|risks?|findings?|items?|gaps?|issues?|weakness(?:es)?|vulnerabilit(?:y|ies)|deficienc(?:y|ies)|severity|observations?|fix(?:es)?|actions?|tasks?))+\b|[*_]*\s*\((?:do\s+)?(?:immediately|now|today|asap|this\s+(?:week|month|quarter)|next\s+(?:week|month|quarter|sprint)|within\s+\d{1,3}\s+(?:days?|weeks?|months?))\)[*_\s]*$))/i;

/**
 * A tier of a backlog or a launch checklist opening a heading (`## Must-have gaps (pre-launch)`, `## Strongly recommended`,
 * `## Nice-to-have`, MoSCoW's `Should have`): the tier is the priority of the items under it (its words: PRIORITY_WORDS).
 */
const HEADING_TIER = /^(?:must|should|could)[- ]have|^nice[- ]to[- ]have|^strongly recommended/i;
/** What may follow a tier in its heading: nothing, a bracket, or what the section lists. */
const AFTER_TIER = /^s?(?:$|\s*[(:–—-]|\s+(?:gaps?|items?|fixes|risks?|findings?|issues?|work|changes|improvements?|requirements?|actions?)\b)/i;

/** A priority opening a heading's bracket, before the rest of it: `(High Priority - Fix within 1-2 weeks)`, `(Critical - 24-48 hours)`. */
const BRACKET_PRIORITY = /\(\s*((?:critical|high|medium|moderate|low)(?:\s+priority)?)\s*[-–—,:;]/i;

/**
 * A phase named for its urgency: `PHASE 0: EMERGENCY FIXES`, `Stage 1 - Urgent`: the word is the priority of the items under it.
 * So is a level before what the phase holds: `PHASE 1: CRITICAL FIXES (P0)`, `Phase 2: High Priority (P1)` (not `Phase 2: High-Level Design`).
 */
const PHASE_URGENCY = /^(?:phase|stage|wave|step)\s*\d{1,2}\s*[:.–—-]\s*(emergency|urgent|immediate|(?:critical|high|medium|moderate|low)(?=[\s-]+(?:priority|severity|fixes|risks?|items?|issues?|gaps?|findings?)\b))(?![a-z])/i;

/**
 * A roadmap phase's span in brackets: `IMMEDIATE (0-30 days)`, `Short term (30–90 days)`, or the week or month it ends in
 * (`Immediate Actions (Week 1)`, `Short-Term Actions (Weeks 2-4)`, `Long-Term Actions (Months 4-6)`). An open span (`90+ days`) sets no deadline.
 */
const HEADING_SPAN = /\((\d{1,3}\s*[-–—]\s*\d{1,3}\s*(?:days?|weeks?|months?)|(?:weeks?|months?)\s+\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)\)/i;
/** A window from the plan's date, bracketed or the whole heading: `IMMEDIATE (Within 24 Hours)`, `**WITHIN 48 HOURS**`, `Next 30 days`. */
const HEADING_WITHIN = /(?:^[*_\s]*|\()((?:within|next)\s+\d{1,3}\s*(?:hours?|days?|weeks?|months?))[*_\s]*(?:\)|$)/i;
/** A quarter or half of a year opening a heading or closing its bracket: `Q1 2026 (High Priority)`, `IMMEDIATE (Critical - Q1 2026)`. */
const HEADING_PERIOD = /(?:^[*_\s]*|[-–—,(][ \t]*)((?:Q[1-4]|H[12])[ \t]+\d{4})(?=[ \t]*(?:\)|$|\(|[-–—:]))/i;
/**
 * A level or an urgency closing a phase heading after a dash or a coloured mark: `Short term (30-90 days) - HIGH PRIORITY`,
 * `Phase 1: Critical Security (2-3 weeks) 🔴 URGENT`, `Phase 2: Legal Agreements 🟡 HIGH PRIORITY`.
 */
const TRAILING_PRIORITY = /(?:[-–—]|[\u{1F534}\u{1F535}\u{1F7E0}-\u{1F7E2}\u26A0]\uFE0F?)\s*\**\s*(critical|high|medium|moderate|low|urgent|immediate)(?:\s+priority)?\s*\**\s*$/iu;

/**
 * A section of accepted risks: `Low Risks (Accepted)`, `Accepted risks`, `Risk acceptance`. Not the rules for accepting
 * one (`Risk Acceptance Criteria`, `Risk acceptance process`): a register's table of what would make each risk
 * acceptable accepts none of them.
 */
const HEADING_ACCEPTED = /\(\s*accepted\s*\)|\baccepted\s+risks?\b|\brisks?\s+accepted\b|\brisk\s+acceptances?\b(?!\s+(?:criteria|criterion|process|procedures?|polic(?:y|ies)|thresholds?|levels?|matrix|guidelines?|authority|forms?|templates?|workflow|requirements?))/i;

/**
 * A section of items closed: `## Closed (resolved by the compliance-program change set)`, `### Closed Items`, `Resolved
 * Findings`, `Completed Actions`. Not a section that only mentions closing (`Closure criteria`, `How items are closed`).
 */
const HEADING_CLOSED = /^[*_]*(?:recently\s+)?(closed|resolved|completed|remediated|done)(?:\s+(?:items?|findings?|risks?|actions?|poa&m\s+items?|weaknesses|issues|gaps|vulnerabilities|deficiencies|entries|milestones))?[*_]*(?:\s*[(:—–-].*)?$/i;

/** The due date and priority a section heading (not itself a risk) gives the risks under it, as written in it. */
export function headingContext(text: string, range: Span, isDate: (value: string) => boolean): { due?: Field; priority?: Field; treatment?: Field; period?: Field; status?: Field } {
  const span = strippedSpan(text, range.start, range.end);
  const heading = text.slice(span.start, span.end);
  const context: { due?: Field; priority?: Field; treatment?: Field; period?: Field; status?: Field } = {};
  // The deadline closes the heading: its last characters are read, so a hostile heading costs no more than a short one.
  const tailAt = Math.max(0, heading.length - 80);
  const due = HEADING_DUE.exec(heading.slice(tailAt));
  if (due && isDate(due[1])) {
    const start = span.start + tailAt + due.index + due[0].lastIndexOf(due[1]);
    context.due = { value: due[1], valueRange: { start, end: start + due[1].length } };
  }
  // `### Q1 2026 (High Priority)`, `### IMMEDIATE (Critical - Q1 2026)`: a roadmap's period, the deadline of the work its tasks name
  // (not of every risk under it: a register may group its risks by the quarter they were found in).
  const period = context.due ? null : HEADING_PERIOD.exec(heading.slice(0, 200));
  if (period && isDate(period[1])) {
    const start = span.start + period.index + period[0].length - period[1].length;
    context.period = { value: period[1], valueRange: { start, end: start + period[1].length } };
  }
  const phase = context.due ? null : HEADING_SPAN.exec(heading.slice(0, 200));
  if (phase && isDate(phase[1])) {
    const start = span.start + phase.index + 1;
    context.due = { value: phase[1], valueRange: { start, end: start + phase[1].length } };
  }
  const within = context.due ? null : HEADING_WITHIN.exec(heading.slice(0, 200));
  if (within && isDate(within[1])) {
    const start = span.start + within.index + within[0].indexOf(within[1]);
    context.due = { value: within[1], valueRange: { start, end: start + within[1].length } };
  }
  const lead = SECTION_LEAD.exec(heading)![0].length;
  // `### ⚠️ **HIGH SEVERITY: Unsafe SQL Query Pattern**`, `### 🔴 CRITICAL RISK: Recall.ai`: a finding stating its severity before its title,
  // not a section of them.
  const priority = /^[a-z]+[ \t]+(?:severity|risk)[*_]*\s*:\s*\S/i.test(heading.slice(lead).replace(/^[*_]+/, '')) ? null : HEADING_PRIORITY.exec(heading.slice(lead));
  const tier = priority ? null : HEADING_TIER.exec(heading.slice(lead, lead + 60));
  if (tier && AFTER_TIER.test(heading.slice(lead + tier[0].length))) {
    const start = span.start + lead;
    context.priority = { value: tier[0], valueRange: { start, end: start + tier[0].length } };
  }
  const urgency = priority || context.priority ? null : PHASE_URGENCY.exec(heading.slice(lead, lead + 60));
  const trailing = priority || urgency || context.priority ? null : TRAILING_PRIORITY.exec(heading.slice(Math.max(0, heading.length - 40)));
  if (urgency) {
    const start = span.start + lead + urgency[0].length - urgency[1].length;
    context.priority = { value: urgency[1], valueRange: { start, end: start + urgency[1].length } };
  } else if (priority) {
    const start = span.start + lead;
    context.priority = { value: priority[0], valueRange: { start, end: start + priority[0].length } };
  } else if (trailing) {
    const start = span.start + Math.max(0, heading.length - 40) + trailing.index + trailing[0].indexOf(trailing[1]);
    context.priority = { value: trailing[1], valueRange: { start, end: start + trailing[1].length } };
  }
  // `### Short Term (High Priority - Fix within 1-2 weeks)`: a roadmap's window names its priority in the bracket beside its deadline.
  // Only beside a deadline: a finding's own `(HIGH)` rates that finding, it groups none.
  const bracketed = context.priority || !(context.due || context.period) ? null : BRACKET_PRIORITY.exec(heading.slice(0, 200));
  if (bracketed) {
    const start = span.start + bracketed.index + bracketed[0].indexOf(bracketed[1]);
    context.priority = { value: bracketed[1], valueRange: { start, end: start + bracketed[1].length } };
  }
  const accepted = HEADING_ACCEPTED.exec(heading.slice(0, 200));
  if (accepted) {
    const start = span.start + accepted.index + accepted[0].search(/accept/i);
    // The whole word (`accepted`, `acceptance`): eight letters of `Acceptance` name no treatment.
    const word = /^accept[a-z]*/i.exec(heading.slice(start - span.start))![0];
    context.treatment = { value: word, valueRange: { start, end: start + word.length } };
  }
  // The rows under `## Closed (resolved by …)` that give no status of their own are closed: the section says so for all of them.
  const closed = HEADING_CLOSED.exec(heading.slice(lead, lead + 200));
  if (closed) {
    const start = span.start + lead + closed[0].indexOf(closed[1]);
    context.status = { value: closed[1], valueRange: { start, end: start + closed[1].length } };
  }
  return context;
}
