// Renders a plan document in the extension host with the same engine and settings the
// language server uses (the nearest .rmplintrc, overridden by rmplint.* settings), so
// the preview shows the findings the Problems panel shows.
import * as path from 'path';
import * as vscode from 'vscode';
import { analyse } from '../../../server/src/engine/lint';
import { detectPlan, includeMatcher, type PlanKind } from '../../../server/src/parse/detect';
import { findConfigFile, loadConfigFile } from '../../../server/src/config/rc-file';
import { editorOverrides, editorToday, type EditorSettings } from '../../../server/src/config/editor-settings';
import { DEFAULT_SETTINGS, mergeSettings, type LintSettings } from '../../../server/src/config/settings';
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
    return file ? loadConfigFile(file).settings : {};
  } catch {
    return {}; // a config that does not parse is reported by the server; the preview uses defaults
  }
}

/** How to lint a document, or undefined when it is not a plan. */
export function planInput(document: vscode.TextDocument): PlanRenderInput | undefined {
  // A WorkspaceConfiguration reads its section's keys as properties, like the server's settings object.
  const editor = vscode.workspace.getConfiguration('rmplint', document.uri) as unknown as EditorSettings;
  const settings = mergeSettings(DEFAULT_SETTINGS, rcSettings(document), editorOverrides(editor));
  const kind = detectPlan(document.fileName, document.getText(), includeMatcher(settings.include));
  if (!kind) return undefined;
  return { kind, settings, today: editorToday(editor) };
}

export function renderDocument(document: vscode.TextDocument, input: PlanRenderInput): RenderedPlan {
  const analysis = analyse(document.getText(), input.kind, { today: input.today, settings: input.settings });
  return renderPlan(analysis, {
    today: input.today,
    reviewIntervalDays: input.settings.reviewIntervalDays,
    fileName: path.basename(document.fileName),
  });
}
