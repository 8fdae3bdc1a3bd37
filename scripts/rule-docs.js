// Writes docs/rules/<id>.md and the rules table in README.md from the rule registry, so
// the documentation cannot drift from the code. `node scripts/rule-docs.js` after a build;
// the meta-tests compare the committed files with what this renders.
'use strict';
const { readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const TABLE_START = '<!-- rules-table:start -->';
const TABLE_END = '<!-- rules-table:end -->';

function loadRules() {
  return require(join(ROOT, 'server', 'out', 'rules', 'index.js')).RULES;
}

/** What each rule flags, kept beside the rules but out of the engine (server/src/rules/rule-definitions.ts). */
function loadDefinitions() {
  return require(join(ROOT, 'server', 'out', 'rules', 'rule-definitions.js')).RULE_DEFINITIONS;
}

const escapeCell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function ruleDoc(rule) {
  const messages = Object.values(rule.messages).map((m) => `- ${m}`).join('\n');
  const lines = loadDefinitions()[rule.id];
  const definition = lines ? `## What is flagged\n\n${lines.map((d) => `- ${d}`).join('\n')}\n\n` : '';
  return `# \`${rule.id}\`

${rule.description}

- **Default severity:** ${rule.defaultSeverity}
- **Regulation:** ${rule.reference}

## Why an auditor cares

${rule.rationale}

## Examples

Flagged:

\`\`\`text
${rule.examples.bad}
\`\`\`

Fine:

\`\`\`text
${rule.examples.good}
\`\`\`

${definition}## Messages

${messages}

## Turning it off

In \`.rmplintrc.json\`: \`{ "rules": { "${rule.id}": "off" } }\`. For one line, put
\`<!-- rmplint-disable-next-line ${rule.id} -->\` (Markdown) or
\`# rmplint-disable-next-line ${rule.id}\` (YAML) on the line above.
`;
}

function rulesTable(rules) {
  const rows = rules.map(
    (r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${escapeCell(r.description)} | ${escapeCell(r.examples.bad)} | ${escapeCell(r.examples.good)} |`,
  );
  return ['| rule | default | checks | flagged | fine |', '|---|---|---|---|---|', ...rows].join('\n');
}

function readmeWithTable(readme, rules) {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('README.md has no rules table markers');
  return `${readme.slice(0, start + TABLE_START.length)}\n${rulesTable(rules)}\n${readme.slice(end)}`;
}

function main() {
  const rules = loadRules();
  mkdirSync(join(ROOT, 'docs', 'rules'), { recursive: true });
  for (const rule of rules) writeFileSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`), ruleDoc(rule));
  const readmePath = join(ROOT, 'README.md');
  writeFileSync(readmePath, readmeWithTable(readFileSync(readmePath, 'utf8'), rules));
}

module.exports = { ruleDoc, readmeWithTable, loadRules };
if (require.main === module) main();
