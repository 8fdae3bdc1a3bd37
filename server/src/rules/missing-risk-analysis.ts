import type { Fix, RuleModule } from '../engine/rule';
import { documentStart, metaFields } from '../model/plan-queries';
import { hasRealValue, holdsPlaceholder } from '../model/placeholders';
import { insertFieldsFix, isYamlAt, lastLineField, metaInsertion } from '../fixes/field-edits';

const rule: RuleModule = {
  id: 'missing-risk-analysis',
  defaultSeverity: 'warning',
  description: 'The plan references its risk analysis with both its date and who conducted it.',
  reference: '45 CFR § 164.308(a)(1)(ii)(A) (risk analysis) and (B) (risk management)',
  rationale:
    'The risk management plan answers a specific, current risk analysis. Auditors ask which analysis, when, and by whom; a plan that cannot say is not grounded in one.',
  examples: { bad: 'Risk analysis: 2026-01-15', good: 'Risk analysis: 2026-01-15, conducted by Rivera IT Consulting (J. Rivera)' },
  messages: {
    missing: 'The plan does not say when its risk analysis was done or who conducted it. Add both (e.g. "Risk analysis: 2026-03-02, conducted by J. Rivera").',
    noConductor: 'The risk analysis reference has a date but not who conducted it. Add the person or firm (e.g. "conducted by J. Rivera, Rivera IT").',
    noDate: 'The risk analysis reference names who conducted it but not when. Add the date of the analysis (YYYY-MM-DD).',
    documentOnly: 'The plan names its risk analysis ("{document}") but not its date or who conducted it. Add both (e.g. "Risk analysis: 2026-03-02, conducted by J. Rivera").',
    placeholder: '"{value}" is a placeholder. Fill in {what}.',
  },
  check({ plan, report }) {
    if (!plan.metaAvailable) return;
    const ref = plan.meta.riskAnalysis;
    const date = ref?.date;
    const by = ref?.conductedBy;
    if (hasRealValue(date) && hasRealValue(by)) return;
    const unfilled = [date, by].find(holdsPlaceholder);
    if (unfilled) {
      report({ messageId: 'placeholder', data: { value: unfilled.value, what: unfilled === date ? 'the date of the risk analysis (YYYY-MM-DD)' : 'who conducted the risk analysis' }, range: unfilled.valueRange });
    } else if (hasRealValue(date)) {
      report({ messageId: 'noConductor', range: date.valueRange, fixes: () => fixes('conductedBy') });
    } else if (hasRealValue(by)) {
      report({ messageId: 'noDate', range: by.valueRange, fixes: () => fixes('date') });
    } else if (hasRealValue(ref?.document)) {
      // The analysis named by its document (a list of related documents, YAML's \`document:\`): when and by whom it is still asked.
      report({ messageId: 'documentOnly', data: { document: ref!.document!.value.replace(/^[`*]+|[`*]+$/g, '') }, range: ref!.document!.valueRange, fixes: () => fixes('both') });
    } else {
      report({ messageId: 'missing', range: documentStart(plan), fixes: () => fixes('both') });
    }

    function fixes(what: 'conductedBy' | 'date' | 'both'): Fix[] {
      // Placeholders the rule still reports: the finding stays until the user writes the reference.
      const placeholderDate = 'YYYY-MM-DD';
      const placeholderBy = 'Name, Firm';
      let fix: Fix | undefined;
      if (ref?.combined && !isYamlAt(plan, ref.combined.valueRange.start)) {
        // One Markdown line holds the reference: complete it in place.
        const at = what === 'date' ? ref.combined.valueRange.start : ref.combined.valueRange.end;
        const text = what === 'date' ? `${placeholderDate}, ` : `, conducted by ${placeholderBy}`;
        const placeholder = what === 'date' ? { start: 0, end: placeholderDate.length } : { start: text.length - placeholderBy.length, end: text.length };
        fix = { title: what === 'date' ? 'Add the risk analysis date' : 'Add who conducted the risk analysis', safe: false, edits: [{ start: at, end: at, newText: text }], placeholders: [placeholder] };
      } else if (what === 'date' || what === 'conductedBy') {
        const sibling = what === 'date' ? by : date;
        const field = what === 'date' ? { name: 'date' as const, value: placeholderDate, placeholder: true } : { name: 'conductedBy' as const, value: placeholderBy, placeholder: true };
        fix = insertFieldsFix(plan, [field], { title: what === 'date' ? 'Add the risk analysis date' : 'Add who conducted the risk analysis', after: sibling });
      } else {
        const anchor = lastLineField(plan, metaFields(plan));
        const fallback = metaInsertion(plan);
        const yaml = anchor ? isYamlAt(plan, anchor.valueRange.start) : plan.format === 'yaml' || (fallback !== undefined && isYamlAt(plan, fallback.offset));
        fix = yaml
          ? insertFieldsFix(
              plan,
              [
                { name: 'date', value: placeholderDate, placeholder: true },
                { name: 'conductedBy', value: placeholderBy, placeholder: true },
              ],
              { title: 'Add the risk analysis reference', after: anchor, fallback, under: 'riskAnalysis' },
            )
          : insertFieldsFix(plan, [{ name: 'riskAnalysis', value: `${placeholderDate}, conducted by ${placeholderBy}`, placeholder: true }], {
              title: 'Add the risk analysis reference',
              after: anchor,
              fallback,
            });
      }
      return fix ? [fix] : [];
    }
  },
};

export default rule;
