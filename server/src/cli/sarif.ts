// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers, with
// each rule's description, rationale, regulatory reference and examples from the registry.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { RULES } from '../rules';
import { ruleDocsUrl } from '../protocol';
import type { RuleModule, Severity } from '../engine/rule';
import type { PlanReport, SkippedFile } from './results';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/rmplint/rmplint';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function ruleDescriptor(rule: RuleModule) {
  const { bad, good } = rule.examples;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.rationale}\n\nReference: ${rule.reference}\n\nBad:  ${bad}\nGood: ${good}`,
      markdown: `${rule.rationale}\n\n**Reference:** ${rule.reference}\n\n**Bad:** \`${bad}\`\n\n**Good:** \`${good}\`\n\n[Rule documentation](${ruleDocsUrl(rule.id)})`,
    },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ['hipaa', 'risk-management'] },
  };
}

/** A relative path as a relative URI (resolved against the checkout), an absolute one as file: URI. */
function artifactLocation(file: string) {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const posix = file.split(path.sep).join('/').replace(/^\.\//, '');
  return { uri: posix.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function formatSarif(reports: readonly PlanReport[], version: string, executionSuccessful: boolean, skipped: readonly SkippedFile[] = []): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) =>
    report.findings.map((f) => ({
      ruleId: f.rule,
      ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(f.file),
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rmplint',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: RULES.map(ruleDescriptor),
          },
        },
        invocations: [
          {
            executionSuccessful,
            // Files named on the command line that were not read as plans: a note each, never silence.
            ...(skipped.length > 0
              ? {
                  toolExecutionNotifications: skipped.map((s) => ({
                    level: 'note',
                    message: { text: `Skipped, not read as a plan: ${s.reason}.` },
                    locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.file) } }],
                  })),
                }
              : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
