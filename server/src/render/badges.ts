// The finding badge: the rule id on a coloured chip; its tooltip is the message, and it
// carries the line it was reported on so a click can reveal it in the editor.
import type { Finding } from '../engine/lint';
import { attrs, escapeHtml } from './html';

export function badges(findings: readonly Finding[], lineOf: (f: Finding) => number): string {
  return findings
    .map(
      (f) =>
        `<span${attrs({
          class: `badge badge-${f.severity}`,
          title: f.message,
          'data-line': lineOf(f),
          'data-rule': f.rule,
          role: 'note',
          tabindex: 0,
        })}>${escapeHtml(f.rule)}</span>`,
    )
    .join('');
}
