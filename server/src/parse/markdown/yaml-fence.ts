// A register kept as YAML inside a Markdown document: a ```yaml fence whose top-level
// `risks:` lists the risks (a design note's "Risk Register" section). The fence's content is
// read as a YAML plan's risks, placed where the fence sits, so rules and fixes see YAML there.
import type { Risk } from '../../model/plan-model';
import { parseWholeYamlPlan } from '../yaml/read-plan';
import { placeRisks } from '../place';
import { anywhere } from '../text-scan';

const YAML_FENCE = /^(`{3,}|~{3,})[ \t]*ya?ml[ \t]*\r?\n/gim;
const hasYamlFence = anywhere(/^(?:`{3,}|~{3,})[ \t]*ya?ml/im);

/** The risks of every YAML fence with a top-level `risks:` key, in document offsets. */
export function fencedYamlRisks(text: string): Risk[] {
  if (!hasYamlFence(text)) return [];
  const risks: Risk[] = [];
  for (const open of text.matchAll(YAML_FENCE)) {
    const start = open.index + open[0].length;
    const fence = open[1];
    const close = new RegExp(`^${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`, 'm');
    const rest = text.slice(start);
    const end = close.exec(rest)?.index ?? rest.length;
    const content = rest.slice(0, end);
    if (!/^risks:/m.test(content)) continue;
    const plan = parseWholeYamlPlan(content);
    if (!plan.syntaxError) risks.push(...placeRisks(plan.risks, start));
  }
  return risks;
}

/** Whether the YAML a fence holds is at `offset` of a Markdown plan with fenced risks. */
export function inYamlFence(risks: readonly Risk[], offset: number): boolean {
  return risks.some((risk) => risk.form === 'yaml' && offset >= risk.firstLine.start && offset <= (risk.insertAt?.offset ?? risk.firstLine.end));
}
