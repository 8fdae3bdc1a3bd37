// `--format junit`: JUnit XML as CI test reports read it (Jenkins, GitLab, Azure Pipelines,
// CircleCI): one <testsuite> per plan, one failing <testcase> per finding, and one passing
// <testcase> for a plan without findings, so a clean plan shows as a passed test, not as nothing.
import type { PlanReport } from './results';

/** Text as XML character data or an attribute value; characters XML 1.0 forbids are dropped. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(reports: readonly PlanReport[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const report of reports) {
    const file = xml(report.file);
    const cases = report.findings.map(
      (f) =>
        `    <testcase classname="${file}" name="${xml(`${f.rule} at line ${f.line}, column ${f.column}`)}" file="${file}" line="${f.line}" time="0">\n` +
        `      <failure type="${xml(f.rule)}" message="${xml(f.message)}">${xml(`${f.severity}: ${f.message} (${f.rule}) at ${f.file}:${f.line}:${f.column}`)}</failure>\n` +
        '    </testcase>\n',
    );
    if (cases.length === 0) cases.push(`    <testcase classname="${file}" name="rmplint" file="${file}" time="0"/>\n`);
    tests += cases.length;
    failures += report.findings.length;
    suites.push(
      `  <testsuite name="${file}" tests="${cases.length}" failures="${report.findings.length}" errors="0" skipped="0" time="0">\n${cases.join('')}  </testsuite>\n`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="rmplint" tests="${tests}" failures="${failures}" errors="0" time="0">\n${suites.join('')}</testsuites>\n`;
}
