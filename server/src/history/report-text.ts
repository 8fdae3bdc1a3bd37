// A change report as text for a terminal and as Markdown ready to paste into the review record.
// Both list the same sections in the same order; an empty section is said to be empty.
import type { ActionDone, ActionRef, ChangeReport, RiskRef } from './change-report';

function risk(r: RiskRef): string {
  return r.title ? `${r.id} (${r.title})` : r.id;
}

function action(a: ActionRef): string {
  return `${a.id}: ${a.action || '(no action text)'}`;
}

function done(a: ActionDone): string {
  return `${action(a)}, ${a.when ? `done ${a.when.slice(0, 10)} (${a.commit?.slice(0, 7)})` : 'done, not yet committed'}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Each section's title and its lines, in the order both outputs show them. */
export function reportSections(r: ChangeReport): [string, string[]][] {
  return [
    ['Risks added', r.risksAdded.map(risk)],
    ['Risks removed', r.risksRemoved.map(risk)],
    ['Risks closed', r.risksClosed.map(risk)],
    ['Actions marked done', r.actionsDone.map(done)],
    ['Due dates moved', r.dueDatesMoved.map((d) => `${action(d)}: ${d.from} -> ${d.to} (${plural(Math.abs(d.days), 'day')} ${d.days > 0 ? 'later' : 'earlier'})`)],
    ['Owners changed', r.ownersChanged.map((o) => `${action(o)}: ${o.from} -> ${o.to}`)],
    ['Treatments changed', r.treatmentsChanged.map((t) => `${risk(t)}: ${t.from} -> ${t.to}`)],
    ['Accepted risks added', r.acceptedRisksAdded.map(risk)],
  ];
}

export function progressLine(r: ChangeReport): string {
  const p = r.progress;
  return `${p.addressed} of ${plural(p.openAtReview, 'risk')} open at the last review addressed over ${plural(p.months, 'month')}`;
}

export function reportPeriod(r: ChangeReport): string {
  return `since ${r.since.date.slice(0, 10)} (commit ${r.since.commit.slice(0, 7)}) to ${r.until}`;
}

export function reportText(file: string, r: ChangeReport): string {
  const out = [`${file}: changes ${reportPeriod(r)}`, `Progress: ${progressLine(r)}`];
  for (const [title, lines] of reportSections(r)) {
    out.push(`${title}: ${lines.length === 0 ? 'none' : lines.length}`);
    for (const line of lines) out.push(`  - ${line}`);
  }
  return `${out.join('\n')}\n`;
}

/** Markdown needs its own escapes only where a value could open a construct: pipes, brackets, emphasis. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<|])/g, '\\$1');
}

export function reportMarkdown(file: string, r: ChangeReport): string {
  const out = [`### Changes ${reportPeriod(r)}`, '', `Plan: \`${file}\``, '', `**Progress:** ${progressLine(r)}.`];
  for (const [title, lines] of reportSections(r)) {
    out.push('', `**${title}:**${lines.length === 0 ? ' none' : ''}`);
    if (lines.length > 0) out.push('', ...lines.map((line) => `- ${md(line)}`));
  }
  return `${out.join('\n')}\n`;
}
