// YAML plans (spec §2) into the plan model. The document is read with the `yaml`
// package's YAML 1.2 core schema, so dates stay the strings the author wrote. A document
// that does not parse yields only its syntax problem: nothing is derived from it.
import { parseDocument, type Document, type Pair } from 'yaml';
import type { Acceptance, Action, Field, PlanMeta, PlanModel, Risk, RiskAnalysisRef, SyntaxProblem } from './model';
import { treatmentOf, tierOf } from './vocabulary';
import { YamlReader } from './yaml-nodes';
import { yamlAliasProblem, yamlSyntaxProblem } from './yaml-syntax';

/** Keys that, written on a risk itself, make up its single action (spec §2). */
const SINGLE_ACTION_KEYS = ['action', 'owner', 'due', 'status', 'completed'] as const;

function dominantEol(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

function readRiskAnalysis(reader: YamlReader, pair: Pair | undefined): RiskAnalysisRef | undefined {
  if (!pair) return undefined;
  const map = reader.map(pair.value);
  if (map) {
    const fields = reader.pairs(map);
    return { date: reader.field(fields.get('date')), conductedBy: reader.field(fields.get('conductedBy')) };
  }
  // Written as one value ("2026-03-02, J. Rivera"): the schema reports the shape.
  const combined = reader.field(pair);
  return combined && combined.value !== '' ? { combined } : undefined;
}

function readMeta(reader: YamlReader, planPair: Pair | undefined): PlanMeta {
  if (!planPair) return {};
  const map = reader.map(planPair.value);
  const fields = reader.pairs(map);
  const field = (key: string): Field | undefined => reader.field(fields.get(key));
  return {
    title: field('title'),
    organization: field('organization'),
    version: field('version'),
    owner: field('owner'),
    riskAnalysis: readRiskAnalysis(reader, fields.get('riskAnalysis')),
    approvedBy: field('approvedBy'),
    approvedOn: field('approvedOn'),
    lastReviewed: field('lastReviewed'),
    nextReview: field('nextReview'),
    // Under `plan:` — also when it has nothing under it yet; never below a scalar `plan: x`.
    insertAt: map || reader.scalarText(planPair.value) === '' ? reader.insertionPoint(map, planPair) : undefined,
  };
}

function readAcceptance(reader: YamlReader, pair: Pair | undefined): Acceptance {
  const map = reader.map(pair?.value);
  if (!map) return {};
  const fields = reader.pairs(map);
  const field = (key: string): Field | undefined => reader.field(fields.get(key));
  return {
    rationale: field('rationale'),
    approvedBy: field('approvedBy'),
    approvedOn: field('approvedOn'),
    compensatingControls: field('compensatingControls'),
    reviewBy: field('reviewBy'),
    insertAt: reader.insertionPoint(map, pair),
  };
}

/** One entry of an `actions:` list; its first line is the `- action:` line. */
function readListedAction(reader: YamlReader, item: unknown): Action | undefined {
  const map = reader.map(item);
  const firstLine = reader.itemLine(item);
  if (!map) {
    const action = reader.itemField(item);
    return action && action.value !== '' ? { action, firstLine } : undefined;
  }
  const fields = reader.pairs(map);
  const field = (key: string): Field | undefined => reader.field(fields.get(key));
  return {
    action: field('action'),
    owner: field('owner'),
    due: field('due'),
    status: field('status'),
    completed: field('completed'),
    validation: field('validation'),
    evidence: field('evidence'),
    firstLine,
    insertAt: reader.insertionPoint(map),
  };
}

function readRisk(reader: YamlReader, item: unknown): Risk | undefined {
  const map = reader.map(item);
  if (!map) return undefined; // not a risk; the schema rule reports the shape
  const fields = reader.pairs(map);
  const field = (key: string): Field | undefined => reader.field(fields.get(key));
  const firstLine = reader.itemLine(item);
  const insertAt = reader.insertionPoint(map);
  const treatment = field('treatment');
  const tier = field('tier');

  const listed = (reader.seq(fields.get('actions')?.value)?.items ?? [])
    .map((entry) => readListedAction(reader, entry))
    .filter((a): a is Action => a !== undefined);
  let actions: Action[] = listed;
  if (listed.length === 0) {
    if (SINGLE_ACTION_KEYS.some((key) => fields.has(key))) {
      actions = [{ action: field('action'), owner: field('owner'), due: field('due'), status: field('status'), completed: field('completed'), firstLine, insertAt }];
    } else if (treatmentOf(treatment?.value) !== 'accept') {
      // A risk that is not accepted needs an action: an empty one lets the missing-field rules speak.
      actions = [{ firstLine, insertAt }];
    }
  }

  return {
    form: 'yaml',
    id: field('id'),
    title: field('title'),
    tier,
    tierValue: tierOf(tier?.value),
    priority: field('priority'),
    treatment,
    validation: field('validation'),
    evidence: field('evidence'),
    acceptance: readAcceptance(reader, fields.get('acceptance')),
    actions,
    firstLine,
    insertAt,
  };
}

function readPlan(text: string, doc: Document.Parsed): Pick<PlanModel, 'meta' | 'risks'> {
  const reader = new YamlReader(doc, text);
  const root = reader.map(doc.contents);
  if (!root) return { meta: {}, risks: [] }; // not a mapping: no plan to read; the schema rule says so
  const top = reader.pairs(root);
  const risks = (reader.seq(top.get('risks')?.value)?.items ?? [])
    .map((item) => readRisk(reader, item))
    .filter((r): r is Risk => r !== undefined);
  return { meta: readMeta(reader, top.get('plan')), risks };
}

/** Parses a YAML plan into the plan model. Never throws: what cannot be read is a syntax problem. */
export function parseYamlPlan(text: string): PlanModel {
  const base = { format: 'yaml' as const, text, eol: dominantEol(text) };
  let doc: Document.Parsed;
  let problem: SyntaxProblem | undefined;
  try {
    doc = parseDocument(text, { version: '1.2', schema: 'core', prettyErrors: false });
    problem = yamlSyntaxProblem(doc, text) ?? yamlAliasProblem(doc, text);
  } catch (error) {
    // The parser gave up (e.g. nesting too deep for the stack): report it, derive nothing.
    const reason = error instanceof Error ? error.message : String(error);
    problem = { message: `The YAML cannot be read (${reason})`, range: { start: 0, end: text.search(/\r?\n|$/) } };
  }
  if (problem) return { ...base, meta: {}, metaAvailable: false, risks: [], syntaxError: problem };
  return { ...base, ...readPlan(text, doc!), metaAvailable: true, yaml: doc! };
}
