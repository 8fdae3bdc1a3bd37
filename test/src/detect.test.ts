import * as assert from 'node:assert/strict';
import { detectPlan } from '../../server/out/parse/detect';
import { includedBy, includeMatcher } from '../../server/out/config/include';

describe('which files are plans (spec §1)', () => {
  const table: [string, string, string | undefined][] = [
    ['plan.rmp.md', 'anything', 'markdown'],
    ['plan.rmp.yaml', 'a: 1', 'yaml'],
    ['plan.rmp.yml', 'a: 1', 'yaml'],
    ['notes.md', '---\ntitle: x\ntype: risk-management-plan\n---\n# Notes', 'markdown'],
    ['notes.md', '---\ntitle: x\ntype: risk-management-plan\n...\n# Notes', 'markdown'],
    ['notes.md', '# Lakeside HIPAA Risk Management Plan\n', 'markdown'],
    ['notes.md', 'Intro\n\n# RISK MANAGEMENT PLAN 2026\n', 'markdown'],
    ['notes.md', '# Meeting notes\n\n# Risk management plan\n', undefined],
    ['README.md', '# Project\n\nSee the risk management plan.\n', undefined],
    ['MANIFEST.md', '# Labelled HIPAA risk management plans\n', undefined],
    ['plan.yaml', 'plan:\n  title: x\nrisks: []\n', 'yaml'],
    ['config.yaml', 'plan:\n  title: x\n', undefined],
    ['docker-compose.yml', 'services: {}\n', undefined],
    ['plan.rmp.txt', 'plan:\nrisks:\n', undefined],
  ];
  for (const [name, text, expected] of table) {
    it(`${name} ${JSON.stringify(text.slice(0, 30))} → ${expected ?? 'not a plan'}`, () => {
      assert.equal(detectPlan(name, text), expected);
    });
  }

  it('include globs make other Markdown and YAML files plans', () => {
    const included = includeMatcher(['compliance/**/*.md']);
    assert.equal(detectPlan('compliance/2026/plan.md', '# Notes', included), 'markdown');
    assert.equal(detectPlan('docs/plan.md', '# Notes', included), undefined);
  });

  it('include globs match relative to the config file\'s folder, the same for the CLI and the server', () => {
    const included = includedBy(['compliance/**/*.md'], '/repo');
    assert.equal(included('/repo/compliance/2026/plan.md'), true);
    assert.equal(included('/repo/docs/plan.md'), false);
    assert.equal(included('/elsewhere/compliance/2026/plan.md'), false);
    assert.equal(includedBy([], '/repo')('/repo/compliance/plan.md'), false);
  });
});
