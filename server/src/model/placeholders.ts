// What counts as a placeholder: a value that holds the place of the author's words, so a
// rule reads it as missing. One list for every rule, fed by every text the product itself
// writes (the snippets' defaults and the quick fixes' defaults), so a template left
// untouched, or a fix accepted without typing, never reads as a filled-in plan.
import type { Field } from './plan-model';
import { ownCache, TextMemo } from '../caches';

/**
 * The defaults rmplint writes where the user's words belong: snippet placeholders
 * (snippets/*.json, checked by a meta-test) and the values quick fixes insert for the user
 * to replace. Compared without case, emphasis or a final full stop.
 */
export const PRODUCT_PLACEHOLDERS: readonly string[] = [
  // snippets
  'R-000',
  'Risk title',
  'Risk',
  'Practice name',
  'Name, Security Officer',
  'Name, Organization',
  'Name, Title',
  'Person or role',
  'Owner',
  'Specific action with a verb and an object',
  'Specific action',
  'Why the risk is accepted rather than treated',
  'Control',
  'Controls that reduce the risk',
  'YYYY-MM-DD',
  // quick fixes
  'Why the residual risk is acceptable',
  'Name, Firm',
  'What shows it works, and where the evidence is filed',
];

/** Markers people write for "to be filled in", whatever the field (a template's `@owner`, `@username` mention too). */
const FILL_IN_MARKER =
  /^(?:@(?:owner|username|user|name|handle|assignee|someone|person|team|github-?handle)|tbd|tba|tbc|todo|to do|fixme|xxx|to be determined|to be decided|to be confirmed|to be assigned|placeholder|lorem ipsum.*|\?+|\.{2,}|…|<[^<>]*>|\[[^[\]]*\]|\{[^{}]*\}|\{\{[^{}]*\}\}|\{%[^{}]*%\}|\$\{[^{}]*\}|[ydm]{1,4}([-/. ])[ydm]{1,4}\1[ydm]{1,4})$/i;

/**
 * A finding's ID in the brackets an audit report writes it in (`[C-01]`, `[H-02]`, `[L-05]`, `[SEC.3]`), or a
 * list of them (`[STD-001, STD-003]`, a YAML flow list): real IDs, not a `[name]` to fill in. Letters then a
 * number; a bracket with no number (`[C-XX]`, `[ID]`) still holds a place.
 */
const ONE_ID = String.raw`[a-z]{1,6}(?:[-.][a-z]{1,6})*[-.]?\d{1,4}[a-z]?`;
const BRACKETED_ID = new RegExp(String.raw`^\[${ONE_ID}(?:[ \t]*,[ \t]*${ONE_ID})*\]$`);

/**
 * A template's instruction to whoever fills it in, in place of the value: a form verb and the field it
 * asks for (`Enter the risk here`, `Describe the mitigation`, `Select owner`), or a spreadsheet's word
 * for a cell it fills itself (`Select`, `Auto`). A verb and a thing to work on (`Select a backup vendor`) is a value.
 */
const INSTRUCTION =
  /^(?:(?:enter|insert|type|select|choose|pick|describe|specify|fill in|provide|write|add)\s+(?:(?:the|a|an|your|each)\s+)?(?:[a-z-]+\s+){0,2}?(?:risks?|owners?|owner's name|name|date|description|actions?|mitigations?|status|rating|score|id|value|details|text|controls?|likelihood|impact|level|priority|title|notes|comments|findings?|gaps?|threats?|vulnerabilit(?:y|ies)|deadline|role)(?:\s+(?:here|below|in this (?:cell|column|field)))?|select|auto|auto-calculated|calculated|formula|dropdown|select one|choose one|select from (?:the )?list|choose from (?:the )?list)$/;

/**
 * A template's own words for the text that belongs there (`Some text describing the risk category...`,
 * `Text describing the mitigation`): a threat-model stub's example, left as the stub wrote it.
 */
const STUB_TEXT = /^(?:some )?text (?:describing|explaining) (?:the |a |an )?[a-z -]{1,60}?(?:\.{2,}|…)?$/;

/** A fill-in marker with a note on what is to go there (`TODO(human: risk owner)`, `TBD: vendor to confirm`): still nothing written. */
const NOTED_MARKER = /^(?:todo|fixme|tbd|tbc|tba)[ \t]*(?:\([^()]*\)|:[ \t]*\S.*)$/;

function normalised(value: string): string {
  return value.replace(/[*_`]/g, '').trim().replace(/(?<=[\p{L}\p{N})])\.$/u, '').replace(/\s+/g, ' ').toLowerCase();
}

const KNOWN = new Set(PRODUCT_PLACEHOLDERS.map(normalised));

/**
 * True when a written value only holds a place: one of rmplint's own defaults, or a
 * fill-in marker (`TBD`, `?`, `<name>`, `YYYY-MM-DD`). Empty is not a placeholder: it is
 * empty, and rules say so in their own words.
 */
export function isPlaceholder(value: string): boolean {
  if (value.length > 80) return false; // placeholders are short; this also bounds the regex work
  return placeholderByText.of(value, judgePlaceholder);
}

/** Values judged by their text: several rules ask of every field of a plan on every edit. */
const placeholderByText = ownCache('placeholders by text', new TextMemo<boolean>(20_000));

function judgePlaceholder(value: string): boolean {
  const v = normalised(value);
  if (v === '') return false;
  if (KNOWN.has(v)) return true;
  // A bracketed list of defaults (`[Control]` in YAML flow style) is the default itself.
  const unbracketed = /^\[(.*)\]$/.exec(v)?.[1]?.trim();
  if (unbracketed !== undefined && KNOWN.has(unbracketed)) return true;
  if (BRACKETED_ID.test(v)) return false;
  return FILL_IN_MARKER.test(v) || INSTRUCTION.test(v) || NOTED_MARKER.test(v) || STUB_TEXT.test(v) || DATE_TO_FILL.test(v);
}

/** A date with its day or month left as Xs (`2025-01-XX`, `2026-XX-XX`, `XX/XX/2026`): a template's date, still to write (set 86). */
const DATE_TO_FILL = /^(?:(?:\d{4}|x{4})([-/.])(?:\d{1,2}|x{1,2})\1x{1,2}|(?:\d{4}|x{4})([-/.])x{1,2}\2(?:\d{1,2}|x{1,2})|x{1,2}([-/.])(?:\d{1,2}|x{1,2})\3(?:\d{4}|x{4})|(?:\d{1,2}|x{1,2})([-/.])x{1,2}\4(?:\d{4}|x{4}))$/;

/**
 * True when a value holds a form's blank to write on or boxes to tick (`_____`, `Within ___ days`,
 * `Yes ☐ No ☐`): a form left to fill in (an audit checklist, an unfilled template), not a value.
 */
export function hasFormBlank(value: string): boolean {
  return FORM_BLANK.test(value);
}
const FORM_BLANK = /_{3,}|☐/;

/** True when a field is written with a value that is neither blank nor a placeholder. */
export function hasRealValue(field: Field | undefined): field is Field {
  if (field === undefined || field.value.trim() === '') return false;
  if (field.items && field.items.length > 0) return !field.items.every((item) => item.trim() === '' || isPlaceholder(item));
  return !isPlaceholder(field.value);
}

/** True when a field is written and its value is a placeholder (a "fill in" finding, not a "missing" one). */
export function holdsPlaceholder(field: Field | undefined): field is Field {
  if (field === undefined || field.value.trim() === '') return false;
  if (field.items && field.items.length > 0) return field.items.every((item) => item.trim() === '' || isPlaceholder(item)) && field.items.some((i) => i.trim() !== '');
  return isPlaceholder(field.value);
}

/** A title naming its row an example of an entry (`Example finding title`, `Sample risk`, `Example vulnerability`). */
const EXAMPLE_TITLE = /^[*_\s]*(?:example|sample)\s+(?:risk|finding|issue|gap|threat|vulnerability|weakness|item|entry|row|action)s?\b/i;

/** An ID that says its entry is a sample (`V-1Example`, `EXAMPLE-01`, `R-0 (sample)`). */
const EXAMPLE_ID = /(?:^|[^a-z])(?:example|sample)(?![a-z])|\d(?:example|sample)\b/i;

/** Whether an entry's ID says it is a template's example, as a Markdown row's or a CSV record's. */
export function isExampleId(id: string): boolean {
  return EXAMPLE_ID.test(id);
}

/** Whether a title says its entry is a template's example (`| SEC-0001 | Example finding title | … | Replace with real issue |`). */
export function isExampleTitle(value: string): boolean {
  return EXAMPLE_TITLE.test(value);
}

/**
 * A field's value that says what goes there rather than giving it (`**Responsible POC:** the key point of contact for this POAM
 * item`, `**Mitigation:** the mitigation plan that will be executed`, set 89): a page explaining a plan's fields lists them so.
 * A lower-case article, then five words or more.
 */
export function definesField(value: string): boolean {
  const written = value.trim();
  return /^(?:the|a|an)\s+\p{Ll}/u.test(written) && written.split(/\s+/).length >= 6;
}
