// The plan beside its risk analysis (issue 15): each risk of the analysis with its rating,
// likelihood and impact, and what the plan does with it — the plan risk that answers it, an
// acceptance, or nothing (shown as not treated when the rating is one the plan must treat).
import { atOrAbove, type AnalysisRegister } from '../model/analysis-register';
import type { Priority } from '../model/vocabulary';
import { riskState } from './plan-facts';
import type { RenderContext } from './context';
import { attrs, escapeHtml } from './html';

export function analysisBlock(context: RenderContext, register: AnalysisRegister, mustTreat: Priority): string {
  const planRisks = new Map(context.plan.risks.flatMap((r) => (r.id ? [[r.id.value.trim().toUpperCase(), r] as const] : [])));
  let untreated = 0;
  const rows = register.risks.map((a) => {
    const risk = planRisks.get(a.id.trim().toUpperCase());
    const must = atOrAbove(a.ratingValue, mustTreat);
    let answer: string;
    if (risk) {
      const line = context.lines.lineAt(risk.firstLine.start);
      answer = `<span${attrs({ class: 'analysis-treated', 'data-line': line })}>in the plan (${escapeHtml(riskState(risk, context.today))})</span>`;
    } else if (a.accepted) answer = '<span class="analysis-accepted">accepted in the analysis</span>';
    else if (must) {
      untreated++;
      answer = '<span class="analysis-untreated">not treated by the plan</span>';
    } else answer = '<span class="analysis-below">below the plan’s threshold</span>';
    const factors = [a.likelihood && `likelihood ${a.likelihood}`, a.impact && `impact ${a.impact}`].filter(Boolean).join(' × ');
    return `<tr${attrs({ class: risk ? undefined : must && !a.accepted ? 'untreated' : undefined })}><td>${escapeHtml(a.id)}</td><td>${escapeHtml(a.title ?? '')}</td><td>${escapeHtml(a.rating ?? '—')}${factors ? `<div class="factors">${escapeHtml(factors)}</div>` : ''}</td><td>${answer}</td></tr>`;
  });
  const summary = `${register.risks.length} ${register.risks.length === 1 ? 'risk' : 'risks'} in ${escapeHtml(register.name)}${untreated > 0 ? `; <b>${untreated} rated ${escapeHtml(mustTreat)} or above not treated</b>` : ''}`;
  return `<section class="plan-analysis" aria-label="Risk analysis">
<h2>Risk analysis</h2>
<p>${summary}</p>
<table><thead><tr><th>ID</th><th>Risk</th><th>Rating</th><th>In the plan</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
</section>`;
}
