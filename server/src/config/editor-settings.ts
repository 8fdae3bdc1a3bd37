// The editor's `rmplint.*` settings as lint settings and a "today", in one place for every
// host that reads them (the language server and the extension's preview), so the preview
// shows the findings the Problems panel shows.
import { UNTREATED_RISK_RATINGS, type LintSettings, type RuleSetting, type UntreatedRiskRating } from './settings';
import { isIsoDate, localToday } from '../model/dates';

/** The `rmplint` section of the editor's settings, as a client sends it. */
export interface EditorSettings {
  readonly today?: string;
  readonly reviewIntervalDays?: number;
  readonly rules?: Record<string, RuleSetting>;
  readonly include?: string[];
  readonly defaultOwner?: string;
  readonly lintWorkspace?: boolean;
  readonly vaguePhrases?: string[];
  readonly maxFileSizeBytes?: number;
  readonly untreatedRiskRating?: string;
}

/** Only what the user set: empty strings and non-numbers mean "not set". */
export function editorOverrides(editor: EditorSettings): Partial<LintSettings> {
  const interval = editor.reviewIntervalDays;
  return {
    rules: editor.rules && typeof editor.rules === 'object' ? editor.rules : undefined,
    reviewIntervalDays: typeof interval === 'number' && interval > 0 ? interval : undefined,
    vaguePhrases: Array.isArray(editor.vaguePhrases) ? editor.vaguePhrases : undefined,
    include: Array.isArray(editor.include) ? editor.include : undefined,
    defaultOwner: editor.defaultOwner?.trim() || undefined,
    maxFileSizeBytes: typeof editor.maxFileSizeBytes === 'number' && editor.maxFileSizeBytes > 0 ? editor.maxFileSizeBytes : undefined,
    untreatedRiskRating: ratingOf(editor.untreatedRiskRating),
  };
}

/** A rating the setting allows, whatever its case; anything else (the empty default) means "not set". */
function ratingOf(value: unknown): UntreatedRiskRating | undefined {
  const rating = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return UNTREATED_RISK_RATINGS.find((r) => r === rating);
}

/** "Today": the `rmplint.today` setting, else RMPLINT_TODAY, else the local date. */
export function editorToday(editor: EditorSettings, env: NodeJS.ProcessEnv = process.env): string {
  const configured = editor.today?.trim();
  if (configured && isIsoDate(configured)) return configured;
  const variable = env.RMPLINT_TODAY?.trim();
  return variable && isIsoDate(variable) ? variable : localToday();
}
