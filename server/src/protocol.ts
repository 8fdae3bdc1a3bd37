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

/**
 * Whether a plan's line, typed up to the cursor, is where a field label or value is being
 * written, so the editor opens completion without Ctrl+Space (VS Code does not suggest as
 * you type in Markdown, and turning that on would do it for every Markdown file).
 */
export function wantsCompletion(linePrefix: string, yaml: boolean): boolean {
  // "rmp" or "rmp-" alone on a line: a snippet prefix (rmp-risk, rmp-accept, rmp-table).
  if (/^\s*(?:-\s+)?rmp-?$/.test(linePrefix)) return true;
  if (yaml) return /^\s*(?:-\s+)?[A-Za-z]{1,2}$/.test(linePrefix) || /^\s*(?:-\s+)?(?:treatment|status|priority|tier|owner|due):\s$/.test(linePrefix);
  // "- " or "- **O": a label starts; "- **Owner:** ": its value starts.
  return /^\s*[-*+]\s(?:\*\*|__)?[A-Za-z]?$/.test(linePrefix) || /^\s*[-*+]\s+(?:\*\*|__)[A-Za-z ]+:(?:\*\*|__)\s$/.test(linePrefix);
}
