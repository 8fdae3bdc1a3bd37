// An OSCAL plan of action and milestones (NIST OSCAL 1.x, YAML or JSON) read into the plan
// model, so every rule applies to it. What is read:
//   metadata.title, version, last-modified (as the last review), the first organization party;
//   observations' `collected` date and origin actors (as the risk analysis reference);
//   each `risks[]` item as a risk: its ID (the title's leading `ID:`), title, status,
//   deadline, priority (a priority/risk/severity facet, else likelihood × impact, risk-rating.ts), treatment
//   (the remediations' `type` prop) and each remediation as an action (owner from its
//   party origins or its tasks' responsible parties, due from its last milestone or the deadline,
//   recommendations left out as not planned;
//   status from the lifecycle and the risk's status);
//   each `poam-items[]` entry that no risk answers (by related-risks or related-observations)
//   as a risk of its own;
//   a POA&M item's own plan where its risk has none: its priority props (`priority`,
//   `risk-level`) and, when it lists milestones, the item as the action, due by its last milestone.
// OSCAL's own words are kept as written and shown beside the plan word they read as:
// `deviation-approved` reads as "accepted (deviation-approved)".
import { parseDocument, type Document, type Pair } from 'yaml';
import type { Acceptance, Action, Field, PlanMeta, PlanModel, Risk } from '../../model/plan-model';
import {
  dateOf, field, itemLine, itemsOf, joined, originActors, pairsOf, partyNames, props, relatedUuids, responsibleParties,
  splitId, textOf, translated, type Reading,
} from './oscal-fields';
import { YamlReader } from '../yaml/yaml-reader';
import { yamlSyntaxProblem } from '../yaml/syntax-problems';
import { dominantEol } from '../eol';
import { isOscalPoamTemplate } from './recognise';
import { priorityFromRating } from '../../model/risk-rating';

export const OSCAL_ROOT = 'plan-of-action-and-milestones';

/** OSCAL risk statuses (risk-status) as the plan's statuses. */
const RISK_STATUS: Readonly<Record<string, string>> = {
  open: 'open',
  investigating: 'open',
  'deviation-requested': 'open',
  remediating: 'in-progress',
  'deviation-approved': 'accepted',
  closed: 'done',
};

const PRIORITY_FACETS = ['priority', 'risk', 'risk-level', 'risk-rating', 'severity'];

/** The end of the last milestone or task of a remediation (timing on-date or within-date-range end). */
function lastTaskEnd(r: Reading, remediation: ReadonlyMap<string, Pair>): Field | undefined {
  let last: Field | undefined;
  for (const task of itemsOf(r, remediation.get('tasks')?.value)) {
    const timing = pairsOf(r, pairsOf(r, task).get('timing')?.value);
    const end = dateOf(r, field(r, pairsOf(r, timing.get('on-date')?.value), 'date') ?? field(r, pairsOf(r, timing.get('within-date-range')?.value), 'end'));
    if (end && (!last || end.value > last.value)) last = end;
  }
  return last;
}

/** The date of a POA&M item's milestone: `schedule.task-date.date`, or OSCAL's `timing` as a task's. */
function milestoneDate(r: Reading, milestone: ReadonlyMap<string, Pair>): Field | undefined {
  const taskDate = pairsOf(r, pairsOf(r, milestone.get('schedule')?.value).get('task-date')?.value);
  const timing = pairsOf(r, milestone.get('timing')?.value);
  return dateOf(r, field(r, taskDate, 'date') ?? field(r, pairsOf(r, timing.get('on-date')?.value), 'date') ?? field(r, pairsOf(r, timing.get('within-date-range')?.value), 'end'));
}

/**
 * A POA&M item that lists milestones plans its work itself: the item (its title) is the action,
 * due by its last milestone, with the status of the risk it answers. Undefined without milestones:
 * a finding recorded with no plan is no action.
 */
function itemAction(r: Reading, node: unknown, status: Field | undefined): Action | undefined {
  const item = pairsOf(r, node);
  const milestones = itemsOf(r, item.get('milestones')?.value);
  if (milestones.length === 0) return undefined;
  let due: Field | undefined;
  for (const m of milestones) {
    const date = milestoneDate(r, pairsOf(r, m));
    if (date && (!due || date.value > due.value)) due = date;
  }
  return { action: field(r, item, 'title') ?? field(r, item, 'description'), due, status, firstLine: itemLine(r, node) };
}

/** A POA&M item's priority written as a prop (`priority: P1`, `risk-level: high`), in the order facets are read. */
function itemPriority(r: Reading, node: unknown): Field | undefined {
  const written = props(r, pairsOf(r, node));
  return PRIORITY_FACETS.map((n) => written.get(n)).find((f) => f !== undefined);
}

/** A risk's characterization facets by name; a facet rated again after review (FedRAMP's `state: adjusted`) stands over the initial one. */
function facetsOf(r: Reading, risk: ReadonlyMap<string, Pair>): ReadonlyMap<string, Field> {
  const facets = new Map<string, Field>();
  const adjusted = new Set<string>();
  for (const c of itemsOf(r, risk.get('characterizations')?.value)) {
    for (const facet of itemsOf(r, pairsOf(r, c).get('facets')?.value)) {
      const p = pairsOf(r, facet);
      const name = textOf(r, p.get('name')?.value).toLowerCase();
      const value = field(r, p, 'value');
      const isAdjusted = props(r, p).get('state')?.value === 'adjusted';
      if (!name || !value || adjusted.has(name) || (facets.has(name) && !isAdjusted)) continue;
      facets.set(name, value);
      if (isAdjusted) adjusted.add(name);
    }
  }
  return facets;
}

/** Priority from a facet that names it, else from likelihood × impact. */
function priorityOf(facets: ReadonlyMap<string, Field>): Field | undefined {
  const named = PRIORITY_FACETS.map((n) => facets.get(n)).find((f) => f !== undefined) ?? [...facets].find(([n]) => n.endsWith('severity'))?.[1];
  if (named) return named;
  const likelihood = facets.get('likelihood');
  const impact = facets.get('impact');
  const level = likelihood && impact ? priorityFromRating(likelihood.value, impact.value) : undefined;
  if (!likelihood || !impact || !level) return undefined;
  return { ...likelihood, value: `${level} (likelihood ${likelihood.value} × impact ${impact.value})` };
}

function readRemediation(r: Reading, node: unknown, risk: ReadonlyMap<string, Pair>, parties: Map<string, string>): Action {
  const rem = pairsOf(r, node);
  const lifecycle = textOf(r, rem.get('lifecycle')?.value).toLowerCase();
  const riskStatus = translated(field(r, risk, 'status'), RISK_STATUS);
  const status = lifecycle === 'completed' ? { ...(field(r, rem, 'lifecycle') as Field), value: 'done (completed)' } : riskStatus;
  return {
    action: field(r, rem, 'description') ?? field(r, rem, 'title'),
    owner: originActors(r, rem, parties, true) ?? responsibleParties(r, rem, parties),
    due: lastTaskEnd(r, rem) ?? dateOf(r, field(r, risk, 'deadline')),
    status,
    firstLine: itemLine(r, node),
  };
}

function readRisk(r: Reading, node: unknown, parties: Map<string, string>, poamId: Field | undefined, poamItem: unknown): Risk {
  const risk = pairsOf(r, node);
  const { id, title } = splitId(r, field(r, risk, 'title'));
  // A recommendation (by a tool or an assessor) is not a planned action; planned and completed remediations are.
  const all = itemsOf(r, risk.get('remediations')?.value);
  const isRecommended = (rem: unknown) => /^recommend/.test(textOf(r, pairsOf(r, rem).get('lifecycle')?.value));
  const remediations = all.filter((rem) => !isRecommended(rem));
  // What is recommended and not planned is kept as such: missing-action says the risk has only that.
  const recommended = all.find(isRecommended);
  const recommendation = recommended === undefined ? undefined : (field(r, pairsOf(r, recommended), 'description') ?? field(r, pairsOf(r, recommended), 'title'));
  const kinds = remediations.map((rem) => props(r, pairsOf(r, rem)).get('type')).filter((f): f is Field => f !== undefined);
  const treatment = kinds.find((k) => k.value.toLowerCase() !== 'accept') ?? kinds[0];
  const accepted = treatment?.value.toLowerCase() === 'accept';
  const acceptRemediation = remediations.find((rem) => props(r, pairsOf(r, rem)).get('type')?.value.toLowerCase() === 'accept');
  // A risk that plans no remediation of its own is planned by the POA&M item that answers it.
  const planned = remediations.length === 0 && poamItem !== undefined ? itemAction(r, poamItem, translated(field(r, risk, 'status'), RISK_STATUS)) : undefined;
  const facets = facetsOf(r, risk);
  return {
    form: 'oscal',
    id: poamId ?? id ?? field(r, risk, 'uuid'),
    title: title ?? field(r, risk, 'description'),
    priority: priorityOf(facets) ?? (poamItem === undefined ? undefined : itemPriority(r, poamItem)),
    // The ratings as characterized, shown beside the priority.
    ...(facets.get('likelihood') && { likelihood: facets.get('likelihood') }),
    ...(facets.get('impact') && { impact: facets.get('impact') }),
    treatment,
    ...(recommendation && { recommendation }),
    acceptance: accepted && acceptRemediation ? readAcceptance(r, risk, pairsOf(r, acceptRemediation), parties) : {},
    actions: planned ? [planned] : remediations.map((rem) => readRemediation(r, rem, risk, parties)),
    firstLine: itemLine(r, node),
  };
}

/**
 * An accepted risk's acceptance: the accepting remediation's description as rationale, the
 * mitigating factors as compensating controls, the deadline as the date it is reviewed by,
 * and the risk-log entry that moved it to deviation-approved as approver and date.
 */
function readAcceptance(r: Reading, risk: ReadonlyMap<string, Pair>, remediation: ReadonlyMap<string, Pair>, parties: Map<string, string>): Acceptance {
  const factors = itemsOf(r, risk.get('mitigating-factors')?.value).map((f) => field(r, pairsOf(r, f), 'description')).filter((f): f is Field => f !== undefined);
  let approvedBy: Field | undefined;
  let approvedOn: Field | undefined;
  for (const entry of itemsOf(r, pairsOf(r, risk.get('risk-log')?.value).get('entries')?.value)) {
    const e = pairsOf(r, entry);
    if (textOf(r, e.get('status-change')?.value) !== 'deviation-approved') continue;
    approvedOn = dateOf(r, field(r, e, 'start'));
    const by = itemsOf(r, e.get('logged-by')?.value).map((l) => field(r, pairsOf(r, l), 'party-uuid')).find((f) => f !== undefined);
    approvedBy = by && { ...by, value: parties.get(by.value) || by.value };
  }
  return {
    rationale: field(r, remediation, 'description'),
    compensatingControls: joined(factors),
    reviewBy: dateOf(r, field(r, risk, 'deadline')),
    approvedBy,
    approvedOn,
  };
}

/** A POA&M item that no risk of the document answers: a risk of its own, its action its milestones' (itemAction). */
function readItem(r: Reading, node: unknown, poamId: Field | undefined): Risk {
  const item = pairsOf(r, node);
  const { id, title } = splitId(r, field(r, item, 'title'));
  const planned = itemAction(r, node, undefined);
  return {
    form: 'oscal',
    id: poamId ?? id ?? field(r, item, 'uuid'),
    title: title ?? field(r, item, 'description'),
    priority: itemPriority(r, node),
    acceptance: {},
    actions: planned ? [planned] : [],
    firstLine: itemLine(r, node),
  };
}

function readMeta(r: Reading, root: ReadonlyMap<string, Pair>, metadata: ReadonlyMap<string, Pair>, parties: Map<string, string>): PlanMeta {
  const organization = itemsOf(r, metadata.get('parties')?.value)
    .map((p) => pairsOf(r, p))
    .find((p) => textOf(r, p.get('type')?.value) === 'organization');
  // The assessment the POA&M answers: its observations, by the latest date collected.
  let analysisDate: Field | undefined;
  let analysisBy: Field | undefined;
  for (const obs of itemsOf(r, root.get('observations')?.value)) {
    const o = pairsOf(r, obs);
    const collected = dateOf(r, field(r, o, 'collected'));
    if (collected && (!analysisDate || collected.value > analysisDate.value)) analysisDate = collected;
    analysisBy ??= originActors(r, o, parties);
  }
  return {
    title: field(r, metadata, 'title'),
    version: field(r, metadata, 'version'),
    organization: organization ? field(r, organization, 'name') : undefined,
    lastReviewed: dateOf(r, field(r, metadata, 'last-modified')),
    riskAnalysis: analysisDate || analysisBy ? { date: analysisDate, conductedBy: analysisBy } : undefined,
  };
}

/** Reads an OSCAL POA&M (YAML or JSON text). Never throws: what cannot be read is a syntax problem. */
export function parseOscalPlan(text: string, format: 'yaml' | 'json'): PlanModel {
  const base = { format, text, eol: dominantEol(text), oscal: true } as const;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { version: '1.2', schema: 'core', prettyErrors: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...base, meta: {}, metaAvailable: false, risks: [], syntaxError: { message: `The document cannot be read (${reason})`, range: { start: 0, end: text.search(/\r?\n|$/) } } };
  }
  const problem = yamlSyntaxProblem(doc, text);
  if (problem) return { ...base, meta: {}, metaAvailable: false, risks: [], syntaxError: problem };
  const r: Reading = { reader: new YamlReader(doc, text), text };
  const root = pairsOf(r, pairsOf(r, doc.contents).get(OSCAL_ROOT)?.value);
  const metadata = pairsOf(r, root.get('metadata')?.value);
  const parties = partyNames(r, metadata, root);

  const riskNodes = itemsOf(r, root.get('risks')?.value);
  const riskPairs = riskNodes.map((n) => pairsOf(r, n));
  const riskByUuid = new Map(riskPairs.map((p, i) => [textOf(r, p.get('uuid')?.value), i]));
  // A POA&M item answers a risk by related-risks, or failing that by the observations they share.
  const itemOfRisk = new Map<number, { poamId?: Field; node: unknown }>();
  const loose: { node: unknown; poamId?: Field }[] = [];
  for (const node of itemsOf(r, root.get('poam-items')?.value)) {
    const item = pairsOf(r, node);
    const poamId = props(r, item).get('poam-id') ?? props(r, item).get('poam-item-id');
    let linked = relatedUuids(r, item, 'related-risks', 'risk-uuid').map((u) => riskByUuid.get(u)).filter((i): i is number => i !== undefined);
    if (linked.length === 0) {
      const observations = new Set(relatedUuids(r, item, 'related-observations', 'observation-uuid'));
      linked = riskPairs.flatMap((p, i) => (relatedUuids(r, p, 'related-observations', 'observation-uuid').some((u) => observations.has(u)) ? [i] : []));
    }
    if (linked.length === 0) loose.push({ node, poamId });
    for (const i of linked) if (!itemOfRisk.get(i)?.poamId) itemOfRisk.set(i, { poamId, node });
  }
  // A template's sample risks and items ([EXAMPLE]) are no one's: it holds none.
  const risks = isOscalPoamTemplate(text) ? [] : [
    ...riskNodes.map((n, i) => readRisk(r, n, parties, itemOfRisk.get(i)?.poamId, itemOfRisk.get(i)?.node)),
    ...loose.map(({ node, poamId }) => readItem(r, node, poamId)),
  ].sort((a, b) => a.firstLine.start - b.firstLine.start);
  return { ...base, meta: readMeta(r, root, metadata, parties), metaAvailable: true, risks };
}

