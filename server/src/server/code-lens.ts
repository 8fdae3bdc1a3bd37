// Code lenses: the plan summary on line 1 and days left (or overdue) on each open risk.
// They carry no command to run; an empty command id makes editors show them as text.
import type { CodeLens } from 'vscode-languageserver/node';
import type { PlanAnalysis } from './analysis';
import { daysLeft, daysLeftText, summaryOf, summaryText } from './summary';

function lens(analysis: PlanAnalysis, offset: number, title: string): CodeLens {
  const line = analysis.lines.lineAt(offset);
  return {
    range: analysis.lines.rangeOf({ start: analysis.lines.lineStart(line), end: analysis.lines.lineEnd(line) }),
    command: { title, command: '' },
  };
}

export function codeLenses(analysis: PlanAnalysis): CodeLens[] {
  const lenses = [lens(analysis, 0, summaryText(summaryOf(analysis)))];
  for (const risk of analysis.plan.risks) {
    const days = daysLeft(risk, analysis.settings.today);
    if (days !== undefined) lenses.push(lens(analysis, risk.firstLine.start, daysLeftText(days)));
  }
  return lenses;
}
