// A scan's or an assessment's write-up lists its findings under headings by component
// (`### 1. Node.js – Critical & High Findings`) and then its remediation in one section, grouped
// under bold labels naming those components (`## Recommended Remediation`, `**Node.js**`, then
// its steps as a list). When the findings carry no action of their own, a group's steps are the
// actions of each finding whose heading (or wording) names the group's component.
import type { Action, Field, Risk } from '../../model/plan-model';
import { hasOwnAction } from '../../model/plan-queries';
import { fieldForLabel } from '../../model/vocabulary';
import { readFieldLine } from './field-lines';
import { headingAbove, headingsOf } from './document-headings';

/** The heading of the section of remediation, below the title: `## Recommended Remediation`, `## Remediation Steps`, `## Recommendations`. */
const REMEDIATION_HEADING = /^ {0,3}(#{2,6})[ \t]+[^\n]*?\b(?:remediation|recommendations?|mitigations?)\b[^\n]*$/gim;
/** A bold label alone on its line naming a group (`**Node.js**`, `**SSL / Certificates:**`). */
const GROUP_LABEL = /^[ \t]{0,3}(\*\*|__)([^*_\n]{2,60}?)[ \t]*:?\1[ \t]*:?[ \t]*$/;
/** A list item and the start of its text. */
const ITEM = /^([ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+)(?=\S)/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
/** The fields a line nested under a step may give it. */
const STEP_FIELDS = ['owner', 'due', 'status', 'completed'] as const;

interface Group {
  readonly label: string;
  readonly steps: Action[];
}

/** The groups of steps of the remediation section, each under its bold label. */
function remediationGroups(text: string): Group[] {
  REMEDIATION_HEADING.lastIndex = 0;
  const heading = REMEDIATION_HEADING.exec(text);
  if (!heading) return [];
  const level = heading[1].length;
  const groups: Group[] = [];
  let current: Group | undefined;
  let offset = heading.index + heading[0].length + 1;
  for (const line of text.slice(offset).split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const content = line.replace(/\r$/, '');
    const next = HEADING.exec(content);
    if (next && next[1].length <= level) break;
    const label = GROUP_LABEL.exec(content);
    // `**Owner:**` is a field's label, not a group's.
    if (label && fieldForLabel(label[2]) === undefined) {
      // Steps at the margin then labelled groups: the margin's steps were the section's lead-in, no group of their own.
      if (current?.label === '') groups.pop();
      current = { label: label[2].trim(), steps: [] };
      groups.push(current);
      continue;
    }
    // `  - **Owner:** IT` nested under a step is that step's.
    const nested = current && /^[ \t]+\S/.test(content) ? readFieldLine(text, start, start + content.length) : undefined;
    const last = current?.steps[current.steps.length - 1];
    if (nested && last && STEP_FIELDS.includes(nested.name as (typeof STEP_FIELDS)[number])) {
      current!.steps[current!.steps.length - 1] = { ...last, [nested.name]: nested.field };
      continue;
    }
    const item = ITEM.exec(content);
    // A step at the margin before any group label (`## 5. Recommendations` then `- Enforce …`): steps of no group, kept under
    // the empty label (a write-up of one finding gives it them). A sub-point of a step is its detail.
    if (item && !current && /^\S/.test(content)) {
      current = { label: '', steps: [] };
      groups.push(current);
    }
    if (!item || !current || (current.label === '' && !/^\S/.test(content))) continue;
    const valueStart = start + item[1].length;
    const value = content.slice(item[1].length).trim();
    const action: Field = { value, valueRange: { start: valueStart, end: valueStart + value.length } };
    current.steps.push({ action, firstLine: { start, end: start + content.length } });
  }
  return groups.filter((group) => group.steps.length > 0);
}


/**
 * The risks with the steps of the remediation group naming their component as their actions, when
 * no risk read has an action of its own; the risks as read otherwise.
 */
export function withGroupedRemediation(risks: Risk[], text: string): Risk[] {
  if (risks.length === 0 || risks.some(hasOwnAction)) return risks;
  const groups = remediationGroups(text);
  if (groups.length === 0) return risks;
  // A write-up of one finding whose recommendations are one list of steps: they are that finding's.
  // (A finding written out under its heading: a register's row keeps its plan in the register.)
  if (risks.length === 1 && risks[0].form === 'heading' && groups.length === 1 && groups[0].label === '') return [{ ...risks[0], actions: groups[0].steps }];
  let joined = false;
  const headings = headingsOf(text);
  const read = risks.map((risk) => {
    const context = `${headingAbove(headings, risk.firstLine.start)} ${risk.title?.value ?? ''}`.toLowerCase();
    const group = groups.find((g) => g.label !== '' && context.includes(g.label.toLowerCase()));
    if (!group) return risk;
    joined = true;
    return { ...risk, actions: group.steps };
  });
  return joined ? read : risks;
}
