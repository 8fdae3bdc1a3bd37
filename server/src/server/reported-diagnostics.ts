// The last full diagnostics report the client was sent for each open document, so that a pull
// whose diagnostics come out the same as that report's is answered "unchanged": a keystroke in a
// plan with hundreds of findings then serialises none of them, and the client parses none. The
// result id stands for the report's content, so it may outlive the analysis that made it.
import type { Diagnostic } from 'vscode-languageserver';

interface Report {
  readonly resultId: string;
  readonly items: readonly Diagnostic[];
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.message === b.message &&
    a.code === b.code &&
    a.severity === b.severity &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character &&
    a.source === b.source &&
    a.codeDescription?.href === b.codeDescription?.href
  );
}

function sameItems(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDiagnostic(a[i], b[i])) return false;
  return true;
}

export class ReportedDiagnostics {
  private readonly reports = new Map<string, Report>();

  /**
   * The result id for a document's diagnostics: the one of the last report for it when its
   * items are the same, else `fresh`, remembered with the items as the document's last report.
   */
  resultIdFor(uri: string, items: readonly Diagnostic[], fresh: string): string {
    const last = this.reports.get(uri);
    if (last && sameItems(last.items, items)) return last.resultId;
    this.reports.set(uri, { resultId: fresh, items });
    return fresh;
  }

  /** A document closed: its reports are the workspace pass's now, under their own ids. */
  forget(uri: string): void {
    this.reports.delete(uri);
  }
}
