// Where each rule's documentation lives; shown as the diagnostic's code link and in hovers.
export const RULE_DOCS_BASE = 'https://github.com/rmplint/rmplint/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}

/**
 * What "Fix All" says when it has nothing safe to apply, so the command never does nothing
 * in silence. `findings` counts rmplint's findings on the document.
 */
export function nothingSafeToFixMessage(findings: number): string {
  if (findings === 0) return 'rmplint: nothing to fix, this plan has no findings.';
  const them = findings === 1 ? 'The 1 finding needs' : `The ${findings} findings need`;
  return `rmplint: nothing is safe to fix automatically. ${them} your words or judgement: use the quick fixes (Ctrl+.) on each.`;
}
