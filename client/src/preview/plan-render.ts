// Renders a plan document in the extension host with the same engine and settings the
// language server uses (the nearest .rmplintrc, overridden by rmplint.* settings), so
// the preview shows the findings the Problems panel shows.
import * as path from 'path';
import * as vscode from 'vscode';
import { analyse } from '../../../server/src/engine/engine';
import { detectPlan, includeMatcher, type PlanKind } from '../../../server/src/engine/detect';
import { findConfigFile, loadConfigFile } from '../../../server/src/engine/config';
import { isIsoDate, localToday } from '../../../server/src/engine/dates';
import { DEFAULT_SETTINGS, mergeSettings, type LintSettings, type RuleSetting } from '../../../server/src/engine/options';
import { renderPlan, type RenderedPlan } from '../../../server/src/render/render-plan';

export interface PlanRenderInput {
  readonly kind: PlanKind;
  readonly settings: LintSettings;
  readonly today: string;
}

function rcSettings(document: vscode.TextDocument): Partial<LintSettings> {
  if (document.uri.scheme !== 'file') return {};
  try {
    const file = findConfigFile(path.dirname(document.uri.fsPath));
    return file ? loadConfigFile(file) : {};
  } catch {
    return {}; // an invalid config is reported by the server; the preview uses defaults
  }
}

/** Only what the user set in the editor's rmplint.* settings. */
function editorSettings(config: vscode.WorkspaceConfiguration): Partial<LintSettings> {
  const interval = config.get<number>('reviewIntervalDays');
  const rules = config.get<Record<string, RuleSetting>>('rules');
  const phrases = config.get<string[]>('vaguePhrases');
  const include = config.get<string[]>('include');
  return {
    rules: rules && typeof rules === 'object' ? rules : undefined,
    reviewIntervalDays: typeof interval === 'number' && interval > 0 ? interval : undefined,
    vaguePhrases: Array.isArray(phrases) ? phrases : undefined,
    include: Array.isArray(include) ? include : undefined,
  };
}

/** How to lint a document, or undefined when it is not a plan. */
export function planInput(document: vscode.TextDocument): PlanRenderInput | undefined {
  const config = vscode.workspace.getConfiguration('rmplint', document.uri);
  const settings = mergeSettings(DEFAULT_SETTINGS, rcSettings(document), editorSettings(config));
  const kind = detectPlan(document.fileName, document.getText(), includeMatcher(settings.include));
  if (!kind) return undefined;
  const configured = config.get<string>('today')?.trim();
  const env = process.env.RMPLINT_TODAY;
  const today = configured && isIsoDate(configured) ? configured : env && isIsoDate(env) ? env.trim() : localToday();
  return { kind, settings, today };
}

export function renderDocument(document: vscode.TextDocument, input: PlanRenderInput): RenderedPlan {
  const analysis = analyse(document.getText(), input.kind, { today: input.today, settings: input.settings });
  return renderPlan(analysis, {
    today: input.today,
    reviewIntervalDays: input.settings.reviewIntervalDays,
    fileName: path.basename(document.fileName),
  });
}
