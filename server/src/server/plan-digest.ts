// What the workspace-wide features need of a closed plan, kept in place of its analysis:
// its result id (workspace pulls answer "unchanged" without reading it again), the owners it
// names (completion), its open actions (the actions view) and its risks (workspace symbols).
// A thousand analyses would take hundreds of MB; a thousand digests take a few.
import type { WorkspaceSymbol } from 'vscode-languageserver';
import type { OpenAction } from '../protocol';
import type { PlanAnalysis } from './analysis';
import { ownersOf } from './completion';
import { openActionsOf } from './open-actions';
import { planSymbols } from './symbols';

export interface PlanDigest {
  readonly uri: string;
  /** The document state and settings it was taken under (AnalysisCache.keyOf). */
  readonly key: string;
  /** What the plan holds; undefined when the file is not a plan. */
  readonly plan?: {
    /** The serial of the analysis it was taken from: the result id of its diagnostics. */
    readonly serial: number;
    readonly lintWorkspace: boolean;
    readonly owners: readonly string[];
    readonly openActions: readonly OpenAction[];
    readonly symbols: readonly WorkspaceSymbol[];
  };
}

export function digestOf(uri: string, key: string, analysis: PlanAnalysis | undefined): PlanDigest {
  if (!analysis) return { uri, key };
  return {
    uri,
    key,
    plan: {
      serial: analysis.serial,
      lintWorkspace: analysis.settings.lintWorkspace,
      owners: ownersOf(analysis),
      openActions: openActionsOf([analysis]),
      symbols: planSymbols(analysis),
    },
  };
}
