import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

ruleTests('missing-priority', {
  valid: [
    { name: 'tier heading gives the priority', kind: 'markdown', text: mdPlan('## Budget decisions\n\n### R-001: Old laptops\n- **Action:** Replace the two laptops\n- **Owner:** Owner\n- **Due:** 2026-09-01\n') },
    { name: 'an item declared a duplicate of one tracked elsewhere', kind: 'markdown', text: mdPlan('| ID | Item | Owner | Due | Status |\n|---|---|---|---|---|\n| D-3 | Six servers not forwarding logs | SOC Lead | 2027-01-31 | In progress — duplicate reference to ISS-19; not counted twice |\n') },
    { name: 'Rating synonym', kind: 'markdown', text: mdPlan('## Technical safeguards\n\n### R-001: Old laptops\n- **Rating:** High\n- **Action:** Replace the two laptops\n') },
    { name: 'YAML tier without priority', kind: 'yaml', text: yamlPlan('  - id: R-001\n    tier: vendor\n    action: Execute a BAA\n') },
  ],
  invalid: [
    {
      name: 'non-tier H2 and no priority field',
      kind: 'markdown',
      text: mdPlan('## Physical safeguards\n\n### R-001: Fax in hallway\n- **Action:** Move the fax into the billing office\n'),
      findings: [{ messageId: 'missing', line: 18, text: '### R-001: Fax in hallway' }],
    },
    {
      name: 'empty Priority cell under a non-tier heading',
      kind: 'markdown',
      text: mdPlan('## Physical safeguards\n\n| ID | Priority | Action |\n|---|---|---|\n| P-04 |  | Replace the bins |\n'),
      findings: [{ messageId: 'missing', line: 20, text: '| P-04 |  | Replace the bins |' }],
    },
    {
      name: 'a register with no ID column: the risk is named by its title',
      kind: 'markdown',
      text: mdPlan('## Physical safeguards\n\n| Risk | Priority | Action |\n|---|---|---|\n| Shred bins left unlocked overnight in the records room |  | Replace the bins |\n'),
      findings: [{ messageId: 'missing', line: 20, text: '| Shred bins left unlocked overnight in the records room |  | Replace the bins |', message: /^Risk "Shred bins left unlocked overnight in the records room" has neither a priority/ }],
    },
  ],
});
