import type { Fix, RuleModule } from '../engine/rule';
import type { PlanModel, Span } from '../model/plan-model';
import { lineSpanAt } from '../model/plan-queries';
import { replaceFix } from '../fixes/field-edits';

/** `key: value: more` — a plain value holding ": ", which YAML reads as a second key. */
const UNQUOTED_COLON = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w -]*?):[ \t]+([^'"[{|>#\s&*!%@`][^#]*?:[ \t][^#]*?)[ \t]*(?:#.*)?$/;

/** The value with an unquoted ": " on the problem's line (or the line above, where the parser may stop), if any. */
function unquotedColon(plan: PlanModel, at: number): { key: string; value: string; span: Span } | undefined {
  const here = lineSpanAt(plan.text, at);
  const above = here.start > 0 ? lineSpanAt(plan.text, here.start - 1) : undefined;
  for (const line of [here, above]) {
    if (!line) continue;
    const m = UNQUOTED_COLON.exec(plan.text.slice(line.start, line.end));
    if (!m) continue;
    const start = line.start + plan.text.slice(line.start, line.end).indexOf(m[3], m[1].length + m[2].length + 1);
    return { key: m[2], value: m[3], span: { start, end: start + m[3].length } };
  }
  return undefined;
}

const rule: RuleModule = {
  id: 'syntax',
  defaultSeverity: 'error',
  description: 'The YAML plan, or the front matter of a Markdown plan, parses.',
  reference: '45 CFR § 164.316(b)(1) (documentation of policies, procedures, actions and assessments)',
  rationale:
    'YAML that does not parse cannot be read by anyone’s tools: none of the plan’s metadata or YAML risks can be checked, rendered or shown to an auditor until it does.',
  examples: {
    bad: 'title: Backups: never test-restored',
    good: 'title: "Backups: never test-restored"',
  },
  messages: {
    invalid: '{problem}. Until this YAML parses, nothing in it is checked.',
    unquotedColon:
      'The value of "{key}" contains ": ", which YAML reads as the start of another key. Put the value in quotes: {key}: {quoted}. Until this YAML parses, nothing in it is checked.',
  },
  check({ plan, report }) {
    const problem = plan.syntaxError;
    if (!problem) return;
    const colon = unquotedColon(plan, problem.range.start);
    if (colon) {
      const quoted = JSON.stringify(colon.value);
      const fix: Fix = replaceFix('Put the value in quotes', colon.span, quoted, false);
      report({ messageId: 'unquotedColon', data: { key: colon.key.trim(), quoted }, range: colon.span, fixes: [fix] });
      return;
    }
    report({ messageId: 'invalid', data: { problem: problem.message }, range: problem.range });
  },
};

export default rule;
