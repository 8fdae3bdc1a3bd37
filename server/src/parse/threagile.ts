// Threagile models (threagile.io): besides `risk_tracking` (read as a register keyed by risk ID),
// the risks a modeller identified by hand sit under `individual_risk_categories`, each category's
// `risks_identified` keyed by the risk's title (`<b>Weak backups</b> at <b>File server</b>`), rated
// by its `severity`; the category words what is done about its risks (`mitigation`, else `action`).
import type { Field, Risk } from '../model/plan-model';
import { readRisk } from './yaml/read-plan';
import { restOfLine, type YamlReader } from './yaml/yaml-reader';
import { holdsPlaceholder } from '../model/placeholders';

/** The hand-identified risks of a Threagile model's root (keys in the register key style), in document order. */
export function individualRisks(reader: YamlReader, root: unknown): Risk[] {
  const categories = reader.map(reader.pairs(reader.map(root)).get('individual_risk_categories')?.value);
  const risks: Risk[] = [];
  for (const category of categories?.items ?? []) {
    const fields = reader.pairs(reader.map(category.value));
    // The stub's example category (`Some Individual Risk Example`, described as `Some text describing the risk category...`)
    // left in the model: its risks are the template's, not the modeller's.
    if (holdsPlaceholder(reader.field(fields.get('description')))) continue;
    const action = reader.field(fields.get('mitigation') ?? fields.get('action'));
    for (const pair of reader.map(fields.get('risks_identified')?.value)?.items ?? []) {
      const span = reader.span(pair.key);
      const risk = span && readRisk(reader, pair.value);
      if (!span || !risk) continue;
      // The title as written, its markup left out (the key itself is rewritten in the register key style).
      const title: Field = { value: reader.text.slice(span.start, span.end).replace(/<[^<>]*>/g, '').replace(/\s+/g, ' ').trim(), valueRange: span };
      const firstLine = restOfLine(reader.text, span.start);
      risks.push({ ...risk, form: 'oscal', title, firstLine, actions: action ? [{ action, firstLine }] : risk.actions });
    }
  }
  return risks;
}

/**
 * Whether a Threagile model (`threagile_version:`) tracks one risk or more: its `risk_tracking` maps each risk's ID to
 * the status recorded for it (`sql-nosql-injection@*: {status: mitigated, justification: …}`). What the team decided about
 * each risk is its plan, however few (a generic register asks for three entries); a model that tracks none is no plan.
 */
export function tracksRisks(data: Record<string, unknown>): boolean {
  const tracking = data['threagile_version'] === undefined ? undefined : data['risk_tracking'];
  if (!tracking || typeof tracking !== 'object' || Array.isArray(tracking)) return false;
  const entries = Object.values(tracking);
  return entries.length > 0 && entries.every((entry) => !!entry && typeof entry === 'object' && typeof (entry as Record<string, unknown>)['status'] === 'string');
}
