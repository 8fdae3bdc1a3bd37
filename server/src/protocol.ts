// Where each rule's documentation lives; shown as the diagnostic's code link and in hovers.
export const RULE_DOCS_BASE = 'https://github.com/rmplint/rmplint/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}
