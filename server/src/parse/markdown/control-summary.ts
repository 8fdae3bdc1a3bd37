// A risk assessment's control summary (`| Control | Risks Addressed | Effectiveness |` with `| MFA | R-03, R-14 | High |`):
// the controls in place, each mapped by ID to the risks it addresses and rated for how well it works. The rating is the
// assessment of those controls: a risk whose controls in place record no validation takes it as their validation, and a
// risk listed with no action of its own (a summary row, `| R-14 | Session hijacking | 3 (Low) |`) has the controls that
// address it in place. A control rated as not working (`Low`, `Ineffective`) validates nothing and is not counted in place.
import type { Action, Field, Risk } from '../../model/plan-model';
import { LineIndex } from '../../model/positions';
import { EFFECTIVENESS_HEADER, normaliseLabel, RISK_ID_SOURCE, statusOf, WORKING_EFFECTIVENESS } from '../../model/vocabulary';
import { idKey } from '../../model/plan-queries';
import { fieldAt } from './field-lines';
import { CLOSES_HEADER, splitRow } from './risk-table';
import { IN_PLACE_HEADER } from '../controls-in-place';
import { anywhere } from '../text-scan';

/** A cheap sign a text may hold a control summary: only such a text is scanned for its tables. */
const mayHold = anywhere(/effective/i);
/** A table header line naming an effectiveness column. */
const HEADER_LINE = /^[ \t]{0,3}\|[^\n]*effective[^\n]*\|[ \t]*\r?$/gim;
const SEPARATOR = /^[ \t]{0,3}\|?[ \t]*:?-{2,}/;
const IDS = new RegExp(`(?<![\\w-])${RISK_ID_SOURCE}(?![\\w-])`, 'g');

interface RatedControl {
  readonly control: Field;
  readonly rating: Field;
}

/** The controls each risk ID is addressed by, with their ratings, from every control summary in the text. */
function ratedControls(text: string): Map<string, RatedControl[]> {
  const byId = new Map<string, RatedControl[]>();
  // Indexed only once a header names an effectiveness column: "effective" alone (`Effective date`) is in many plans.
  let lines: LineIndex | undefined;
  for (const header of text.matchAll(HEADER_LINE)) {
    lines ??= new LineIndex(text);
    const headerLine = lines.lineAt(header.index);
    const names = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => normaliseLabel(fieldAt(text, cell.start, cell.end).value));
    const controlAt = names.findIndex((name) => IN_PLACE_HEADER.test(name));
    const risksAt = names.findIndex((name) => CLOSES_HEADER.test(name));
    const ratingAt = names.findIndex((name) => EFFECTIVENESS_HEADER.test(name));
    if (controlAt < 0 || risksAt < 0 || ratingAt < 0) continue;
    if (headerLine + 1 >= lines.lineCount || !SEPARATOR.test(text.slice(lines.lineStart(headerLine + 1), lines.lineEnd(headerLine + 1)))) continue;
    for (let line = headerLine + 2; line < lines.lineCount; line++) {
      const start = lines.lineStart(line);
      const end = lines.lineEnd(line);
      if (!/^[ \t]{0,3}\|/.test(text.slice(start, end))) break;
      const cells = splitRow(text, start, end);
      if (cells.length <= Math.max(controlAt, risksAt, ratingAt)) continue;
      const control = fieldAt(text, cells[controlAt].start, cells[controlAt].end);
      const rating = fieldAt(text, cells[ratingAt].start, cells[ratingAt].end);
      if (control.value === '' || !WORKING_EFFECTIVENESS.test(rating.value.replace(/[*_`]/g, '').trim())) continue;
      for (const id of fieldAt(text, cells[risksAt].start, cells[risksAt].end).value.matchAll(IDS)) {
        const key = idKey(id[0]);
        byId.set(key, [...(byId.get(key) ?? []), { control, rating }]);
      }
    }
  }
  return byId;
}

/** Whether an action is in place (done) and records nothing that shows it works. */
const unvalidated = (action: Action) => statusOf(action.status?.value) === 'done' && action.validation === undefined && action.evidence === undefined;

/** The risks, given what a control summary says of their controls (see the file's comment). */
export function withControlSummaryRead(risks: Risk[], text: string): Risk[] {
  if (risks.length === 0 || !mayHold(text)) return risks;
  const byId = ratedControls(text);
  if (byId.size === 0) return risks;
  return risks.map((risk) => {
    const controls = risk.id ? byId.get(idKey(risk.id.value)) : undefined;
    // An accepted risk (no actions) keeps its acceptance; one that records its own validation needs none.
    if (!controls || risk.actions.length === 0 || risk.validation || risk.evidence) return risk;
    const worded = risk.actions.filter((action) => action.action !== undefined && action.action.value.trim() !== '');
    if (worded.length === 0) {
      // `| R-14 | Session hijacking | 3 (Low) |` with no action: the controls that address it are what it has, in place.
      const at = risk.actions[0];
      const actions: Action[] = controls.map(({ control, rating }) => ({ action: control, status: { ...control, value: 'in place' }, validation: rating, firstLine: at.firstLine, ...(at.insertAt && { insertAt: at.insertAt }) }));
      return { ...risk, actions };
    }
    if (!risk.actions.some(unvalidated)) return risk;
    const rating = controls[0].rating;
    return { ...risk, actions: risk.actions.map((action) => (unvalidated(action) ? { ...action, validation: rating } : action)) };
  });
}
