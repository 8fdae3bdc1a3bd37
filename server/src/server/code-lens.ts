// Code lenses: the plan summary on line 1, days left (or overdue) on each open risk, and
// "accepted" with its review date on each accepted risk.
// They carry no command to run; an empty command id makes editors show them as text.
import type { CodeLens } from 'vscode-languageserver';
import type { PlanAnalysis } from './analysis';
import { riskState } from '../model/risk-state';
import { acceptedText, daysLeft, summaryOf } from './summary';
import { daysLeftText, summaryText } from '../protocol';

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
    const today = analysis.settings.today;
    const days = daysLeft(risk, today);
    if (days !== undefined) lenses.push(lens(analysis, risk.firstLine.start, daysLeftText(days)));
    else if (riskState(risk, today) === 'accepted') lenses.push(lens(analysis, risk.firstLine.start, acceptedText(risk, today)));
  }
  return lenses;
}
