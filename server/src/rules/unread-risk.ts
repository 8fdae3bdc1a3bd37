import type { RuleModule } from '../engine/rule';
import type { Risk } from '../model/plan-model';
import { lastFieldEnd } from '../model/plan-queries';
import { idsIn, riskShapedItems } from './unread-risk-utils/risk-shaped-items';

/** An ID compared without case, emphasis or leading zeros: `R-007` in a table and `r-7` in a heading are one risk. */
const comparable = (id: string) => id.toUpperCase().replace(/(^|[^0-9])0+(?=\d)/g, '$1');

/** Whether `text` holds `id` as a whole token, not inside a longer ID. */
function containsId(text: string, id: string): boolean {
  for (let at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
    if (!/[A-Z0-9-]/.test(text[at - 1] ?? ' ') && !/[A-Z0-9]/.test(text[at + id.length] ?? ' ')) return true;
  }
  return false;
}

const rule: RuleModule = {
  id: 'unread-risk',
  defaultSeverity: 'warning',
  description: 'An item written as a risk (a heading or table row that starts with a risk ID, or a list item that names one as a risk) that rmplint could not read as one is named, so a partly read plan does not look checked.',
  reference: '45 CFR § 164.308(a)(1)(ii)(B) (risk management: measures for the risks identified in the risk analysis)',
  rationale:
    'A plan is checked risk by risk. Where a risk is written in a shape rmplint does not read, none of its checks run and its owner, date and action go unexamined; the writer must learn which risks those are, not only that the plan looks clean.',
  examples: {
    bad: '### R-001: Unencrypted laptops (read), then | R-002 | Shared logins | Enable SSO | (a table rmplint does not read as risks)',
    good: '### R-002: Shared logins, with a line - **Action:** Enable SSO for the EHR',
  },
  messages: {
    unread: '{id} is written as a risk, but rmplint could not read it as one, so none of its checks ran. Write it the way this plan\'s other risks are read (see "Markdown" in docs/plan-format.md); if it is not a risk, disable this rule for the line.',
    // With no risk read there are no other risks to write it like: the plan's shape as a whole is not one rmplint reads.
    unreadRecord: 'This record has {cells} cells where the header has {columns} (a cell with a comma and no quotes around it?), so rmplint could not read it as a risk and none of its checks ran. Quote the cell ("…, …"), or fix the export.',
    unreadNoneRead: '{id} is written as a risk, but rmplint read no risks in this plan, so none of its checks ran: the way this plan writes its risks is not one rmplint reads yet. Write them in one of the shapes in "Markdown" in docs/plan-format.md (a heading per risk, or a table with Risk and Action columns); if it is not a risk, disable this rule for the line.',
  },
  check({ plan, report }) {
    /**
     * A table the reader knew: it read a risk from it, or the actions of one (a CAPA's table of
     * actions keyed CA-001, the actions of its one issue), or the table names a risk it read (a
     * summary of risks detailed below, a cross-reference). The rows it left out of such a table
     * it judged not risks (a safeguard met, a total), or they point at risks read elsewhere.
     */
    const knownTables = new Map<number, boolean>();
    const knownTable = (table: { start: number; end: number }) => {
      let known = knownTables.get(table.start);
      if (known === undefined) {
        const text = plan.text.slice(table.start, table.end).toUpperCase();
        const inTable = (line: { start: number }) => line.start >= table.start && line.start < table.end;
        known = plan.risks.some((risk) => inTable(risk.firstLine) || (risk.id !== undefined && risk.id.value.trim() !== '' && containsId(text, risk.id.value.trim().toUpperCase())) || risk.actions.some((action) => action.table !== undefined && inTable(action.firstLine))) ||
          // A catalogue whose entries the read risks' rows cite (`| R-001 | T-001 | … |` over a threat list T-001..T-014): the list the register was built from.
          idsIn(text).some((id) => referenced().has(comparable(id)));
        knownTables.set(table.start, known);
      }
      return known;
    };
    // A spreadsheet's record whose cells are miscounted: the reader set it aside.
    for (const record of plan.unreadRecords ?? []) report({ messageId: 'unreadRecord', data: { cells: String(record.cells), columns: String(record.columns) }, range: record.range });
    if (plan.format !== 'markdown' || !plan.metaAvailable) return;
    const readAsWritten = new Set(plan.risks.flatMap((risk) => (risk.id ? [risk.id.value.trim().toUpperCase()] : [])));
    let read: Set<string> | undefined;
    const isRead = (id: string) => readAsWritten.has(id.toUpperCase()) || (read ??= new Set([...readAsWritten].map(comparable))).has(comparable(id));
    // Rows and entries of a section set aside (an example or a template of how to write a plan, gas optimisations) are nobody's risks.
    // So are entries the reader read and then judged no risks (a control found met): they were read, not missed.
    const inSpans = (spans: readonly { start: number; end: number }[] | undefined, at: number) => spans?.some((span) => at >= span.start && at < span.end) ?? false;
    const setAside = (at: number) => inSpans(plan.asides, at) || inSpans(plan.judgedNotRisks, at);
    const items = riskShapedItems(plan.text, plan.frontMatter?.bodyStart ?? 0, isRead).filter((item) => !setAside(item.range.start));
    // IDs named on a read risk's first line (`| CA-01 | NC-04 | …`), or in the fields of a risk under its own heading
    // (`| Threat | T-09, T-12 |`): the item they name is treated by that risk.
    let named: Set<string> | undefined;
    const lineOrBlock = (risk: Risk) => plan.text.slice(risk.firstLine.start, risk.form === 'heading' ? lastFieldEnd(risk) : risk.firstLine.end);
    const referenced = () => (named ??= new Set(plan.risks.flatMap((risk) => idsIn(lineOrBlock(risk)).map(comparable))));
    const reported = new Set<string>();
    for (const item of items) {
      const key = comparable(item.id);
      if (reported.has(key) || (item.table && knownTable(item.table)) || referenced().has(key)) continue;
      reported.add(key);
      report({ messageId: plan.risks.length === 0 ? 'unreadNoneRead' : 'unread', data: { id: item.id }, range: item.range });
    }
  },
};

export default rule;
