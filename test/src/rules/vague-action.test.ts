// The vague-action rule: one finding per vague action, on the action value's range
// (spec §5), in every plan form; suggestions replace exactly that value.
import * as assert from 'node:assert/strict';
import { lintWithRule, mdPlan, ruleTests, yamlPlan } from '../rule-tester';

const heading = (action: string, extra = '') =>
  mdPlan(`## This week\n\n### R-001: Paper charts kept in an unlocked cabinet\n- **Priority:** Medium\n${extra}- **Action:** ${action}\n- **Owner:** Maria Chen\n- **Due:** 2026-08-31\n- **Status:** Open\n`);

const table = (...actions: string[]) =>
  mdPlan(
    '## Vendor conversations\n\n| ID | Risk | Action | Owner | Due | Status |\n|---|---|---|---|---|---|\n' +
      actions.map((a, i) => `| R-00${i + 1} | No BAA with the texting vendor | ${a} | Maria Chen | 2026-07-15 | Open |\n`).join(''),
  );

const yamlRisk = (actionLines: string, extra = '') =>
  yamlPlan(`  - id: R-001\n    title: Backups have never been test-restored\n    priority: high\n${extra}${actionLines}`);

/** A risk whose action is a procedure of numbered steps, one of them `step`. */
const procedure = (step: string) =>
  mdPlan(
    '## This week\n\n### R-001: The cloud root account has no MFA\n- **Priority:** High\n- **Owner:** Maria Chen\n- **Due:** 2026-08-31\n\n**Remediation Steps:**\n' +
      `1. Sign in to the AWS console with the root account\n2. Open the security credentials page of the root user\n3. ${step}\n4. Register the virtual MFA device in the authenticator app\n`,
  );

/** A risk whose mitigations are a bulleted list of controls named as noun phrases, as analysis write-ups list them. */
const strategies = (...items: string[]) =>
  mdPlan(
    '## 5. Operational Risks\n\n### 5.2 OR-007: Cut-over to the new scheduling system stalls check-in\n**Description**: Front-desk staff cannot book visits during the switch\n\n' +
      '**Probability**: Medium  \n**Impact**: High  \n**Risk Level**: High\n\n**Mitigation Strategies**:\n' +
      items.map((item) => `- ${item}\n`).join(''),
  );

ruleTests('vague-action', {
  valid: [
    {
      name: 'controls named with a round-the-clock coverage, a share of a whole, a role held or a retainer',
      kind: 'markdown',
      text: strategies('24x7 help desk cover for the first two weeks after cut-over', 'Reserve fund set-aside (15% of the migration budget)', 'Dedicated scheduling system administrator', 'Outside privacy counsel on retainer'),
    },
    { name: 'a decision to accept the risk is not a measure to word', kind: 'markdown', text: heading('Accept the residual exposure (the fax line is retired next year)') },
    {
      name: 'a fix written as a fenced code block is code to apply, not prose',
      kind: 'markdown',
      text: mdPlan('## Findings\n\n### R-001: API key sent from the browser\n- **Priority:** High\n- **Owner:** Web team\n- **Due:** 2026-08-31\n\n**Fix Required:**\n```ts\n// call the proxy, never the vendor, from the browser\nconst reply = await fetch(\'/api/proxy/chat\', { method: \'POST\' });\n```\n'),
    },
    { name: 'heading form, specific action', kind: 'markdown', text: heading('Move the paper charts into the locked records room and lock the cabinet at close of day') },
    { name: 'a hedge word next to a measurable deliverable', kind: 'markdown', text: heading('Improve the chart room policy to require a locked cabinet and a weekly walk-through') },
    { name: 'table rows with specific actions', kind: 'markdown', text: table('Execute a BAA with TextRemind LLC', 'Turn off visit details in reminder texts in the TextRemind console') },
    { name: 'YAML single action', kind: 'yaml', text: yamlRisk('    action: Run a documented test restore of the EHR database every quarter\n    owner: IT\n    due: 2026-07-31\n') },
    { name: 'an empty action is for the missing-field rules', kind: 'markdown', text: heading('') },
    { name: 'no action field at all', kind: 'yaml', text: yamlRisk('    owner: IT\n    due: 2026-07-31\n') },
    { name: 'N/A on an accepted risk', kind: 'markdown', text: heading('N/A', '- **Treatment:** Accept\n') },
    { name: 'a passive future with a concrete change', kind: 'markdown', text: heading('The cabinet lock will be replaced with a keyed lock by the office manager') },
    { name: 'a status beside a concrete deliverable', kind: 'markdown', text: heading('Pending the new budget, move the paper charts into the locked records room') },
    { name: 'a setting in a named system, a verb WordNet knows only as a verb of thought on a thing', kind: 'markdown', text: table('Turn on audit logging in the Dentrix admin settings', 'Inspect the records room door lock') },
    { name: 'a concrete verb after "to" with no object acts on the subject', kind: 'markdown', text: heading('Scanner firmware to install on all 4 Fujitsu units') },
    { name: 'a motion that a concrete change be made', kind: 'yaml', text: yamlRisk('    action: Members approved the motion that every clinician phone be enrolled in Intune before August\n    owner: IT\n') },
    { name: 'an adverb of urgency before a specific action', kind: 'markdown', text: heading('Immediately obtain signed BAAs from the texting vendor and the email host') },
    { name: 'a short step of a procedure whose steps name what they act on', kind: 'markdown', text: procedure('Click Assign') },
    {
      // Set 65's POA&M: a step whose subject is the assessor, written with a digit (`3PAO`), is a step, not a number naming a control.
      name: 'a milestone table whose steps name the party doing them, one written with a digit (3PAO): its short steps are steps',
      kind: 'markdown',
      text: mdPlan(
        '### POA&M-002: No independent security assessment\n- **Owner:** ISSO\n\n| Milestone | Description | Owner | Target Date |\n|---|---|---|---|\n' +
          '| M1 | Finalize security assessment plan | ISSO | 2026-09-01 |\n| M2 | Issue RFP for an independent 3PAO assessor | Contracting | 2026-09-15 |\n' +
          '| M3 | Evaluate 3PAO proposals and select assessor | ISSM | 2026-10-01 |\n| M4 | Execute the contract with the selected 3PAO | Contracting | 2026-10-15 |\n' +
          '| M5 | 3PAO conducts the initial security assessment of the portal | 3PAO | 2026-12-01 |\n',
      ),
    },
    {
      // Set 71's POA&M: milestones numbered in their own cells (`1. Issue Request for Quote …`); the number orders the steps and
      // names no control, so receiving a report between procuring and remediating is a step of the chain, judged with it.
      name: 'a milestone table whose cells carry the steps\' numbers: its intermediate steps are steps',
      kind: 'markdown',
      text: mdPlan(
        '### POA&M-003: No penetration test of the portal\n- **Owner:** ISSO\n\n| Milestone | Target Date | Status |\n|---|---|---|\n' +
          '| 1. Issue Request for Quote to approved penetration testing vendors | 2026-09-01 | In Progress |\n' +
          '| 2. Select penetration testing vendor and execute contract | 2026-09-30 | Not Started |\n' +
          '| 3. Receive draft penetration test report | 2026-10-31 | Not Started |\n' +
          '| 4. Remediate Critical and High findings from the penetration test | 2026-11-30 | Not Started |\n' +
          '| 5. Receive final penetration test report | 2026-12-15 | Not Started |\n' +
          '| 6. Add the penetration test\'s new findings to the POA&M | 2027-01-07 | Not Started |\n',
      ),
    },
    {
      // Set 79: a JSON register's mitigation written as its controls' names; a checklist's item closed by its quarter.
      name: 'a list of controls named as short noun phrases, most naming a deliverable alone; a bracketed date closing the action',
      kind: 'markdown',
      text: table('EDR deployment, network segmentation, offline backups, phishing awareness training, incident response playbook', 'Insider threat training for managers (Q2 2026)'),
    },
    {
      // Set 80: a POA&M's action with a note on how the decision may turn out.
      name: 'a status word in a bracket closing a concrete action is a note on it, not the action',
      kind: 'markdown',
      text: table('AO records the applicability decision and the boundary in a memo (likely N/A for the internal network, but the memo is required)'),
    },
    { name: 'a phrasal verb acts on what follows "on"; a setting found in a named system after a scope', kind: 'markdown', text: table('Sign off on the BAA with TextRemind LLC', 'Turn off the visit-details capability for all templates in the TextRemind console') },
    { name: 'an aside between the verb and its object is read around', kind: 'markdown', text: heading('The practice will appoint, by signed letter, a Privacy Officer for the records room') },
    { name: 'a frequency after a bare participle, a watch kept in a register, an interim adverbial before the verb', kind: 'markdown', text: table('Texting log exported every Friday', 'Track every texting vendor in the BAA register with its renewal date', 'Consider a new vendor later; for now turn off visit details in the TextRemind console') },
    { name: 'a content clause cut off by an aside, a party of any kind made to do a concrete thing', kind: 'markdown', text: table('It is recommended, and the practice agrees, that visit details be removed from all TextRemind templates by June', 'Have the answering company sign a BAA this month') },
    { name: 'an action written partly in another script is not judged by the English lexicon', kind: 'markdown', text: table('CloudflareへGPU推論を切替', '価格を年1回改訂') },
    { name: 'an action in another language, in the Latin alphabet, is not judged by the English lexicon', kind: 'markdown', text: table('Mit dem Systemhaus besprechen', 'Voir avec le prestataire', 'Nâng cao nhận thức bảo mật') },
    { name: 'a tag in brackets or a ticket key labels the action; a message put on things is software', kind: 'markdown', text: table('[Owner: M. Chen] Turn off visit details in all TextRemind templates - IN PROGRESS', 'T#5120 Push the May firmware update to all front-desk tablets') },
    { name: 'a dropped subject before "is necessary to", a second subject after "and", a hedge word before a measured deliverable', kind: 'markdown', text: table('Is necessary to disable visit details in TextRemind for every template.', 'Staff must to lock the chart cabinet each evening and the alarm panel will log this in its history.', 'The practice should consider moving the 2 remaining texting numbers to TextRemind Secure by June.') },
    { name: 'a participle after a comma, and a serial list, share the clause they qualify', kind: 'yaml', text: yamlRisk('    action: We recommend that the texting audit be redone, ideally by an outside firm, with the findings, owners, and due dates sent to the partners by 30 June.\n    owner: IT\n') },
    { name: 'a control number and a dash before a verb, a participle with its object before a pointer', kind: 'markdown', text: table('SC-8 - Disable visit details in all TextRemind templates', 'Closed the old texting account in TextRemind per Maria\'s request') },
    { name: 'a control put on a system named by a model number, a continued review with a cadence, a continued concrete act', kind: 'markdown', text: table('[ ] SSO on M365 - all texting staff', 'Continue to review the TextRemind access report every month', 'Keep encrypting the front-desk laptops with BitLocker') },
    { name: 'a list of orders, each starting with its verb', kind: 'markdown', text: table('Encrypt phones, rotate passwords, revoke old texting accounts') },
    { name: 'a relative clause with listed verbs qualifies a concrete object; a prohibition denies a thing, not an act', kind: 'markdown', text: table('Disable previews on every phone that sends, stores or receives PHI, and record each handset in the asset list', 'No texting accounts will be shared between staff') },
    { name: 'a noun in "-ification" of a concrete verb, with a count and a means', kind: 'markdown', text: table('Notification of the texting breach to all 40 affected patients by letter') },
    { name: 'examples after a concrete action', kind: 'markdown', text: table('Encrypt every device that texts patients, including the 3 front-desk phones') },
    { name: 'a gerund the lexicon knows as a noun qualifies the noun after it: the module is the thing done', kind: 'markdown', text: table('Do the HIPAA training module in KnowBe4 before March') },
    { name: 'an empty verb whose means, after where it goes, names a product: the means is the action', kind: 'markdown', text: table('Embed privacy into the texting workflow via TextRemind Secure retention locks') },
    { name: 'a look for anything above a measure is bounded', kind: 'markdown', text: table('Check the texting logs for anything over 20 failed sign-ins a day') },
    { name: 'integrating and generating make a thing: they are concrete verbs', kind: 'markdown', text: table('Integrate the TextRemind audit log with the SIEM', 'Generate a quarterly access report for the texting console') },
    { name: 'a phrasal verb written as one word is read as its two words where a verb stands', kind: 'markdown', text: table('Rollout the new texting phones to the front desk', 'Backup the message archive', 'Signoff the risk register', 'Setup MFA on the texting console for all staff') },
    { name: 'a joined verb and particle in a noun\'s place stays a noun', kind: 'markdown', text: table('Login banner on all texting phones', 'Test the backup server restore every quarter', 'Rollout plan drafted') },
    { name: 'a joined verb and particle is read both ways: one reading that names a deliverable is enough', kind: 'markdown', text: table('Cleanup orphaned texting accounts', 'Rollout MFA') },
    { name: 'inline code names a command, a key or a path to check', kind: 'markdown', text: table('`chmod 600 /etc/textremind.conf`', 'Ensure `PermitRootLogin no`', 'Review `/etc/ssh/sshd_config`') },
    { name: 'a file or a path named without backticks is as particular as inline code', kind: 'markdown', text: table('Create .dockerignore excluding .env, .git, node_modules', 'Define in ACCESS_CONTROL.md: inactivity period (90 days), reuse prohibition', 'Continuous access monitoring (infra/dspm/unified_dashboard.py)', 'Disable DEV_MODE in the production build') },
    { name: 'a bold label opening an action names its kind; the action after it is judged', kind: 'markdown', text: table('**Training:** Staff training on data subject rights', '**Fix**: Enable MFA on the texting console') },
    { name: 'a qualified risk analysis is a document to do', kind: 'markdown', text: table('Perform the texting risk analysis with the HHS SRA Tool this quarter') },
    { name: 'a concrete first verb acts on the object it shares with the verb after "and"', kind: 'markdown', text: table('Document and enforce the texting password policy', 'Document and maintain the texting asset inventory', 'We will document and review texting access quarterly') },
    { name: 'a status participle before its noun describes the noun: "inherited" settings are no "Inherited" status', kind: 'markdown', text: table('Inherited controls from the texting vendor are documented in the SSP', 'Verify inherited encryption settings on the texting phones', 'Inherited encryption settings verified on every texting phone') },
    { name: 'an action that only points to other risks of the plan is done by their actions', kind: 'markdown', text: table('Execute a BAA with TextRemind LLC', 'See R-001', 'R-001, R-002', 'see risk R-1 above', 'Same as R-001', 'Covered by R-001 and R-003') },
    { name: 'rule off in settings', kind: 'markdown', text: heading('Look into options'), settings: { rules: { 'vague-action': 'off' } } },
  ],
  invalid: [
    {
      name: 'a list of controls most of whose items name nothing alone is still too short; an intention stays one whatever date closes it',
      kind: 'markdown',
      text: table('Offline backups, incident response playbook, awareness', 'Look into options (Q2 2026)'),
      findings: [
        { messageId: 'fragment', line: 20, text: 'Offline backups, incident response playbook, awareness' },
        { messageId: 'intention', line: 21, text: 'Look into options (Q2 2026)' },
      ],
    },
    {
      name: 'a bold label before a vague action does not make it specific; an abbreviation or a version number names no file',
      kind: 'markdown',
      text: table('**Reduction:** Strengthen governance framework', 'Improve security, e.g. where needed', 'Look into options for v1.2'),
      findings: [
        { messageId: 'abstract', line: 20, text: '**Reduction:** Strengthen governance framework', message: /^"Reduction: Strengthen governance framework" names no/ },
        { messageId: 'hedge', line: 21, text: 'Improve security, e.g. where needed' },
        { messageId: 'intention', line: 22, text: 'Look into options for v1.2' },
      ],
    },
    {
      name: 'a status with only a note in brackets is still a status',
      kind: 'markdown',
      text: table('Pending (vendor)'),
      findings: [{ messageId: 'status', line: 20, text: 'Pending (vendor)' }],
    },
    {
      name: 'controls named in a list make no procedure: the vague items beside them are still reported',
      kind: 'markdown',
      text: strategies('Booking process analysis and refinement', 'Front-office workflow review and streamlining', '24/7 vendor hotline during cut-over week', 'Dedicated scheduling system administrator'),
      findings: [
        { messageId: 'abstract', line: 26, text: 'Booking process analysis and refinement' },
        { messageId: 'noObject', line: 27, text: 'Front-office workflow review and streamlining' },
      ],
    },
    {
      name: 'a share that ends the phrase is how far the work is; a role with nothing said of who holds it names no one; "by 24/7" is a date',
      kind: 'markdown',
      text: strategies('Go-live readiness (60%)', 'Dedicated support staff', 'Phone cover by 24/7'),
      findings: [
        { messageId: 'fragment', line: 26, text: 'Go-live readiness (60%)' },
        { messageId: 'fragment', line: 27, text: 'Dedicated support staff' },
        { messageId: 'fragment', line: 28, text: 'Phone cover by 24/7' },
      ],
    },
    {
      name: 'an intention among the steps of a procedure is still one',
      kind: 'markdown',
      text: procedure('Consider hardware keys later'),
      findings: [{ messageId: 'intention', line: 26, text: 'Consider hardware keys later' }],
    },
    {
      name: 'heading form: an intention',
      kind: 'markdown',
      text: heading('Look into options'),
      findings: [{ messageId: 'intention', line: 20, text: 'Look into options' }],
    },
    {
      name: 'heading form: a placeholder',
      kind: 'markdown',
      text: heading('TBD'),
      findings: [{ messageId: 'placeholder', line: 20, text: 'TBD' }],
    },
    {
      name: 'table form: only the vague row, on its Action cell',
      kind: 'markdown',
      text: table('Execute a BAA with TextRemind LLC', 'Discuss with vendor', 'Ensure appropriate safeguards are in place'),
      findings: [
        { messageId: 'intention', line: 21, text: 'Discuss with vendor' },
        { messageId: 'hedge', line: 22, text: 'Ensure appropriate safeguards are in place' },
      ],
    },
    {
      name: 'YAML single action with a hedge',
      kind: 'yaml',
      text: yamlRisk('    action: Patch as needed\n    owner: IT\n    due: 2026-07-31\n'),
      findings: [{ messageId: 'hedge', line: 16, text: 'Patch as needed' }],
    },
    {
      name: 'YAML actions list: each vague item',
      kind: 'yaml',
      text: yamlRisk(
        '    actions:\n      - action: Continue to monitor\n        owner: IT\n      - action: Add an immutable off-site copy in Backblaze B2\n        owner: IT\n      - action: Follow best practices\n        owner: IT\n',
      ),
      findings: [
        { messageId: 'hedge', line: 17, text: 'Continue to monitor' },
        { messageId: 'abstract', line: 21, text: 'Follow best practices' },
      ],
    },
    {
      name: 'a status or hand-off in place of the action, naming the party',
      kind: 'markdown',
      text: table('Escalated to Dr. Reyes', 'Execute a BAA with TextRemind LLC', 'TextRemind BAA - waiting on their legal team'),
      findings: [
        { messageId: 'status', line: 20, text: 'Escalated to Dr. Reyes' },
        { messageId: 'status', line: 22, text: 'TextRemind BAA - waiting on their legal team' },
      ],
    },
    {
      name: 'a list of controls is not an action',
      kind: 'yaml',
      text: yamlRisk('    action: AC-2, IA-5\n    owner: IT\n    due: 2026-07-31\n'),
      findings: [{ messageId: 'fragment', line: 16, text: 'AC-2, IA-5' }],
    },
    {
      name: 'an abstraction no list names, a status after a double dash, a possibility, a manner word',
      kind: 'markdown',
      text: table(
        'Cultivate a mindset of vigilance among the front-desk team',
        'Reconcile backup tape inventory -- assigned to Tier 2, pending',
        'Perhaps the scanners get new firmware next year',
        'The nurses will handle paper charts properly',
      ),
      findings: [
        { messageId: 'abstract', line: 20, text: 'Cultivate a mindset of vigilance among the front-desk team' },
        { messageId: 'status', line: 21, text: 'Reconcile backup tape inventory -- assigned to Tier 2, pending' },
        { messageId: 'intention', line: 22, text: 'Perhaps the scanners get new firmware next year' },
        { messageId: 'hedge', line: 23, text: 'The nurses will handle paper charts properly' },
      ],
    },
    {
      name: 'a status behind a ticket number, a message that has not come, a party that holds the work',
      kind: 'markdown',
      text: table('#5120 forwarded to Tier 3', 'No reply from the texting vendor yet', 'Reconfigure the TextRemind console to drop visit details', 'BAA - the practice manager is on it'),
      findings: [
        { messageId: 'status', line: 20, text: '#5120 forwarded to Tier 3' },
        { messageId: 'status', line: 21, text: 'No reply from the texting vendor yet' },
        { messageId: 'status', line: 23, text: 'BAA - the practice manager is on it' },
      ],
    },
    {
      name: 'a state reached and a party acted with name no deliverable',
      kind: 'markdown',
      text: table('The practice owner has been made aware of the texting gap', 'Loop in the texting vendor about the BAA'),
      findings: [
        { messageId: 'abstract', line: 20, text: 'The practice owner has been made aware of the texting gap' },
        { messageId: 'abstract', line: 21, text: 'Loop in the texting vendor about the BAA' },
      ],
    },
    {
      name: 'a comparative closing the clause, a name only in what is changed: no measure of how much',
      kind: 'yaml',
      text: yamlRisk('    actions:\n      - action: Get the Veeam backups locked down better\n        owner: IT\n      - action: Harden the Veeam server\n        owner: IT\n      - action: Harden the Veeam server by enabling immutable backups\n        owner: IT\n'),
      findings: [
        { messageId: 'abstract', line: 17, text: 'Get the Veeam backups locked down better' },
        { messageId: 'abstract', line: 19, text: 'Harden the Veeam server' },
      ],
    },
    {
      name: 'a stance taken in the perfect, beside a modal clause',
      kind: 'markdown',
      text: heading('The Committee has taken note of the texting finding and will revisit it in the spring'),
      findings: [{ messageId: 'intention', line: 20, text: 'The Committee has taken note of the texting finding and will revisit it in the spring' }],
    },
    {
      name: 'a state that remains, work put down for an act',
      kind: 'markdown',
      text: table('Texting gap remains open', 'Scheduled for review next quarter', 'Scheduled for replacement with TextRemind Secure on 5 May'),
      findings: [
        { messageId: 'status', line: 20, text: 'Texting gap remains open' },
        { messageId: 'status', line: 21, text: 'Scheduled for review next quarter' },
      ],
    },
    {
      name: 'what a party is only recommended, or made after a modal, to do: a vague request stays vague',
      kind: 'markdown',
      text: table('Recommend the client consider a new texting vendor', 'The practice will have the office manager look into the texting app', 'The practice will have the vendor turn off visit details in the TextRemind console'),
      findings: [
        { messageId: 'intention', line: 20, text: 'Recommend the client consider a new texting vendor' },
        { messageId: 'intention', line: 21, text: 'The practice will have the office manager look into the texting app' },
      ],
    },
    {
      name: 'an adverb is no verb, a that-clause verb decides nothing, a thing passed to a party for an act, a stance said',
      kind: 'markdown',
      text: table(
        'Particularly in light of the recent texting complaints',
        'We recommend that Billing and IT jointly determine an appropriate path forward',
        'Forwarded the texting findings to the practice owner for her review',
        'Members voiced support for stricter texting rules',
      ),
      findings: [
        { messageId: 'abstract', line: 20, text: 'Particularly in light of the recent texting complaints' },
        { messageId: 'intention', line: 21, text: 'We recommend that Billing and IT jointly determine an appropriate path forward' },
        { messageId: 'status', line: 22, text: 'Forwarded the texting findings to the practice owner for her review' },
        { messageId: 'intention', line: 23, text: 'Members voiced support for stricter texting rules' },
      ],
    },
    {
      name: 'a question opened by "if", a frequency with no number, a party that says only with whom, a means left to judgement',
      kind: 'markdown',
      text: table(
        'Check the reminder texts if they are working fine',
        'Spot-check the reminder templates every so often',
        'Shared these observations with the Practice Administrator',
        'Texting rules, communicated through appropriate channels, will be reinforced.',
      ),
      findings: [
        { messageId: 'abstract', line: 20, text: 'Check the reminder texts if they are working fine' },
        { messageId: 'hedge', line: 21, text: 'Spot-check the reminder templates every so often' },
        { messageId: 'abstract', line: 22, text: 'Shared these observations with the Practice Administrator' },
        { messageId: 'hedge', line: 23, text: 'Texting rules, communicated through appropriate channels, will be reinforced.' },
      ],
    },
    {
      name: 'a configured vague phrase',
      kind: 'markdown',
      text: heading('Lock the cabinet per vendor guidance'),
      settings: { vaguePhrases: ['per vendor guidance'] },
      findings: [{ messageId: 'configured', line: 20, text: 'Lock the cabinet per vendor guidance' }],
    },
    {
      name: 'a vague action on an accepted risk is still vague',
      kind: 'markdown',
      text: heading('Be more careful', '- **Treatment:** Accept\n'),
      findings: [{ messageId: 'intention', line: 21, text: 'Be more careful' }],
    },
    {
      name: 'a British spelling of a noun of practice, a label dash before a capital, a participle with only a pointer',
      kind: 'markdown',
      text: table('Follow good practise for the texting passwords', 'SC-8 - Risk accepted by the AO; see exception EX-12', 'Closed per Maria (see email 6/2)'),
      findings: [
        { messageId: 'abstract', line: 20, text: 'Follow good practise for the texting passwords' },
        { messageId: 'status', line: 21, text: 'SC-8 - Risk accepted by the AO; see exception EX-12' },
        { messageId: 'status', line: 22, text: 'Closed per Maria (see email 6/2)' },
      ],
    },
    {
      name: 'a thing and only the state it should be in, a look for anything at all, a general verb that only goes on',
      kind: 'markdown',
      text: table('Phone secure.', 'Check the TextRemind logs for something odd', 'Continue to review the texting vendor contract'),
      findings: [
        { messageId: 'fragment', line: 20, text: 'Phone secure.' },
        { messageId: 'abstract', line: 21, text: 'Check the TextRemind logs for something odd' },
        { messageId: 'hedge', line: 22, text: 'Continue to review the texting vendor contract' },
      ],
    },
    {
      name: 'a list of names of things between bullets or commas is no action, even when one name starts with a word that can be a verb',
      kind: 'markdown',
      text: table('• Message retention • Audit trails • Vendor agreements', 'Retention, audit trails, and vendor agreements - to be sorted by the vendor'),
      findings: [
        { messageId: 'fragment', line: 20, text: '• Message retention • Audit trails • Vendor agreements' },
        { messageId: 'abstract', line: 21, text: 'Retention, audit trails, and vendor agreements - to be sorted by the vendor' },
      ],
    },
    {
      name: 'the verbs of a relative clause stay in it; a subject that denies any act',
      kind: 'markdown',
      text: table('The practice will work toward tightening texting controls on every phone that sends, stores or receives PHI, mindful of clinic workload.', 'No change to the texting setup is planned for now.'),
      findings: [
        { messageId: 'intention', line: 20, text: 'The practice will work toward tightening texting controls on every phone that sends, stores or receives PHI, mindful of clinic workload.' },
        { messageId: 'status', line: 21, text: 'No change to the texting setup is planned for now.' },
      ],
    },
    {
      name: 'a noun in "-ification" of a general verb is an act, as vague as its verb',
      kind: 'markdown',
      text: table('Further clarification of who answers texting incidents is needed.'),
      findings: [{ messageId: 'abstract', line: 20, text: 'Further clarification of who answers texting incidents is needed.' }],
    },
    {
      name: 'what a clause includes, after a comma, gives examples of its object and is no action of its own',
      kind: 'markdown',
      text: table('Assess options to consolidate messaging vendors, including TextRemind, from a privacy angle.'),
      findings: [{ messageId: 'abstract', line: 20, text: 'Assess options to consolidate messaging vendors, including TextRemind, from a privacy angle.' }],
    },
    {
      name: 'an empty verb whose means, after a place, names no thing',
      kind: 'markdown',
      text: table('Embed privacy into the texting workflow via a culture of care'),
      findings: [{ messageId: 'abstract', line: 20, text: 'Embed privacy into the texting workflow via a culture of care' }],
    },
    {
      name: 'a concrete verb of making still needs a thing to make or join',
      kind: 'markdown',
      text: table('Generate awareness among staff', 'Integrate privacy into the culture'),
      findings: [
        { messageId: 'abstract', line: 20, text: 'Generate awareness among staff' },
        { messageId: 'abstract', line: 21, text: 'Integrate privacy into the culture' },
      ],
    },
    {
      name: 'a phrasal verb written as one word, alone, says no more than its two words',
      kind: 'markdown',
      text: table('Rollout', 'Signoff', 'Login'),
      findings: [
        { messageId: 'fragment', line: 20, text: 'Rollout' },
        { messageId: 'noObject', line: 21, text: 'Signoff' },
        { messageId: 'abstract', line: 22, text: 'Login' },
      ],
    },
    {
      name: 'inline code in an intention is still only considered',
      kind: 'markdown',
      text: table('Consider `PermitRootLogin no`', 'Look into `fail2ban` for the texting gateway'),
      findings: [
        { messageId: 'intention', line: 20, text: 'Consider `PermitRootLogin no`' },
        { messageId: 'intention', line: 21, text: 'Look into `fail2ban` for the texting gateway' },
      ],
    },
    {
      name: 'a concrete verb and an intention after "and" are two clauses; a shared object still has to name a thing',
      kind: 'markdown',
      text: table('Document and consider the texting options', 'Install and maintain security'),
      findings: [
        { messageId: 'intention', line: 20, text: 'Document and consider the texting options' },
        { messageId: 'abstract', line: 21, text: 'Install and maintain security' },
      ],
    },
    {
      name: 'a status participle alone, or opening a noun phrase with no predicate, says where the work stands',
      kind: 'markdown',
      text: table('Inherited', 'Inherited controls', 'Deferred patching of the texting gateway'),
      findings: [
        { messageId: 'status', line: 20, text: 'Inherited' },
        { messageId: 'status', line: 21, text: 'Inherited controls' },
        { messageId: 'status', line: 22, text: 'Deferred patching of the texting gateway' },
      ],
    },
    {
      name: 'a list of controls, IDs the plan does not define, or a pointer of a risk to itself is no action',
      kind: 'markdown',
      text: table('Execute a BAA with TextRemind LLC', 'AC-2, AC-3', 'See R-009', 'See R-004', 'R-001, R-077'),
      findings: [
        { messageId: 'fragment', line: 21, text: 'AC-2, AC-3' },
        { messageId: 'status', line: 22, text: 'See R-009' },
        { messageId: 'status', line: 23, text: 'See R-004' },
        { messageId: 'fragment', line: 24, text: 'R-001, R-077' },
      ],
    },
    {
      // Set 66's quick-start checklist: `See Appendix A.2 in full guide` closes a list of concrete fixes; alone, it is the whole plan.
      name: 'a pointer to more detail is reported when it is the risk\'s only action, and not beside actions that name the work',
      kind: 'markdown',
      text: mdPlan(
        '### R-001: Anyone can call the API without logging in\n**Fix:**\n- Require a signed JWT on every /api endpoint\n- Add a login page for the portal\n- See Appendix A.2 in full guide\n\n' +
          '### R-002: No record of who opens patient charts\n**Fix:**\n- See Week 3 in full guide\n',
      ),
      findings: [{ messageId: 'status', line: 24, text: 'See Week 3 in full guide' }],
    },
  ],
});

describe('rule vague-action messages and suggestions', () => {
  it('says why and what to write instead, with an example for the risk topic', () => {
    const { findings } = lintWithRule('vague-action', { name: 'message', kind: 'markdown', text: table('Discuss with vendor') });
    assert.equal(
      findings[0].message,
      '"Discuss with vendor" states an intention ("Discuss"), not a deliverable. Say what will be done to what, by when ' +
        '(e.g. "Execute a BAA with the vendor before it receives any more PHI and file the signed copy in the BAA register").',
    );
  });

  it('names the words that make an unseen abstraction or a status vague', () => {
    const { findings } = lintWithRule('vague-action', { name: 'message', kind: 'markdown', text: table('Perhaps the vendor swaps the router', 'Ticket 5521 -- assigned to Tier 2, pending') });
    assert.deepEqual(findings.map((f) => f.message.slice(0, f.message.indexOf(' Say '))), [
      '"Perhaps the vendor swaps the router" states an intention ("Perhaps"), not a deliverable.',
      '"Ticket 5521 -- assigned to Tier 2, pending" reports a status or passes the work on ("assigned to") instead of saying what will be done.',
    ]);
  });

  it('names the words that say who holds the work, with a suggestion for the risk topic', () => {
    const { findings } = lintWithRule('vague-action', { name: 'message', kind: 'markdown', text: table('BAA - the practice manager is on it') });
    assert.equal(
      findings[0].message,
      '"BAA - the practice manager is on it" reports a status or passes the work on ("is on it") instead of saying what will be done. ' +
        'Say what will be done to what, by when (e.g. "Execute a BAA with the vendor before it receives any more PHI and file the signed copy in the BAA register").',
    );
  });

  it('offers up to three suggestions that replace exactly the action value and are never applied automatically', () => {
    for (const [kind, text] of [
      ['markdown', heading('Look into options')],
      ['markdown', table('Discuss with vendor')],
      ['yaml', yamlRisk('    action: "TBD"\n    owner: IT\n')],
    ] as const) {
      const { findings } = lintWithRule('vague-action', { name: 'fixes', kind, text });
      assert.equal(findings.length, 1, text);
      const [finding] = findings;
      assert.ok(finding.fixes.length >= 1 && finding.fixes.length <= 3, `${finding.fixes.length} fixes`);
      for (const fix of finding.fixes) {
        assert.equal(fix.safe, false);
        assert.equal(fix.edits.length, 1);
        const edit = fix.edits[0];
        const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
        const after = lintWithRule('vague-action', { name: 'after', kind, text: fixed });
        assert.deepEqual(after.findings.map((f) => f.message), [], `${fix.title} in ${kind}`);
        // Only the action value changed: the text around it is as before.
        assert.equal(fixed.slice(0, edit.start), text.slice(0, edit.start));
        assert.equal(fixed.slice(edit.start + edit.newText.length), text.slice(edit.end));
      }
    }
  });
});
