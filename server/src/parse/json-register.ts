// A risk register kept as JSON by another tool: a top-level array of risk objects, or an
// object whose `risks` (or a register's own name for them) is that array. JSON is YAML, so
// the YAML reader reads each object as a YAML plan's risk, with the same key spellings
// (`risk` → title, `risk_owner` → owner, `mitigation` → action). No fix writes into it.
import { datesInWords, withDuesInActionText } from '../model/written-dues';
import { isScalar, parseDocument, visit, type Pair } from 'yaml';

/** A parsed YAML or JSON document, as parseDocument gives it. */
type ParsedDocument = ReturnType<typeof parseDocument>;
import type { Field, PlanMeta, PlanModel, Risk } from '../model/plan-model';
import { fieldForLabel, isMetResult, recordsAcceptance, RISK_ID_SOURCE, statusOf } from '../model/vocabulary';
import { hasValue, listField } from '../model/plan-queries';
import { isoOf } from '../model/dates';
import { entriesReviews } from '../model/review-dates';
import { restOfLine, YamlReader } from './yaml/yaml-reader';
import { KEYS, readRisk, readRisks } from './yaml/read-plan';
import { isRegisterKey, spelledKey } from './yaml/key-spellings';
import { exceptionRisks, isExceptionRecord } from './exception-records';
import { dominantEol } from './eol';
import { MAX_ALIAS_COUNT, yamlNestingProblem } from './yaml/syntax-problems';
import { MAX_DEPTH, scatteredRisks, withReferencedControls } from './threat-model';
import { individualRisks, tracksRisks } from './threagile';
import { LastTextMemo, ownCache } from '../caches';
import { anywhere } from './text-scan';

/**
 * `"Risk ID"`, `"Risk Description"`, `"riskOwner"` → `risk_id`, `risk_description`, `risk_owner`:
 * a register's keys in the snake case the YAML reader knows as other tools' spellings (a JSON
 * register is written by hand or by a spreadsheet export, with headings for keys).
 */
export function registerKeyStyle(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

/** Rewrites every mapping key of the parsed document in the register key style (spans unchanged). */
function normaliseKeys(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string') pair.key.value = registerKeyStyle(pair.key.value);
    },
  });
}

/**
 * The register's list of risks: the root array, or the array under `risks`, a register key, or the
 * key given (a YAML register's own); a register key may hold its own details beside its `risks`
 * (`{"risk_register": {"risks": [...]}}`).
 */
function riskList(reader: YamlReader, root: unknown, listKey?: string): unknown {
  if (reader.seq(root)) return root;
  const map = reader.map(root);
  if (!map) return undefined;
  for (const [key, pair] of reader.pairs(map)) {
    if (!(key === 'risks' || isRegisterKey(key) || (listKey !== undefined && key === registerKeyStyle(listKey)))) continue;
    const inner = isRegisterKey(key) ? reader.map(pair.value) : undefined;
    return inner ? reader.pairs(inner).get('risks')?.value : pair.value;
  }
  return undefined;
}

/**
 * A register kept by another tool, JSON or YAML (then `listKey`: the top-level key of its list,
 * undefined for a list at the root), read as a plan with no plan details; nothing read when it is not one.
 */
export function parseJsonRegister(text: string, format: 'json' | 'yaml' = 'json', listKey?: string, parsed?: ParsedDocument, shape?: RegisterShape, catalogue?: string): PlanModel {
  const base = { format, text, eol: dominantEol(text), meta: {}, ...(format === 'yaml' && { otherSchema: true as const }) };
  // A YAML register found by yamlRegisterOf comes with the document it parsed: not parsed twice on each lint.
  const doc = parsed ?? parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) return { ...base, metaAvailable: false, risks: [], syntaxError: { message: `The JSON cannot be read (${doc.errors[0].message.split('\n')[0]})`, range: { start: 0, end: 0 } } };
  normaliseKeys(doc);
  const reader = new YamlReader(doc, text);
  // A threat model's controls, kept beside its threats and referenced by ID: the threats' actions.
  const referenced = (risks: Risk[]) => (catalogue === undefined ? risks : withReferencedControls(reader, risks, reader.pairs(reader.map(doc.contents)).get(registerKeyStyle(catalogue))?.value, doc.contents, catalogue));
  // One item kept as a file of its own (a POA&M item exported alone): the document is the risk.
  if (shape === 'single') {
    const risk = readRisk(reader, doc.contents);
    // Its review dates (`last_reviewed: 2026-05-28`) are the file's, as a register's entries' are the register's.
    return { ...base, meta: reviewsOf(reader, [doc.contents]), metaAvailable: true, risks: risk ? [{ ...risk, form: 'oscal' as const }] : [] };
  }
  if (shape === 'controls') {
    const holder = reader.map(reader.pairs(reader.map(doc.contents)).get(registerKeyStyle(listKey ?? ''))?.value);
    const risks = controlGaps(reader, holder?.items ?? []);
    return { ...base, metaAvailable: true, risks: withDuesInActionText(risks, text) };
  }
  if (shape === 'exceptions') {
    const list = listKey === undefined ? doc.contents : reader.pairs(reader.map(doc.contents)).get(registerKeyStyle(listKey))?.value;
    return { ...base, metaAvailable: true, risks: exceptionRisks(reader, reader.seq(list)?.items ?? []) };
  }
  if (shape === 'scattered') return { ...base, meta: modelSummary(reader, doc.contents), metaAvailable: true, risks: scatteredRisks(reader, doc.contents, (key) => NAMES_RISKS.test(key)).map((risk) => ({ ...risk, form: 'oscal' as const })) };
  // Read as another schema's risks (as OSCAL's): the frameworks' treatment words apply, no fix writes into them.
  if (shape === 'keyed') {
    const root = reader.map(doc.contents);
    const holder = listKey === undefined ? root : reader.map(reader.pairs(root).get(registerKeyStyle(listKey))?.value);
    const entries = holder?.items ?? [];
    // A Threagile model's risks identified by hand, beside its tracked ones.
    const risks = [...referenced(keyedRisks(reader, entries)), ...individualRisks(reader, doc.contents)].sort((a, b) => a.firstLine.start - b.firstLine.start);
    return { ...base, meta: reviewsOf(reader, entries.map((pair) => pair.value)), metaAvailable: true, risks };
  }
  const list = riskList(reader, doc.contents, listKey);
  if (shape === 'arrows') return { ...base, metaAvailable: true, risks: arrowRisks(reader, list) };
  // A list of actions (`actions:`, `tasks:`): each entry's wording is the action it tracks.
  const ofActions = listKey !== undefined && fieldForLabel(listKey.replace(/[_-]+/g, ' ')) === 'action';
  const first = realFindings(reader, list);
  const firstIds = new Set(first.flatMap((r) => (r.id?.value.trim() ? [r.id.value.trim()] : [])));
  const siblings = siblingLists(reader, doc.contents, listKey).filter((l) => !ratesOnly(reader, l, firstIds));
  const read = referenced([...first, ...siblings.flatMap((l) => realFindings(reader, l))].map((risk) => ({ ...acceptedByStatus(ofActions ? titledActions(risk) : risk), form: 'oscal' as const })));
  const risks = listKey === undefined ? read : withTimelineDues(reader, doc.contents, withCompanionDetails(reader, doc.contents, listKey, read));
  const report = reportDetails(reader, doc.contents);
  // The register's own review date at its top (`reviewed_at: 2026-08-26` beside `risks:`), or in its metadata mapping
  // (`metadata: {next_review: 2024-02-15}`), dates it, before its entries' dates.
  const header = [doc.contents, ...metadataMaps(reader, doc.contents)];
  const own = reviewsOf(reader, header);
  // `review_cycle: quarterly` beside `risks:` (set 94): the register's own interval between reviews, as a plan's Review Cycle line.
  const cycle = reviewCycleOf(reader, header);
  return { ...base, meta: { ...report, ...reviewsOf(reader, reader.seq(list)?.items ?? []), ...own, ...(cycle && { reviewCycle: cycle }) }, metaAvailable: true, risks: withDuesInActionText(risks, text) };
}

/** The first key of these mappings that the vocabulary names a review cycle (`review_cycle`, `review_frequency`), with a value. */
function reviewCycleOf(reader: YamlReader, maps: readonly unknown[]): Field | undefined {
  for (const map of maps) {
    for (const [key, pair] of reader.pairs(reader.map(map))) {
      if (fieldForLabel(key.replace(/[_-]+/g, ' ')) !== 'reviewCycle') continue;
      const field = reader.field(pair);
      if (field && field.value.trim() !== '') return field;
    }
  }
  return undefined;
}

/**
 * A register entry whose status records the decision (`"status": "Risk Accepted"`) and that names no treatment: accepted,
 * as a Markdown register's row is, so its acceptance is asked for its rationale, approver and review date.
 */
function acceptedByStatus(risk: Risk): Risk {
  const withControls = acceptedWithControls(risk);
  if (withControls !== risk) return withControls;
  const status = risk.actions.length === 1 ? risk.actions[0].status : undefined;
  return risk.treatment === undefined && status && recordsAcceptance(status.value) ? { ...risk, treatment: status } : risk;
}

/**
 * A record accepted by its status whose list of measures is what the acceptance leans on (`status: risk-accepted`,
 * `risk_justification: …`, `mitigations: ["NeuVector is restricted to its namespace", …]`, `target_resolution: 2026-06-15`):
 * the measures are its compensating controls, not work planned, and the date it was to be resolved by is when the acceptance
 * is reviewed (set 86). Only with a rationale written: the acceptance is then the record's, not a status alone.
 */
function acceptedWithControls(risk: Risk): Risk {
  const statuses = risk.actions.map((a) => a.status);
  const status = statuses[0];
  if (risk.treatment !== undefined || risk.actions.length === 0 || !status || !statuses.every((s) => s !== undefined && recordsAcceptance(s.value))) return risk;
  if (!hasValue(risk.acceptance.rationale) || risk.acceptance.compensatingControls !== undefined) return risk;
  const measures = risk.actions.map((a) => a.action).filter((f): f is Field => f !== undefined && hasValue(f));
  if (measures.length !== risk.actions.length) return risk;
  const controls = listField(measures);
  const due = risk.actions[0].due;
  const reviewBy = risk.acceptance.reviewBy ?? (due && risk.actions.every((a) => a.due?.value === due.value) ? due : undefined);
  return { ...risk, treatment: status, acceptance: { ...risk.acceptance, compensatingControls: controls, ...(reviewBy && { reviewBy }) }, actions: [] };
}

/** Keys of a report's date and of who made it (`audit_metadata: {date, auditor}`, `scan_date`, `date_compiled`, `evaluator`). */
const REPORT_DATE_KEY = /^(?:date|(?:scan|audit|assessment|analysis|review|report)_date|date_(?:compiled|of_(?:scan|audit|assessment))|assessed_on|audited_on)$/;
const REPORT_BY_KEY = /^(?:auditor|assessor|analyst|evaluator|reviewer|conducted_by|assessed_by|audited_by|performed_by)$/;

/**
 * What a findings report says of itself, at its top or in a metadata mapping (`audit_metadata: {date: 2025-10-09,
 * auditor: …}`): its date, which its relative deadlines count from, and, when it names who made it, the risk
 * analysis it is (the report is the assessment).
 */
function reportDetails(reader: YamlReader, root: unknown): PlanMeta {
  const holders = [reader.map(root), ...metadataMaps(reader, root)];
  const owner = registerOwner(reader, holders);
  for (const holder of holders) {
    const pairs = [...reader.pairs(holder).entries()];
    const date = reader.field(pairs.find(([key]) => REPORT_DATE_KEY.test(registerKeyStyle(key)))?.[1]);
    if (!date || !isoOf(date)) continue;
    const by = reader.field(pairs.find(([key]) => REPORT_BY_KEY.test(registerKeyStyle(key)))?.[1]);
    return { documentDate: date, ...(by && hasValue(by) && { riskAnalysis: { date, conductedBy: by } }), ...(owner && { owner }) };
  }
  // A register's own date of its last change (`updated_at: 2026-02-11`, `last_updated`) dates it, as `Last updated:` dates a Markdown plan.
  for (const holder of holders) {
    const pairs = [...reader.pairs(holder).entries()];
    const date = reader.field(pairs.find(([key]) => fieldForLabel(key.replace(/[_-]+/g, ' ')) === 'documentDate')?.[1]);
    if (date && isoOf(date)) return { documentDate: date, ...(owner && { owner }) };
  }
  return owner ? { owner } : {};
}

/** Who keeps the register, named at its top or in its metadata beside the list (`owner: ciso-office`). */
function registerOwner(reader: YamlReader, holders: readonly ReturnType<YamlReader['map']>[]): Field | undefined {
  for (const holder of holders) {
    const owner = reader.field(reader.pairs(holder).get('owner'));
    if (owner && hasValue(owner)) return owner;
  }
  return undefined;
}

/** The mappings at the top where a document says what it is (`metadata:`, `audit_metadata:`, `report_info:`). */
function metadataMaps(reader: YamlReader, root: unknown): ReturnType<YamlReader['map']>[] {
  return [...reader.pairs(reader.map(root)).entries()].filter(([key]) => /(?:^|_)(?:metadata|meta|info|details)$/.test(registerKeyStyle(key))).map(([, pair]) => reader.map(pair.value));
}

/** Keys of a phase's deadline in a remediation timeline (`timeframe: Within 1 week`). */
const TIMEFRAME_KEY = /^(?:timeframe|time_frame|deadline|due|due_date|target|target_date|timeline|window|by)$/;

/**
 * A report's remediation timeline that names its findings by ID (`remediation_timeline: {short_term: {timeframe: Within
 * 1 week, findings: [HIGH-001, …]}}`): each finding named in one phase only is due by that phase's timeframe, where its
 * actions give no date. A finding named in two phases, or an ID no finding has, links nothing.
 */
function withTimelineDues(reader: YamlReader, root: unknown, risks: Risk[]): Risk[] {
  const ids = new Map(risks.filter((r) => r.id && r.id.value.trim() !== '').map((r) => [r.id!.value.trim().toLowerCase(), r]));
  if (ids.size === 0) return risks;
  const due = new Map<string, Field | null>();
  for (const [, pair] of reader.pairs(reader.map(root))) {
    for (const [, phase] of reader.pairs(reader.map(pair.value))) {
      const entries = [...reader.pairs(reader.map(phase.value)).entries()];
      const timeframe = reader.field(entries.find(([key]) => TIMEFRAME_KEY.test(registerKeyStyle(key)))?.[1]);
      if (!timeframe || !hasValue(timeframe)) continue;
      for (const [, list] of entries) {
        const named = (reader.seq(list.value)?.items ?? []).map((item) => (reader.scalarText(item) ?? '').toLowerCase());
        if (named.length === 0 || !named.every((id) => ids.has(id))) continue;
        for (const id of named) due.set(id, due.has(id) ? null : timeframe);
      }
    }
  }
  if (due.size === 0) return risks;
  return risks.map((r) => {
    const field = due.get(r.id?.value.trim().toLowerCase() ?? '');
    return field && r.actions.some((a) => a.due === undefined) ? { ...r, actions: r.actions.map((a) => (a.due === undefined ? { ...a, due: field } : a)) } : r;
  });
}

/** A key naming what a report found sound, not risks: `positive_findings`, `passed_checks`, `strengths`. */
const SOUND_FINDINGS_KEY = /(?:^|_)(?:positive|good|passed|passing|strengths?|safe|compliant|false_positives?)(?:_|$)/;

/**
 * The other top-level lists of a report that keeps its findings under more than one key naming them
 * (`remediated_findings`, then `residual_findings`): lists whose every entry carries two kinds of risk
 * field, as the register's own do. A list under a key naming something else (`positive_controls`) or what was
 * found sound (`positive_findings`) is not read.
 */
function siblingLists(reader: YamlReader, root: unknown, listKey: string | undefined): unknown[] {
  if (listKey === undefined || !NAMES_RISKS.test(registerKeyStyle(listKey))) return [];
  const lists: unknown[] = [];
  for (const [key, pair] of reader.pairs(reader.map(root))) {
    if (key === listKey || key === registerKeyStyle(listKey) || !NAMES_RISKS.test(registerKeyStyle(key)) || SOUND_FINDINGS_KEY.test(registerKeyStyle(key))) continue;
    const seq = reader.seq(pair.value);
    const entries: unknown = seq?.toJSON();
    if (seq && Array.isArray(entries) && entries.length > 0 && entries.every(isKnownFieldEntry)) lists.push(pair.value);
  }
  return lists;
}

/**
 * A list whose every entry names an entry of the register by its ID (`risk_matrix:` of `- threat: T-EXEC-001`
 * with its likelihood and impact): it rates risks already read, it adds none.
 */
function ratesOnly(reader: YamlReader, list: unknown, ids: ReadonlySet<string>): boolean {
  const items = reader.seq(list)?.items ?? [];
  if (ids.size === 0 || items.length === 0) return false;
  return items.every((item) => [...reader.pairs(reader.map(item)).values()].some((pair) => ids.has(reader.scalarText(pair.value)?.trim() ?? '')));
}

/**
 * A report's second list that follows up its findings one entry each, naming each by the finding's ID
 * (`access_certification_items: [{violation_id, certify_by, …}]` beside `violations:`): the deadline and owner it gives
 * a finding are that finding's, where its own actions give none. An entry naming no finding, or a finding named twice, links nothing.
 */
function withCompanionDetails(reader: YamlReader, root: unknown, listKey: string, risks: Risk[]): Risk[] {
  const ids = new Map(risks.filter((r) => r.id && r.id.value.trim() !== '').map((r) => [r.id!.value.trim(), r]));
  if (ids.size === 0) return risks;
  const given = new Map<string, { due?: Field; owner?: Field } | null>();
  for (const [key, pair] of reader.pairs(reader.map(root))) {
    if (key === listKey || key === registerKeyStyle(listKey)) continue;
    const items = reader.seq(pair.value)?.items ?? [];
    const named = items.map((item) => [...reader.pairs(reader.map(item)).values()].map((p) => reader.scalarText(p.value)?.trim() ?? '').find((v) => ids.has(v)));
    if (items.length === 0 || named.some((id) => id === undefined)) continue;
    items.forEach((item, i) => {
      const read = readRisk(reader, item);
      const action = read?.actions.find((a) => a.due !== undefined || (a.owner !== undefined && hasValue(a.owner)));
      const id = named[i]!;
      if (!action) return;
      const owner = action.owner !== undefined && hasValue(action.owner) ? action.owner : undefined;
      given.set(id, given.has(id) ? null : { ...(action.due && { due: action.due }), ...(owner && { owner }) });
    });
  }
  if (given.size === 0) return risks;
  return risks.map((r) => {
    const details = given.get(r.id?.value.trim() ?? '');
    if (!details || r.actions.length === 0) return r;
    return { ...r, actions: r.actions.map((a) => ({ ...a, ...(a.due === undefined && details.due && { due: details.due }), ...((a.owner === undefined || !hasValue(a.owner)) && details.owner && { owner: details.owner }) })) };
  });
}

/** A finding's flag saying the scanner or the reviewer found it not real (`false_positive: true`). */
const FALSE_POSITIVE_KEY = /^(?:is_)?false_?positive$/;

/** A value that is only the verdict false positive: `False positive`, `None (FALSE POSITIVE).`, `N/A - false positive`. */
const DECLARED_FALSE_POSITIVE = /^[\s*_]*(?:(?:none|n\/a)[\s.,:;–—-]*)?[([]?\s*false[\s_-]?positive\s*[)\]]?[\s.!]*$/i;

/**
 * The risks of a findings list, less the entries flagged false positives (`"false_positive": true`): a
 * security report keeps them to show what it ruled out, and nobody is to treat them.
 */
function realFindings(reader: YamlReader, list: unknown): Risk[] {
  const items = reader.seq(list)?.items;
  const ruledOut = (item: unknown) => [...reader.pairs(reader.map(item)).entries()].some(([key, pair]) =>
    (FALSE_POSITIVE_KEY.test(registerKeyStyle(key)) && /^(?:true|yes)$/i.test(reader.scalarText(pair.value) ?? '')) ||
    // `"remediation": "None (FALSE POSITIVE)."`: the entry's own verdict, in its words, that it is not real.
    // (A status `false-positive` is read as the risk's status, accepted, and stays.)
    (fieldForLabel(key.replace(/_/g, ' ')) === 'action' && DECLARED_FALSE_POSITIVE.test(reader.scalarText(pair.value) ?? '')));
  if (!items || !items.some(ruledOut)) return readRisks(reader, list);
  return items.filter((item) => !ruledOut(item)).map((item) => readRisk(reader, item)).filter((r): r is Risk => r !== undefined);
}

/**
 * A model's own details kept in a `summary` (OWASP Threat Dragon: `summary: {title, owner, description}`):
 * the plan's title and owner. Empty values say nothing.
 */
function modelSummary(reader: YamlReader, root: unknown): PlanMeta {
  const summary = reader.map(reader.pairs(reader.map(root)).get('summary')?.value);
  if (!summary) return {};
  const pairs = reader.pairs(summary);
  const filled = (key: string) => {
    const field = reader.field(pairs.get(key));
    return field && hasValue(field) ? field : undefined;
  };
  const title = filled('title');
  const owner = filled('owner');
  return { ...(title && { title }), ...(owner && { owner }) };
}

/** A register keyed by risk ID (`NR-DATA-EXFIL: {title, owner}`): each entry read as a risk whose ID is its key. */
function keyedRisks(reader: YamlReader, entries: readonly Pair[]): Risk[] {
  const risks: Risk[] = [];
  for (const pair of entries) {
    const risk = readRisk(reader, pair.value);
    const key = reader.span(pair.key);
    if (!risk || !key) continue;
    const id: Field = { value: reader.text.slice(key.start, key.end), valueRange: key };
    const firstLine = restOfLine(reader.text, key.start);
    risks.push({ ...risk, id, firstLine, actions: risk.actions.map((a) => (a.action || a.owner || a.due ? a : { ...a, firstLine })), form: 'oscal' });
  }
  return risks;
}

/** The arrows that part a risk from its countermeasure on one line (`GPU cost spike → switch provider`). */
const ARROW = /\s*(?:→|⇒|->|=>)\s*/;

/** A list of one-line entries `risk → countermeasure` (a bare string or a mapping of one key): the risk, and the action planned for it. */
function arrowRisks(reader: YamlReader, list: unknown): Risk[] {
  const risks: Risk[] = [];
  for (const item of reader.seq(list)?.items ?? []) {
    const map = reader.map(item);
    const node = map ? map.items[0]?.value : item;
    const span = reader.span(node);
    const written = span ? reader.text.slice(span.start, span.end) : '';
    const arrow = ARROW.exec(written);
    if (!span || !arrow) continue;
    const quote = /^["']/.test(written) ? 1 : 0;
    const titleEnd = span.start + arrow.index;
    const actionStart = titleEnd + arrow[0].length;
    const actionEnd = span.end - (quote && /["']$/.test(written) ? 1 : 0);
    const title: Field = { value: reader.text.slice(span.start + quote, titleEnd).trim(), valueRange: { start: span.start + quote, end: titleEnd } };
    const action: Field = { value: reader.text.slice(actionStart, actionEnd).trim(), valueRange: { start: actionStart, end: actionEnd } };
    const firstLine = reader.itemLine(item);
    risks.push({ form: 'oscal', title, acceptance: { keyWritten: false }, actions: [{ action, firstLine }], firstLine });
  }
  return risks;
}

/** An entry of a list of actions: its wording stands for the action text it does not write. */
function titledActions(risk: Risk): Risk {
  const title = risk.title;
  if (!title || !hasValue(title)) return risk;
  return { ...risk, actions: risk.actions.map((action) => (action.action && hasValue(action.action) ? action : { ...action, action: title })) };
}

/** Keys (in the register key style) of a risk's own review dates. */
const LAST_REVIEW_KEYS = ['reviewed', 'last_reviewed', 'last_review', 'reviewed_on', 'review_date',
  // A timestamp's zone or kind named in the key (`last_reviewed_utc`, `last_reviewed_at`).
  'last_reviewed_utc', 'last_reviewed_at', 'last_review_utc', 'last_review_at', 'last_reviewed_date', 'last_review_date', 'reviewed_at', 'reviewed_utc'];
const NEXT_REVIEW_KEYS = ['next_review', 'next_review_date', 'review_by', 'next_review_due',
  'next_review_due_utc', 'next_review_utc', 'next_review_at', 'next_review_due_date', 'review_due', 'review_due_date'];

/**
 * A register with no plan details that reviews risk by risk (`reviewed`, `next_review` on
 * each): reviewed as a whole when its last risk was, and due again when its first risk is.
 */
function reviewsOf(reader: YamlReader, entries: readonly unknown[]): PlanMeta {
  const pairs = entries.map((item) => reader.pairs(reader.map(item)));
  const fieldOf = (keys: readonly string[]) => pairs.map((p) => reader.field(keys.map((k) => p.get(k)).find((pair) => pair !== undefined)));
  return entriesReviews(fieldOf(LAST_REVIEW_KEYS), fieldOf(NEXT_REVIEW_KEYS));
}

/** Keys (in the register key style) that name a risk's ID, its wording, and what a register records of it. */
const RISK_ID_KEY = /^(?:risk_)?id$|^risk_(?:no|number|ref)$/;
/** An entry's own ID in a register of other items (`action_id`, `gap_id`, `finding_id`). */
const ITEM_ID_KEY = /^(?:[a-z]+_)?id$/;
/**
 * A top-level `plan:` key (followed by a blank or the line's end, as the detector reads keys), looked for around the edit: the
 * detector's and this reader's test of a YAML plan on each keystroke.
 */
export const hasPlanTopKey = anywhere(/^["']?plan["']?[ \t]*:(?:[ \t]|$)/m);

/** How many entries make a YAML list a register (as a Markdown one: a list of one or two is a note). */
const YAML_REGISTER_ENTRIES = 3;

/**
 * A YAML register in another tool's schema, with no `plan:` and no `risks:` (or register key):
 * a list at the root, or under a top-level key (`actions:` beside `meta:` and `schema:`), of at
 * least three entries that each name an item by ID and wording and rate, own, treat or track it.
 * The first such list; undefined when there is none. `key` undefined: the list is the root.
 */
export function yamlRegisterOf(text: string): (RegisterFound & { doc: ParsedDocument }) | undefined {
  // Only a document that could be one: a plan's own `plan:` / `risks:` keys are read by the YAML reader.
  // Checked on the top-level keys before parsing: a register keyed so is the YAML reader's, and is not parsed twice on each lint.
  // A plan's `risks:` beside a catalogue of the actions they name (`mitigations:`), with no `plan:`, is a threat model's shape.
  // (A `plan:` key settles it, looked for around the edit: the whole list of keys is gathered on each keystroke only without one.)
  if (hasPlanTopKey(text)) return undefined;
  const top = [...text.matchAll(/^["']?([A-Za-z_][\w-]*)["']?[ \t]*:/gm)].map((match) => match[1]);
  const catalogued = !top.includes('plan') && top.some((key) => namesActions(key));
  if (!catalogued && top.some((key) => key === 'plan' || key === 'risks' || isRegisterKey(key))) return undefined;
  // A document too deeply nested or too many nodes to parse is the YAML reader's to refuse (a syntax finding), unparsed here.
  if (yamlNestingProblem(text)) return undefined;
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  let data: unknown;
  try {
    // Aliases resolved within the YAML reader's bound (a threat model's `<<: *anchor` merge is no reason to refuse it).
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
  const found = yamlRegisterList(data);
  return found && { ...found, doc };
}

/**
 * How a register of another tool lays out its entries, when not as a list of mappings: `keyed`, a
 * mapping from each risk's ID to its fields; `arrows`, a list of one-line `risk → countermeasure` entries;
 * `scattered`, lists of threats kept on the elements of a model (a diagram's shapes), wherever they sit;
 * `single`, one item as the whole document (`{"poam_id": …, "weakness_name": …, "planned_mitigation": …}`);
 * `controls`, a tracker's controls keyed by their number with a status each (`"A.5.7": {"status": "in_progress", "notes": …}`).
 */
export type RegisterShape = 'keyed' | 'arrows' | 'scattered' | 'single' | 'controls' | 'exceptions';

/**
 * Where a register keeps its risks: `key`, the top-level key of its list (undefined: the root);
 * `shape`, how the list is laid out; `catalogue`, the top-level key of the controls its risks reference by ID.
 */
export interface RegisterFound {
  readonly key?: string;
  readonly shape?: RegisterShape;
  readonly catalogue?: string;
}

/** Whether an entry's keys name an item by wording and rate, own, treat or track it. */
const namesAndTracks = (entry: unknown): boolean => {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return false;
  const keys = Object.keys(entry).map(registerKeyStyle);
  return keys.some((k) => RISK_TEXT_KEY.test(k)) && keys.some((k) => RISK_ATTRIBUTE_KEY.test(k)) && !isCatalogueEntry(keys);
};

/** A key that only grades an item (`risk_level`, `severity`): a catalogue grades what it lists, a register also tracks it. */
const GRADE_KEY = /^(?:risk_)?(?:severity|rating|risk_rating|level|score|priority)$/;

/**
 * An entry (its keys, in register style) that only names and grades something among more keys of another domain
 * (`id`, `name`, `description`, `risk_level` beside `api_groups`, `verbs`, `resources`, `commands`): a catalogue's
 * entry (the risks of a kind of permission, a rule), not a register's. A key the field vocabulary reads as an action,
 * owner, due date, status or treatment (`recommendation`, `owner`), or a likelihood or a mitigation, tracks or assesses
 * the item: a register's.
 */
function isCatalogueEntry(keys: readonly string[]): boolean {
  if (keys.some((k) => RISK_ATTRIBUTE_KEY.test(k) && !GRADE_KEY.test(k))) return false;
  const fields = keys.map((k) => spelledKey(k, KEYS.risk));
  if (fields.some((field) => field !== undefined && TRACKING_KINDS.has(REGISTER_FIELD_KINDS[field] ?? ''))) return false;
  const known = keys.filter((k, i) => fields[i] !== undefined || RISK_TEXT_KEY.test(k) || RISK_ATTRIBUTE_KEY.test(k) || ITEM_ID_KEY.test(k) || k === 'category').length;
  // Half its keys or more another domain's, four at least (a scanner's finding with its `cwe`, `file`, `line` is still a register's).
  return known * 2 <= keys.length && keys.length - known >= CATALOGUE_KEYS;
}

/** The kinds of risk field that track an item, where a catalogue only words and grades it. */
const TRACKING_KINDS: ReadonlySet<string> = new Set(['action', 'owner', 'due', 'status', 'treatment']);

/** How many keys of another domain make a graded entry a catalogue's. */
const CATALOGUE_KEYS = 4;

/** A key that is a risk's ID as registers write them: capitals and digits in parts joined by `-` or `_` (`NR-DATA-EXFIL`, `RISK_007`). */
const ID_KEY = /^[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)+$/;

/** A one-line `risk → countermeasure` entry: a string, or a mapping of one key holding one. */
const isArrowEntry = (entry: unknown): boolean => {
  const value = entry && typeof entry === 'object' && !Array.isArray(entry) && Object.keys(entry).length === 1 ? Object.values(entry)[0] : entry;
  if (typeof value !== 'string' || value.includes('\n')) return false;
  const parts = value.split(ARROW);
  return parts.length === 2 && parts.every((part) => /\p{L}/u.test(part));
};

/** A list of one exception record or more (exception-records.ts). */
const isExceptionList = (list: unknown): boolean =>
  Array.isArray(list) && list.length > 0 && list.every((entry) => !!entry && typeof entry === 'object' && !Array.isArray(entry) && isExceptionRecord(Object.keys(entry).map(registerKeyStyle)));
/** A top-level key holding exceptions (`exceptions:`, `risk_acceptances:`, `waivers:`). */
const EXCEPTIONS_KEY = /(?:^|_)(?:exceptions?|waivers?|acceptances?)$/;

/** yamlRegisterOf, on the parsed data. */
export function yamlRegisterList(data: unknown): RegisterFound | undefined {
  const isRegister = (list: unknown) =>
    Array.isArray(list) &&
    list.length >= YAML_REGISTER_ENTRIES &&
    list.every((entry) => namesAndTracks(entry) && Object.keys(entry as object).map(registerKeyStyle).some((k) => ITEM_ID_KEY.test(k)));
  const isArrowList = (list: unknown) => Array.isArray(list) && list.length >= YAML_REGISTER_ENTRIES && list.every(isArrowEntry);
  if (isRegister(data)) return {};
  if (isArrowList(data)) return { shape: 'arrows' };
  // A gate's security exceptions, each approved until it expires (exception-records.ts): one is a register.
  if (isExceptionList(data)) return { shape: 'exceptions' };
  if (Array.isArray(data)) return genericRegisterOf(data);
  if (!data || typeof data !== 'object') return undefined;
  const keys = Object.keys(data);
  if (keys.some((key) => key === 'plan' || key === 'risks' || isRegisterKey(key))) return keys.includes('plan') ? undefined : threatModelOf(data as Record<string, unknown>);
  const values = Object.values(data);
  const exceptionsKey = keys.find((k) => EXCEPTIONS_KEY.test(registerKeyStyle(k)) && isExceptionList((data as Record<string, unknown>)[k]));
  if (exceptionsKey !== undefined) return { key: exceptionsKey, shape: 'exceptions' };
  if (keys.length >= YAML_REGISTER_ENTRIES && keys.every((k) => ID_KEY.test(k)) && values.every(namesAndTracks)) return { shape: 'keyed' };
  if (tracksRisks(data as Record<string, unknown>)) return { key: 'risk_tracking', shape: 'keyed' };
  const model = threatModelOf(data as Record<string, unknown>);
  if (model) return model;
  // A list whose key names risks before one of anything else (a threat model's `threats` before its `controls`).
  const key = risksFirst(keys).find((k) => isRegister((data as Record<string, unknown>)[k]) || isFewNamedRisks(k, (data as Record<string, unknown>)[k]));
  if (key !== undefined) return { key };
  const arrowKey = keys.find((k) => isArrowList((data as Record<string, unknown>)[k]));
  return arrowKey === undefined ? genericRegisterOf(data as Record<string, unknown>) ?? scatteredOf(data) ?? singleItemOf(data) : { key: arrowKey, shape: 'arrows' };
}

/**
 * A short list under a key that names risks (a service manifest's `threatModel:` of two threats): fewer
 * entries than a register needs, each still a risk by its own keys, worded as a threat or risk and
 * tracked by two of a risk's attributes or more (`status: ACTIVE`, `mitigation: Parameterized Statements`).
 */
function isFewNamedRisks(key: string, list: unknown): boolean {
  if (!NAMES_RISKS.test(registerKeyStyle(key)) || !Array.isArray(list) || list.length === 0 || list.length >= YAML_REGISTER_ENTRIES) return false;
  return list.every((entry) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return false;
    const keys = Object.keys(entry).map(registerKeyStyle);
    return keys.some((k) => k === 'threat' || RISK_NAMED_KEY.test(k)) && keys.filter((k) => RISK_ATTRIBUTE_KEY.test(k)).length >= 2;
  });
}

/** Keys that name risks first, the others after, each in document order. */
const risksFirst = (keys: readonly string[]): string[] => [...keys.filter((k) => NAMES_RISKS.test(registerKeyStyle(k))), ...keys.filter((k) => !NAMES_RISKS.test(registerKeyStyle(k)))];

/** Whether an object's keys word a risk (`title`, `description`, `threat`). */
const worded = (entry: unknown): boolean => !!entry && typeof entry === 'object' && !Array.isArray(entry) && Object.keys(entry).map(registerKeyStyle).some((k) => RISK_TEXT_KEY.test(k));

/** Whether an object names itself by an ID key (`id`, `control_id`). */
const identified = (entry: unknown): boolean => !!entry && typeof entry === 'object' && !Array.isArray(entry) && Object.keys(entry).map(registerKeyStyle).some((k) => ITEM_ID_KEY.test(k));

/** A list of objects each passing `test`, or a mapping of objects keyed by ID (the key names each); at least one. */
function entriesPass(value: unknown, test: (entry: unknown) => boolean): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every(test);
  if (!value || typeof value !== 'object') return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, entry]) => ID_KEY.test(k) && !!entry && typeof entry === 'object' && !Array.isArray(entry));
}

/** A top-level key whose words name what is done (`controls`, `mitigations`, `countermeasures`). */
const namesActions = (key: string): boolean => spelledKey(registerKeyStyle(key), ['action']) === 'action';

/**
 * A threat model: a list of threats (a key naming risks; each entry worded) beside a catalogue of
 * controls (a key naming what is done; each entry with an ID). The threats are the risks, however
 * few, and the catalogue the actions they reference; never the catalogue read as risks.
 */
function threatModelOf(data: Record<string, unknown>): RegisterFound | undefined {
  const keys = Object.keys(data);
  const catalogue = keys.find((k) => namesActions(k) && entriesPass(data[k], identified));
  if (catalogue === undefined) return undefined;
  const key = keys.find((k) => k !== catalogue && NAMES_RISKS.test(registerKeyStyle(k)) && entriesPass(data[k], (entry) => worded(entry) && (identified(entry) || namesAndTracks(entry))));
  if (key === undefined) return undefined;
  return Array.isArray(data[key]) ? { key, catalogue } : { key, shape: 'keyed', catalogue };
}

/**
 * Threats kept on the elements of a model, below the top level (OWASP Threat Dragon): lists under a
 * key that names risks, wherever they sit, holding together at least two entries that each word a
 * risk and rate, own, treat or track it.
 */
function scatteredOf(data: unknown): RegisterFound | undefined {
  let entries = 0;
  let foreign = false;
  const walk = (node: unknown, depth: number): void => {
    if (foreign || depth > MAX_DEPTH || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item) => walk(item, depth + 1));
    for (const [key, value] of Object.entries(node)) {
      if (!(NAMES_RISKS.test(registerKeyStyle(key)) && Array.isArray(value))) walk(value, depth + 1);
      else if (value.every(namesAndTracks)) entries += value.length;
      // A list of the risks by ID (a summary's `highest_priority_risks: ["RISK-001: Real Funds Exposure", …]`): an index of entries kept elsewhere.
      else if (value.every(citesRisk)) continue;
      // Groups of risks (`risk_categories: [{category: Financial, risks: […]}]`): the risks are inside each group.
      else if (value.length > 0 && value.every(groupsRisks)) walk(value, depth + 1);
      // A list named for risks that holds something else: not a model's threats.
      else foreign = value.length > 0;
    }
  };
  walk(data, 0);
  return !foreign && entries >= TITLED_ENTRIES ? { shape: 'scattered' } : undefined;
}

/** A string that cites a risk by its ID, alone or before its title (`RISK-001`, `RISK-001: Real Funds Exposure`). */
const CITED_RISK = new RegExp(String.raw`^${RISK_ID_SOURCE}(?:$|\s*[:–—-]\s)`);
const citesRisk = (entry: unknown): boolean => typeof entry === 'string' && CITED_RISK.test(entry.trim());

/** An object holding a list under a key that names risks (a category of a register and its `risks`). */
const groupsRisks = (entry: unknown): boolean =>
  !!entry && typeof entry === 'object' && !Array.isArray(entry) && Object.entries(entry).some(([k, v]) => NAMES_RISKS.test(registerKeyStyle(k)) && Array.isArray(v) && v.length > 0);

/** How many entries make threats kept on a model's elements a register: the key already says what they are. */
const TITLED_ENTRIES = 2;

/** The kinds of risk field a register's keys are read as: the YAML risk keys and their spellings, a risk's wording one kind. */
const REGISTER_FIELD_KINDS: Readonly<Record<string, string>> = {
  title: 'wording', description: 'wording', action: 'action', actions: 'action', owner: 'owner', due: 'due', status: 'status',
  priority: 'rating', likelihood: 'rating', impact: 'rating', treatment: 'treatment',
};

/** How many kinds of risk field an object's keys name (`Check`, `Severity`, `Recommendation`: wording, rating, action). */
function knownFieldKinds(entry: unknown): number {
  return fieldKindsOf(entry).size;
}

/** The kinds of risk field an object's keys name. */
function fieldKindsOf(entry: unknown): Set<string> {
  const kinds = new Set<string>();
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return kinds;
  for (const key of Object.keys(entry)) {
    const field = spelledKey(registerKeyStyle(key), KEYS.risk);
    const kind = field && REGISTER_FIELD_KINDS[field];
    if (kind) kinds.add(kind);
  }
  return kinds;
}

/** An entry of a register judged by its keys alone: an object with at least two keys the field vocabulary knows, of two kinds, and no catalogue's. */
const isKnownFieldEntry = (entry: unknown): boolean => knownFieldKinds(entry) >= 2 && !isCatalogueEntry(Object.keys(entry as object).map(registerKeyStyle));

/** A key that names its entry a risk (`RISK-ACCT-TAKEOVER`, `threat_replay`): with a wording, the entry is one, whatever else it rates. */
const NAMED_RISK_KEY = /^(?:risk|threat|finding|vuln(?:erability)?)[-_]/i;
const isNamedRiskEntry = (key: string, entry: unknown): boolean => NAMED_RISK_KEY.test(key) && fieldKindsOf(entry).has('wording');

/**
 * A top-level key that says it holds an inventory of the system (a threat model's `technical_assets`, `data_assets`,
 * `trust_boundaries`, `communication_links`): its entries carry an owner and a description as risks do, but they are
 * what the risks are about, never a register of them (unless the key names risks too: `asset_risks`).
 */
const NAMES_INVENTORY = /(?:^|_)(?:assets?|components?|boundar(?:y|ies)|communication_links?|data_flows?|runtimes?|inventory)(?:_|$)/;

/** A top-level key that says it holds risks (`risk_tracking`, `threats`, `findings`): looked at first. */
const NAMES_RISKS = /(?:^|_)(?:risks?|threats?|findings?|issues?|gaps?|vulnerabilit(?:y|ies)|weakness(?:es)?)(?:_|$)/;

/**
 * A register judged generically by its keys: a list of three or more objects, or a mapping of three or
 * more objects keyed by their IDs, each object carrying keys of two kinds of risk field the vocabulary
 * knows (wording, action, owner, due date, status, rating, treatment). At the root or under a top-level
 * key, a key that names risks first; undefined when there is none.
 */
function genericRegisterOf(data: Record<string, unknown> | unknown[]): RegisterFound | undefined {
  const asList = (value: unknown) => Array.isArray(value) && value.length >= YAML_REGISTER_ENTRIES && value.every(isKnownFieldEntry);
  const asKeyed = (value: unknown) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
    const pairs = Object.entries(value);
    return pairs.length >= YAML_REGISTER_ENTRIES && pairs.every(([key, entry]) => isKnownFieldEntry(entry) || isNamedRiskEntry(key, entry));
  };
  if (asList(data)) return {};
  if (Array.isArray(data)) return undefined;
  if (asKeyed(data)) return { shape: 'keyed' };
  const keys = Object.keys(data).filter((k) => NAMES_RISKS.test(registerKeyStyle(k)) || !NAMES_INVENTORY.test(registerKeyStyle(k)));
  const ordered = [...keys.filter((k) => NAMES_RISKS.test(registerKeyStyle(k))), ...keys.filter((k) => !NAMES_RISKS.test(registerKeyStyle(k)))];
  for (const key of ordered) {
    if (asList(data[key])) return { key };
    if (asKeyed(data[key])) return { key, shape: 'keyed' };
  }
  return undefined;
}

/**
 * Whether a `.yaml` file's text is JSON to be read as a `.json` file is (a register exported as JSON
 * under a YAML name): an object or an array that JSON itself parses. A plan in the spec's own keys
 * written as JSON (a top-level `plan`) is the YAML plan it also is, read by the YAML reader.
 */
export function readsAsJson(text: string): boolean {
  if (!/^\uFEFF?\s*[[{]/.test(text)) return false;
  const data = jsonOf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (data === NOT_JSON) return false;
  return !(data && typeof data === 'object' && !Array.isArray(data) && 'plan' in data);
}

const NOT_JSON = Symbol('not JSON');
/** The last text parsed as JSON: a lint asks whether it is JSON, then what register it is (and detection asks again). */
const lastJson = ownCache('last JSON text parsed', new LastTextMemo<unknown>());

/** The text's JSON value, parsed once for the questions asked of one text; NOT_JSON when it does not parse. Read only: it is shared. */
function jsonOf(text: string): unknown {
  return lastJson.of(text, (t) => {
    try {
      return JSON.parse(t) ?? null;
    } catch {
      return NOT_JSON;
    }
  });
}

/** Whether the text parses as JSON. */
export function isJson(text: string): boolean {
  return jsonOf(text) !== NOT_JSON;
}

/** The text's JSON value (the one parse, shared: read only), or undefined when it does not parse. */
export function jsonValueOf(text: string): unknown {
  const data = jsonOf(text);
  return data === NOT_JSON ? undefined : data;
}

/**
 * The last JSON register read, with its model: the plan detector reads a diagram's threat model (whether any
 * threat is worked) just before the lint reads the same text. `found` is what jsonRegisterOf says of the text.
 * The model is read only.
 */
const lastRegisterRead = ownCache('last JSON register read', new LastTextMemo<PlanModel>());

/** The plan model of a JSON text that is a register, as jsonRegisterOf found it. */
export function readJsonRegister(text: string, found: RegisterFound): PlanModel {
  return lastRegisterRead.of(text, () => parseJsonRegister(text, 'json', found.key, undefined, found.shape, found.catalogue));
}

/** How a JSON document is a register: `{}` for a list at the root, the key of its list, its shape; undefined when it is not one. */
export function jsonRegisterOf(text: string): RegisterFound | undefined {
  const data = jsonOf(text);
  if (data === NOT_JSON) return undefined;
  if (isListRegister(data)) return {};
  if (!data || typeof data !== 'object') return undefined;
  return (!Array.isArray(data) && threatModelOf(data as Record<string, unknown>)) || genericRegisterOf(data as Record<string, unknown>) || controlTrackerOf(data) || scatteredOf(data) || singleItemOf(data);
}

/**
 * A control's number as the frameworks write it: ISO 27001 Annex A (`A.5.7`, `A.12.6.1`), NIST SP 800-171 (`3.1.1`),
 * NIST SP 800-53 (`AC-2`, `AC-2(1)`), NIST CSF (`PR.AC-1`).
 */
const CONTROL_NUMBER = /^(?:[A-Z]\.\d{1,2}(?:\.\d{1,3}){1,2}|\d{1,2}(?:\.\d{1,3}){2}|[A-Z]{2}-\d{1,3}(?:\(\d{1,3}\))?|[A-Z]{2}\.[A-Z]{2}-\d{1,3})$/;
/** Keys (in the register key style) of a control's implementation status. */
const CONTROL_STATUS_KEYS: ReadonlySet<string> = new Set(['status', 'implementation_status', 'state', 'control_status']);
/** Keys of what a tracker notes on a control's work, first found first read. */
const CONTROL_NOTE_KEYS = ['notes', 'note', 'comments', 'comment', 'remarks', 'gap', 'description', 'action', 'plan'];
/** Keys of the record a tracker files for a control (a policy, a project). */
const CONTROL_EVIDENCE_KEYS = ['evidence_ref', 'evidence', 'evidence_reference', 'reference'];

/** A control's status that records it in place or not applicable: no gap. */
const controlMet = (status: string): boolean => isMetResult(status.replace(/[_-]+/g, ' ')) || ['done', 'accepted'].includes(statusOf(status.replace(/[_-]+/g, ' ')) ?? '');

/**
 * A tracker of a framework's controls (an ISO 27001 implementation tracker exported as JSON): under a top-level key,
 * three or more controls keyed by their number, each with a status, one at least not yet in place. The controls not
 * in place are its gaps; those implemented are not read.
 */
function controlTrackerOf(data: unknown): RegisterFound | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const key = Object.keys(data).find((k) => {
    const value = (data as Record<string, unknown>)[k];
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
    const entries = Object.entries(value);
    if (entries.length < YAML_REGISTER_ENTRIES || !entries.every(([id, entry]) => CONTROL_NUMBER.test(id) && controlStatus(entry) !== undefined)) return false;
    return entries.some(([, entry]) => !controlMet(controlStatus(entry)!));
  });
  return key === undefined ? undefined : { key, shape: 'controls' };
}

/** A control entry's status, when it is an object with one. */
function controlStatus(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  const found = Object.entries(entry).find(([k, v]) => CONTROL_STATUS_KEYS.has(registerKeyStyle(k)) && typeof v === 'string');
  return found?.[1] as string | undefined;
}

/**
 * The gaps of a control tracker: each control not in place, its number the ID, its notes what is wrong and how far the
 * work is, the project or record it references (`evidenceRef: "PROJ-TI-01 Threat Intelligence Program"`) the work planned.
 */
function controlGaps(reader: YamlReader, entries: readonly Pair[]): Risk[] {
  const risks: Risk[] = [];
  for (const pair of entries) {
    const fields = reader.pairs(reader.map(pair.value));
    const statusKey = [...fields.keys()].find((k) => CONTROL_STATUS_KEYS.has(k));
    const status = reader.field(statusKey === undefined ? undefined : fields.get(statusKey));
    const key = reader.span(pair.key);
    if (!status || !key || controlMet(status.value)) continue;
    const number = reader.scalarText(pair.key) ?? '';
    const quoted = reader.text[key.start] === '"' ? 1 : 0;
    const id: Field = { value: number.replace(/^"|"$/g, ''), valueRange: { start: key.start + quoted, end: key.end - quoted } };
    const firstLine = restOfLine(reader.text, key.start);
    const note = CONTROL_NOTE_KEYS.map((k) => reader.field(fields.get(k))).find((f) => f !== undefined && f.value !== '');
    const evidence = CONTROL_EVIDENCE_KEYS.map((k) => reader.field(fields.get(k))).find((f) => f !== undefined && f.value !== '');
    risks.push({
      form: 'oscal',
      id,
      ...(note && { title: note }),
      acceptance: {},
      // The notes say how far the work is, and may say when it is due (`… scheduled September 2026`).
      actions: [{ firstLine, status, ...(evidence && { action: evidence }), ...(note && datesInWords(reader.text, note)) }],
      firstLine,
    });
  }
  return risks;
}

/**
 * One item exported as a document of its own (a POA&M tool's item, a ticket): an object that names
 * itself by an ID key (`poam_id`, `finding_id`) and carries at least three kinds of risk field, its
 * wording and a planned action among them (`weakness_name`, `planned_mitigation`, `assigned_to`,
 * `estimated_completion_date`). A plan of that one risk; a package manifest or a settings file words no risk.
 */
function singleItemOf(data: unknown): RegisterFound | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data) || !identified(data)) return undefined;
  const kinds = fieldKindsOf(data);
  return kinds.size >= SINGLE_ITEM_KINDS && kinds.has('wording') && kinds.has('action') ? { shape: 'single' } : undefined;
}

/** How many kinds of risk field make one object a risk of its own: its wording, its action and one more. */
const SINGLE_ITEM_KINDS = 3;
const RISK_TEXT_KEY = /^(?:risk|title|description|summary|risk_description|risk_title|risk_name|risk_statement|statement|threat|name)$/;
const RISK_ATTRIBUTE_KEY = /^(?:risk_)?(?:likelihood|probability|impact|severity|rating|risk_rating|level|score|owner|owner_role|ownership|treatment|response|mitigation|mitigations|control|controls|status|state|action|due|due_date|target_date|priority|residual|inherent|residual_risk|inherent_risk)$/;

/** Keys (in the register key style) that say the entry's wording is a risk's: such an entry needs no ID to be a register's. */
const RISK_NAMED_KEY = /^(?:risk|risk_description|risk_title|risk_name|risk_statement)$/;

/**
 * Whether parsed JSON is a register: an array of objects (or `risks` holding one, or a register key
 * holding `risks`) whose first object names a risk by ID and wording and rates, owns or treats it
 * (risk-ish keys in any spelling: `"Risk ID"`, `risk_id`, `riskId`); or, with no IDs, at least
 * three objects that each word a risk under a risk's own key (`"Risk"`) and rate, own or treat it.
 */
function isListRegister(data: unknown): boolean {
  let list = Array.isArray(data) ? data : data && typeof data === 'object' ? Object.entries(data).find(([key]) => key === 'risks' || isRegisterKey(key))?.[1] : undefined;
  if (list && typeof list === 'object' && !Array.isArray(list)) list = (list as Record<string, unknown>).risks;
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  if (!first || typeof first !== 'object') return false;
  const keys = Object.keys(first).map(registerKeyStyle);
  if (keys.some((k) => RISK_ID_KEY.test(k)) && keys.some((k) => RISK_TEXT_KEY.test(k)) && keys.some((k) => RISK_ATTRIBUTE_KEY.test(k)) && !isCatalogueEntry(keys)) return true;
  const entries = list as unknown[];
  return entries.length >= YAML_REGISTER_ENTRIES && entries.every((entry) => namesAndTracks(entry) && Object.keys(entry as object).map(registerKeyStyle).some((k) => RISK_NAMED_KEY.test(k)));
}
