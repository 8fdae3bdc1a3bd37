// The preview asks the language server for the rendered plan: the server renders it from the
// analysis its diagnostics come from, so the preview and the Problems panel agree on the
// findings, the settings and whether the file is a plan at all.
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  RENDER_PLAN_REQUEST,
  SUMMARY_REQUEST,
  type PlanSummary,
  type RenderPlanParams,
  type RenderPlanResult,
  type SummaryParams,
} from '../../../server/src/protocol';

export interface PlanServer {
  render(params: RenderPlanParams): Promise<RenderPlanResult>;
  /** Whether the server takes the document for a plan. */
  isPlan(uri: string): Promise<boolean>;
}

export function planServerOf(client: BaseLanguageClient): PlanServer {
  return {
    render: (params) => client.sendRequest<RenderPlanResult>(RENDER_PLAN_REQUEST, params),
    isPlan: async (uri) => (await client.sendRequest<PlanSummary | null>(SUMMARY_REQUEST, { uri } satisfies SummaryParams)) !== null,
  };
}
