// Which files are plans (spec §1). The linter never lints ordinary Markdown, YAML or JSON.
// A plan is recognised by its name, an include glob, or what the document calls itself:
// its front matter, its title (first heading), its top-level YAML keys, or the OSCAL
// plan-of-action-and-milestones root. A mention of a plan in the body is not a plan.
import { isOscalPoamTemplate, looksLikeOscalPoam } from './oscal/recognise';
import { isRegisterKey, spelledKey } from './yaml/key-spellings';
import { parse as parseYaml } from 'yaml';
import { hasPlanTopKey, isJson, readsAsJson, jsonRegisterOf, jsonValueOf, readJsonRegister, yamlRegisterOf } from './json-register';
import { whatDataHolds } from './what-data-holds';
import { commaSeparatedClause, commaSeparatedHeader } from './comma-separated';
import { csvReason } from './csv-register';
import { namesAPlan, POAM_TITLE, REGISTER_TITLE_WORDS } from './plan-names';
import { parseMarkdownPlan } from './markdown/read-plan';
import { hasValue, isAccepted, metaFields } from '../model/plan-queries';
import type { Risk } from '../model/plan-model';
import { statedNone } from '../model/stated-none';
import { definesField, isPlaceholder } from '../model/placeholders';
import { fieldForLabel, isRequirementLevel, opensAsInstruction, statusOf, type FieldName } from '../model/vocabulary';
import { FORM_BLANKS, formBlanks, GENERATOR_PLACEHOLDER, isUnfilledRisk, mostlyFilled, placeholderRisksWording, placeholderWordedRisks, seededRegisterOwner, unfilledRisksCount } from './form-to-fill';
import { parsedOnce } from './piece-cache';
import { anywhere } from './text-scan';
import { headingNamesOpenWork } from './markdown/section-headings';
import { withUniformSpaces } from './markdown/uniform-spaces';
import { unfencedLines } from './markdown/unfenced-lines';

export type PlanKind = 'markdown' | 'yaml' | 'json' | 'csv';

const PLAN_NAME = /\.rmp\.(md|ya?ml)$/i;
// `[^\r\n]*\r?\n` splits a line one way only; `[^\n]*\r?\n` had two ways per CRLF line, 2^n on a long unclosed block.
const FRONT_MATTER = /^---\r?\n((?:[^\r\n]*\r?\n)*?)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_TYPE = /^type:[ \t]*["']?(?:risk-management-plan|risk-treatment-plan|risk-register|remediation-plan|corrective-action-plan|poam|plan-of-action-and-milestones)["']?[ \t]*$/m;
// Greedy to the end of the line, then trimmed in code: a lazy group before trailing blanks backtracks on long lines.
const TITLE_LINE = /^title:([^\r\n]*)/m;
const H1 = /^ {0,3}#(?!#)[ \t]+(.*)$/m;
const SETEXT_H1 = /^(\S[^\n]*)\r?\n=+[ \t]*$/m;
const ANY_HEADING = /^ {0,3}#{1,6}[ \t]+(.*)$/m;
/** A setext heading of either level: a line of text (no list item, table row, quote or ATX heading) over `===` or `---`. */
const SETEXT_HEADING = /^ {0,3}([^\s\-*+|>#][^\r\n]*)\r?\n {0,3}(?:=+|-{2,})[ \t]*$/m;
const SECTION_HEADING = /^ {0,3}#{2,3}[ \t]+([^\r\n]*)$/gm;

/** Words that make a title a policy, procedure or guide about plans, not a plan (an article introducing risk assessments among them). */
const NOT_A_PLAN_TITLE = /(?<![a-z])(?:polic(?:y|ies)|procedures?|process|standards?|guidelines?|guidance|guide|instructions|charter|methodology|sop|introduction|tutorial|primer|handbook)(?![a-z])/;
const NOT_A_PLAN_PHRASE = 'names a policy, procedure or guide';
/** A title whose last word names a report of findings (`… Compliance Summary`, `… Gap Assessment`), not a policy or procedure. */
const REPORT_LAST_WORD = /(?<![a-z])(?:summary|report|assessment|analysis|findings|audit|tracker|register|gaps)[ \t]*$/;
/** A title whose last word is a framework (`HIPAA Risk Analysis Framework`): a method for writing plans, not one. */
const METHOD_TITLE = /(?<![a-z])frameworks?[ \t]*$/;
/** A title that names a form to fill in rather than a filled plan. */
const TEMPLATE_TITLE = /(?<![a-z])(?:template|blank form)(?![a-z])/i;
/** A field line of a form: a label, a colon and a value (`- Risk ID: <id>`, `**Owner:** [name]`). */
const FORM_FIELD_LINE = /^[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}[A-Za-z][\w /&()-]{0,40}?[*_]{0,2}:[*_]{0,2}[ \t]+(\S[^\r\n]*?)[ \t]*$/gm;
/** How many fields left as placeholders make a template's entry a form. */
const TEMPLATE_FIELDS = 3;

/** How many field lines of a document hold a placeholder for their value (`<id>`, `[Insert date]`), and the first such value. */
function placeholderFieldLines(body: string): { readonly count: number; readonly first?: string } {
  let count = 0;
  let first: string | undefined;
  // Front matter describes the file, in YAML: `tags: [template, risk]` is a list there, no blank of the form.
  const frontMatter = FRONT_MATTER.exec(body);
  for (const m of (frontMatter ? body.slice(frontMatter[0].length) : body).matchAll(FORM_FIELD_LINE)) {
    if (!isPlaceholder(m[1])) continue;
    count++;
    first ??= m[1];
  }
  return { count, first };
}

/** How many of a template generator's placeholders (`{{R-001}}`, `{{Role or team}}`) make a document a template. */
const TEMPLATE_PLACEHOLDERS = 5;

/** How many times a pattern occurs in a text, counted up to `cap`. */
function countOf(text: string, pattern: RegExp, cap: number): number {
  const all = new RegExp(pattern.source, 'g');
  let count = 0;
  while (count < cap && all.exec(text) !== null) count++;
  return count;
}

/** A cheap sign that a text may hold a placeholder (`[Name]` not followed by a link's `(`, `{{owner}}`, `<id>`): gates a parse. */
const MAY_HOLD_A_PLACE = /\[[^\[\]\r\n]{1,80}\](?!\()|\{\{|<[a-z][^<>\r\n]{0,40}>/i;
/** Whether a document's text holds such a place anywhere (asked on each keystroke: around the edit). */
const mayHoldAPlace = anywhere(MAY_HOLD_A_PLACE);
/** Whether it holds a generator's placeholder. */
const holdsGeneratorPlaceholder = anywhere(GENERATOR_PLACEHOLDER);
/** An author's mark of what is left to write, in capitals: `TODO`, `**TODO:**`, a `| TODO |` cell. */
const TODO_MARK = /(?<![\w-])TODO(?![\w-])/;
const holdsTodo = anywhere(TODO_MARK);
/** The first line holding a TODO mark, from the mark on: quoted in the reason. */
const TODO_LINE = /(?<![\w-])(TODO(?![\w-])[^\r\n]*)/;

/** A section of advice about plans: `## General POA&M Guidance`, `## POA&M Do's and Don'ts`, `### Best practices`. */
const GUIDANCE_SECTION = /^ {0,3}#{2,3}[ \t]+([^\r\n]*?(?:guidance|do'?s and don'?ts|best practices)[^\r\n]*)$/im;
const hasGuidanceSection = anywhere(GUIDANCE_SECTION);

/**
 * A title naming a course exercise by its last word (`Risk Register Lab`, `POA&M Exercise`, `Risk Treatment Plan Assignment`):
 * the write-up of a lab or homework, whose register is the student's spreadsheet. Not alone (a clinical lab keeps registers):
 * with an exercise's own sections (EXERCISE_SECTION) and no risk read.
 */
const EXERCISE_TITLE = /(?<![a-z])(?:lab|labs|exercise|assignment|homework|coursework|walkthrough|capstone)[ \t]*$/;
/** The sections an exercise's write-up opens with: what it teaches and the situation it sets (`## Objectives`, `## Scenario`). */
const EXERCISE_SECTION = /^ {0,3}#{2,3}[ \t]+(?:(?:learning |lab )?objectives?|scenario|lab (?:setup|environment|overview)|learning outcomes)[ \t]*$/im;

/** A line that opens as an example: a row's first cell or a heading (`| Example: Access Control |`, `### Sample: …`). */
const EXAMPLE_LINE = /^[ \t]{0,3}(?:\|[ \t]*|#{1,6}[ \t]+)?[*_]{0,2}(?:example|sample|e\.g\.)[*_]{0,2}[ \t]*[:–—-][ \t]*(\S[^|\r\n]*?)[ \t]*(?:\||$)/im;
/** A heading or a row's first cell closed by an example mark: `#### POA&M-001: Account Lockout *(Example)*`, `| Access review [Sample] |`. */
const EXAMPLE_TAIL = /^[ \t]{0,3}(?:\|[ \t]*[^|\r\n]*?|#{1,6}[ \t]+[^\r\n]*?)[ \t]*[*_]{0,2}[([](?:example|sample)[)\]][*_]{0,2}[ \t]*(?:\||$)/im;
const opensWithExample = anywhere(EXAMPLE_LINE);
const closesWithExample = anywhere(EXAMPLE_TAIL);

/** The first example's words when two or more risks were read and each one's first line opens as an example; else undefined. */
function exampleRows(body: string, risks: readonly Risk[]): string | undefined {
  if (risks.length < 2) return undefined;
  let first: string | undefined;
  for (const risk of risks) {
    const line = body.slice(risk.firstLine.start, risk.firstLine.end);
    const m = EXAMPLE_LINE.exec(line) ?? EXAMPLE_TAIL.exec(line);
    if (!m) return undefined;
    first ??= m[0].replace(/^[ \t|#*_]+/, '').replace(/[ \t|]+$/, '');
  }
  return first;
}

/** A table's header, its separator and a row under them. */
const TABLE_WITH_ROWS = /^[ \t]{0,3}\|[^\n]*\|[ \t]*\r?\n[ \t]{0,3}\|?[ \t]*:?-{2,}[^\n]*\r?\n[ \t]{0,3}\S[^\n]*\|/m;
/** A table's header and delimiter row with no row under them (the next line blank, not a row, or the end). */
const HEADER_ONLY_TABLE = /^[ \t]{0,3}\|[^\n]*\|[ \t]*\r?\n[ \t]{0,3}\|?[ \t]*:?-{2,}[^\n]*(?:\r?\n[ \t]*(?:\r?\n|$)|$(?![\s\S]))/m;

/**
 * A title or section that talks about plans rather than being one: a question (`What Is a Risk
 * Register?`), how-to and why words, or the making of one (`Writing Your First POA&M`, `Building a
 * Remediation Plan`), or guidance on it (`General POA&M Guidance`, `POA&M Do's and Don'ts`, set 98). Not ruled out by this:
 * it is taken when its content is a register.
 */
const ABOUT_PLANS = /^(?:how (?:to|do|does|should|can|we)|what(?:'s| is| are| goes| should| to)|why|when to|writing|building|creating|developing|understanding|preparing|drafting|making|getting started|a guide to|guide to|tips for|steps to|(?:the )?purpose of (?:a|an)|how [\w&' -]{2,40} works?$)(?![a-z])|\?\s*$|(?<![a-z])(?:guidance|guidelines|instructions|do[’']?s and don[’']?ts|best practices)\s*$/;

/** The format a file name implies, if it is Markdown, YAML, JSON or a spreadsheet's delimited values (CSV, TSV) at all. */
export function formatOf(fileName: string): PlanKind | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  return undefined;
}

/** Why a file is not read at all: its name implies none of the formats (formatOf). */
export const NOT_A_PLAN_FORMAT = 'it is not a Markdown, YAML, JSON or CSV file';

/** Formats the editor opens as plans (JSON is read by the command line, for OSCAL documents). */
export function isEditorFormat(fileName: string): boolean {
  const format = formatOf(fileName);
  return format === 'markdown' || format === 'yaml';
}

/** True when the file's name marks it as a plan without looking inside. */
export function hasPlanName(fileName: string): boolean {
  return PLAN_NAME.test(fileName);
}

/** A plan and its format, or why the file is not taken as a plan (a phrase: "its title … is a policy"). */
export type Recognition = { readonly kind: PlanKind } | { readonly kind?: undefined; readonly reason: string };

/**
 * Decides whether a document is a plan: by name, by an include glob, or by its
 * content (front matter type or title, or first heading, in Markdown; top-level keys in
 * YAML; the OSCAL POA&M root in YAML and JSON).
 */
export function detectPlan(
  fileName: string,
  text: string,
  isIncluded: (path: string) => boolean = () => false,
  once = false,
): PlanKind | undefined {
  return recognisePlan(fileName, text, isIncluded, once).kind;
}

/**
 * detectPlan, with the reason when the answer is no. `once`: the text is linted once, if at all (a file of a CLI run): a parse the decision needs is made
 * as the lint's would be (lint's `once`), keeping no piece, and the lint reads the same model again.
 */
export function recognisePlan(fileName: string, text: string, isIncluded: (path: string) => boolean = () => false, once = false): Recognition {
  const format = formatOf(fileName);
  if (!format) return { reason: NOT_A_PLAN_FORMAT };
  if (hasPlanName(fileName) || isIncluded(fileName)) return { kind: format };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // JSON in a `.yaml` file is judged as the JSON it is (YAML's flow style would hide its keys from the YAML checks).
  const reason =
    format === 'markdown' ? markdownReason(withUniformSpaces(body), once, isReadme(fileName))
    : format === 'csv' ? csvReason(fileName, body)
    : format === 'yaml' && !readsAsJson(body) ? yamlReason(body, once)
    : jsonReason(body);
  return reason === undefined ? { kind: format } : { reason };
}

/** The title a Markdown document gives itself: front matter `title`, else its first H1, else its first heading. */
export function markdownTitle(body: string): string | undefined {
  return titleAndSource(body).title;
}

/** The document's title and where it was found: `title` (front matter or an H1), or `first heading` when it has neither. */
function titleAndSource(body: string): { readonly title?: string; readonly where: 'title' | 'first heading' } {
  const front = body.startsWith('---') ? FRONT_MATTER.exec(body) : null;
  const fromFront = front ? titleValue(front[1]) : undefined;
  if (fromFront) return { title: fromFront, where: 'title' };
  const atx = outsideFences(H1, body);
  const setext = SETEXT_H1.exec(body);
  const h1 = atx && setext ? (atx.index < setext.index ? atx.text : setext[1]) : atx?.text ?? setext?.[1];
  // `**Inopsio Risk Register & Mitigation Plan**` on the first line, over `### 1. Purpose`: a title written in bold (a word
  // processor's export), taken when it names a plan; otherwise the first heading says what the document is, as before.
  const bodyStart = front?.[0].length ?? 0;
  const bold = h1 === undefined ? BOLD_FIRST_LINE.exec(body.slice(bodyStart))?.[1].trim() : undefined;
  if (bold !== undefined && titleReason(bold, 'title') === undefined) return { title: bold, where: 'title' };
  // The first heading of either kind: `Key Discussion Points` over `-----` (setext) before any `###` one.
  const atxHeading = h1 === undefined ? outsideFences(ANY_HEADING, body) : undefined;
  // (Sought after the front matter, whose closing dashes underline no heading.)
  const underlined = h1 === undefined ? outsideFences(SETEXT_HEADING, body.slice(bodyStart)) : undefined;
  const setextHeading = underlined && { index: bodyStart + underlined.index, text: underlined.text };
  const firstHeading = atxHeading && setextHeading ? (setextHeading.index < atxHeading.index ? setextHeading : atxHeading) : atxHeading ?? setextHeading;
  const heading = (h1 ?? firstHeading?.text)?.trim();
  return { title: heading === undefined ? undefined : withoutClosingHashes(heading), where: h1 === undefined && heading !== undefined ? 'first heading' : 'title' };
}

/**
 * The first match of a heading pattern outside fenced code (a README's `# 1. Clone` in a bash block is a comment, no title):
 * the fences as unfenced-lines.ts reads them, walked only when a fence opens before the first match.
 */
function outsideFences(pattern: RegExp, body: string): { readonly index: number; readonly text: string } | undefined {
  const first = pattern.exec(body);
  if (first === null) return undefined;
  if (!FENCE_BEFORE.test(body.slice(0, first.index))) return { index: first.index, text: first[1] };
  for (const { line, start } of unfencedLines(body)) {
    const m = pattern.exec(line);
    if (m) return { index: start + m.index, text: m[1] };
  }
  return undefined;
}

/** A fence's opening line. */
const FENCE_BEFORE = /^ {0,3}(?:`{3,}|~{3,})/m;

/** A first line (blank lines before it) that is bold text alone: `**Risk Register (GOV-RR-001)**`. */
const BOLD_FIRST_LINE = /^(?:[ \t]*\r?\n)*[ \t]*(?:\*\*|__)([^*_\r\n][^\r\n]*?)(?:\*\*|__)[ \t]*(?:\r?\n|$)/;

/** `Title ##` → `Title` (an ATX heading's optional closing sequence), by index: a regex would backtrack on long blank runs. */
function withoutClosingHashes(heading: string): string {
  let end = heading.length;
  while (end > 0 && heading[end - 1] === '#') end--;
  return end < heading.length && (end === 0 || heading[end - 1] === ' ' || heading[end - 1] === '\t') ? heading.slice(0, end).trim() : heading;
}

/** The value of a `title:` line at the start of a line, without quotes. */
function titleValue(text: string): string | undefined {
  const line = TITLE_LINE.exec(text)?.[1];
  return line === undefined ? undefined : line.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
}

/**
 * A title's words, lower case, emphasis gone. A title written as the file's name (`# RISK_REGISTER.md | DS-014`,
 * `# SECURITY_REMEDIATION_PLAN`) joins its words with underscores: they part words, where an underscore of emphasis
 * (`_Risk Register_`) touches a letter on one side only.
 */
function titleWords(title: string): string {
  return title.replace(/(?<=[A-Za-z])_(?=[A-Za-z])/g, ' ').replace(/[*_`]/g, '').replace(/\s+/g, ' ').toLowerCase();
}

/** Undefined when a title names a plan, else why not. */
function titleReason(title: string | undefined, where: string): string | undefined {
  // Said of where a title is looked for: a first line of plain text (`VULNERABILITIES ASSESSMENT REPORT`) is no heading.
  if (title === undefined || title === '') return 'it has no heading or front-matter title naming a plan';
  const words = titleWords(title);
  const quoted = JSON.stringify(title.length > 70 ? `${title.slice(0, 67)}...` : title);
  // `SOP Compliance Summary`, `Policy Gap Assessment`: a policy or procedure named before a report's own word is what the report is about.
  if (NOT_A_PLAN_TITLE.test(words) && !REPORT_LAST_WORD.test(words)) return `its ${where} ${quoted} ${NOT_A_PLAN_PHRASE}, not a plan`;
  if (!namesAPlan(words)) {
    // "HIPAA Risk Analysis Framework": a method, its risks the examples it works through ("Risk Register: MAKER Framework Implementation" names a plan).
    if (METHOD_TITLE.test(words)) return `its ${where} ${quoted} ${NOT_A_PLAN_PHRASE} (its last word names a framework, a method), not a plan`;
    return `its ${where} ${quoted} does not name a plan`;
  }
  return ABOUT_PLANS.test(words.trim()) ? `its ${where} ${quoted} is about plans, not a plan` : undefined;
}

/** Front matter keys that place a page in a documentation site's navigation (Docusaurus, Just the Docs). */
const DOCS_SITE_KEY = /^(sidebar_position|sidebar_label|nav_order|has_children)[ \t]*:/m;

/** A section that a control's description opens with (a SOC 2 or ISO control page): the control, not a plan for risks. */
const CONTROL_SECTION = /^ {0,3}#{2,3}[ \t]+control (?:statement|description|objective|narrative|activity|activities)[ \t]*$/im;
const describesControl = anywhere(CONTROL_SECTION);

/** A label of a meeting's record, at the start of a line of the header (`**Meeting Date:**`, `Attendees:`, `- Minutes taken by:`). */
const MEETING_LABEL = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(meeting date|date of meeting|attendees|present|apologies|minuted by|minutes taken by|minute taker|note taker|chair(?:ed by)?)[ \t]*(?::(?:\*\*|__)?|(?:\*\*|__)[ \t]*:)/gim;
/** How far into a document its header runs: the labels of a meeting's record stand above the first section. */
const HEADER_CHARS = 1500;

/** The labels of a meeting's record in a document's header, two at least (one alone may head a plan's sign-off); else undefined. */
function meetingRecord(body: string): string[] | undefined {
  const header = body.slice(0, HEADER_CHARS);
  const labels = [...new Set([...header.matchAll(MEETING_LABEL)].map((m) => m[1].toLowerCase()))];
  return labels.length >= 2 ? labels : undefined;
}

/**
 * A header line that says the document is replaced or retired: opening with "Superseded", a status of a document no longer in
 * force, or "this document is superseded". Not "R-3 was superseded by R-5": a risk's fate is no document's.
 */
const RETIRED_LINE =
  /^[ \t>*_]*superseded\b|\bstatus[*_]{0,2}[ \t]*:[*_ \t]*(?:superseded|archived|retired|obsolete|deprecated|withdrawn|replaced)\b|\bthis (?:document|plan|poa&m|register|file|version) (?:is|has been|was) (?:superseded|replaced|retired|archived|withdrawn|deprecated|obsolete)\b/i;
/** How many lines of a document's header are read for the mark: a title block, a quote, a document-control list. */
const HEADER_LINES = 30;

/**
 * The line of a document's header (before its first section heading) saying that it is replaced or retired, without its
 * markup, quoted short; undefined when it says nothing so. "This plan supersedes the 2023 plan" says the opposite.
 */
function retiredMark(body: string): string | undefined {
  return headerLine(body, RETIRED_LINE);
}

/**
 * A header line saying the plan itself is kept in another file (`> The full POA&M is in `POAM-2026-05.xlsx` (2.3 MB). This summary
 * provides the key metrics.`, set 96): the document reports on it.
 */
const KEPT_ELSEWHERE_LINE = /\bthe (?:full|complete|detailed|item-level) (?:poa&m|poam|plan|register|risk register|tracker)\b[^.\n]{0,30}?\b(?:is|are|lives|is kept|is maintained|is held) (?:in|at)\b/i;

/** The header line of a summary saying the plan it sums up is kept elsewhere, quoted short; undefined when none says so. */
function keptElsewhere(body: string): string | undefined {
  return headerLine(body, KEPT_ELSEWHERE_LINE);
}

/** The first line of a document's header (before its first section heading) that `test` matches, without its markup, quoted short. */
function headerLine(body: string, test: RegExp): string | undefined {
  const lines = body.split('\n', HEADER_LINES + 1);
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
    const line = lines[i];
    if (i > 0 && /^ {0,3}#{2,6}[ \t]/.test(line)) return undefined;
    // A table's row is an entry's, not the document's: `| R-3 | … | Superseded |`.
    if (test.test(line) && !/^ {0,3}\|/.test(line)) {
      const plain = line.replace(/^[ \t>]*(?:[-*+][ \t]+)?/, '').replace(/[*_`]{1,2}/g, '').trim();
      return plain.length > 100 ? `${plain.slice(0, 99)}…` : plain;
    }
  }
  return undefined;
}

/** A repository's README (`README.md`, `readme.markdown`): it describes the repository, a tool in it perhaps, whatever its title. */
function isReadme(fileName: string): boolean {
  return /^readme(?:\.[\w-]+)*\.(?:md|markdown)$/i.test(fileName.replace(/^.*[\\/]/, ''));
}

function markdownReason(body: string, once: boolean, readme = false): string | undefined {
  const front = body.startsWith('---') ? FRONT_MATTER.exec(body) : null;
  if (front && FRONT_MATTER_TYPE.test(front[1])) return undefined;
  // A section's heading taken for the title (no H1) is called what it is: `its first heading "Description"`.
  const { title, where } = titleAndSource(body);
  const reason = titleReason(title, where);
  // The risks read, when a check needs them: the document is parsed once, whichever checks ask.
  let read: ReturnType<typeof parseMarkdownPlan> | undefined;
  const planRead = () => (read ??= once ? parsedOnce(() => parseMarkdownPlan(body)) : parseMarkdownPlan(body));
  const risksRead = () => planRead().risks;
  // A documentation site's page (`sidebar_position: 4`) titled for a plan describes a product's screens: a plan only with a risk planned in it.
  const siteKey = front ? DOCS_SITE_KEY.exec(front[1]) : null;
  if (siteKey && plannedRisks(risksRead()).length === 0) {
    return `it is a page of a documentation site (${siteKey[1]} in its front matter), and no risks with planned actions were read in it`;
  }
  // A plan that says in its header that another replaced it (`> **SUPERSEDED (February 11, 2026):** This document is superseded by
  // Unified POA&M v2.3`, set 91) is kept for the record: its slipped dates are no longer anyone's work, and linting it as current
  // reported 22 overdue actions moved to its successor. Named by its file name or by "include", it is linted all the same.
  const retired = reason === undefined ? retiredMark(body) : undefined;
  if (retired !== undefined) {
    return `it says it is no longer current (${JSON.stringify(retired)}): a replaced or retired plan is kept for the record, not linted`;
  }
  // "POA&M Summary -- May 2026" over `> The full POA&M is in POAM-2026-05.xlsx`, then counts and past remediation passes (set 96):
  // a report on a plan kept elsewhere, with no item of its own.
  const elsewhere = reason === undefined ? keptElsewhere(body) : undefined;
  if (elsewhere !== undefined && risksRead().length === 0) {
    return `it says the plan it sums up is kept elsewhere (${JSON.stringify(elsewhere)}), and no risks were read in it: a summary of a plan, not the plan`;
  }
  // "Hermes Inventory POAM" over a product's feature milestones (set 88): a POA&M plans the correction of security weaknesses;
  // one that never speaks of security, a weakness, a vulnerability, compliance or a safeguard is a project's roadmap so named.
  // (Only with items read: a POA&M of its title alone is linted, so that no-risks-read says how its items are written.)
  if (reason === undefined && POAM_TITLE.test(titleWords(title ?? '')) && !SECURITY_WORDS.test(body) && risksRead().length > 0) {
    return `its title ${JSON.stringify(title)} names a plan of action and milestones, but nothing in it speaks of security, a weakness, a vulnerability or compliance: a project's roadmap, not a POA&M`;
  }
  // "Risk Register" whose every entry is the place for one (`### Risk #1: [Risk Title]`, `### GAP-001: {{gap_title}}`): a form,
  // whatever its title, however many of its fields the form fills as an example. Parsed only when the text holds a placeholder.
  const notAPolicy = reason === undefined || !reason.includes(NOT_A_PLAN_PHRASE);
  const placeholderWording = notAPolicy && mayHoldAPlace(body) ? placeholderRisksWording(risksRead()) : undefined;
  if (placeholderWording !== undefined) {
    const n = risksRead().length;
    return `${n === 1 ? 'the one risk read in it is a placeholder' : `all ${n} risks read in it are placeholders`} to fill in (such as ${JSON.stringify(placeholderWording)}): a template, not a plan`;
  }
  // A register seeded with example rows for its reader (every owner `[OWNER]`, its own owner and dates placeholders): a template.
  const seeded = notAPolicy && mayHoldAPlace(body) ? seededRegisterOwner(planRead(), body) : undefined;
  if (seeded !== undefined) {
    return `all ${risksRead().length} risks read in it are owned by a placeholder (such as ${JSON.stringify(seeded)}), as is the document itself, and nothing in it is dated: a register seeded with examples to adopt, a template, not a plan`;
  }
  // A tracker's template whose findings are most of them places to name (`### Finding 001: [Critical Finding Title]`), with
  // example dates and statuses filled beside them, and whose fields and cells are mostly blanks (`**Client:** [Organization name]`):
  // a form, however many of its example values are written. A register with a row or two left to name is mostly filled
  // (more than twice as many values written as left blank), and judged as before.
  // (Items of open work, each named by its action, `- [ ] **Finding 001:** Complete verification testing`, are the tracker's
  // worklist, not findings: they are not counted.)
  const worded = notAPolicy && placeholderWording === undefined && mayHoldAPlace(body) ? placeholderWordedRisks(risksRead()) : undefined;
  // (Asked only when enough entries are places to name: a plan's checkboxes, `[ ]`, make every keystroke ask for the placeholders.)
  const placesEnough = worded !== undefined && worded.count >= TITLED_REGISTER_ENTRIES;
  const wordedEntries = placesEnough ? risksRead().filter((risk) => !isWorkItem(risk)) : [];
  // A template whose every entry with anything written beside its wording is a place to name, the rest a wording with every
  // other cell blank (`| Scope expansion | | | | |` in its table of project risks): a form, however many example cells it fills.
  const written = wordedEntries.filter((risk) => !isUnfilledRisk(risk));
  // (Its fields still blanks too: a tracker whose details are written has its findings still to name, judged as its title says.)
  const allPlaces = written.length > 0 && placeholderWordedRisks(written).count === written.length && formBlanks(body).count >= FORM_BLANKS;
  if (worded && placesEnough && (allPlaces || (2 * worded.count > wordedEntries.length && !mostlyFilled(body)))) {
    const n = wordedEntries.length;
    const blankRows = allPlaces && worded.count < n ? `, the other ${n - worded.count} a wording with every other cell blank` : '';
    const blanks = formBlanks(body, Number.MAX_SAFE_INTEGER).count;
    return `${worded.count === n ? `all ${n}` : `${worded.count} of the ${n}`} risks read in it are placeholders to fill in (such as ${JSON.stringify(worded.first)})${blankRows}, and ${blanks} of its fields and cells${allPlaces && mostlyFilled(body) ? '' : ', a third or more,'} hold placeholders or blanks: a template, not a plan`;
  }
  // "SOC 2 Gap Analysis" whose every row read is its example (`| Example: Access Control | IAM roles … | Draft and implement policy | | |`)
  // over blank rows to fill: a form showing how to fill it, whatever the example writes.
  const examples = notAPolicy && (opensWithExample(body) || closesWithExample(body)) ? exampleRows(body, risksRead()) : undefined;
  if (examples !== undefined) {
    return `all ${risksRead().length} risks read in it are its examples (such as ${JSON.stringify(examples)}): a template, not a plan`;
  }
  // "Nonconformity and Corrective Action Report" whose entries are the sections of a form (`#### Description` over
  // `[Factual evidence 1]`, `#### Implementation Tracking` over `| [Action 1] | [Owner] | [Date] |`): nothing filled in
  // any of them, and blanks left to fill. A form, whatever its title, and however its headings are taken for entries.
  const unfilledCount = notAPolicy ? unfilledRisksCount(risksRead()) : undefined;
  const unfilledBlanks = unfilledCount === undefined ? undefined : formBlanks(body);
  // "HIPAA Risk Analysis Template" whose example threats (`| 1 | Staff Laptops | Theft or loss | … | | |`) rate, plan and track nothing:
  // the title says it is the form, and nothing in its entries says otherwise, however few blanks it writes.
  const titledForm = unfilledCount !== undefined && unfilledCount > 0 && unfilledCount === risksRead().length && TEMPLATE_TITLE.test(title ?? '');
  const entries = unfilledCount === 1 ? 'the one entry read in it has nothing' : `none of the ${unfilledCount} entries read in it has anything`;
  if (titledForm && unfilledBlanks!.count < FORM_BLANKS) {
    return `its title ${JSON.stringify(title)} names a template, and ${entries} filled in but its wording (no action, owner, due date, status or rating): a form to fill in, not a plan`;
  }
  if (unfilledCount !== undefined && unfilledBlanks!.count >= FORM_BLANKS) {
    return `${entries} filled in but its heading or wording (no action, owner, due date, status or rating, or only placeholders for them), and ${FORM_BLANKS} or more of its fields and cells hold placeholders or blanks (such as ${JSON.stringify(unfilledBlanks!.first)}): a form to fill in, not a plan`;
  }
  // "RM.3.01 - Remediation Tracking" with a Control Statement: the description of a control that tracks plans, holding none.
  if (reason === undefined && describesControl(body) && risksRead().length === 0) {
    return `it describes a control (${CONTROL_SECTION.exec(body)![0].replace(/^[ #\t]+/, '').trim()}), and no risks were read in it`;
  }
  // "POAM Template" whose table rows are only its example and blanks: a form to fill in, which plans nothing until it is
  // filled. "Risk Register Template" whose table is a header with no rows: the form, empty.
  if (reason === undefined && TEMPLATE_TITLE.test(title ?? '') && risksRead().length === 0) {
    if (TABLE_WITH_ROWS.test(body)) return `its title ${JSON.stringify(title)} names a template, and no risks were read in it or in its tables`;
    if (HEADER_ONLY_TABLE.test(body)) return `its title ${JSON.stringify(title)} names a template, and its table has a header and no rows: a form to fill in, not a plan`;
  }
  // "Risk register template" whose entry is a list of fields to fill in (`- Risk ID: <id>`, `- Owner: <name>`): a form, as a table of blanks is.
  const placeholderFields = reason === undefined && TEMPLATE_TITLE.test(title ?? '') ? placeholderFieldLines(body) : undefined;
  if (placeholderFields && placeholderFields.count >= TEMPLATE_FIELDS && risksRead().length === 0) {
    return `its title ${JSON.stringify(title)} names a template, and ${placeholderFields.count} of its fields hold placeholders (such as ${JSON.stringify(placeholderFields.first)}): no risks were read in it`;
  }
  // "Risk Register" whose inventory rows and fields are a generator's placeholders (`| {{R-001}} | {{Description}} |`): a template, whatever its title.
  if (reason === undefined && holdsGeneratorPlaceholder(body) && countOf(body, GENERATOR_PLACEHOLDER, TEMPLATE_PLACEHOLDERS) >= TEMPLATE_PLACEHOLDERS && risksRead().length === 0) {
    return `it holds ${TEMPLATE_PLACEHOLDERS} or more template placeholders (such as "${GENERATOR_PLACEHOLDER.exec(body)![0]}"): no risks were read in it`;
  }
  // A skeleton whose every section is still a to-do (`**TODO:** Populate after initial security review`, `| TODO | TODO |`, set 92): a
  // POA&M to be, which tracks nothing until its findings are written; only its example row would be linted.
  if (reason === undefined && holdsTodo(body) && countOf(body, TODO_MARK, TEMPLATE_PLACEHOLDERS) >= TEMPLATE_PLACEHOLDERS && risksRead().length === 0) {
    const line = TODO_LINE.exec(body)![1].replace(/[*_`|]+/g, ' ').replace(/\s+/g, ' ').trim();
    return `it holds ${TEMPLATE_PLACEHOLDERS} or more TODO marks (such as ${JSON.stringify(line.length > 80 ? `${line.slice(0, 79)}…` : line)}), and no risks were read in it: a skeleton to fill in, not a plan`;
  }
  // "Risk Register" or "Risk Treatment Plan" whose fields and cells are blanks (`[YYYY-MM-DD]`, `**Risk Title**: ______`, `☐ Effective`)
  // and in which no risk is read: a form to fill in, whatever its title.
  // Risks first: the parse is the lint's own (memoised), while counting blanks walks every field line on each keystroke.
  const blanks = reason === undefined && risksRead().length === 0 ? formBlanks(body) : undefined;
  // A register whose rows are written, a few of their cells still `TBD`, is no form: judged as its title says.
  if (blanks && blanks.count >= FORM_BLANKS && !mostlyFilled(body)) {
    return `${FORM_BLANKS} or more of its fields and cells hold placeholders or blanks (such as ${JSON.stringify(blanks.first)}) and no risks were read in it: a form to fill in, not a plan`;
  }
  // "Plan of Action and Milestones (POA&M)" over "## General POA&M Guidance" and "Do's and Don'ts": a guide's page about plans, listing none.
  const guidance = reason === undefined && hasGuidanceSection(body) ? GUIDANCE_SECTION.exec(body) : null;
  // `### Improve Home Network Security Guidance`: a heading that opens as an instruction is a remediation plan's recommendation, not advice about plans.
  if (guidance && !opensAsInstruction(guidance[1]) && risksRead().length === 0) {
    return `its section "${guidance[1].replace(/[*_`]/g, '').trim()}" gives guidance, and no risks were read in it`;
  }
  // "Risk Register Lab" over `## Objectives` and `## Scenario`: a course exercise's write-up, its register kept elsewhere.
  if (reason === undefined && EXERCISE_TITLE.test(titleWords(title ?? '')) && EXERCISE_SECTION.test(body) && risksRead().length === 0) {
    return `its title ${JSON.stringify(title)} names an exercise (a lab or assignment) and it has an exercise's sections (${EXERCISE_SECTION.exec(body)![0].replace(/^[ #\t]+/, '').trim()}), and no risks were read in it`;
  }
  // "Risk Management Plan" over `## How to perform the risk analysis:`, "Plan of Action & Milestone" over `# What is a POA&M?`: a
  // description of how the work is done, or of what such a plan is, with nothing of a plan read in it (no risk, and no approval,
  // review date, owner or version). A plan whose risks the reader missed still bears its own details, and stays linted.
  // (Risks first: the parse is the lint's own, memoised, while the headings' words are read anew on each keystroke.)
  const explainer = reason === undefined && risksRead().length === 0 ? explainingHeading(body, title) : undefined;
  if (explainer !== undefined && metaFields(planRead()).every((f) => f === undefined || definesField(f.value))) {
    return `its heading ${JSON.stringify(explainer)} explains how the work is done or what such a plan is, and no risks or plan details (approval, review dates, owner, version) were read in it: an explanation, not a plan`;
  }
  // An ISO 14971 "Risk Management Plan" (`## Risk Acceptability Criteria`, `## Risk Management Activities`,
  // `## Responsibilities`): the plan of how a device's risks will be managed, its risks kept in a file of their own; with
  // no risk and no plan detail read in it, a process, not a plan of risks.
  const process = reason === undefined && risksRead().length === 0 ? processSections(body, title) : [];
  if (process.length >= PROCESS_SECTIONS_NEEDED && metaFields(planRead()).every((f) => f === undefined || definesField(f.value))) {
    return `its sections (${process.slice(0, 3).map((s) => JSON.stringify(s)).join(', ')}) describe how risks are to be managed, and no risks or plan details (approval, review dates, owner, version) were read in it: a process, not a plan of risks`;
  }
  // The same plan under ISO 14971 with its document control written (`Version: 1.0`, `Owner: Risk Manager`) and no approval or review date.
  if (process.length >= PROCESS_SECTIONS_NEEDED && onlyDocumentControl(planRead(), body)) {
    return `its sections (${process.slice(0, 3).map((s) => JSON.stringify(s)).join(', ')}) describe how risks are to be managed under ISO 14971, which keeps the risks in a risk management file of their own, and no risks, approval or review dates were read in it: a process, not a plan of risks`;
  }
  // `# Mini Risk Register` over a CLI's usage (set 67): a README titled for the tool it describes is a plan only with a risk planned in it.
  // So is one titled for anything else (`# Enterprise Security Audit & Compliance Case Study` over its findings, set 87): a report's
  // findings in a README are the report's summary, checked where the plan is kept.
  if (readme && plannedRisks(risksRead()).length === 0) {
    return 'it is a README, and no risks with planned actions were read in it';
  }
  // "Risk Treatment Plan" whose roles `Own this policy` and whose sections say what an entry will record: a policy titled for
  // the plan it asks for, holding none of its risks (set 85).
  const selfNamed = reason === undefined && risksRead().length === 0 ? SELF_NAMED_POLICY.exec(body) : null;
  if (selfNamed !== null) {
    return `it calls itself a ${selfNamed[1].toLowerCase()} (${JSON.stringify(selfNamed[0].trim())}), and no risks were read in it: a ${selfNamed[1].toLowerCase()}, not a plan`;
  }
  // "Management Review – ISMS" over `**Meeting Date:**`, `**Attendees:**`: the minutes of a meeting, whose actions are assigned
  // there and tracked in the plans and registers they name, whatever tables of actions they keep.
  const meeting = reason !== undefined ? meetingRecord(body) : undefined;
  if (meeting !== undefined) return `${reason}, and it records a meeting (${meeting.join(', ')} in its header): minutes, not a plan`;
  // A security audit or pentest report opening on its "Introduction" or "About" the firm: its graded findings and their fixes are the plan.
  if (reason !== undefined && isFindingsReport(body, risksRead)) return undefined;
  if (reason === undefined || reason.includes(NOT_A_PLAN_PHRASE)) return reason;
  // A report (a risk assessment, a gap analysis) whose own section is the plan: "## Mitigation Plan". A section left
  // blank (an audit checklist's `### Corrective Action Plan` over an empty table), or a guide's `## Risk Register` saying
  // what columns to keep, plans nothing: with no risk read in the document, it is judged by content below.
  if (planSection(body) !== undefined && risksRead().length > 0) return undefined;
  const risks = risksRead();
  const lowerTitle = title?.toLowerCase();
  // A spreadsheet's export kept under a Markdown name has no title: its header of a register's columns (`CAR_ID, …, Action_Plan,
  // Owner, Due_Date, Status`) names what it lists, as a title would.
  const listsOrReports =
    (lowerTitle !== undefined && (REGISTER_TITLE_WORDS.test(lowerTitle) || REPORT_TITLE_WORDS.test(lowerTitle))) || (risks.length > 0 && commaSeparatedHeader(body) !== undefined);
  // By content alone, a document must also speak of risks where it names its parts: a guide's lists of steps with owners are no register.
  // (Or names the work left on its gaps: `## Remaining Actions Before Go-Live` under a checklist's tables of controls.)
  const namesRisks = () => namesRisksInItsParts(body) || namesOpenWorkInItsHeadings(body);
  if (registerByContent(risks, listsOrReports, namesRisks) && (listsOrReports || namesRisks())) return undefined;
  // A hazard log, a vendor's risk assessment: a document of assessed risks, a plan once one of them has its action.
  if (lowerTitle !== undefined && ASSESSED_RISKS_TITLES.some((t) => t.test(lowerTitle)) && plannedRisks(risks).length > 0) return undefined;
  // A risk acceptance record: one risk or more, each accepted with its reasons or its approver written.
  if (lowerTitle !== undefined && ACCEPTANCE_TITLE.test(lowerTitle) && recordedAcceptances(risks).length > 0) return undefined;
  // A risk assessment report (NIST SP 800-30): risks rated by likelihood and impact, and a section of the remediation they get.
  if (lowerTitle !== undefined && REPORT_TITLE_WORDS.test(lowerTitle) && ratedRisks(risks) && REMEDIATION_SECTION.test(body)) return undefined;
  // An audit report whose findings are answered in another document it names (`Corrective actions … are tracked in: corrective_action_plan.md`):
  // the findings half of a plan, checked as one (missing-action points to the other document once).
  if (lowerTitle !== undefined && REPORT_TITLE_WORDS.test(lowerTitle) && risks.length >= TITLED_REGISTER_ENTRIES && planRead().meta.treatedElsewhere !== undefined) return undefined;
  // An empty register: titled for what it lists, with a register's table, saying it holds none ("there are no open audit findings").
  const lists = lowerTitle !== undefined && REGISTER_TITLE_WORDS.test(lowerTitle);
  if (lists && risks.length === 0 && statedNone(body) !== undefined && hasRegisterTable(body)) return undefined;
  // A report or threat model that grades its findings (`### 2. HIGH: Environment Variable Gaps`, `| T-001 | … | High |`,
  // `### MEDIUM RISK ITEMS`) and has a part that says how to fix them (`## Recommendations`, `## Risk Mitigation Strategies`).
  const graded = gradedFindings(title, body, risks);
  if (graded !== undefined && (FIX_SECTION.test(body) || RECOMMENDATION_PART.test(body))) return undefined;
  if (graded === undefined && oneGradedFinding(title, body, risks)) return undefined;
  if (findingWriteUp(title, body, risks)) return undefined;
  // Said of its parts: a finding may still have a fix read (counted above), under a label no part of the report is named for.
  const unfixed = graded === undefined ? '' : `; it grades ${graded} findings by severity, but no heading or bold label in it names their fix (Recommendations, Remediation, Mitigation, Fix, Next Steps)`;
  // A spreadsheet's export saved under a Markdown name: what it is, since the Markdown reader reads nothing in it.
  const csv = risks.length === 0 ? commaSeparatedClause(body) : undefined;
  return `${reason}, and ${whatWasRead(risks)}${unfixed}${csv === undefined ? '' : `; ${csv}`}`;
}

/**
 * What was read of a document not taken as a plan, true to the count: why its content does not make a register either.
 * With entries enough planned for a register by content, what it lacks is naming them as risks anywhere.
 */
function whatWasRead(risks: readonly Risk[]): string {
  const planned = plannedRisks(risks).length;
  if (risks.length === 0) return 'no risks with planned actions were read in it';
  const entries = risks.length === 1 ? 'the one entry read in it as a risk' : `the ${risks.length} entries read in it as risks`;
  // "could be read": a fix may be written in words the reader does not take for one (`**Fix Time:** 1-2 weeks (Secret Manager
  // migration)`, set 92); the reason says what was read, not what the document lacks.
  if (planned === 0) return `${entries} ${risks.length === 1 ? 'has' : 'have'} no planned action that could be read`;
  const some = planned === risks.length ? `${entries} ${planned === 1 ? 'has' : 'have'}` : `only ${planned} of ${entries} ${planned === 1 ? 'has' : 'have'}`;
  // A guide's lists of steps with owners read as entries: what they lack is any heading, column or label naming risks or findings.
  if (planned >= REGISTER_ENTRIES) return `${some} a planned action, but no heading, table header or bold label in it names risks, findings or issues`;
  return `${some} a planned action, too few for a register by content (three; or two, each with an ID or its own heading, under a title naming what it lists or reports)`;
}

/**
 * Words for what a plan treats, or for the treating: a register names its parts with them. Also the nouns for
 * risks in the other languages registers are written in (see the labels'): `# Registro de riesgos`, `| Risiko |`.
 */
const RISK_VOCABULARY = /(?<![a-z])(?:risks?|findings?|gaps?|issues?|vulnerabilit(?:y|ies)|weakness(?:es)?|deficienc(?:y|ies)|threats?|hazards?|exceptions?|(?:non-?)?conformit(?:y|ies)|nc|remediations?|remediate|mitigations?|mitigate|corrective|poa ?& ?m|poam|treatments?|incidents?|observations?|cves?|riesgos?|riscos?|rischi|rischio|risiko|risiken|risques?|risico'?s?|risikoer|risker|amenazas?|hallazgos?|mitigaci[oó]n|ma(?:ß|ss)nahmen?)(?![a-z])/;

/** A heading (`## Risks`, `<h2>Risks</h2>`, setext), a table's header row or a bold label (`**Risk**`, `__Risk__`): where a document names its parts. */
const PART_NAME = /^ {0,3}(?:#{1,6}[ \t]+([^\r\n]*)$|<h[1-6][^>\r\n]*>([^<\r\n]{1,120}))|^[ \t]{0,3}(\|[^\r\n]*\|)[ \t]*\r?\n[ \t]{0,3}\|?[ \t]*:?-+[ \t]*(?:\||:)|\*\*([^*\r\n]{1,60})\*\*|__([^_\r\n]{1,60})__|^(\S[^\r\n]{0,80})\r?\n(?:=+|-+)[ \t]*$/gm;

/** Whether a heading of the document names work still to do on it (headingNamesOpenWork). */
function namesOpenWorkInItsHeadings(body: string): boolean {
  for (const match of body.matchAll(ANY_HEADING_LINE)) if (headingNamesOpenWork(match[1])) return true;
  return false;
}

/** Whether a document names one of its parts (a heading, a table's columns, a bold label) with the words of risks. */
function namesRisksInItsParts(body: string): boolean {
  for (const match of body.matchAll(PART_NAME)) {
    const name = match.slice(1).find((group) => group !== undefined)!.toLowerCase();
    if (RISK_VOCABULARY.test(name)) return true;
  }
  return false;
}

/** A heading or bold label opening a finding's fix: `## Recommendations`, `**Recommendation:**`, `- **Remediation:**`, `### Fix`, `__Solution:__`. */
const RECOMMENDATION_PART = /^ {0,3}(?:#{2,6}[ \t]+|(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__))[^\n*_]{0,12}?\b(?:recommendations?|recommended (?:fix|fixes|actions?)|remediation|mitigation|suggested fix|fix(?:es)?|solution|next steps|required actions?|action required)\b/im;

/**
 * Whether a document is a findings report (a security audit, a pentest, a code review): a register's table
 * (ID, severity, status) whose findings are read with an ID, a severity and an outcome (`Fixed`,
 * `Acknowledged`, `Open`; two or more, or the one finding a review reported), and a recommendation given for them. Reports of any system share the shape,
 * whatever their first heading says (`Introduction`, `1. About Shieldify`); a guide's sample table has no
 * outcomes to read, or no recommendations under it.
 */
function isFindingsReport(body: string, risksRead: () => readonly Risk[]): boolean {
  if (!RECOMMENDATION_PART.test(body) || !hasRegisterTable(body)) return false;
  const graded = risksRead().filter((r) => hasValue(r.id) && hasValue(r.priority) && r.actions.some((a) => statusOf(a.status?.value) !== undefined));
  // A review that found one issue (`| I-01 | … | Info | Acknowledged |`) reports it as one of many would be.
  return graded.length >= TITLED_REGISTER_ENTRIES || (graded.length === 1 && risksRead().length === 1);
}

/** Whether a table's header names a register's columns: an ID and two of owner, due date, status, severity. */
function hasRegisterTable(body: string): boolean {
  for (const match of body.matchAll(/^[ \t]{0,3}\|([^\n]*)\|[ \t]*\r?\n[ \t]{0,3}\|?[ \t]*:?-{3,}/gm)) {
    const names = new Set(match[1].split('|').map((cell) => fieldForLabel(cell.trim())));
    const tracked = ['owner', 'due', 'status', 'priority'].filter((name) => names.has(name as FieldName)).length;
    if (names.has('id') && tracked >= 2) return true;
  }
  return false;
}

/**
 * Words of a report's title ("Compliance Audit Report", "Readiness Assessment"): a report whose
 * findings each carry a remediation is the plan its authors work from, read as a register by content.
 * In Portuguese and Spanish too, as the labels are read (`DPIA - Avaliação de Impacto`, `Informe de auditoría`).
 */
const REPORT_TITLE_WORDS = /(?<![a-z])(?:audit|assessment|report|review|analysis|evaluation|readiness|dpia|avalia[çc][ãa]o|an[áa]lise|an[áa]lisis|evaluaci[óo]n|auditor[íi]a|relat[óo]rio|informe)(?![a-z])/;

/** A section heading naming the remediation a report plans: `## Remediation Strategy`, `### Recommended Remediation`, `## Mitigation Plan`. */
const REMEDIATION_SECTION = /^ {0,3}#{2,3}[ \t]+[^\n]*?\b(?:(?:remediation|mitigation|treatment) (?:strategy|strategies|plan|recommendations?|roadmap|actions?)|recommended (?:remediations?|mitigations?|actions?))\b/im;

/** Whether at least two risks were read, each rated by its likelihood and an impact or level: an assessment's results. */
function ratedRisks(risks: readonly Risk[]): boolean {
  return risks.filter((risk) => hasValue(risk.likelihood) && (hasValue(risk.impact) || hasValue(risk.priority))).length >= TITLED_REGISTER_ENTRIES;
}

/** A threat model names the threats it analyses as a report names its findings: `# Threat Model: Payments API`. */
const THREAT_MODEL_TITLE = /(?<![a-z])threat model(?:ing)?(?![a-z])/;

/** The heading right under a document's H1, which says what the document is when the title names its subject: `# Quality Gate Decision` over `## Critical Vulnerability Assessment`. */
const SUBTITLE = /^ {0,3}#[ \t]+[^\r\n]*\r?\n(?:[ \t]*\r?\n)?[ \t]{0,3}##[ \t]+([^\r\n]+)/m;

/** A severity as reports grade findings, with the word that may follow it (`HIGH SEVERITY`, `Medium Risk`, `Critical Priority`). */
const GRADE = String.raw`(?:critical|high|medium|moderate|low)(?:[ -](?:severity|risk|priority))?`;
/**
 * A heading that grades a finding (`### 1. CRITICAL: Hardcoded Salt`, `### ⚠️ **HIGH SEVERITY: Unsafe SQL Query Pattern**`)
 * or a group of them (`### MEDIUM RISK ITEMS ⚠️`, `## 🔴 Critical Issues`), once emphasis, emoji and its number are set aside.
 */
const GRADED_HEADING = new RegExp(String.raw`^${GRADE}(?:(?:[ \t]*:|[ \t]+[\u2013\u2014-])[ \t]*[a-z]|[ \t]+(?:risk[ \t]+)?(?:items?|issues?|findings?|vulnerabilit(?:y|ies)|risks?)(?![a-z]))`);
const HEADING_TEXT = /^ {0,3}#{2,6}[ \t]+([^\r\n]+)$/gm;
/** A quality audit's grade of a finding (ISO 13485, ISO 9001, ISO 27001): a major or minor nonconformity (`Major NC`, `Minor Nonconformance`). */
const NC_GRADE = String.raw`(?:major|minor)[ -](?:nc|non-?conformit(?:y|ies)|non-?conformances?)(?![a-z])`;
/**
 * A heading that grades a finding as a nonconformity, after its name (`### F-003: Design Review Minutes Not Recorded (Major NC)`)
 * or before it (`### Minor Nonconformity: Training records not updated`). A heading of the grade alone (`### Major Nonconformity`,
 * an audit procedure defining its grades) grades no finding.
 */
const NC_GRADED_HEADING = new RegExp(String.raw`\(${NC_GRADE}\)|^${NC_GRADE}(?:[ \t]*:|[ \t]+[\u2013\u2014-])[ \t]*[a-z]`);

/** How many headings of a document grade a finding or a group of findings, counted up to `cap`. */
function gradedHeadings(body: string, cap: number): number {
  let count = 0;
  for (const match of body.matchAll(HEADING_TEXT)) {
    const text = match[1].replace(/[*_`]/g, '').toLowerCase().replace(/^[^a-z]*/, '');
    // A template's `### HIGH: [Finding title]` is the place for a finding, not one.
    if ((GRADED_HEADING.test(text) || NC_GRADED_HEADING.test(text)) && !MAY_HOLD_A_PLACE.test(match[1]) && ++count >= cap) break;
  }
  return count;
}

/**
 * A heading of a report's part that says how its findings are to be fixed: recommendations, a remediation or mitigation
 * strategy, plan, timeline or requirements, required actions, next steps (in Portuguese and Spanish too: `## 5. Medidas de
 * Mitigação`, `## Recomendaciones`). Or, in a finding itself, a bold label or heading
 * *Recommendation* or *Remediation* (RECOMMENDATION_PART).
 */
const FIX_SECTION = /^ {0,3}#{1,3}[ \t]+[^\n]*?\b(?:recommendations?|(?:remediation|mitigation|mitigating|treatment|corrective) (?:strateg(?:y|ies)|plans?|roadmap|actions?|requirements?|measures|steps|timeline)|recommended (?:remediations?|mitigations?|actions?)|required (?:remediation )?actions?|next steps|medidas de (?:mitiga[çc][ãa]o|mitigaci[óo]n|tratamento|tratamiento)|recomenda[çc](?:[õo]es|[ãa]o)|recomendaci(?:[óo]n|ones)|plano de a[çc][ãa]o|plan de acci[óo]n)/im;

/**
 * How many findings a report grades by severity, when it grades two or more (its title, or the subtitle under it, names an
 * audit, assessment, review, analysis or threat model): those read with a rating (a priority, severity or likelihood), or,
 * where the reader took fewer, the headings that grade them. A guide or a checklist grades nothing. With a part that says how
 * to fix them, the report is the plan its authors work from.
 */
function gradedFindings(title: string | undefined, body: string, risks: readonly Risk[]): number | undefined {
  if (!namesAReport(title, body)) return undefined;
  const rated = risks.filter((risk) => hasValue(risk.priority) || hasValue(risk.likelihood)).length;
  const graded = Math.max(rated, gradedHeadings(body, 100));
  return graded >= TITLED_REGISTER_ENTRIES ? graded : undefined;
}

/** Whether a document's title, or the subtitle under it, names an audit, assessment, review, analysis, report or threat model. */
function namesAReport(title: string | undefined, body: string): boolean {
  const names = [title, SUBTITLE.exec(body)?.[1]].filter((t): t is string => t !== undefined).map((t) => t.replace(/[*_`]/g, '').toLowerCase());
  return names.some((t) => REPORT_TITLE_WORDS.test(t) || THREAT_MODEL_TITLE.test(t));
}

/**
 * A report of one finding (a pentest of one login form): the one risk read in it rated by its severity, and the report's own
 * part saying how to fix it (`## 5. Recommendations`), apart from the finding as reports lay them out.
 */
function oneGradedFinding(title: string | undefined, body: string, risks: readonly Risk[]): boolean {
  return risks.length === 1 && (hasValue(risks[0].priority) || hasValue(risks[0].likelihood)) && FIX_SECTION.test(body) && namesAReport(title, body);
}

/**
 * A finding's own write-up (`# Finding 04: Broken access control` over `## Recommended Remediation`, a contest's
 * `# M-01 …` file of findings each titled so): the title opens with the ID of a finding read in it, every finding read
 * has its ID and a planned fix, and a part of the document says how to fix them. It is the plan its authors work from.
 */
function findingWriteUp(title: string | undefined, body: string, risks: readonly Risk[]): boolean {
  if (title === undefined || risks.length === 0 || !FIX_SECTION.test(body)) return false;
  const lowerTitle = title.replace(/[*_`[\]]/g, '').trim().toLowerCase();
  return risks.some((risk) => risk.id !== undefined && lowerTitle.startsWith(risk.id.value.replace(/[*_`[\]]/g, '').trim().toLowerCase())) &&
    risks.every((risk) => risk.id !== undefined && risk.actions.some((action) => hasValue(action.action)));
}


/**
 * Titles of documents that assess risks of one kind and say what is done about each: a hazard log
 * (clinical safety, DCB0129 / ISO 14971), a third-party or vendor risk assessment or report. Not plans
 * by the title alone (a vendor questionnaire plans nothing): taken when a risk with its action is read.
 */
const ASSESSED_RISKS_TITLES: readonly RegExp[] = [
  /(?<![a-z])hazard (?:log|register|tracker)(?![a-z])/,
  /(?<![a-z])(?:third[- ]party|vendor|supplier|business associate) risk (?:assessment|report|review|register|evaluation)s?(?![a-z])/,
];

/**
 * Titles of a record of a risk accepted rather than treated: a risk acceptance (form, record, memo, decision), a
 * risk, security or policy exception or waiver, an exception request. One risk is enough: its decision to accept, recorded with its reasons or its
 * approver, is what is done about it, as an action is. Not by the title alone (a blank acceptance form decides nothing).
 */
const ACCEPTANCE_TITLE = /(?<![a-z])(?:risk acceptance|acceptance of (?:the )?risks?|accepted risks?|(?:risk|security|policy|compliance) (?:exception|waiver)s?|exception (?:request|record|form))(?![a-z])/;

/**
 * The risks read as accepted with the decision recorded: a treatment or status of acceptance with a rationale or an
 * approver written, or both of these written (the acceptance block of a record that names no treatment).
 */
function recordedAcceptances(risks: readonly Risk[]): Risk[] {
  return risks.filter((risk) => {
    const { rationale, approvedBy } = risk.acceptance;
    const accepted = isAccepted(risk) || risk.actions.some((a) => statusOf(a.status?.value) === 'accepted');
    return accepted ? hasValue(rationale) || hasValue(approvedBy) : hasValue(rationale) && hasValue(approvedBy);
  });
}

/** How many planned entries make a document a register by its content, whatever its title. */
const REGISTER_ENTRIES = 3;
/** How many, each with an ID, when the title names what it lists or reports ("Remediation tickets", "Gap analysis"). */
const TITLED_REGISTER_ENTRIES = 2;

/**
 * Whether a document's content is a register (issue 12: a judgement on content, the title one
 * signal): at least three risks read with a planned action, or with an owner and a due date;
 * two, each with an ID or its own heading, under a title naming what it lists or reports. A policy's or
 * procedure's title has already ruled it out.
 */
function registerByContent(risks: readonly Risk[], titleListsOrReports: boolean, namesRisks: () => boolean): boolean {
  const planned = plannedRisks(risks);
  if (planned.length >= REGISTER_ENTRIES) return true;
  if (!titleListsOrReports) return false;
  if (planned.length >= TITLED_REGISTER_ENTRIES && planned.every((risk) => hasValue(risk.id))) return true;
  // A pentest or scan report names each finding in its own heading (`### Default Credentials Used for Tomcat`) over its fix,
  // under a part named for findings or vulnerabilities: the heading identifies it as an ID would.
  if (planned.length >= TITLED_REGISTER_ENTRIES && planned.every((risk) => hasValue(risk.id) || risk.form === 'heading') && namesRisks()) return true;
  // A register's template filled with examples: entries with an ID and a status or a severity, each with its action's field written, if only as a placeholder ("[Specific remediation steps]").
  const templated = risks.filter((risk) => hasValue(risk.id) && (risk.priority !== undefined || risk.actions.some((a) => a.status !== undefined)) && risk.actions.some((a) => a.action !== undefined));
  if (templated.length >= TITLED_REGISTER_ENTRIES && templated.length === risks.length) return true;
  // A team's response to an audit: every finding with its ID, its severity and where it stands (Fixed, Acknowledged).
  // A record of security fixes heads each finding with its number instead (`### 1. Weak RNG (HIGH) - FIXED`): the heading identifies it.
  const answered = risks.filter((risk) => (hasValue(risk.id) || risk.form === 'heading') && hasValue(risk.priority) && risk.actions.some((a) => hasValue(a.status)));
  return answered.length >= TITLED_REGISTER_ENTRIES && answered.length === risks.length;
}

/** The risks read with a planned action, or with an owner and a due date. */
function plannedRisks(risks: readonly Risk[]): Risk[] {
  return risks.filter((risk) => risk.actions.some((a) => hasValue(a.action) || (hasValue(a.owner) && hasValue(a.due))));
}

/** Any heading, and the text it says (emphasis, a number and a closing colon set aside). */
const ANY_HEADING_LINE = /^ {0,3}#{1,6}[ \t]+([^\r\n]+)$/gm;

/** The headings of a document's parts (not its title), each as written and as words (numbering and a closing colon aside). */
function partHeadings(body: string, title: string | undefined): { written: string; words: string }[] {
  const parts: { written: string; words: string }[] = [];
  for (const match of body.matchAll(ANY_HEADING_LINE)) {
    const written = withoutClosingHashes(match[1].trim());
    if (written === title) continue;
    parts.push({ written, words: titleWords(written).replace(/^[\d.)\s]+/, '').replace(/[ \t]*:[ \t]*$/, '').trim() });
  }
  return parts;
}

/**
 * The first heading other than the title that explains rather than plans (ABOUT_PLANS: `How to perform the risk analysis:`,
 * `What is a POA&M?`), as written; undefined when none does.
 */
function explainingHeading(body: string, title: string | undefined): string | undefined {
  return partHeadings(body, title).find((part) => ABOUT_PLANS.test(part.words))?.written.replace(/[*_`]/g, '').replace(/\\(?=[&#])/g, '').trim();
}

/** A section of a plan of how risks are managed (ISO 14971 §4.4), by its name: its scope, process, criteria, activities, responsibilities. */
const PROCESS_SECTION = /^(?:scope(?: and (?:application|purpose))?|purpose and scope|risk management process|risk management activities|risk acceptability(?: criteria)?|(?:risk )?acceptability criteria|criteria for risk acceptability|risk acceptance criteria|responsibilities|roles and responsibilities|(?:risk management )?documentation|verification activities|production and post-production (?:activities|information)|post-market (?:activities|surveillance)|(?:risk management )?process (?:summary|overview)|roles|(?:risk management )?deliverables)$/;
/** How many such sections make a document such a plan. */
const PROCESS_SECTIONS_NEEDED = 3;

/**
 * A section's name written as a numbered line of its own after a blank line, no heading marks (`4. Risk Acceptability
 * Criteria`, a word processor's numbering kept as text): no closing stop or colon, as a list item's sentence has.
 */
const NUMBERED_SECTION_LINE = /(?:^|\n[ \t]*\r?\n)[ \t]{0,3}\d{1,2}\.[ \t]+([A-Z][^\r\n.:;!?]{2,60}?)[ \t]*(?=\r?\n|$)/g;

/** The headings (or numbered section lines) of a document that name the sections of a plan of how risks are managed, as written. */
function processSections(body: string, title: string | undefined): string[] {
  const numbered = [...body.matchAll(NUMBERED_SECTION_LINE)].map((m) => ({ written: m[1], words: titleWords(m[1]) }));
  return [...partHeadings(body, title), ...numbered].filter((part) => PROCESS_SECTION.test(part.words)).map((part) => part.written.replace(/^[\d.)\s]+/, '').replace(/[*_`]/g, '').trim());
}

/** Words of security and compliance, one of which any POA&M writes (its weaknesses, controls, frameworks). */
const SECURITY_WORDS = /\b(?:secur\w*|vulnerab\w*|weakness\w*|complian\w*|threat\w*|attack\w*|breach\w*|(?:un)?encrypt\w*|log(?:in|on)s?|credentials?|e?phi|hipaa|nist|cmmc|fedramp|fisma|800-53|800-171|27001|soc ?2|authenticat\w*|authori[sz]ation\w*|access control\w*|exploit\w*|cves?|patch\w*|mfa|password\w*|firewall\w*|malware|cyber\w*|privacy|safeguard\w*|confidential\w*|stig\w*|scap)\b/i;

/** A document speaking of itself as a policy or procedure (`Owns and maintains this policy`), with a few words before it to quote. */
const SELF_NAMED_POLICY = /(?:[\w'-]+[ \t]+){0,3}\bthis[ \t]+(policy|procedure)\b/i;

/** A plan that names ISO 14971, whose "risk management plan" is the plan of the process, the risks kept in the risk management file. */
const NAMES_ISO_14971 = /\bISO[ \t]*14971\b/;

/**
 * Whether a process plan's details read are only its document control (title, organisation, version, owner), and it names
 * ISO 14971: approval and review dates are a plan's own, and keep a document with them linted (its risks perhaps missed).
 */
function onlyDocumentControl(plan: ReturnType<typeof parseMarkdownPlan>, body: string): boolean {
  const m = plan.meta;
  return NAMES_ISO_14971.test(body) && [m.approvedBy, m.approvedOn, m.lastReviewed, m.nextReview].every((f) => f === undefined);
}

/** The first H2 or H3 that names a plan, if any. */
function planSection(body: string): string | undefined {
  for (const match of body.matchAll(SECTION_HEADING)) {
    const words = match[1].replace(/[*_`]/g, '').replace(/\s+/g, ' ').toLowerCase();
    if (!NOT_A_PLAN_TITLE.test(words) && !ABOUT_PLANS.test(words.trim()) && namesAPlan(words)) return match[1];
  }
  return undefined;
}

/** A top-level `risks:` key, as topLevelKeys reads keys (`plan:` is json-register's hasPlanTopKey). */
const hasRisksTopKey = anywhere(/^["']?risks["']?[ \t]*:(?:[ \t]|$)/m);

/** A risk read from a list of open work: no ID, and named by its one action's words. */
function isWorkItem(risk: Risk): boolean {
  return risk.id === undefined && risk.actions.length === 1 && risk.title !== undefined && risk.actions[0].action?.value === risk.title.value;
}

/** Keys at the start of a line: a YAML document's top-level keys. */
function topLevelKeys(body: string): string[] {
  // Words joined by single spaces: a `[\w ]*?` before `[ \t]*` would backtrack on a long line of blanks.
  return [...body.matchAll(/^["']?([A-Za-z_][\w-]*(?: [\w-]+)*)["']?[ \t]*:(?:[ \t]|$)/gm)].map((m) => m[1]);
}

/**
 * A `.yaml` file that holds Markdown (a heading first, then fences or tables, which YAML
 * cannot hold at the top level): read as the Markdown it is.
 */
export function isMarkdownInYaml(text: string): boolean {
  return /^\s*#[ \t]+\S/.test(text) && /^(?:`{3,}|~{3,}|\|.*\|[ \t]*$)/m.test(text);
}

function yamlReason(body: string, once: boolean): string | undefined {
  if (isMarkdownInYaml(body)) return markdownReason(body, once);
  if (looksLikeOscalPoam(body)) return isOscalPoamTemplate(body) ? TEMPLATE_REASON : undefined;
  // A plan's own two keys, looked for around the edit on each keystroke; every key is gathered only for a document without them.
  if (hasPlanTopKey(body) && hasRisksTopKey(body)) return undefined;
  const keys = topLevelKeys(body);
  if (keys.some(isRegisterKey)) return undefined;
  // Another tool's register: a list of tracked entries at the root or under its own key (`actions:`).
  if (yamlRegisterOf(body)) return undefined;
  const title = titleValue(body);
  if (keys.includes('risks') && title !== undefined) return titleReason(title, 'title');
  if (keys.includes('risks')) {
    const risks = yamlRisksList(body);
    if (risks && (yamlRegisterByContent(risks) || yamlRatedRegister(risks))) return undefined;
  }
  // A list at the root (a catalogue of items, each named and graded): say what a register's entries would hold.
  if (keys.length === 0 && /^(?:\uFEFF)?(?:[ \t]*(?:#.*)?\r?\n)*-[ \t]/.test(body)) {
    return 'it is a list at its root whose entries are not a register\'s: a register\'s entries (three or more) each name a risk and rate or track it (a level, an owner, a status, a treatment, a mitigation, a due date), in keys mostly a register\'s';
  }
  const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', ...' : '');
  return `its top-level keys (${shown || 'none'}) are not a plan's: "plan" and "risks", a risk register, or an OSCAL "plan-of-action-and-milestones"`;
}

/** Keys of a register entry that say what is done about the risk, by whom, by when, or where it stands (`risk_id` … `treatment: Mitigate`). */
const TRACKING_KEYS = ['action', 'owner', 'due', 'actions', 'treatment', 'status'];

/** The `risks:` list of a YAML document, parsed without aliases; undefined when it has none or does not parse. */
function yamlRisksList(body: string): unknown[] | undefined {
  let data: unknown;
  try {
    data = parseYaml(body, { maxAliasCount: 0 });
  } catch {
    return undefined;
  }
  const risks = data && typeof data === 'object' ? (data as Record<string, unknown>).risks : undefined;
  return Array.isArray(risks) ? risks : undefined;
}

/** A YAML list of risks with no title: a register when its first entry has an ID (`id`, `risk_id`) and says what is done, by whom, by when or where it stands. */
function yamlRegisterByContent(risks: readonly unknown[]): boolean {
  // As many entries as make a Markdown register: a list of one or two is a note, not a register.
  const first: unknown = risks.length >= REGISTER_ENTRIES ? risks[0] : undefined;
  if (!first || typeof first !== 'object') return false;
  const keys = Object.keys(first);
  return keys.some((key) => spelledKey(key, ['id']) !== undefined) && keys.some((key) => spelledKey(key, TRACKING_KEYS) !== undefined);
}

/** Keys of a register entry that rate a risk, and that say where it stands or what is decided about it (`treatment: Mitigate`). */
const RATING_KEYS = ['priority', 'likelihood', 'impact'];
const STATE_KEYS = ['status', 'treatment'];

/**
 * A short YAML list of risks with no title and no action yet (`- id, title, severity, state`, or
 * `- id, title, likelihood, impact, treatment`): a register when every entry has an ID, a wording, a rating and a
 * state or treatment decided. Together these four say register; a list of notes does not rate and track its items.
 */
function yamlRatedRegister(risks: readonly unknown[]): boolean {
  if (risks.length === 0) return false;
  return risks.every((entry) => {
    if (!entry || typeof entry !== 'object') return false;
    const keys = Object.keys(entry);
    return (
      keys.includes('id') &&
      keys.some((key) => spelledKey(key, ['title', 'description']) !== undefined) &&
      keys.some((key) => spelledKey(key, RATING_KEYS) !== undefined) &&
      keys.some((key) => spelledKey(key, STATE_KEYS) !== undefined)
    );
  });
}

const TEMPLATE_REASON = 'it is an OSCAL plan of action and milestones template: its title is a placeholder ("[System Name] …") and its items are marked [EXAMPLE]';

/** The OSCAL models other than a plan of action and milestones, by their root key. */
const OTHER_OSCAL_ROOTS = /^\s*\{\s*"(catalog|profile|component-definition|system-security-plan|assessment-plan|assessment-results|mapping-collection)"\s*:/;

/** Undefined for an OSCAL POA&M or a register of risks; else what the JSON is, as far as that can be said. */
function jsonReason(body: string): string | undefined {
  if (looksLikeOscalPoam(body) && isOscalPoamTemplate(body)) return TEMPLATE_REASON;
  if (looksLikeOscalPoam(body)) return undefined;
  const register = jsonRegisterOf(body);
  if (register) return register.shape === 'scattered' ? unworkedModelReason(body, register.key, register.catalogue) : requirementsCatalogueReason(body, register);
  const oscal = OTHER_OSCAL_ROOTS.exec(body);
  if (oscal) return `it is an OSCAL ${oscal[1].replace(/-/g, ' ')}, not a plan of action and milestones`;
  if (!isJson(body)) return 'it is not valid JSON';
  const neither = 'it is neither an OSCAL plan of action and milestones nor a register of risks rmplint reads (entries that give an ID, a risk and its rating, owner, treatment or status, listed at its root or under a top-level key, or under keys naming risks wherever they are when every such key lists risks; or three or more entries that word a risk under a risk key)';
  // What it holds instead, so that a register laid out otherwise (nested in categories, keyed in another language) is named as found.
  const holds = whatDataHolds(jsonValueOf(body));
  return holds === undefined ? neither : `${neither}; ${holds}`;
}

/** How many entries make a list of requirements a catalogue (one entry marked `Required` may be a register's odd status). */
const CATALOGUE_ENTRIES = 3;

/**
 * A catalogue of controls read as a register (`{"id": "ADM-001", "spec": "Risk Analysis", "status": "Required", …}`): every
 * entry marked with a requirement's level (HIPAA's `Required`, `Addressable`) where a register keeps its status, and none
 * with an action, owner or due date. It lists what a plan must meet, not risks and what is done about them.
 */
function requirementsCatalogueReason(body: string, register: NonNullable<ReturnType<typeof jsonRegisterOf>>): string | undefined {
  const risks = readJsonRegister(body, register).risks;
  if (risks.length < CATALOGUE_ENTRIES) return undefined;
  const levels = new Set<string>();
  for (const risk of risks) {
    if (risk.actions.some((a) => hasValue(a.action) || hasValue(a.owner) || hasValue(a.due))) return undefined;
    const statuses = risk.actions.map((a) => a.status?.value.trim()).filter((v): v is string => v !== undefined && v !== '');
    if (statuses.length === 0 || !statuses.every(isRequirementLevel)) return undefined;
    for (const status of statuses) levels.add(status);
  }
  const shown = [...levels].slice(0, 3).map((level) => JSON.stringify(level)).join(', ');
  return `all ${risks.length} entries read in it are marked with a requirement's level where a register keeps its status (${shown}), with no action, owner or due date: a catalogue of requirements, not a register of risks`;
}

/**
 * A diagram's threat model (OWASP Threat Dragon) whose threats are drawn but not worked: none has a
 * mitigation, an owner or a due date written, and all still open (a student's exercise: the tool's default threats, dropped
 * when read, and one named threat with its mitigation left empty). A model plans something once one
 * of its threats says what is done about it; until then it is a diagram, not a plan.
 */
function unworkedModelReason(body: string, key: string | undefined, catalogue: string | undefined): string | undefined {
  const risks = readJsonRegister(body, { key, shape: 'scattered', catalogue }).risks;
  // A threat marked Mitigated or Accepted was worked on even with its mitigation left blank; `Open` is the tool's default.
  const worked = (risk: Risk) => risk.actions.some((a) => hasValue(a.action) || hasValue(a.owner) || hasValue(a.due) || (statusOf(a.status?.value) ?? 'open') !== 'open');
  if (risks.some(worked)) return undefined;
  const read = risks.length === 0 ? "no threat in it is written beyond the tool's defaults" : risks.length === 1 ? 'the one threat read in it is open with no mitigation, owner or due date' : `all ${risks.length} threats read in it are open with no mitigation, owner or due date`;
  // Said of what was read, not of what the file is: a catalogue of risks read the same way is no diagram.
  return `${read}: nothing is planned in it yet`;
}
