// JSON in a `.yaml` or `.yml` file (reader round 9): a register exported as JSON under a YAML
// name is recognised and read as the JSON register it is, on the path a `.json` file takes
// (its headings as keys, no fix written into it), not skipped and not misread as a YAML plan.
import * as assert from 'node:assert/strict';
import { detectPlan } from '../../server/out/parse/detect';
import { readsAsJson } from '../../server/out/parse/json-register';
import { parsePlan } from './lint-with-registry';

const ENTRY = (id: string, owner: string) => `{"Risk ID": "${id}", "Risk": "Shared login ${id}", "Severity": "High", "Mitigation": "Give each user a named account", "Owner": "${owner}", "Status": "Open"}`;
const REGISTER = `{\n  "risk_register": [\n    ${ENTRY('K-01', 'IT lead')},\n    ${ENTRY('K-02', 'IT lead')},\n    ${ENTRY('K-03', 'Office manager')}\n  ]\n}\n`;

describe('JSON in a .yaml file (reader round 9)', () => {
  it('recognises a JSON register under a .yaml or .yml name, as under .json', () => {
    for (const name of ['export.yaml', 'export.yml', 'export.json']) assert.ok(detectPlan(name, REGISTER), name);
  });

  it('reads it as the .json file is read', () => {
    const asYaml = parsePlan(REGISTER, 'yaml');
    const asJson = parsePlan(REGISTER, 'json');
    assert.equal(asYaml.format, 'json');
    assert.deepEqual(asYaml.risks, asJson.risks);
    assert.deepEqual(asYaml.risks.map((r) => [r.id?.value, r.priority?.value, r.actions[0]?.owner?.value]), [
      ['K-01', 'High', 'IT lead'],
      ['K-02', 'High', 'IT lead'],
      ['K-03', 'High', 'Office manager'],
    ]);
  });

  const texts: [string, boolean][] = [
    [REGISTER, true], ['\uFEFF[1, 2]', true], ['  [ {"a": 1} ]\n', true],
    // YAML flow style, YAML with a comment, block YAML: not JSON.
    // A plan in the spec's own keys written as JSON stays the YAML plan it also is.
    ['{"plan": {"title": "Plan"}, "risks": []}', false],
    ['{a: 1}', false], ['# note\n{"a": 1}', false], ['risks:\n  - id: R-1\n', false], ['{"a": 1', false],
  ];
  for (const [text, json] of texts) it(`${JSON.stringify(text.slice(0, 24))} ${json ? 'reads' : 'does not read'} as JSON`, () => assert.equal(readsAsJson(text), json));
});
