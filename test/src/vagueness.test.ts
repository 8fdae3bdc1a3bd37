// The vague-action classifier, case by case: spec §5 "What makes an action vague",
// hedges next to measurable deliverables, and intentions that name a product but no deliverable.
import * as assert from 'node:assert/strict';
import { classifyAction, isPlaceholderAction, type VagueReason } from '../../server/out/rules/vague-action-utils/classify';
import { ACTION_TOPICS, suggestedActions } from '../../server/out/rules/vague-action-utils/suggestions';
import { isNotEnglish } from '../../server/out/rules/vague-action-utils/language';

/** Actions that name a deliverable, many of them with a hedge word or a generic verb. */
const SPECIFIC: readonly string[] = [
  'Enable MFA for all EHR portal accounts',
  'Execute a BAA with ClearBill Billing LLC',
  'Encrypt the four practice laptops with BitLocker',
  'Improve password policy to require 14 characters and MFA on all accounts',
  'Improve Wi-Fi security by moving to WPA3 and a separate guest network',
  'Raise the password minimum length to 12 characters',
  'Reduce the number of domain admin accounts from nine to two',
  'Tighten firewall rules to block inbound RDP from the internet',
  'Ensure all backups are test-restored monthly',
  'Ensure that the front-desk PCs lock after 5 minutes idle',
  'We will replace the front-desk router with a managed firewall',
  'Continue weekly off-site backup rotation',
  'Continue to encrypt all new laptops with BitLocker',
  'Keep the server room door locked and log every visitor',
  'Update the incident response plan with the new breach notification contacts',
  'Update the router firmware',
  'Review firewall rules every quarter and remove unused rules',
  'Review and update the sanctions policy',
  'Have the IT vendor configure automatic screen lock after 10 minutes',
  'Our IT vendor will enable disk encryption on every laptop',
  'Laptops to be encrypted with BitLocker',
  'All 40 tablets to be enrolled in Intune',
  'Purchase and install a UPS for the server closet',
  'Stop emailing lab results to personal addresses',
  'Re-key the server closet lock',
  'Set up a locked drop box for paper forms',
  'Turn off USB storage on all front-desk PCs via group policy',
  'Ask the billing vendor for a signed BAA',
  'Monitor the SIEM dashboard daily',
  'Quarterly access review for the PACS',
  'MFA on all EHR portal and email accounts',
  // A register's control column naming the controls that stand: no hedge ("appropriate safeguards in place" stays vague).
  'Vendor SOC 2 Type II + DPA in place',
  'BitLocker and Intune compliance policy in place',
  'Restrict USB ports where possible on the six reception PCs',
  'Encrypt laptops and enable MFA',
  'Identify every system that stores PHI and record it in the asset inventory',
  'Look into options, then sign the BAA with Acme Shredding',
  // Short but specific, numeric ranges, prefixed verbs, purposes and means.
  'Shred the 2019 charts',
  'Shred the 2012–2018 charts',
  'Install an alarm',
  'Unplug the shared printer',
  'Re-enable audit logging on the EHR',
  'Review the BAA register once a year',
  'Pending budget approval, replace the NAS with an encrypted Synology DS923+',
  'Implement a process to encrypt all laptops with BitLocker',
  'Make the records room secure with a keyed lock',
  'Secure the server closet with a keypad lock',
  'Protect the backups with immutable storage in Wasabi',
  'Train everyone on the new phishing report button',
  'Provide phishing training to the billing team',
  'Replace the old router with a Fortinet 40F',
  'Fix the issues found in the March vulnerability scan on the two web servers',
  'Upgrade to Windows 11 on all 8 front-desk PCs',
  'Monitor access logs weekly',
  'Remind staff each month at the staff meeting to lock their screens',
  'Purchase encryption software for all 12 laptops when funds are available',
  'Review and update the sanctions policy',
  // Appraisals bounded by a count, or followed by a decision; meetings that carry a deliverable.
  'Assess all 12 laptops for BitLocker and encrypt any that are not',
  'Evaluate two encrypted email services and sign a BAA with the one selected',
  'Present three firewall quotes at the June partners meeting',
];

/** Vague actions, with the reason the classifier must give and the words it must point at. */
const VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  ['TBD', 'placeholder', 'TBD'],
  ['N/A', 'placeholder', 'N/A'],
  ['...', 'placeholder', '...'],
  ['?', 'placeholder', '?'],
  ['-', 'placeholder', '-'],
  ['To be determined.', 'placeholder', 'To be determined.'],
  ['Improve security as needed', 'hedge', 'as needed'],
  ['Encrypt laptops where possible', 'hedge', 'where possible'],
  ['Patch servers as needed', 'hedge', 'as needed'],
  ['Provide training as appropriate', 'hedge', 'as appropriate'],
  ['Ensure appropriate safeguards are in place', 'hedge', 'Ensure'],
  ['Appropriate safeguards in place', 'hedge', 'in place'],
  ['Ensure PHI is protected at all times', 'hedge', 'Ensure'],
  ['Work with the vendor', 'hedge', 'Work with'],
  ['Need to fix this', 'hedge', 'Need to'],
  ['Staff to be reminded about security', 'hedge', 'Staff to be reminded'],
  ['Continue monitoring', 'hedge', 'Continue'],
  ['Look into it', 'intention', 'Look into'],
  ['Evaluate options for encryption', 'abstract', 'Evaluate options for encryption'],
  ['Explore options to encrypt the laptops', 'intention', 'Explore'],
  ['Discuss encryption and backup tools with Acme IT', 'intention', 'Discuss'],
  ['We should probably consider MFA at some point', 'intention', 'consider'],
  ['Be vigilant about phishing', 'intention', 'Be'],
  ['Reach out to IT', 'intention', 'Reach out to'],
  ['Look Into Options For Encryption', 'intention', 'Look Into'],
  ['Work towards compliance', 'intention', 'Work towards'],
  ['Strengthen access controls', 'abstract', 'Strengthen access controls'],
  ['Enhance our security posture', 'abstract', 'Enhance our security posture'],
  ['Improve backups', 'abstract', 'Improve backups'],
  ['Improve staff awareness of phishing by July', 'abstract', 'Improve staff awareness of phishing by July'],
  ['Implement appropriate controls', 'abstract', 'Implement appropriate controls'],
  ['Take steps to protect PHI', 'abstract', 'Take steps to protect PHI'],
  ['Monitor EHR access', 'abstract', 'Monitor EHR access'],
  ['Remind staff', 'abstract', 'Remind staff'],
  ['Continue current practices', 'abstract', 'Continue current practices'],
  ['Address the finding', 'abstract', 'Address the finding'],
  ['Replace', 'no-object', 'Replace'],
  ['Will address in Q3', 'hedge', 'Will'],
  ['Security awareness', 'fragment', 'Security awareness'],
  ['Encryption', 'fragment', 'Encryption'],
  // Phrasings the dev corpus never uses: follow-ups, status notes, deferrals, outcomes.
  ['Touch base with the vendor about remote access at some point', 'intention', 'Touch base'],
  ['Pending vendor reply', 'status', 'Pending'],
  ['Awaiting quote from Acme', 'status', 'Awaiting'],
  ['Add to the agenda for the next staff meeting', 'intention', 'Add to the agenda'],
  ['Bring up at the next meeting', 'intention', 'Bring up'],
  ['Revisit once the new POS system is live', 'no-object', 'Revisit once the new POS system is live'],
  ['Re-evaluate once the new EHR is live', 'no-object', 'Re-evaluate once the new EHR is live'],
  ['Make the front end more secure', 'abstract', 'Make the front end more secure'],
  ['Protect patient data', 'abstract', 'Protect patient data'],
  ['Remind everyone about the policy', 'abstract', 'Remind everyone about the policy'],
  ['Address gaps identified in the risk analysis', 'abstract', 'Address gaps identified in the risk analysis'],
  ['Lock things down', 'abstract', 'Lock things down'],
  ['Buy new equipment', 'abstract', 'Buy new equipment'],
  ['Provide training', 'abstract', 'Provide training'],
  ['Get IT involved', 'no-object', 'Get'],
  ['Create a plan to address this', 'no-object', 'address'],
  // People are who an action is for, not what it delivers; a frequency alone says how often, not what.
  ['Continue to educate staff on HIPAA', 'hedge', 'Continue to'],
  ['Periodically remind staff about phishing', 'hedge', 'Periodically'],
  ['Make staff aware of the risks', 'abstract', 'Make staff aware of the risks'],
  ['Follow vendor recommendations', 'abstract', 'Follow vendor recommendations'],
  ['Use common sense', 'abstract', 'Use common sense'],
  ['Review annually', 'abstract', 'Review annually'],
  ['Shop around for a cheaper backup solution', 'intention', 'Shop around'],
  ['See if the vendor will sign a BAA', 'intention', 'See if'],
  ['Find out whether backups are encrypted', 'intention', 'Find out'],
  ['Watch for suspicious activity', 'intention', 'Watch for'],
  ['Purchase encryption software when funds are available', 'hedge', 'when funds are available'],
  // An appraisal decides nothing, however concrete its object; a meeting is not a deliverable.
  ['Evaluate the data feed', 'abstract', 'Evaluate the data feed'],
  ['Assess the current backup vendor', 'abstract', 'Assess the current backup vendor'],
  ['Analyze the firewall logs', 'abstract', 'Analyze the firewall logs'],
  ['Schedule a meeting with IT', 'abstract', 'Schedule a meeting with IT'],
  ['Set up a meeting', 'abstract', 'Set up a meeting'],
];

/**
 * Issue 13: the judgement by structure. Written for these tests (not taken from the evaluation set):
 * statuses, pointers and hand-offs; control lists; management-speak verbs and abstract objects;
 * conditions and manner words without a measure; passives read as their active form.
 */
const STRUCTURE_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  ['Deliver measurable risk reduction across the portfolio', 'abstract', 'Deliver measurable risk reduction across the portfolio'],
  ['Further guidance will be sought from legal counsel', 'abstract', 'Further guidance will be sought'],
  ['Access to the records room shall be limited to authorized personnel', 'hedge', 'authorized personnel'],
  ['Backup procedures will be evaluated for adequacy', 'hedge', 'Backup procedures will be evaluated'],
  ['Escalated to the practice owner', 'status', 'Escalated'],
  ['Referred to the Security Council for consideration', 'status', 'for consideration'],
  ['Waiting on the copier vendor to call back', 'status', 'Waiting on'],
  ['Still waiting to hear back from Acme IT', 'status', 'Still waiting'],
  ['Step 4 - pending', 'status', 'pending'],
  ['Milestone 2: in progress', 'status', 'in progress'],
  ['See R-7 above', 'status', 'See'],
  ['Per ticket 50211', 'status', 'Per'],
  ['Copier hard drive - TBD with Ricoh', 'status', 'TBD'],
  ['Backups: N/A - hosted by vendor', 'status', 'N/A'],
  ['MFA, logging, SIEM', 'no-object', 'logging'],
  ['AC-2, IA-5', 'fragment', 'AC-2'],
  ['A.5.15, A.9.2, A.9.4', 'fragment', 'A.5.15'],
  ['Audit logs??', 'status', 'Audit logs'],
  ['Foster a culture of privacy awareness', 'abstract', 'Foster a culture of privacy awareness'],
  ['Leverage synergies to elevate our security posture', 'abstract', 'elevate our security posture'],
  ['Drive accountability for access reviews', 'abstract', 'Drive accountability for access reviews'],
  ['Empower managers to own vendor risk', 'abstract', 'Empower managers to own vendor risk'],
  ['Spearhead a transformation of identity management', 'abstract', 'Spearhead a transformation of identity management'],
  ['Strengthen adherence to AC-17', 'abstract', 'Strengthen adherence to AC-17'],
  ['Align policies and procedures with HIPAA', 'abstract', 'Align policies and procedures with HIPAA'],
  ['Encryption at rest will be strengthened consistent with 164.312(a)(2)(iv)', 'hedge', 'Encryption at rest will be strengthened'],
  ['Revisit the router settings when warranted', 'hedge', 'when warranted'],
  ['Keep the firewall rules reasonable moving forward', 'hedge', 'moving forward'],
  ['Review the firewall config as needed', 'hedge', 'as needed'],
  ['Tune the alert thresholds as bandwidth allows', 'hedge', 'as bandwidth allows'],
  ['Conduct periodic reviews of the audit logs', 'hedge', 'periodic'],
  ['The Committee acknowledges the risk and will continue to monitor it', 'intention', 'acknowledges'],
  ['Consideration will be given to a new badge system', 'abstract', 'given to a new badge system'],
  ['Device inventory to be updated', 'hedge', 'Device inventory to be updated'],
  ['Provide an update on laptop encryption at the next meeting', 'abstract', 'Provide an update on laptop encryption at the next meeting'],
  ['Kick off a conversation with the billing team about faxes', 'intention', 'Kick off'],
  ['Have a chat with the vendor about the BAA', 'abstract', 'Have a chat with the vendor about the BAA'],
  ['The IT vendor takes care of this', 'status', 'takes care of'],
  ['Patching handled by the MSP', 'status', 'handled by'],
  ['Enable logging', 'abstract', 'Enable logging'],
  ['Complete remediation', 'abstract', 'Complete remediation'],
];

const STRUCTURE_SPECIFIC: readonly string[] = [
  'Limit records room access to the 3 authorized staff on the key roster',
  'Duo on the VPN',
  'Old tablets: factory reset, then wipe them in Intune',
  'Ask the vendor to switch remote support to sessions that we approve',
  'The shared front-desk password will be changed to individual logins by March',
  'Privacy filters will be affixed to the four registration monitors',
  'The two Windows 7 PCs in the lab will be replaced with Windows 11 machines',
  'BAA signed with ShredRight, copy in the vendor binder',
  'Pending the new budget, replace the NAS with an encrypted Synology unit',
  'Leverage Intune to enforce BitLocker on all 30 laptops',
  'Drive down phishing clicks by running a KnowBe4 simulation every month',
  'Review the EHR access report every month',
  'Restrict USB ports where possible on the six reception PCs',
  'Encrypt email with Paubox going forward',
  'Encrypt laptops - done',
  'Replace the lobby router with a Meraki MX68 and continue to monitor',
  'Escalate critical EDR alerts to the on-call technician within 15 minutes',
  'Have the back-door lock rekeyed',
  'Make sure the cleaning crew signs a confidentiality agreement before they get a key',
  'Train all staff on the new phishing report button',
  'Isolate the old x-ray PC on its own VLAN with no route to the internet',
  'AC-17: uninstall AnyDesk from all 14 hosts and block its domains at the proxy',
  'It was agreed that the door to the records room will be fitted with a keypad lock',
  'Restore one patient chart folder from Veeam to the sandbox each month and record the result',
  'For the tablets we install Intune with a 6-digit PIN',
  'Move the printer out of the waiting room',
];

/**
 * Issue 13, second pass: words no list here names, judged by WordNet's categories (wordnet-table.ts)
 * and by structure; statuses after a dash, asides, possibilities and reported speech. Written for
 * these tests, in the voices of the evaluation set but not taken from it.
 */
const UNSEEN_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  ['Cultivate a mindset of vigilance among the front-desk team', 'abstract', 'Cultivate a mindset of vigilance among the front-desk team'],
  ['Reinforce readiness across the enterprise', 'abstract', 'Reinforce readiness across the enterprise'],
  ['Harness synergies between privacy and security functions', 'abstract', 'Harness synergies between privacy and security functions'],
  ['Ponder emerging threats to the patient portal', 'abstract', 'Ponder emerging threats to the patient portal'],
  ['Envision a future-state identity architecture', 'abstract', 'Envision a future-state identity architecture'],
  ['Build out a contingency capability that is scalable and agile', 'abstract', 'Build out a contingency capability that is scalable and agile'],
  ['Optimize the Fortinet policies as needed', 'hedge', 'as needed'],
  ['Foster cooperation between HR, Billing and Radiology', 'abstract', 'Foster cooperation between HR, Billing and Radiology'],
  ['Assess options (Sophos, Huntress, Arctic Wolf) and circulate a proposal', 'abstract', 'Assess options'],
  ['Reconcile backup tape inventory -- assigned to Tier 2, pending', 'status', 'assigned to'],
  ['Firewall audit -- see deck page 9', 'status', 'see'],
  ['Maybe we replace the old switch, it depends on money', 'status', 'depends on'],
  ['Perhaps the scanners get new firmware next year', 'intention', 'Perhaps'],
  ['We try to check the options for the offsite copies', 'hedge', 'try to'],
  ["He'll think about the badge readers", 'intention', 'think about'],
  ["Spoke to the owner about the alarm, she'll get back to us", 'intention', 'get back to'],
  ['Honestly we are not sure how to fix the fax yet', 'status', 'not sure'],
  ['The nurses will handle paper charts properly', 'hedge', 'properly'],
  ['Discussed with the landlord regarding the back door', 'intention', 'Discussed'],
  ["Covered under the health system's corporate security program", 'abstract', 'Covered'],
  ['Controls implemented by the hosting provider', 'abstract', 'implemented by the hosting provider'],
  ['Make the waiting room computer more private', 'abstract', 'Make the waiting room computer more private'],
  ['The Board recommends that leadership consider further investment.', 'intention', 'consider'],
  ['Members will review progress at the next monthly meeting', 'abstract', 'review progress at the next monthly meeting'],
  ['Establish clear ownership of privacy risk', 'abstract', 'Establish clear ownership of privacy risk'],
];

/** Citations, deferrals, reported speech and parties WordNet knows as people. */
const CITATIONS_AND_PURPOSES: readonly [text: string, reason: VagueReason, phrase: string][] = [
  ['Align with DHS CISA BOD 22-01 requirements', 'abstract', 'Align with DHS CISA BOD 22-01 requirements'],
  ['Adhere to NIST SP 800-53 AC-6', 'abstract', 'Adhere to NIST SP 800-53 AC-6'],
  ['AU-2 - Implement auditing IAW organizational policy', 'abstract', 'Implement auditing IAW organizational policy'],
  ['Someday get a better firewall', 'hedge', 'Someday'],
  ['Going to start locking the supply room more often', 'hedge', 'Going to'],
  ['Dr. Osei wants to think about it', 'intention', 'think about'],
  ['Vendor says it\'s encrypted', 'intention', 'says'],
  ['Asked the landlord about a better lock, waiting', 'intention', 'Asked the landlord'],
];

const UNSEEN_SPECIFIC: readonly string[] = [
  'Firewall rules to be updated to block RDP from the internet',
  'Call the pharmacy to confirm the fax number and save it as a speed dial',
  'Disable local recording for all accounts in the video platform admin console',
  'Revoke EHR access within one day of termination',
  "Honestly not sure it will stop everything but we'll set the reception PCs to lock after 3 minutes",
  'Scanner firmware to install on all 4 Fujitsu units and enable the auto-update',
  'All workstations that display ePHI, including the two triage carts, are to be fitted with privacy screens',
  'The four shared Cerner logins for the lab techs will be deactivated',
  'KnowBe4 annual phishing course assigned to all 18 staff, due 9/30',
  'Members approved the motion that every clinician phone be enrolled in Intune before August',
  'Radiology Informatics will enable TLS 1.2 on the PACS gateway',
  'Ask Apex IT to turn on BitLocker on the billing laptop',
  'Enable conditional access policies in Entra ID blocking legacy sign-ins',
  'Turn on audit logging in Dentrix admin settings',
  'Create the breach notification procedure and file it in the compliance binder',
  'Write an incident response plan for the clinic',
  'Get the Dentrix database backed up to Datto every night',
];

/**
 * Issue 13, third pass: a way of working is no thing made, a number after a name designates it, a standard
 * is no object, an open question is not done, "the next cycle" says when, a condition that names nothing is a
 * hedge, and talking to a person sends nothing. Written for these tests.
 */
const FRAMES_AND_QUESTIONS: readonly [text: string, reason: VagueReason, phrase: string][] = [
  ['Implement a layered security approach', 'abstract', 'Implement a layered security approach'],
  ['Deploy a defence-in-depth strategy for remote access', 'abstract', 'Deploy a defence-in-depth strategy for remote access'],
  ['Establish a privacy-first culture for the front office', 'abstract', 'Establish a privacy-first culture for the front office'],
  ['Operationalize the HITRUST CSF across all clinics', 'abstract', 'Operationalize the HITRUST CSF across all clinics'],
  ['Mature the detection function to a Level 4 target state', 'abstract', 'Mature the detection function to a Level 4 target state'],
  ['Ensure conformance with FIPS 140-3', 'hedge', 'Ensure'],
  ['Evaluate whether the old badge system needs replacing', 'intention', 'Evaluate whether the old badge system needs replacing'],
  ['A decision on whether to retire the fax server will be taken after budget approval', 'intention', 'whether to retire the fax server will be taken after budget approval'],
  ['IT will revisit staffing in the next budget cycle', 'abstract', 'revisit staffing in the next budget cycle'],
  ['Swap the lobby switch when it makes sense', 'hedge', 'when it makes sense'],
  ['Patch the Windows server if it becomes a problem', 'hedge', 'if it becomes a problem'],
  ['Email Karen about the door locks', 'intention', 'Email Karen'],
  ['Brief the Board on the audit results', 'intention', 'Brief the Board'],
  ['Call Comcast regarding the modem', 'intention', 'Call Comcast'],
  ['Forwarded to the Athena account rep for review', 'status', 'Forwarded to'],
  ['Left a voicemail with the landlord about the lock', 'abstract', 'Left a voicemail with the landlord about the lock'],
  ['MFA / EDR / SIEM', 'fragment', 'MFA'],
  ['Improve alignment with CIS Control 6', 'abstract', 'Improve alignment with CIS Control 6'],
  ['We speak with the accountant about the price of new laptops', 'intention', 'speak with the accountant'],
  ['They chat with the landlord about the back door', 'intention', 'chat with the landlord'],
  ['Appoint a working group', 'abstract', 'Appoint a working group'],
  ['INC-5521 waiting on Allscripts support to call back re: the interface', 'status', 'waiting on'],
  ["Address residual risk associated with AC-6 per the CISO's direction", 'abstract', "Address residual risk associated with AC-6 per the CISO's direction"],
  ['SC-8 | Transmission confidentiality | Planned completion: 12/31/2026', 'fragment', 'SC-8'],
  ['Owners and success criteria to be defined by the program leads next quarter', 'status', 'to be defined'],
  ['The EDR vendor will be selected by the IT committee', 'status', 'will be selected'],
  ['Lobby kiosk replacement under assessment', 'status', 'under assessment'],
  ['IT agreed to prioritise the renewal of old switches within available budget', 'abstract', 'prioritise the renewal of old switches within available budget'],
  ['Migrate toward a cloud-first security architecture', 'abstract', 'Migrate toward a cloud-first security architecture'],
  ['Dr. Ruiz said he would handle the transcription contract', 'intention', 'said'],
];

const FRAMES_AND_QUESTIONS_SPECIFIC: readonly string[] = [
  'Enforce a password length of 14 characters on every EHR account',
  'Apply the CIS Level 1 benchmark to all 30 Windows laptops via Intune',
  'Make all nurses complete the KnowBe4 phishing module by May',
  'Have the vendor enable TLS 1.2 on the lab interface',
  'Roll out Duo push MFA to the 25 remote users',
  'Deploy the Sophos XGS firewall in place of the old Netgear router',
  'Implement FIPS 140-2 validated encryption on the 6 laptops with BitLocker',
  'Email the signed BAA to Apex IT',
  'Call Comcast to schedule the fiber install on 5 May',
  'When a staff member leaves, disable their EHR account the same day',
  'Replace the server with a Dell T350 when the warranty ends in June',
  'Sign the BAA with Lakeside Billing before go-live',
  'Put the Level 2 badge readers on both pharmacy doors',
  'We swap the Netgear for a FortiGate 40F this month',
  'I wipe the old phones with the Samsung reset tool before recycling',
  'Appoint a Privacy Officer',
  'Hire a full-time security analyst',
  'Designate an ISSO for the scheduling system in writing',
  '#4410 Reimage laptop LT-0107 and record the serial in the asset register',
  'Contingency Plan for the Radiology PACS drafted and signed by the CIO by 1 May',
  'Mature backup readiness through a quarterly restore drill of the EHR server',
  'Formalize governance by standing up a Privacy Committee with a signed charter by 30 June',
  'The Privacy Officer shall present a signed vendor inventory covering every business associate at the March meeting',
  'Log retention to be set to 365 days in Splunk',
  'Keep the spare server under the desk locked with a cable lock',
  'Prioritise patching of the 5 internet-facing servers within 48 hours of release',
  'Move the lab PCs towards the new VLAN 40',
];

describe('classifyAction', () => {
  describe('specific actions name a deliverable, whatever hedge words they use', () => {
    for (const text of SPECIFIC) {
      it(text, () => assert.deepEqual(classifyAction(text), { vague: false }));
    }
  });

  describe('vague actions, with the reason and the words that make them vague', () => {
    for (const [text, reason, phrase] of VAGUE) {
      it(text, () => {
        const verdict = classifyAction(text);
        assert.ok(verdict.vague, 'expected vague');
        assert.deepEqual({ reason: verdict.reason, phrase: verdict.phrase, at: text.slice(verdict.span.start, verdict.span.end) }, { reason, phrase, at: phrase });
      });
    }
  });

  describe('by structure: what the verb does to what, whatever the words around it', () => {
    for (const text of STRUCTURE_SPECIFIC) {
      it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
    }
    for (const [text, reason, phrase] of STRUCTURE_VAGUE) {
      it(`vague: ${text}`, () => {
        const verdict = classifyAction(text);
        assert.ok(verdict.vague, 'expected vague');
        assert.deepEqual({ reason: verdict.reason, phrase: verdict.phrase, at: text.slice(verdict.span.start, verdict.span.end) }, { reason, phrase, at: phrase });
      });
    }
  });

  describe('unseen words and voices: WordNet says which nouns name no thing, structure says the rest', () => {
    for (const text of UNSEEN_SPECIFIC) {
      it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
    }
    for (const [text, reason, phrase] of [...UNSEEN_VAGUE, ...CITATIONS_AND_PURPOSES]) {
      it(`vague: ${text}`, () => {
        const verdict = classifyAction(text);
        assert.ok(verdict.vague, 'expected vague');
        assert.deepEqual({ reason: verdict.reason, phrase: verdict.phrase, at: text.slice(verdict.span.start, verdict.span.end) }, { reason, phrase, at: phrase });
      });
    }
  });

  it('spec §5 examples are judged as the spec says', () => {
    const vague = ['TBD', 'N/A', '...', 'We will address this', 'Look into options', 'Consider encryption', 'Improve security as needed',
      'Continue to monitor', 'Work towards compliance', 'Ensure appropriate safeguards are in place', 'Follow best practices'];
    const specific = ['Enable MFA for all EHR portal accounts', 'Execute a BAA with ClearBill Billing LLC', 'Encrypt the four practice laptops with BitLocker',
      'Improve password policy to require 14 characters and MFA on all accounts'];
    assert.deepEqual(vague.filter((t) => !classifyAction(t).vague), []);
    assert.deepEqual(specific.filter((t) => classifyAction(t).vague), []);
  });

  it('a configured phrase makes an action vague, matched as whole words in any case and spacing', () => {
    const verdict = classifyAction('Enable MFA on all accounts per  Vendor Guidance', ['vendor guidance']);
    assert.deepEqual(verdict, { vague: true, reason: 'configured', phrase: 'Vendor Guidance', span: { start: 32, end: 47 } });
    assert.deepEqual(classifyAction('Enable MFA on all accounts per vendor guidanceX', ['vendor guidance']), { vague: false });
  });

  it('a span points into the text as given, leading space included', () => {
    const text = '  Patch as needed';
    const verdict = classifyAction(text);
    assert.ok(verdict.vague);
    assert.equal(text.slice(verdict.span.start, verdict.span.end), 'as needed');
  });

  it('placeholders are recognised only as the whole value', () => {
    assert.deepEqual(['TBD', ' n/a ', '**TBD**', '—', '…', 'tbd.'].filter((t) => !isPlaceholderAction(t)), []);
    assert.deepEqual(['TBD with vendor', 'NA-1 firewall', 'Sign the BAA'].filter((t) => isPlaceholderAction(t)), []);
  });

  // Speed on these inputs is measured by scripts/regex-bench.mjs, not here: tests do not time.
  it('classifies 100,000-character inputs, the same way every time', () => {
    const inputs = [
      'Enable MFA for all EHR portal accounts and '.repeat(2400),
      'look into options, '.repeat(5300),
      'and '.repeat(25000),
      "'".repeat(99999) + 'x',
      'a' + '-'.repeat(99998) + '!',
      // Readings that nest (a verb after a modal, a passive, a purpose, coordinated verbs) stay bounded.
      'x will '.repeat(15000),
      'staff to be reminded '.repeat(5000),
      'take steps to '.repeat(8000),
      'review and '.repeat(10000),
      'wipe it, '.repeat(12000),
      // An unclosed backtick before a long text, code spans, joined phrasal verbs, verbs sharing an object.
      '`' + 'chmod a '.repeat(12500),
      '`x` '.repeat(25000),
      'setup and backup '.repeat(6000),
      'document and enforce '.repeat(5000),
    ].map((t) => t.slice(0, 100000));
    for (const text of inputs) {
      assert.deepEqual(classifyAction(text, ['foo bar']), classifyAction(text, ['foo bar']));
    }
  });
});

describe('classifyAction: ways of working, designations, standards and open questions', () => {
  for (const [text, reason, phrase] of FRAMES_AND_QUESTIONS) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of FRAMES_AND_QUESTIONS_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/**
 * Issue 13, fourth pass (tune-4): a label before a status, a message that has not come, a party that holds
 * the work, a verb written with the prefix "re". Written for these tests, not taken from the evaluation sets.
 */
const HOLDERS_AND_LABELS: readonly [text: string, reason: VagueReason, phrase: string][] = [
  ['#5120 forwarded to Tier 3', 'status', 'forwarded to'],
  ['INC-2291 assigned to the network team, no update', 'status', 'assigned to'],
  ['No reply from the landlord yet', 'status', 'No reply'],
  ['Badge reader upgrade: no feedback from Securitas', 'status', 'no feedback'],
  ['Shredding contract - the practice manager is on it', 'status', 'is on it'],
  ['Front desk camera: the vendor is aware', 'status', 'is aware'],
];

const REMAINING_AND_SCHEDULED: readonly [text: string, reason: VagueReason, phrase: string][] = [
  ['Finding 7 remains open; compensating controls in place', 'status', 'remains open'],
  ['Audit-log gap stays unresolved', 'status', 'stays unresolved'],
  ['Scheduled for review next quarter', 'status', 'Scheduled for review'],
  ['Submitted for approval', 'status', 'Submitted for approval'],
  ['Flagged for follow-up', 'status', 'Flagged for follow-up'],
];

const REMAINING_AND_SCHEDULED_SPECIFIC: readonly string[] = [
  'Scheduled for replacement with a FortiGate 40F on 5 May',
  'Patient laptops remain encrypted; add BitLocker to the 2 new ones',
  'Replace the 3 laptops that remained on Windows 10 with Windows 11 machines',
];

describe('classifyAction: states that remain and work put down for an act', () => {
  for (const [text, reason, phrase] of REMAINING_AND_SCHEDULED) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of REMAINING_AND_SCHEDULED_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

const HOLDERS_AND_LABELS_SPECIFIC: readonly string[] = [
  'Reconfigure the Meraki guest SSID so it has no route to the clinical VLAN',
  'Redeploy the Sophos agent to the 3 lab PCs that dropped off the console',
  'Replace the lobby switch, no reply needed from the landlord',
  'The IT vendor is responsible for patching the 2 file servers every month',
];

describe('classifyAction: labels, holders and messages that have not come', () => {
  for (const [text, reason, phrase] of HOLDERS_AND_LABELS) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of HOLDERS_AND_LABELS_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/**
 * Issue 13, fourth pass: a state reached is an outcome, not a deliverable ("made aware of", "into conformity
 * with"); a word before a preposition and a party is a verb that acts with that party. Written for these tests.
 */
const STATES_AND_PARTIES: readonly [text: string, reason: VagueReason, phrase: string][] = [
  ['The practice owner has been made aware of the camera gap', 'abstract', 'made aware of the camera gap'],
  ['Keep the front-desk team mindful of tailgating', 'abstract', 'Keep the front-desk team mindful of tailgating'],
  ['Bring the vendor contracts into alignment with the BAA template', 'abstract', 'Bring the vendor contracts into alignment with the BAA template'],
  ['Loop in the building manager about the loading-dock door', 'abstract', 'Loop in the building manager about the loading-dock door'],
  ['Sync with the MSP on the backup alerts', 'abstract', 'Sync with the MSP on the backup alerts'],
  ['Sign off on it', 'no-object', 'Sign off on'],
  ['Implement a zero-trust capability for all users', 'abstract', 'Implement a zero-trust capability for all users'],
  // Read around an aside, a status or an intention is still what the action says.
  ['Consider, with the vendor, replacing the lobby router', 'intention', 'Consider'],
  ['Badge readers (Securitas) - TBD', 'status', 'TBD'],
  // A comparative closing the clause changes a degree, whatever the verb; a name in what is changed is no measure of how much.
  ['Get the Athena and Kareo logins locked down better', 'abstract', 'locked down better'],
  ['Restrict access to the scanning PC further', 'abstract', 'Restrict access to the scanning PC further'],
  ['Harden the Dentrix server', 'abstract', 'Harden the Dentrix server'],
  // A verb made of an adjective and "-en" changes a degree, like "tighten".
  ['Deepen ties with the billing vendor on privacy', 'abstract', 'Deepen ties with the billing vendor on privacy'],
  ['Sharpen the phishing program', 'abstract', 'Sharpen the phishing program'],
  ['Straighten out the chart room mess', 'abstract', 'Straighten out the chart room mess'],
  // A thing sold by its qualities names nothing to find, like a way of working.
  ['Stand up a world-class detection platform', 'abstract', 'Stand up a world-class detection platform'],
  ['Deploy a seamless end-to-end access layer for clinicians', 'abstract', 'Deploy a seamless end-to-end access layer for clinicians'],
  ['Develop a holistic picture of third-party exposure', 'abstract', 'Develop a holistic picture of third-party exposure'],
  ['Launch a phased roadmap to passwordless sign-in', 'abstract', 'Launch a phased roadmap to passwordless sign-in'],
  // Looking at something again ends in a judgement, like assessing it.
  ['Revisit the scanner workflow after the Epic upgrade', 'abstract', 'Revisit the scanner workflow after the Epic upgrade'],
  ['Reconsider the courier contract', 'abstract', 'Reconsider the courier contract'],
  // Why is not what: a cause after the object names nothing acted on.
  ['Completion date moved from 04/30 to 07/31 due to staffing shortages', 'abstract', 'moved from 04/30 to 07/31 due to staffing shortages'],
  // After a quality, "with" or "to" names what the object is measured against, not a means.
  ['Deploy safeguards proportionate to the HITRUST r2 requirements', 'abstract', 'Deploy safeguards proportionate to the HITRUST r2 requirements'],
  // A perfect is active ("has taken"), "and" with a modal and a verb starts a clause, "take note" is to note.
  ['The Board has taken note of the audit finding and will revisit it in the spring', 'intention', 'taken note'],
  ['Take note of the pharmacy door finding', 'intention', 'Take note'],
  ['Track progress in the risk register', 'abstract', 'Track progress in the risk register'],
  // What a party is told to do is judged; a fiscal year is a date, not a system; "-ing" before a noun qualifies it.
  ['Recommend the client consider replacing the NAS', 'intention', 'consider'],
  ['The Board will have the Privacy Officer look into the courier contract', 'intention', 'look into'],
  ['Spoke to Verizon, they will call back', 'intention', 'Spoke to Verizon'],
  // A condition that names nothing but us and what we do is a hedge; a comparative before a time phrase is a degree.
  ['Lock the records cabinet when we remember', 'hedge', 'when we remember'],
  ['Buy a shredder once we pick one', 'hedge', 'once we pick one'],
  ['Lock up the laptops better at night', 'abstract', 'Lock up the laptops better at night'],
  // A one-letter finding number is a reference; "per" and a document or a body cites, it adds nothing done.
  ['Address POA&M weakness W-14 per CAP', 'abstract', 'Address POA&M weakness W-14 per CAP'],
  ['Told the front desk to be more careful with the fax', 'intention', 'be'],
  ['Call the vendor to discuss the BAA', 'intention', 'discuss'],
  ['Funding requested in the FY28 budget cycle', 'abstract', 'requested in the FY28 budget cycle'],
  ['Document remaining gaps', 'abstract', 'Document remaining gaps'],
  // "More" before what is acted on changes a degree, whatever the verb; a count before it counts.
  ['The nurses will pay more attention to the fax tray', 'abstract', 'pay more attention to the fax tray'],
  ['Buy more cameras for the parking lot', 'abstract', 'Buy more cameras for the parking lot'],
];

const STATES_AND_PARTIES_SPECIFIC: readonly string[] = [
  'Keep the server closet door locked',
  'Make the records room secure with a keyed lock on the inner door',
  'Move the paper charts into the locked records room',
  'Train the front-desk staff on the new check-in kiosk',
  'Duo push on all staff VPN accounts',
  'Make the nurses complete the KnowBe4 module by June',
  // A phrasal verb's object after "on"; a setting in a named system after a scope.
  'Sign off on the data-use agreement with the county lab',
  'Have the compliance lead review and sign off on the BAA with Lakeside Billing',
  'Turn off the guest sharing capability for all sites in SharePoint Online',
  // An aside between a verb and its object, or a subject and its verb, is read around.
  'The Board will appoint, by signed resolution, a Privacy Officer for the two clinics',
  'A managed firewall (vendor chosen: Fortinet) installed and configured at both sites by 1 March',
  'Harden the Dentrix server by disabling SMBv1 and RDP',
  'Expand Duo MFA to all 40 remote users',
  'Restrict access to the scanning PC to the 2 radiology techs',
  'Deploy a robust EDR agent on all 12 servers',
  'Broaden Duo MFA to all 40 remote users',
  'Fasten the NAS to the rack with a cable lock',
  'Stand up a world-class detection platform on Splunk Cloud',
  'Launch a phased roadmap to passwordless sign-in on Windows Hello for Business',
  'Revisit the 14 firewall rules every quarter and remove the unused ones',
  'Update the lab router firmware because of the March CVE',
  'Make the signed sanctions policy available to all staff on the intranet',
  'Shredding bin emptied every Friday',
  'Buy 2 more cameras for the parking lot',
  'It is recommended, and the Board agrees, that the shared scanner login be replaced with named accounts by June',
  'Have the cleaning company sign a confidentiality agreement this month',
  'IT will have the vendor replace the lobby router with a FortiGate 40F',
  'We will have the back-door lock rekeyed',
  'Told Apex IT to enable MFA on all 20 mailboxes',
  'Email the vendor to request a signed BAA by 1 June',
  'Inform all staff in writing of the new sanctions policy and collect signed acknowledgements',
  // What someone is asked to do makes the asking vague only when it commits to nothing; naming too little is not that.
  'Ask the courier to stop leaving chart boxes at the back door and confirm by email',
  'Change the door codes when we move to the new office on 1 July',
  'Enable MFA for more than 10 shared accounts in Okta',
  'Back up the EHR database twice per day to Datto',
  'Enable MFA on all VPN accounts per the HIPAA security policy',
  'Review the 3 new vendor contracts for BAA clauses',
  'Tell Apex IT to enable MFA on all 20 mailboxes',
  'Document the backup server settings in the SSP',
  'Track all loaner laptops in the asset register with their check-out dates',
  'Consider hardware keys later; for now enable Duo push for all 25 users',
  'The MSP has replaced the lobby switch with a Meraki MS120',
  'IT will retire the fax server and will move e-fax to the Updox portal',
  'Make a note of every laptop serial in the asset register',
];

describe('classifyAction: states reached and parties acted with', () => {
  for (const [text, reason, phrase] of STATES_AND_PARTIES) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STATES_AND_PARTIES_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/**
 * Issue 13, fourth pass: structure that a new writer's voice needed (writer 8 became tuning material). Written
 * for these tests, not taken from any evaluation set: adverbs and subordinators are no verbs; a that-clause's
 * verb in its base form; tags and ticket keys label an action; messages put on things; clauses joined by "and" and
 * a new subject; "it is <adjective> to"; questions opened by "if"; parties after the object say with whom; things
 * passed to a party for an act; stances said; qualifying participles; serial lists; things left to judgement.
 */
const WRITERS_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  ['Especially in light of the recent ransomware news', 'abstract', 'Especially in light of the recent ransomware news'],
  ['Though the final shape would depend on the outcome of later talks', 'hedge', 'later'],
  ['We recommend that Billing and IT jointly determine an appropriate path forward', 'intention', 'determine'],
  ['Ticket raised with Apex IT', 'status', 'raised with Apex IT'],
  ['Forwarded the pen test results to the practice owner for her review', 'status', 'Forwarded the pen test results to the practice owner for her review'],
  ['Sent the signed risk register to the Board for approval', 'status', 'Sent the signed risk register to the Board for approval'],
  ['Members expressed support for tighter badge rules', 'intention', 'expressed support'],
  ['Expressed support for tighter badge rules', 'intention', 'Expressed support'],
  ['Check the backups if they are working fine', 'abstract', 'Check the backups if they are working fine'],
  ['Double-check the door locks every so often', 'hedge', 'every so often'],
  ['Drive alignment with CIS benchmarks', 'abstract', 'Drive alignment with CIS benchmarks'],
  ['Shared these observations with the Practice Administrator', 'abstract', 'Shared these observations with the Practice Administrator'],
  ['Privacy reminders, delivered through appropriate channels, will be reinforced.', 'hedge', 'will'],
  ['Consider encrypting laptops', 'intention', 'Consider'],
  ['MFA, logging, and SIEM', 'no-object', 'logging'],
  ['Make training more engaging', 'abstract', 'training more engaging'],
  ['We recommend encryption', 'abstract', 'recommend encryption'],
  ['Guest Wi-Fi to be split from the office network at some stage', 'hedge', 'at some stage'],
  ['Keep the visitor logs for some years', 'hedge', 'some years'],
  ['Patch mgmt: as per IT SOP 4.2', 'status', 'as per IT SOP 4.2'],
  ['We recommend that the clinic foster cross-team collaboration on privacy', 'abstract', 'foster cross-team collaboration on privacy'],
  ['[P1] Tighten things up on the network', 'abstract', 'Tighten things up on the network'],
  ['MFA EDR DLP', 'fragment', 'MFA EDR DLP'],
  ['EDR, DLP, CASB by 6/30', 'fragment', 'EDR, DLP, CASB by 6/30'],
  ['Vendor risk program - 40% complete', 'status', '40% complete'],
  ['Firewall rules for the guest network -- see notes', 'status', 'see'],
  ['Pay attention to phishing emails', 'intention', 'Pay attention'],
  ['Shred the old billing printouts in a secure way', 'hedge', 'in a secure way'],
  ['Back up the Dentrix database on a suitable schedule', 'hedge', 'on a suitable schedule'],
  ['Check the server closet lock occasionally', 'hedge', 'occasionally'],
  ['Install a better lock on the records room door', 'abstract', 'Install a better lock on the records room door'],
  ['Give the door codes to the right people', 'hedge', 'to the right people'],
  ['Vendor program (see deck) for 2026', 'status', 'see'],
  ['Management should give serious thought to the badge system', 'intention', 'give serious thought'],
];

const WRITERS_SPECIFIC: readonly string[] = [
  '[Owner: R. Okafor] Enable screen lock (5 min) on all exam-room PCs via Intune - IN PROGRESS',
  'T#4471 Deploy the Feb cumulative update to all workstations via NinjaOne',
  'Push the March firmware update to all badge readers',
  'Lock the back door every night when we close',
  'All staffs must to change password each 90 days and the router will force this in its admin page.',
  'Is necessary to disable the guest Wi-Fi on the billing VLAN for all devices.',
  'It is our view that a phishing test, conducted at least twice annually against all staff with click rates reported to the Privacy Officer, would meaningfully reduce exposure.',
  'We recommend that the risk analysis be refreshed, ideally by an outside assessor, with the risk register, impact ratings, and remediation owners delivered to the Board by 31 October.',
  'A tabletop exercise, held each spring with the front-desk team and the MSP, would improve readiness.',
  'The practice should consider moving the 3 remaining fax lines to SRFax by September.',
  'Maybe replace the 2 old Netgear routers with Meraki MX68s next month',
  'Raise a ticket with Dell to replace the failed RAID drive in SRV-02',
  'We will make training for all the staffs about phishing in January with KnowBe4.',
  'Raise the lockout threshold from 10 to 5 in the domain GPO',
  'told everyone no more passwords on sticky notes, checking desks fridays',
  'Phishing module in KnowBe4 assigned all front-desk staff, due 5/15',
  '[P1] Replace the 3 unsupported Windows 10 PCs with Windows 11 machines by June',
  'We recommend that the clinic replace the 3 unsupported Windows 10 PCs by June',
  'Screen lock on all 9 exam-room PCs via Intune - in progress',
  'Privacy screens on the 4 registration monitors - 50% complete',
  'BitLocker on the 6 billing laptops (see INC-4411)',
  'Is need to degauss the old server drives and log the serial numbers',
  'sign baa w/ the shredding co - due 5/1',
  'Give the auditors read-only access to Epic',
  'Give priority to patching the EHR server',
  'Back up the Dentrix database on a nightly schedule to Backblaze B2',
  'Encrypt the billing laptops with an approved method (BitLocker)',
  'Replace the lobby router with a better one (Meraki MX68)',
  'Password manager (Bitwarden Teams) for all 9 front-desk staff',
  'The worst gap is the unencrypted field laptops; we recommend BitLocker with keys escrowed in Entra ID before year end.',
];

describe('classifyAction: structure in a new writer\'s voice', () => {
  for (const [text, reason, phrase] of WRITERS_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of WRITERS_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/**
 * Writer 14's round (tune-8): why the judgement erred, by structure. Written for these tests, not taken from the set.
 */
const STRUCTURE_14_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // An attempt promises the effort: what is attempted must be checkable by itself.
  ['Try to get the nurses to stop printing schedules', 'hedge', 'Try to'],
  ['We will attempt to have the front desk lock screens', 'hedge', 'attempt to'],
  // A ticket key glued to its padded number labels the action; what follows is judged alone.
  ['INC0045512 Look into a new badge system (HID vs Brivo)', 'intention', 'Look into'],
  // A base form after "be" is the verb; a quality after it is still a state.
  ['Be careful with the fax machine', 'intention', 'Be'],
  ['Staff to be train better', 'abstract', 'train better'],
  // A body titled in capitals is a party: raising a topic with it sends nothing.
  ['The practice manager agreed to raise the door codes with the Finance Steering Committee', 'abstract', 'raise the door codes with the Finance Steering Committee'],
  ['Brief the Clinical Quality Council on the audit results', 'intention', 'Brief the Clinical Quality Council'],
  // A lone verb after a topic and a dash or colon acts on the topic; a verb of conforming acts on nothing.
  ['CIS Controls v8: align', 'abstract', 'CIS Controls v8: align'],
  ['HITRUST r2 requirements - comply', 'abstract', 'HITRUST r2 requirements - comply'],
  ['Security awareness - improve', 'abstract', 'Security awareness - improve'],
  ['Remove access of the former staff', 'abstract', 'Remove access of the former staff'],
  // A condition after the verb says when it acts, not on what.
  ['Rebuild if the server crashes again', 'no-object', 'Rebuild if the server crashes again'],
  ['Reopen if the alarm trips again', 'fragment', 'Reopen if the alarm trips again'],
  ['Watching. Reopen if the alarm trips again', 'no-object', 'Watching'],
  // ... not a quality or a state of it.
  ['MFA on EHR security', 'fragment', 'MFA on EHR security'],
  ['MFA on HIPAA compliance', 'fragment', 'MFA on HIPAA compliance'],
  // Clauses joined by "and" share their form: an unknown word before a preposition that places nothing is a verb.
  ['Benchmark against peer clinics, and review the results', 'abstract', 'Benchmark against peer clinics'],
  ['Meet with HR and review PHI handling', 'abstract', 'Meet with HR'],
  ['Benchmark against peer institutions and identify opportunities for improvement', 'abstract', 'Benchmark against peer institutions'],
];

const STRUCTURE_14_SPECIFIC: readonly string[] = [
  'Try to move the 4 remaining fax lines to SRFax',
  'We will try to turn on Defender for Endpoint on the lab PCs',
  'CHG0031877 Replace the lobby switch with a Meraki MS120',
  'The two old file servers, to be destroy the drives',
  'We will be replace the lobby router',
  'Email the signed BAA to the Northwind Billing Team',
  'Roll out Microsoft Teams to the 20 clinicians',
  'Lobby kiosk PC - encrypt',
  'Guest Wi-Fi SSID: isolate',
  // "of" and a party owns the object, as a possessive does; the phrase after the party says where.
  'Disable access of the former receptionist to the billing system',
  'Move the voicemails of the physicians to the Mitel VoIP server',
  'Rebuild the SRV-02 RAID array if the second disk fails',
  'The 6 new laptops will be encrypted with BitLocker when they arrive',
  'MFA for all remote users once Duo is licensed',
  // A function of a system named by its acronym is where a control is put, like the system itself.
  'MFA on PACS remote access',
  '[ ] Duo push on VPN remote access – all staff',
  'Firewall for the lab and enable MFA',
  'Shredder for the front desk and review it',
  'Benchmark against the CIS Level 1 benchmark and record the score in the risk register',
  // An acronym after a verb after "and" is its object, as a name is: the verb opens a clause of its own.
  'Partner with the MSP and enable MFA on the VPN',
  'Talk to the shredding vendor and sign BAA',
];

describe('classifyAction: writer 14, by structure', () => {
  for (const [text, reason, phrase] of STRUCTURE_14_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STRUCTURE_14_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/**
 * Writer 16's set, by structure (round 11): what each miss and false alarm of that set showed, in other words.
 */
const STRUCTURE_16_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // A status participle after a topic stays a status; a hand-off stays one.
  ['Door badge audit - deferred', 'status', 'deferred'],
  ['Fax server - escalated', 'status', 'escalated'],
  ['Visitor badge log -- assigned to the practice manager', 'status', 'assigned to'],
  // A verb of conforming and its object: what follows its preposition is the rule conformed to, cited, whatever its
  // version numbers or how many standards are listed; only the object can name a thing.
  ['Align the compliance program with the HITRUST CSF 11.2 and ISO 27001', 'abstract', 'Align the compliance program with the HITRUST CSF 11.2 and ISO 27001'],
  ['Conform the privacy program to ISO 27701 to reach a mature state', 'abstract', 'Conform the privacy program to ISO 27701 to reach a mature state'],
  // What a party is to deliver ("<party> to <verb> ..."), beside a status that says the work waits, is a hand-off.
  ['Our MSP (NorthPeak) to deliver the revised patch schedule. Awaiting their reply.', 'status', 'Awaiting'],
  ['Shredding vendor to return a countersigned BAA; still waiting.', 'status', 'still waiting'],
  // A tech is a party, as a technician is.
  ['Tech to reflash the badge controller; waiting on the vendor firmware', 'status', 'waiting on'],
  // A noun phrase whose head is a general verb's act is that verb done to the words before it: "Printer health check" is
  // "check printer health", which names nothing to find, whatever status stands beside it; a ticket key only labels it.
  ['RITM-55012 Printer health check - ongoing', 'hedge', 'ongoing'],
  ['INC-30114 Audit log review - underway', 'status', 'underway'],
  // Done by a concrete verb, the act is still only that act: "conduct a badge access review" is "review badge access".
  ['Conduct a badge access review', 'abstract', 'Conduct a badge access review'],
  // An empty verb ("leverage") with "as": what the object serves as is all it says, and it names no product, system or count.
  ["Leverage the hosting provider's HITRUST report as evidence of safeguards", 'abstract', "Leverage the hosting provider's HITRUST report as evidence of safeguards"],
  // Capitalised words before a way of working title it, as they title a body: a phase label of it names nothing.
  ['Cloud First strategy - wave 2', 'fragment', 'Cloud First strategy'],
  ['Look into - with the MSP - a better firewall', 'intention', 'Look into'],
  ['SIT-40290 Secure Access roadmap - stage 2', 'abstract', 'Secure Access roadmap'],
];

const STRUCTURE_16_SPECIFIC: readonly string[] = [
  // A participle after a topic and a dash says what was done to it, as "BAA signed" does: the cells before it are its subject.
  '[x] Confidentiality agreement - Brightwater Cleaning - signed, scanned',
  'BAA - signed',
  '[x] Server room keypad - Front St clinic - installed',
  // An object that names things still counts beside the rule it is brought into line with.
  'Align the Meraki firewall rules with the CIS benchmark at all 3 clinics',
  'Align the backup window with the Epic maintenance window',
  // Two things brought into line are a reconciliation: only a standard, a framework or a control number is a rule cited.
  'Align Epic user accounts with the HR roster every quarter',
  // Participles joined by "and", or with a phrase after them, after a topic say what was done to it.
  'Shredding BAA with Cintas - executed and filed',
  'Screen lock policy - enforced through Intune',
  // Alone, or beside a status of progress, what a party is to deliver names the deliverable; so does the plan's own
  // action beside a wait.
  'Landlord to install a keypad lock on the records room door by May',
  // After a party and "to" the word is its verb, known to the rule or not.
  'Technician to swap the failed UPS battery in the server closet',
  'Vendor to replace the lobby kiosk PC - in progress',
  // A status that is no wait ("pending", "TBD") says where the party's work stands, not that the plan waits on it.
  'Staff to complete KnowBe4 training by 3/31; 12 of 18 pending',
  'Onsite date TBD, techs to inspect the server closet UPS',
  'Reinstall the scanner driver on the 4 intake PCs. Waiting on the vendor download link.',
  // The act's own object or a count makes it checkable; a noun that is a thing ("monitor", "drive") is no act.
  'Server closet camera check',
  'Automate the backup health check with a Veeam job alert',
  'Perform a firewall rule review',
  'INC-30114 Firewall rule review for the 3 clinic sites - underway',
  'Move the check-in monitor at the Elm St desk so the waiting room cannot see it',
  'Replaced the failed drive in NAS-02 and ran a test restore of the PACS archive volume',
  // A role with a system or a count of its own is checkable.
  'Leverage Intune as the MDM for all 40 clinic laptops',
  'Leverage the existing SIEM as the central log store in Sentinel',
  // A product, an acronym or a count beside the titled way of working still names what is done.
  'Implement the Zero Trust model with Okta for all 60 staff',
  'Roll out the Purview DLP strategy to the billing team',
  // Inside a sentence, or before a noun that also names a part of a product, the capitals may name the product.
  'Adopt the Purview Insider Risk strategy for the billing team',
  'Microsoft Purview strategy for the billing team',
  // An aside between dashes that opens with "and" or a preposition is read around, as one in parentheses is.
  'Socialize - and then formally adopt at the May privacy committee - the revised remote work policy, with signed attestations from all 64 staff.',
  'Enable the Purview Insider Risk capability for the billing team',
];

describe('classifyAction: writer 16, by structure', () => {
  for (const [text, reason, phrase] of STRUCTURE_16_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STRUCTURE_16_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/**
 * Writer 19's set, by structure: what was decided after "agreed that" or "resolved that" (a mandative clause, its verb
 * after a modal or "be"). Written for these tests, in the voices of the set, not taken from it.
 */
const STRUCTURE_19_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // What was decided is judged: a decision to talk or to consider is as vague as the talk.
  ['The Board agreed that the matter be discussed again at the June meeting.', 'intention', 'discussed'],
  ['The Committee resolved that the Practice Manager shall look into cyber insurance options.', 'intention', 'look into'],
  ['Members agreed that staff awareness be improved.', 'hedge', 'staff awareness be improved'],
  // A grant taken away with nothing said of whose, where or how much, or left to a condition, is no state to check.
  ['Remove unnecessary access.', 'abstract', 'Remove unnecessary access'],
  // Whose by kind alone ("of the locum doctors") does not say which accounts (writer 14's round judged so too).
  ['Disable the access of the locum doctors on their final shift.', 'abstract', 'Disable the access of the locum doctors on their final shift'],
  ['Revoke privileges for departing staff as appropriate.', 'hedge', 'as appropriate'],
  // A company or a firm is a party like a business: asking it about a topic, with nothing asked for, is a conversation.
  ['Email the cleaning company about the keys.', 'intention', 'Email the cleaning company'],
  ['Ask the answering service company about their privacy setup.', 'intention', 'Ask the answering service company'],
  // For whom or for what a degree is changed is what is changed, not how: names there are no measure.
  ['Enhance cyber resilience posture for the PACS and Epic environments.', 'abstract', 'Enhance cyber resilience posture for the PACS and Epic environments'],
  ['Optimize the vendor risk posture of the Dentrix and RCM partner landscape.', 'abstract', 'Optimize the vendor risk posture of the Dentrix and RCM partner landscape'],
  // A standard or a law, by its name or its title, is a body of rules to meet, whatever the verb.
  ['Embed the HIPAA Breach Notification Rule across the practice.', 'abstract', 'Embed the HIPAA Breach Notification Rule across the practice'],
  ['Adopt the NIST Privacy Framework.', 'abstract', 'Adopt the NIST Privacy Framework'],
  ['Implement the NIST CSF.', 'abstract', 'Implement the NIST CSF'],
  ['Operationalize the Texas Medical Records Privacy Act.', 'abstract', 'Operationalize the Texas Medical Records Privacy Act'],
  // A phrase in "-ing" before a comma and a clause with its own subject says after what; the clause says what is done.
  ['Following a walkthrough by Brightline Security, the Board agreed to explore options for the Lakeview clinic.', 'intention', 'explore'],
  ['Having reviewed the Apex IT report, members expressed support for better security.', 'intention', 'expressed support'],
  // A verb and a particle of carrying on, with only where the work comes from after them, carry the item itself on.
  ["Carry forward from the previous year's risk plan.", 'status', "Carry forward from the previous year's risk plan"],
  ["Carry over from last year's SRA.", 'status', "Carry over from last year's SRA"],
  // "Forward" is in time: where the carried item goes to is when it is due again.
  ['Roll forward into the FY28 plan.', 'status', 'Roll forward into the FY28 plan'],
  // ... and the verb is still judged: an intention on the topic is one.
  ['For the printer, to think about it.', 'intention', 'think about'],
  ['For security, to improve in all computers.', 'abstract', 'improve in all computers'],
  // Texting or pinging someone about a topic is talk, as emailing is.
  ['Text Dr. Osei about the loaner laptop.', 'intention', 'Text Dr. Osei'],
  ['Ping the MSP about the backups.', 'intention', 'Ping the MSP'],
  // What is required is judged: a state of people is no deliverable.
  ['The Committee voted to require that staff be more careful.', 'status', 'be more careful'],
  // What was decided is judged: a decision to talk is as vague as the talk.
  ['The Committee decided that the matter will be discussed further.', 'intention', 'discussed'],
  // Qualities of one noun between commas are one noun phrase: the way of working is judged whole.
  ['Adopt a proactive, risk-based approach to security.', 'abstract', 'Adopt a proactive, risk-based approach to security'],
  ['Deploy a seamless, scalable, best-in-class platform.', 'abstract', 'Deploy a seamless, scalable, best-in-class platform'],
  // A count and a participle with no topic to count name nothing; the quote runs over the text as written, not backwards.
  ['2 added', 'abstract', '2 added'],
  // A count before a status is still a status.
  ['Exam-room PCs: 3 pending', 'status', 'pending'],
  // A comparative with no negation before it still changes only a degree.
  ['Lock the EHR down more.', 'abstract', 'Lock the EHR down more'],
];

const STRUCTURE_19_SPECIFIC: readonly string[] = [
  // A past tense before "that" reports what was decided; the clause after it is the action.
  'The Board agreed that the 12 exam-room laptops be encrypted with BitLocker by 30 June.',
  'Agreed that the shared reception login be retired by 1 May.',
  'The Committee directed that the guest Wi-Fi be moved to its own VLAN.',
  // A word before a modal or "be" heads the subject, however many capitals the body's name has: the verb comes after.
  'The Committee resolved that the Facilities Management Department shall fit a keypad lock to the records room door.',
  'The Board resolved that the VPN certificate be renewed with a 2048-bit key before it expires in March.',
  // "That" after "to" and a verb opens what the verb requires: its object, not a clause with nothing acted on.
  'The Board voted to require that all 12 clinic laptops be encrypted with BitLocker.',
  // A topic put first, before a comma, is what an objectless verb after it acts on.
  'For the USB sticks, to block in all computers with the antivirus ESET.',
  // What is texted is a thing sent.
  'Text the new door code to the 4 night nurses.',
  // "Forbid" is a prohibition one can check, like "ban" and "prohibit".
  'To forbid the use of the personal email for send the results of patients.',
  // An adjective before a word makes it a noun of the subject, not the clause's verb: "the annual penetration test".
  'The Board confirmed that the annual penetration test will be performed by Coalfire in May.',
  // Access, a privilege or a permission taken away is a state of an account one can check, once it is said whose, in
  // which system, or that all of it goes, or when ("within 8 hours of the exit interview").
  'Revoke every logical and physical access within 8 hours of the exit interview.',
  'To remove the access of PACS for the students who is finishing, in the same day.',
  'PS-5: Revoke all access within 4h of a role change via the updated transfer form; MS: form approved 2027-03-01.',
  'Disable the Epic access of the locum doctors on their final shift.',
  // What a company is asked for, or made to do, is the deliverable.
  'Ask the answering service company for a signed BAA before renewal.',
  'Have the shredding company sign a BAA.',
  // A means after the beneficiary still says how.
  'Strengthen the sign-in experience for the EHR portal with Okta Verify.',
  'Reduce phishing exposure for the billing team through KnowBe4 simulations.',
  // "No more" stops an act: it changes no degree.
  'each nurse gets her own login for the PACS no more sharing the nurses2 account',
  // A count, or a thing of the standard's ("the 18 ... standards" in lower case, "the CIS Level 1 benchmark"), is checkable.
  'Map each of the 18 HIPAA Security Rule standards to an owner in the SSP.',
  'Apply the CIS Level 1 benchmark to all 40 workstations.',
  'Roll out the NIST CSF to all 3 clinics.',
  // A titled rule or standard with no standard's name in its title is the practice's own document.
  'Publish the Password Standard to the intranet.',
  'Adopt the Clean Desk Rule for the billing office.',
  // Before an order with no subject, the phrase in "-ing" is its means; after it, the clause still names the deliverable.
  'Using Intune, push BitLocker to all 40 laptops.',
  'Following the walkthrough by Brightline Security, the Board approved replacing the 3 Windows 7 PCs by June.',
  // What is carried, or brought forward, is named: a deliverable.
  'Forward the firewall logs to Blumira.',
  'Bring forward the annual DR test to March.',
  // "Over" to a place may be a move of the work itself onto a product.
  'Move over to Microsoft 365 for email.',
  // A decision reported in the past, with its content after "that", is judged by the content.
  'The Board decided that the guest Wi-Fi will be moved to VLAN 40 at both clinics.',
  // Whose a grant is ("for" a party, as "of" one) stands between it and where it is limited to; a contractor is a party.
  'Restrict remote access for the 2 billing subcontractors to the Citrix portal.',
  // ... and a thing qualified between commas is still the thing acted on.
  'Encrypt the old, unused laptops.',
  'Buy a new, cross-cut shredder for billing.',
  // A count before a participle after a topic counts the topic: "added 2 security cameras".
  'Security cameras: 2 added (front door, back lot)',
  'Privacy screens - 4 installed',
  // "More" after a negation says a state stopped, not that something changes in degree.
  'To delete the EHR accounts of the nurses that not work more here.',
  'Remove the badge of the techs who don’t work here any more.',
];

describe('classifyAction: writer 19, by structure', () => {
  for (const [text, reason, phrase] of STRUCTURE_19_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STRUCTURE_19_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

describe('action catalogue', () => {
  it('every suggested action is itself specific', () => {
    const vague = ACTION_TOPICS.flatMap((t) => t.actions).filter((a) => classifyAction(a).vague);
    assert.deepEqual(vague, []);
  });

  it('suggests up to three actions of the topic the risk is about', () => {
    const baa = ACTION_TOPICS.find((t) => t.id === 'baa')!;
    assert.deepEqual(suggestedActions('No BAA with the billing vendor\nDiscuss with vendor'), baa.actions);
    const fax = ACTION_TOPICS.find((t) => t.id === 'fax')!;
    assert.deepEqual(suggestedActions('Fax machine prints referrals in the hallway\nLook into options', 2), fax.actions.slice(0, 2));
  });

  it('suggests nothing for a topic it does not know', () => {
    assert.deepEqual(suggestedActions('Parking lot lighting\nLook into options'), []);
  });
});

/**
 * Actions not written in English: the lexicon is English, so they are not judged (neither vague nor specific: the rule
 * says nothing). Told by structure: few of the words are English, or diacritics in lower-case words or another script say
 * so. English with foreign names, accented or not, is still judged. Written for these tests.
 */
const OTHER_LANGUAGES: readonly string[] = [
  'Verschlüsselung der Praxisrechner bis Ende März einrichten',
  'Zugänge ehemaliger Mitarbeitender im Praxisverwaltungssystem sperren',
  'Mit dem Systemhaus besprechen',
  'Revoir les droits d\'accès des stagiaires chaque mois',
  'Voir avec le prestataire pour la sauvegarde',
  'Revisar los permisos del sistema de citas cada trimestre',
  'Hablar con el proveedor del contrato',
  'Rever as senhas do consultório com o fornecedor',
  'Wachtwoordbeleid aanpassen en medewerkers informeren',
  'Gjennomgå tilgangene i journalsystemet hvert kvartal',
  'Rà soát quyền truy cập phần mềm khám bệnh hàng tháng',
  'Überprüfen',
];

const ENGLISH_WITH_NAMES_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  ['Look into options with Ærø Datatjenester AS', 'intention', 'Look into'],
  ['Talk to Françoise about the shredder', 'intention', 'Talk to'],
  ['Check with Björn Ødegård as needed', 'intention', 'Check with'],
];

const ENGLISH_WITH_NAMES_SPECIFIC: readonly string[] = [
  'Have José Muñoz encrypt the 3 front-desk laptops with BitLocker',
  'Replace the router at Clínica São José with a Meraki MX68',
  'Enable MFA in Médecin Connect for all 6 doctors',
];

describe('classifyAction: actions in another language are not judged; English with foreign names is', () => {
  for (const text of OTHER_LANGUAGES) {
    it(`not judged: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
  for (const [text, reason, phrase] of ENGLISH_WITH_NAMES_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of ENGLISH_WITH_NAMES_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/** Writer 22's set, by structure. Written for these tests, in the voices of the set, not taken from it. */
const STRUCTURE_22_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // "With" or "to" and a party after a changed degree says with whom, as "for" says for whom: no measure of how.
  // A name before a department's acronym ("Apex IT", "Corporate HR") is that organisation's department: a party.
  ["The Board felt the practice's partnership with Apex IT should be deepened.", 'hedge', "The Board felt the practice's partnership with Apex IT should be deepened"],
  ['Strengthen coordination with the billing vendor.', 'abstract', 'Strengthen coordination with the billing vendor'],
  ['Improve communication with Corporate HR.', 'abstract', 'Improve communication with Corporate HR'],
  // Work given to a person by name is a hand-off, even where the capitals make the text read as Title Case.
  ['Assigned to Omar Haddad (IT Lead)', 'status', 'Assigned to'],
  ['Assigned to Lena Fischer - she will sort it out.', 'status', 'Assigned to'],
  // A question put to a party asks for an answer, no thing; a department after a name is a party to talk to.
  ['We ask Apex IT what they suggest and do that.', 'intention', 'ask Apex IT'],
  ['Email county HR about the badge list.', 'intention', 'Email county HR'],
  ["Ask the practice's IT company how they back up the server.", 'intention', "Ask the practice's IT company"],
  // A citation ends where a condition starts: the condition is the action's, and needs a measure beside it.
  ['CM-2: Establish configuration baselines consistent with DISA STIGs where feasible.', 'hedge', 'where feasible'],
  ['Configure audit logging in accordance with Policy FAC-310 as needed.', 'hedge', 'as needed'],
  // A day placed by an event measures when a deliverable is done, not by how much a degree changes.
  ['Consider improving onboarding on the first day.', 'intention', 'Consider'],
  ['Consider reviewing access on the same day.', 'intention', 'Consider'],
];

const STRUCTURE_22_SPECIFIC: readonly string[] = [
  // A means after the party still says how.
  'Improve coordination with Apex IT via a shared Slack channel.',
  'Strengthen the relationship with Corporate HR by adding a weekly termination feed from Workday.',
  // A product after "with" is a means, not a party.
  'Strengthen authentication with Duo.',
  // Moving something to a product is no hand-off, in Title Case too.
  'Moved To Google Workspace',
  // Putting a person in a role is a deliverable.
  'Assign Lena Fischer as Security Official by 1 March.',
  // What a department is asked for, or asked to do, is the deliverable.
  'Ask county IT for the firewall change log.',
  'Ask Apex IT to enable MFA on the VPN.',
  'Ask the vendor which TLS version the portal uses and record it in the vendor register.',
  // ... and a measure beside the condition still counts.
  'Harden all 40 workstations consistent with the CIS Level 1 benchmark where feasible.',
  'Encrypt the 6 billing laptops with BitLocker in accordance with policy SEC-4 where possible.',
  // "Consider" or "maybe" before a deliverable measured by a day placed by an event is a hedge word beside it.
  'Consider disabling the accounts of leavers on their last day, through a ticket from HR.',
  "Maybe lock the leavers' accounts on their final day.",
];

describe('classifyAction: writer 22, by structure', () => {
  for (const [text, reason, phrase] of STRUCTURE_22_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STRUCTURE_22_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/** Writer 23's set, by structure. Written for these tests, in the voices of the set, not taken from it. */
const STRUCTURE_23_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // Names in parentheses after "e.g." are examples of what the clause before weighs, however the items are cut by commas.
  ['Assess a possible backup tool (e.g. Veeam Backup 12, Datto SIRIS 5) to improve recovery.', 'abstract', 'Assess a possible backup tool'],
  // A quality of a named system is no thing for a general verb, however many nouns name the system ("EHR security" is one).
  ['Harmonize CAD interface security with HIPAA best practices.', 'abstract', 'Harmonize CAD interface security with HIPAA best practices'],
  ['Update CAD server resilience.', 'abstract', 'Update CAD server resilience'],
  // Whose share of shared work it was ("on our side", "at the vendor's end") says who, not on what: nothing is left acted on.
  ['Patched on their side.', 'abstract', 'Patched on their side'],
  ['Fixed at the vendor\'s end.', 'hedge', 'Fixed'],
  // A verb of dealing with a thing says it gets attention, not what is done to it: like "leverage", it needs a name or a count.
  ['Crews will tackle tablet login sharing after the spring rebid.', 'abstract', 'tackle tablet login sharing after the spring rebid'],
  ['Address station door badge retention.', 'abstract', 'Address station door badge retention'],
  // A party and "be" with nothing done still holds the work, "still" or "not" between them or not.
  ['Radio vendor is aware.', 'status', 'is aware'],
  ['The radio vendor is not on it.', 'status', 'is not on it'],
  // An irregular participle passes the work on as a regular one does, a particle between or not.
  ['Sent over to the radio vendor, closed.', 'status', 'Sent over to'],
  ['Given to County IT.', 'status', 'Given to'],
  // An object after the place is judged as any object: a thing left to judgement names none.
  ['Install in all computers the appropriate controls.', 'abstract', 'Install in all computers the appropriate controls'],
];

const STRUCTURE_23_SPECIFIC: readonly string[] = [
  // Examples in parentheses beside a concrete deliverable leave it one.
  'Replace the station routers (e.g. Meraki MX68, FortiGate 40F) by June.',
  // A document or a setting of the system, not a quality of it, is a thing.
  'Review the billing portal security settings every quarter.',
  'Update the CAD integration security plan with the new interface diagram.',
  // A thing's side is a place: what is enabled there is named.
  'Enable TLS 1.2 on the server side of the CAD interface.',
  'Patched on our side: all 6 MDTs on build 22H2.',
  // Dealing with a counted or named thing names it.
  'Address the 3 high findings from the March scan on the CAD servers.',
  'Address the finding by enabling MFA on the VPN for all 40 crew accounts.',
  // A party and "be" before "not" or "still" and a verb says what the party does, here whose access goes: no holder of the work.
  'Remove from the ePCR the accounts of staff who are not working here anymore (5 accounts) this month.',
  'Disable the VPN logins of contractors who are not working for us now.',
  // A participle after "to" and before a noun qualifies the place: "to locked office" is no task "to lock" an office.
  '[x] Spare ePCR tablets moved to locked office',
  'Old patient binders moved to secured office at station 3',
  // What is sent, or what the party does with it, is named.
  'Sent the signed BAA to the radio vendor.',
  'Sent to Iron Mountain for shredding',
  // A writer of another language may put the object after the place: what is installed is still named.
  'Install in every ambulance tablet the Intune agent.',
  'Put in all station PCs the new antivirus (9 PCs) this month.',
];

/**
 * Means said to be there for the work ("there is budget and time for the engineers to modify ..."): what they are there for,
 * after "to", is judged; none there plans nothing. Written for these tests (an OSCAL remediation's description has the shape).
 */
const THERE_IS_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // Examples after "e.g." or "such as" stay an aside: the clause must name the deliverable itself.
  ['Evaluate a potential MDM solution (such as Intune, Workspace ONE) to enhance governance.', 'abstract', 'Evaluate a potential MDM solution'],
  ['There is no budget to replace the lobby router this year.', 'abstract', 'There is no budget to replace the lobby router this year'],
  ['There is time to look into options.', 'intention', 'look into'],
  ['There are funds to improve security as needed.', 'hedge', 'as needed'],
];
const THERE_IS_SPECIFIC: readonly string[] = [
  // A list in parentheses that is not examples after "e.g." is judged item by item, as before: one item may name the work.
  'Add alerting rules for risky activity (mass chart downloads from the EHR, failed MFA prompts).',
  'There is budget for IT to replace the 4 exam-room PCs with Windows 11 machines by March.',
  'Additionally, there is enough unallocated time for the two system engineers to rotate the Azure Key Vault keys before the June audit. The planned completion date is June 23.',
];

describe('classifyAction: means there for the work', () => {
  for (const [text, reason, phrase] of THERE_IS_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of THERE_IS_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

describe('classifyAction: writer 23, by structure', () => {
  for (const [text, reason, phrase] of STRUCTURE_23_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STRUCTURE_23_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/**
 * Terse English, written with product names, jargon and abbreviations, is judged: a first word no list knows may be a product's
 * name, two English words written as one are English ("rollout", "rulebase"), a word with no vowel is an abbreviation, and
 * nouns of things made or written count even when WordNet's corpus never saw them ("firmware"). Short lines of another language
 * stay unjudged: their short words ("il", "les") and loan words do not make them English. Written for these tests.
 */
const TERSE_ENGLISH_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  ['Zscaler rollout tbd', 'status', 'tbd'],
  ['Imprivata rollout someday', 'hedge', 'someday'],
  ['Fortinet rulebase cleanup eventually', 'hedge', 'eventually'],
  ['Intune autopilot pending', 'status', 'pending'],
  ['Mimecast rollout maybe', 'hedge', 'maybe'],
];

const TERSE_ENGLISH: readonly string[] = [
  'Sophos rollout on toughbooks',
  'Zscaler rollout on rigs',
  'Meraki MX firmware bump',
  'Rotate svc acct creds',
  'Fortinet FW rulebase cleanup',
];

const SHORT_OTHER_LANGUAGES: readonly string[] = [
  'Aggiornare il firewall',
  'Nettoyer les postes',
  'Trocar as senhas',
  'Cambiare le password',
  'Installer un antivirus sur les postes',
  'Revisar permisos',
  'Sistemas actualizar',
];

describe('classifyAction: terse English with names, jargon and abbreviations is judged; short lines of another language are not', () => {
  for (const [text, reason, phrase] of TERSE_ENGLISH_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of TERSE_ENGLISH) it(`English: ${text}`, () => assert.equal(isNotEnglish(text), false));
  for (const text of SHORT_OTHER_LANGUAGES) it(`another language: ${text}`, () => assert.equal(isNotEnglish(text), true));
  for (const text of OTHER_LANGUAGES) it(`another language still: ${text}`, () => assert.equal(isNotEnglish(text), true));
});

/** Writer 25's shapes, by structure, in wording written for these tests. */
const STRUCTURE_25_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // "with" right after a verb of dealing opens its object, as "tackle" has it: no means, and a thing only dealt with.
  ['We will deal with the PACS vendor next month.', 'hedge', 'We will'],
  ['Deal with the broken side door.', 'abstract', 'Deal with the broken side door'],
  // A lone word after "and" that WordNet knows only as a verb is a verb: the word before the preposition is one too.
  ['Benchmark against sister clinics and iterate.', 'abstract', 'Benchmark against sister clinics'],
  ['Baseline against regional hospitals and reiterate.', 'abstract', 'Baseline against regional hospitals'],
  // A message raised or submitted after a thing only named stands in the action's place: the thing is a topic.
  ['[ ] Freezer alarm panel F2 - WO submitted', 'status', 'WO submitted'],
  ['Pharmacy door strike - ticket logged with facilities', 'status', 'logged with facilities'],
  // A verb before a colon heads what it acts on; a status or a hedge after the colon stays one.
  ['Reimage: TBD', 'status', 'TBD'],
  ['Shred: as needed', 'hedge', 'as needed'],
  ['Fix: the usual stuff', 'no-object', 'Fix'],
  // A count in parentheses after a control's name, an activity or a quality names no thing; a share done is a status.
  ['SSO (4 apps)', 'fragment', 'SSO'],
  ['Phishing training (2 sessions)', 'fragment', 'Phishing training'],
  ['Resilience posture (6 dimensions)', 'fragment', 'Resilience posture'],
  ['Firewall (60% complete)', 'status', '60% complete'],
  // Short phrases are not exempt: a noun with no count stays a fragment.
  ['Retry queue', 'fragment', 'Retry queue'],
  // Examples after ", including" that are bare names, or a thing with no product and no verb, leave an abstraction acted on;
  // after an intention or a condition they are still only considered or conditional.
  ['Mature the endpoint posture of the lab tablets, including Jamf and Kandji.', 'abstract', 'Mature the endpoint posture of the lab tablets'],
  ['Strengthen the culture, including 4 lunch-and-learn sessions.', 'abstract', 'Strengthen the culture'],
  ['Explore options, including pushing Defender to all 30 kiosks.', 'intention', 'Explore'],
  ['Improve resilience where feasible, including enabling Veeam immutability on both repositories.', 'hedge', 'where feasible'],
];

const STRUCTURE_25_SPECIFIC: readonly string[] = [
  // Dealing with a thing by a named act names the act.
  'Deal with the 3 shared nurse-station logins by issuing named accounts in Epic.',
  // A noun after "and" is one more item of the list the preposition governs: a checklist item stands.
  'Shredder against the wall by reception and recycling bin',
  'Replace the lab router with a Meraki MX68 and iterate on the firewall rules monthly',
  // A message closed or resolved says the work it asked for ended; a concrete order beside a ticket stands.
  'Pharmacy door strike replaced - ticket closed',
  'Replace the pharmacy door strike with an HID reader - WO submitted',
  // A verb before a colon, alone or joined by "+", "&" or "and", acts on what the colon lists: asset tags name the assets.
  '[ ] Reimage + tag: RSU-PC-031, -032',
  'Shred & certify: the 14 archived consent binders',
  'Encrypt: RSU-LT-031',
  // A thing named with a count of it in parentheses right after it names a deliverable with its measure.
  'Compact classifier (8 features, not 40)',
  'Cross-cut shredder (3 units)',
  // Examples that are a deliverable with a measure (and, for a thing only named, a product) say what the work on an
  // abstraction consists of, as "with ..." does: an auditor can check them.
  'Uplift the hardening of the pharmacy kiosks, including but not limited to Jamf profiles enforcing FileVault and a 10-minute idle lock.',
  'Strengthen resilience, including enabling Veeam immutability on all 3 backup repositories.',
];

describe('classifyAction: writer 25, by structure', () => {
  for (const [text, reason, phrase] of STRUCTURE_25_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STRUCTURE_25_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

// Writer 27's round, by structure (cases in our own words): each pins one mechanism, with a specific case beside it that the
// mechanism must leave alone.
const STRUCTURE_27_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // A short phrase that opens a clause with a preposition, before a known verb, is read from the verb: nothing named there.
  ['In addition improve the awareness of staff.', 'abstract', 'In addition improve the awareness of staff'],
  // An item of the plan or the minutes, named only by its number and carried on, is deferred, whichever way it is written.
  ['Action 3 is carried forward.', 'status', 'Action 3 is carried'],
  ['Items 2 and 5 carried over to the June meeting.', 'status', 'Items 2 and 5 carried'],
  ['Carry forward item 9.', 'status', 'Carry forward item 9'],
  // A two-word preposition ("Further to", "Prior to") or a phrase in "-ing" before a comma says after what; the clause after it,
  // with a predicate of its own, is the action.
  ['Further to the board minutes of 3 March, phishing awareness will be strengthened.', 'hedge', 'phishing awareness will be strengthened'],
  ['Following the tabletop exercise, incident readiness will be matured.', 'hedge', 'incident readiness will be matured'],
  // A first word right before "toward(s)" is a verb heading somewhere: judged by what it reaches.
  ['Pivot towards a more resilient detection paradigm.', 'abstract', 'Pivot towards a more resilient detection paradigm'],
  ['Transition toward an intelligence-led monitoring model.', 'abstract', 'Transition toward an intelligence-led monitoring model'],
  // Whoever is to do the work, staffed unnamed and untitled, is a status like "owner TBD".
  ['Vendor risk review - owner to be assigned.', 'status', 'owner to be assigned'],
  ['An owner will be assigned.', 'status', 'An owner will be assigned'],
  ['Assign an owner to the badge audit.', 'status', 'Assign an owner'],
  ['SA-9 vendor review per agency template — POC to be designated.', 'status', 'POC to be designated'],
  // Dealing with a thing as part of another piece of work names that work, no means: only the object counts.
  ['Tackle the scanner risk as part of the upcoming copier refresh.', 'abstract', 'Tackle the scanner risk as part of the upcoming copier refresh'],
  ['Address the portal exposure in conjunction with the website redesign.', 'abstract', 'Address the portal exposure in conjunction with the website redesign'],
  // After a person's name and "to" the word is a verb, known or not; after any subject and "to", so is an intention's phrase.
  ['Marisol to pick this up.', 'abstract', 'pick this up'],
  ['Practice manager to liaise with the landlord.', 'hedge', 'liaise with'],
  // An item of the plan that remains with someone is a state, not work.
  ['Action remains with Dr. Okafor.', 'status', 'remains with Dr. Okafor'],
  // The noun of an item before a colon labels a field: a person after it is who, no object of a verb "action".
  ['Action: Dr. Reyes.', 'no-object', 'Action'],
  // So is work that sits, rests or lies with a party.
  ['Responsibility sits with the Clinical Lead.', 'status', 'sits with the Clinical Lead'],
  // A first word that "again" follows is a verb: here it acts on nothing.
  ['Look again after the clinic move.', 'abstract', 'Look again after the clinic move'],
  // A first word WordNet knows only as a verb, before a preposition, is a verb: judged by what it acts on.
  ['Embark on a journey toward privacy maturity.', 'abstract', 'Embark on a journey toward privacy maturity'],
  // After a modal, a word the lexicon does not know before "to" and a known verb aims at that verb: judged as an attempt.
  ['The clinic should look to leverage its Google Workspace licences to drive better outcomes.', 'hedge', 'look to'],
  // "Viable", like "feasible", leaves it open whether anything is done.
  ['Speed up the roll-out of endpoint detection where commercially viable.', 'hedge', 'where commercially viable'],
  // A verb with no object before "from ... to ..." changes the practice from one state to another: only a thing, a name or a
  // count where it goes says what is delivered.
  ['Move from a checkbox-driven to a threat-led posture.', 'abstract', 'Move from a checkbox-driven to a threat-led posture'],
  ['Transition from informal to managed patching governance.', 'abstract', 'Transition from informal to managed patching governance'],
  // A count in a phrase of place after an abstraction says over how much it is spread, not what is delivered.
  ['Foster a culture of privacy across all 7 clinics.', 'abstract', 'Foster a culture of privacy across all 7 clinics'],
  ['Improve awareness at all 4 sites.', 'abstract', 'Improve awareness at all 4 sites'],
];

const STRUCTURE_27_SPECIFIC: readonly string[] = [
  // A vague clause first does not outweigh a deliverable after "and in addition" or "At the same time".
  'Keep watching the logs, and in addition wipe the two retired laptops with Blancco.',
  'At the same time disable the guest Wi-Fi SSID at the Oak St clinic.',
  // Things carried over to a place are moved: no item of the plan is deferred.
  'Carry the 3 spare laptops over to the new clinic.',
  'Prior to the audit, all 6 laptops will be encrypted with BitLocker.',
  // A name or a title fills the role.
  'Assign Lena Ortiz as owner of the vendor risk review.',
  'Assign owner Lena Ortiz to the badge audit.',
  'A HIPAA Privacy Officer will be appointed by the Board in April.',
  // A count in the object still measures it, whatever work it is folded into.
  'Address the 3 shared logins as part of the EHR upgrade.',
  'Marisol to pick up the 4 loaner laptops from the MSP.',
  'Look again at the 3 exam-room PCs\' screen lock settings.',
  'Embark on the replacement of the 4 Windows 10 PCs with Windows 11 machines.',
  'We will look to encrypt the 4 front-desk laptops with BitLocker.',
  'Deploy CrowdStrike on all 40 laptops where viable.',
  'Move from paper sign-in sheets to a kiosk tablet at each front desk.',
  'Migration from Exchange to Microsoft 365.',
  'Switch from fax to secure email.',
  // A verb that does something to things, or a system in the object, keeps the place's count.
  'Lock screens at all 9 clinics.',
  'Review access in all 3 EHR instances.',
  // People placed at each place are found there.
  'Embed security champions in all 9 clinics.',
  'Action: replace the 3 badge readers at the rear door',
  // A thing that sits with another, in a relative clause, is where it is: the order is the verb's.
  'Relocate the server that sits with the copier to the locked closet.',
  // What follows the holder after a comma may say what the holder does.
  'Responsibility for the quarterly access review sits with the Practice Manager, who files the signed report in the compliance binder.',
  'Practice manager to make sure the 4 laptops are encrypted.',
  'Transition to Microsoft 365 by June.',
];

describe('classifyAction: writer 27, by structure', () => {
  for (const [text, reason, phrase] of STRUCTURE_27_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STRUCTURE_27_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/**
 * Writer 28's set, by structure (session 14, second round): what each miss and false alarm of that set showed, in other words.
 */
const STRUCTURE_28_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // An adverb of manner before the verb says how, not what: the verb after it is judged on its object.
  ['Holistically re-envision the MSO oversight model.', 'abstract', 're-envision the MSO oversight model'],
  ['Boldly reinvent the vendor oversight model with the partners.', 'abstract', 'reinvent the vendor oversight model with the partners'],
  // Clauses share their form only when the clause joined to the first opens with a verb: a checklist's topic stays a topic.
  ['Lobby PC; look into kiosk mode.', 'intention', 'look into'],
  ['Loading dock camera and look into a cloud recorder.', 'intention', 'look into'],
  // What is expected or anticipated to come is waited for, whatever it names.
  ['Updates about the badge system are expected.', 'status', 'are expected'],
  ['Further guidance regarding the clearinghouse contract is anticipated and will be circulated to members.', 'status', 'is anticipated'],
  // A comma before an auxiliary keeps a predicate with its subject when the words before it name a thing only.
  ['Firewall rules for the EHR, are to be reviewed as needed.', 'hedge', 'Firewall rules for the EHR, are to be reviewed'],
  // Working with others counted counts whom, not what is delivered.
  ['Coordinate with the four regional clinics.', 'hedge', 'Coordinate with'],
  // After "asked that" or "urged that" a person's or a party's phrase of working with others is their verb, and judged.
  ['The Board asked that Ms. Dube partner with the two clearinghouses on their onboarding.', 'hedge', 'partner with'],
  ['The Chair urged that the Privacy Officer coordinate with the three dental plans.', 'hedge', 'coordinate with'],
  // A first word that is no verb the rule knows and no thing, on a topic together with a party, is a session held: talk.
  ['Deep-dive on retention gaps with the hosting partner.', 'intention', 'Deep-dive on'],
  ['Huddle about the badge audit with the landlord.', 'intention', 'Huddle about'],
  ['Deep-dive into the backup failures with the MSP.', 'intention', 'Deep-dive into'],
];

const STRUCTURE_28_SPECIFIC: readonly string[] = [
  // An adverb of manner does not hide a deliverable, nor does one of frequency.
  'Securely wipe the 6 retired exam-room drives with Blancco.',
  // A first word the lexicon does not know is a verb when the clause joined to it opens with one: after "and" a verb, after a
  // semicolon a subject and a verb; then one deliverable stands beside a vague clause.
  'Snip PHI columns from the extract; we will think about the other fields later.',
  "Grab last week's visitor log at the front desk and give it to Dana for review.",
  // What it is expected to be done is the work.
  'The 12 badge readers are expected to be replaced by Kisi units before June.',
  // A predicate whose subject the writer left out, after a comma: the words before it may be a clause with its own verb.
  'Audit trail of the claims database keep for 7 years, is setting in Splunk retention.',
  // A count after the others, in what they are to do, is a measure; so is a deliverable asked for.
  'Ms. Dube work with Apex IT to re-key the 6 doors.',
  'The Chair asked that Ms. Dube replace the 3 badge readers by June.',
  // "On" may place a thing: a thing placed, with a party, stays a thing named.
  'Firewall on the guest VLAN with the MSP.',
  'Signage on the records room doors with the landlord.',
];

describe('classifyAction: writer 28, by structure', () => {
  for (const [text, reason, phrase] of STRUCTURE_28_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STRUCTURE_28_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/** Prohibitions (session 14; a real threat model's "Do not store sensitive or secret data on disk" was called vague). */
const PROHIBITIONS_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // The act forbidden is judged: forbidding a lapse or an intention names no deliverable.
  ['Do not forget to review access', 'abstract', 'forget to review access'],
  ["Don't worry about the backups", 'fragment', "Don't worry about the backups"],
];

const PROHIBITIONS_SPECIFIC: readonly string[] = [
  // What is not to be done, to what and where, is as checkable as what is done ("Staff must not store ..." already was).
  'Do not store patient data on USB drives',
  'Never store sensitive or secret data on disk',
  'Do not keep client records on personal phones',
  "Don't share the front-desk EHR login",
];

describe('classifyAction: prohibitions', () => {
  for (const [text, reason, phrase] of PROHIBITIONS_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of PROHIBITIONS_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/** Writer 29 (session 15): enumerations and possibilities before a fronted phrase of time. */
const STRUCTURE_29_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // A possibility still stands over the verb when a phrase of time is put between them.
  ['Maybe in the spring we replace the badge readers.', 'intention', 'Maybe'],
  ['Perhaps at the Q3 meeting we order the shredder.', 'intention', 'Perhaps'],
  // Counting or listing an abstraction yields no list one can check.
  ['Count the cost of security.', 'abstract', 'Count the cost of security'],
  ['List the options.', 'abstract', 'List the options'],
  // A group of people is still a party talked to; a collection of things alone is no thing to act on.
  ['Brief the data team on the backups.', 'intention', 'Brief the data team'],
  ['Protect data.', 'abstract', 'Protect data'],
  // A scope after a dash joins only a cell that names a product: a kind of work and its scope stay apart, and a status after
  // them still stands in the work's place.
  ['[ ] Security awareness - all staff', 'fragment', 'Security awareness'],
  ['[ ] Patching - all servers', 'no-object', 'Patching'],
  ['[ ] FileVault - all Macs - TBD', 'status', 'TBD'],
  // A section number with a lettered subsection cites a rule; it counts nothing, so talk about it stays talk.
  ['The board talked about HITRUST and the 405(d) HICP guidance; no action was taken.', 'status', 'no action'],
  ['Brief discussion of the 405(d) practices.', 'fragment', 'Brief discussion of the 405'],
];

const STRUCTURE_29_SPECIFIC: readonly string[] = [
  // A verb of enumeration on things delivers a count or a list of them.
  'Count the pagers.',
  'List the desktops.',
  'Tally the spare badges.',
  'Inventory the tablets.',
  // ... and a possibility with a measure of its own stays as before.
  'Perhaps in March we replace the 4 badge readers with Kisi units.',
  // "Data" is a collection of facts, no party: a verb of coding done to it on a named system is no talk to a party about it.
  'Encrypt patient data on the PACS server.',
  'Encrypt data on the Meditech archive server.',
  // A product named in a checklist cell, then its scope after a dash: the product for all of those things.
  '[ ] SentinelOne - all exam-room PCs',
  '[ ] FileVault - every MacBook',
  // ... and a count beside such a citation still measures the work.
  'Encrypt the 12 laptops under section 13(b) of the policy.',
];

describe('classifyAction: writer 29, by structure', () => {
  for (const [text, reason, phrase] of STRUCTURE_29_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STRUCTURE_29_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

/** Writer 31 (session 15, second round): what a joined predicate or a nominalised verb really says. */
const STRUCTURE_31_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // A verb known only as a verb opens its own clause after "and" with a bare object: each predicate is judged alone, so an
  // abstraction beside it is still all there is.
  ['Strengthen controls and obtain approval.', 'abstract', 'Strengthen controls'],
  ['Review the posture and submit findings.', 'abstract', 'Review the posture'],
  // A subject and a stated present after "and" are a clause of their own: what it states does not make a thought a deliverable.
  ['Think about the archive door and only the HIM clerks have access.', 'status', 'have access'],
  // Continuing an activity named by its verb's own form before "of" goes on as before, as "continue to check" does: the verb
  // names the activity, not a thing of that name.
  ['Continuing the check of the badge logs as usual.', 'hedge', 'Continuing'],
  ['Continue the watch of the loading dock door.', 'hedge', 'Continue'],
  // The activity of a verb of talk ("messaging", "announcing") closing its phrase is the talk, no thing delivered, though the
  // lexicon does not know the verb: as "logging" is, it is measured only by where or for what.
  ['Roll out privacy messaging across the departments.', 'abstract', 'Roll out privacy messaging across the departments'],
  ['Distribute privacy awareness messaging.', 'abstract', 'Distribute privacy awareness messaging'],
  // A time from now ("next wk", "this week") says when, as a date does: it is no word of what is done, so a ticket line whose
  // work is a session with someone, put off to then, is still too short to name a deliverable.
  ['INC-5521: badge audit - sizing w/ Marco next wk', 'fragment', 'INC-5521'],
  ['Backup review - planning with Ines this week', 'abstract', 'Backup review'],
  // ... an abstraction or an activity after it stays one.
  ['Phishing awareness for all clinic staff', 'abstract', 'Phishing awareness for all clinic staff'],
  // ... a general verb's act, a kind of work or a status after it still stand apart.
  ['[ ] User access review - all clinics', 'fragment', 'User access review'],
  ['[ ] Smishing test - all nursing staff - TBD', 'status', 'TBD'],
  // ... read so, a general verb or a state is judged as before.
  ['The plan will be review.', 'no-object', 'review'],
  ['The training must be complete.', 'no-object', 'complete'],
  // ... an intention after it is still one.
  ['Every year we think about encryption.', 'intention', 'think about'],
  // ... a decision, or an adverb written with a capital, is judged as before.
  ['BAA - Henley Labs agreed', 'status', 'agreed'],
  // ... read so, an abstraction or an intention stays one.
  ['The options we consider in May.', 'intention', 'consider'],
];

const STRUCTURE_31_SPECIFIC: readonly string[] = [
  // ... and a deliverable before "and" is no longer swallowed by the abstraction after it.
  'Draft a visitor log procedure and obtain committee approval by the May meeting.',
  'Replace the pharmacy badge reader and obtain board approval for the spend.',
  // A subject (narrowed by "only") and a present after "and" state who may use what was done; the work before "and" stands.
  'The archive room, we fit a keypad and only the HIM two clerks have access.',
  'Replace the lab PC and the lab staff have access.',
  // ... and with a cadence and a count it is measured, as "continue to check the 3 backup tapes every Friday" is.
  'Continue the check of the 3 backup tapes every Friday.',
  // What is kept is a record, not an activity going on.
  'Keep the log of visitors to the records room.',
  // ... a setting for a named scope stays one, and such a word before a noun only qualifies it.
  'Enable Teams messaging for the 6 rural clinics.',
  'Ask the answering service to stop recording calls that name patients.',
  // ... and a thing put on a thing stays so with the time after it, as without it ("MFA on VPN").
  'MFA on VPN next week',
  'Paper shredder for the HIM office this month',
  // A word in "-ing" of no verb English knows names the kind of a thing ("phishing test"), a thing word, not a participle.
  'Phishing simulation for all clinic staff',
  // A checklist cell that ends in a concrete act's noun after its kind, then a whole group after a dash: the act for each of them.
  '[ ] Smishing test - all nursing staff, Q2, results to the compliance committee',
  '[ ] Vulnerability scan - every server in the data closet',
  // A concrete verb's base form after "be" is its participle, as a writer new to English forms the passive.
  'The two pharmacy laptops will be encrypt with BitLocker before June.',
  'The records room door must be lock after 6 pm.',
  // A cadence put before the subject is how often the verb after it is done, as after the object.
  'Each month the IT make the review of the users of the lab system.',
  'Each week the practice manager reviews the users of the portal.',
  // A name before a participle of a concrete act that closes a cell is who did it to the topic before the dash.
  '[x] BAA - Henley Labs signed',
  'Shredding contract - Iron Vault signed',
  // A noun phrase put before a pronoun and a verb with no object of its own is that object.
  'The badge printer of the lab we replace in May.',
  'The paper charts cabinet we lock every night.',
];

describe('classifyAction: writer 31, by structure', () => {
  for (const [text, reason, phrase] of STRUCTURE_31_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STRUCTURE_31_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

// Round 20 (precision): specific actions written loosely, tersely or in committee prose that the judgement read as vague.
const STRUCTURE_20_VAGUE: readonly [text: string, reason: VagueReason, phrase: string][] = [
  // A concrete verb and its particle after "to", read as acting on what it says: what it delivers still decides.
  ['The Board directed IT to turn on better monitoring.', 'abstract', 'turn on better monitoring'],
  // A phrase put first, no comma after it: a wait or a condition still leaves the work undone, an intention stays one.
  ['Following the audit the practice will look into encryption options.', 'intention', 'look into'],
  ['Pending the vendor reply the practice will replace the router.', 'status', 'Pending'],
  // A gerund after "by" acts on the name after it only when it names a thing: a framework is no means.
  ['Strengthen governance by operationalizing NIST CSF.', 'abstract', 'Strengthen governance'],
  // "and that" joins another clause of what was decided: a deferral stays one, whatever joins it.
  ['It was resolved that the matter be deferred, and that staff continue to monitor.', 'status', 'deferred'],
  // "and to" joins another infinitive: each is judged, and an intention stays one.
  ['To look into cheaper firewalls and to decide in the fall.', 'intention', 'look into'],
  // What a subject gets is judged as what is put on it: a better training is a change of degree, not a thing.
  ['Staff get a better training.', 'status', 'get a better training'],
  // Past the party a grant is for, and what qualifies it, a general verb with nothing named still names nothing.
  ['Access for nurses working from home will be reviewed.', 'hedge', 'Access for nurses working from home will be reviewed'],
  // A department after "that" is the subject of the verb after it, which is judged: monitoring a situation names nothing.
  ['The Board asked that IT monitor the situation.', 'abstract', 'monitor the situation'],
  ['Resolved that IT look into options.', 'intention', 'look into'],
  // A decision reported with "to" is judged by the verb after it: an intention there stays one.
  ['We decided to look into encryption.', 'intention', 'decided'],
  // "get" with nothing done to a thing is still no deliverable.
  ['It is necessary to get better.', 'intention', 'get better'],
  // A phrase in "-ing" of no concrete act before a comma and a subject is still an adjunct: the clause after decides.
  ['Having reviewed the audit, the Committee will look into options.', 'intention', 'look into'],
  ['Reviewing the logs, we will see.', 'status', 'see'],
  // An arrow ends a topic as a colon does: what follows it is judged alone, and the topic names no deliverable beside it.
  ['Fax misdirection risk -> talk to Dana about the fax.', 'intention', 'talk to'],
  ['EHR access risk -> tighten up access.', 'abstract', 'tighten up access'],
  // A priority or tier code before a dash or a colon labels the action, as a tag in brackets does: it names no product.
  ['P2 - Ongoing - reviewed yearly.', 'hedge', 'Ongoing'],
  ['P1 - Something for the lobby kiosk, need to check.', 'hedge', 'need to'],
  ['P1 - Carry forward from the 2025 plan.', 'status', 'Carry forward from the 2025 plan'],
  // After a party, a verb before a participle and its noun is judged by that object: updated policies reviewed name nothing.
  ['The Board asked that IT review updated policies.', 'abstract', 'review updated policies'],
  // What a plan or a goal "is to" do is judged as the action: an outcome or an intention there stays one.
  ['The goal is to ensure compliance.', 'hedge', 'ensure'],
  ['The plan is to look into options.', 'intention', 'look into'],
  // A party "to" a phrasal verb: the verb is judged, and a condition still leaves it open.
  ['Office manager to back up everything as needed.', 'hedge', 'as needed'],
];

const STRUCTURE_20_SPECIFIC: readonly string[] = [
  // "IT" (a department, lower-cased "it") and "to", then a verb and its particle ("turn on", "switch on") and the object: the
  // particle is the verb's, not a preposition placing the subject.
  'The Committee directed IT to turn on automatic logoff after 10 minutes.',
  'The Committee asked IT to switch on audit logging for the billing NAS.',
  // A phrase of time, cause or source put first with no comma after it: the clause starts at its subject.
  'Following review of the walkthrough notes the Committee resolved that Facilities will fit a badge reader to the pharmacy door by May 1.',
  'Pursuant to the county data agreement the registry clerk will deactivate the three accounts of staff who left.',
  // After "by", a word in "-ing" the lexicon does not know, before a product name, is the means: a verb acting on it.
  'Synergize monitoring by piping Okta sign-in events into the Splunk SIEM.',
  // A second "that" clause of a resolution, after ", and", is read as the first is.
  'It was resolved that remote access for nurses working from home be limited to the Citrix portal, and that the old VPN be switched off.',
  // Infinitives joined by "and" are clauses of their own, not an object and its purpose ("Defender" is a product, not a party).
  'On the reception PCs, to put the antivirus Defender and to take away the admin of the clerks.',
  // After its subject, "get" before an article is the verb, not an auxiliary: the subject receives the thing, from a day on.
  'Specimen coolers get a padlock starting Friday.',
  'The loaner laptops get a cable lock starting next week.',
  // A participle or a place after the party a grant is for qualifies that party, as "who work from home" does: where the
  // grant is limited to comes after it.
  'Remote access for nurses working from home will be limited to the Citrix portal.',
  'Remote access for nurses at home will be limited to the Citrix portal.',
  // After "that", a department's acronym ("IT", lower-cased the pronoun "it") is a party, and the verb after it its verb.
  "Resolved that IT remove Omar's PACS access.",
  // "get" before an object and a participle, a place or a source is the verb of getting it done or obtained, not an auxiliary.
  'It was agreed to get the old file server wiped by Iron Mountain.',
  'Is necessary to get a signed BAA from the shredding company.',
  // A decision reported with "to" and a verb ("decided to", "agreed to") is judged by that verb, as one with "that" is.
  'We decided to encrypt the 6 billing laptops with BitLocker.',
  'We agreed to install a badge reader on the pharmacy door.',
  // A concrete act in "-ing" opening the action is the action, not an adjunct of the clause after the comma (why, or who).
  "Disabling Marco's Dentrix login, he left on 2/2.",
  // ... and the action after the arrow, with what follows its comma, is read as it would be alone.
  "Shared logins -> Remove Dana's access to Kareo, she left in July.",
  // After "that" and a party, a known verb is the verb before a participle that qualifies its object ("self-signed certs").
  'Resolved that IT replace self-signed certs on the lab portal with Sectigo certificates.',
  // A short subject, "is" and "to": the verb after "to" is the action.
  'The plan is to move the tape backups into the locked IT cabinet.',
  'Our next step is to sign the BAA with Keystone Shredding.',
  // After a party and "to", a word the lexicon does not know with its particle and an object is a phrasal verb ("back up").
  'Billing lead to back up the claims spreadsheet to the H: drive every Monday.',
];

describe('classifyAction: round 20, specific actions written loosely', () => {
  for (const [text, reason, phrase] of STRUCTURE_20_VAGUE) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
  for (const text of STRUCTURE_20_SPECIFIC) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
});

describe('classifyAction: round 35, a plural noun before its own verb is no stance', () => {
  // "notes" in "release notes call out …" is the subject, not the verb "note" (a stance): the clause's verb comes after it.
  for (const text of [
    'Monthly dependency scan; vendor advisories watched; release notes call out every CVE fixed.',
    'Release notes list every CVE fixed in the kiosk build.',
  ]) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
  for (const [text, phrase] of [['The assessor notes the gap in the badge logs', 'notes'], ['Management notes the findings and will follow up', 'notes']] as const) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], ['intention', phrase]);
    });
  }
});

describe('classifyAction: round 37, controls named with a coverage, a share or a role held', () => {
  // "24/7 support", "24x7 monitoring": coverage round the clock is a frequency; "(10% of the budget)": a share of a whole is
  // how much, as "10 percent" is; "Dedicated privacy officer", "counsel on retainer": a role filled, as "Appoint ..." says.
  for (const text of [
    '24/7 help desk cover during the cut-over weekend',
    '24x7 monitoring of the scheduling server',
    'Reserve fund set-aside (15% of the migration budget)',
    'Set aside 15% of the migration budget as a reserve',
    'Cut the no-show rate by 20%',
    'Dedicated records privacy officer',
    'Designated security analyst for the billing system',
    'Outside privacy counsel on retainer',
  ]) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
  // A share that ends the phrase is how far the work is; "24/7" after a party, or after "by", says when, no coverage of a thing;
  // a role with nothing said of which, a body, whoever holds the work, and a hedge stay vague.
  for (const [text, reason] of [
    ['In progress - 60%', 'status'],
    ['Go-live readiness (60%)', 'fragment'],
    ['Escalation: vendor NOC 24/7', 'fragment'],
    ['Phone cover by 24/7', 'fragment'],
    ['Dedicated officer', 'fragment'],
    ['Dedicated team for compliance', 'abstract'],
    ['Designated owner', 'status'],
    ['Dedicated privacy officer as needed', 'hedge'],
    ['Consider a dedicated privacy officer', 'intention'],
  ] as const) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.equal(verdict.reason, reason);
    });
  }
});

describe('classifyAction: a control named by the noun of its act, as a register titles it (nineteenth session)', () => {
  // "Key rotation", "MFA enforcement": the noun of a concrete verb names that act done to the words before it, as "Rotate
  // keys" does, when it is the whole item (an ID or label before it aside).
  for (const text of ['Key rotation', 'MFA enforcement', 'RBAC implementation', 'Network segmentation', 'TKT-88: Key rotation', 'Backup encryption']) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
  // A general verb's noun stays as vague as its verb; beside a clause of its own the noun is that clause's topic; after a
  // determiner it is a thing, not an act.
  for (const [text, reason] of [
    ['Security monitoring', 'fragment'],
    ['Process improvement', 'fragment'],
    ['Access review', 'fragment'],
    ['Network segmentation - scoping with the vendor next week', 'fragment'],
    ['Some training for the new hires', 'fragment'],
  ] as const) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.equal(verdict.reason, reason);
    });
  }
});

describe('classifyAction: round 39, a plural noun after a participle that qualifies it is no stance', () => {
  // "commits" in "signed commits" is the thing signed (git commits), not the verb "commit" (a stance).
  for (const text of [
    'Mandatory signed commits; hardware keys for all maintainers; branch protection on main.',
    'Require GPG-signed commits on every release branch',
  ]) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
  for (const [text, phrase] of [['The steering group commits to a review of the budget', 'commits']] as const) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], ['intention', phrase]);
    });
  }
});

describe('classifyAction: session 21, hedge words that name a thing or an end, and a register\'s dropped article', () => {
  // Real registers' actions an auditor judged concrete (sets 45 and 48): the hedge's words were part of a noun or an end condition.
  for (const text of [
    'Suspend PHI transmission until BAAs are in place',
    'Configure SAST as a required status check in GitHub branch protection for main',
    'Use hardware keys in future laptop builds',
    'Engage third-party security firm for penetration testing',
    'Procure hardware tokens for the billing admins',
  ]) {
    it(`specific: ${text}`, () => assert.deepEqual(classifyAction(text), { vague: false }));
  }
  // The same words as hedges still hedge; two words with no object stay a fragment.
  for (const [text, reason, phrase] of [
    ['Ensure safeguards are in place', 'hedge', 'Ensure'],
    ['Improve security in the future', 'hedge', 'in the future'],
    ['Patch servers as required', 'hedge', 'as required'],
    ['Retry queue', 'fragment', 'Retry queue'],
  ] as const) {
    it(`vague: ${text}`, () => {
      const verdict = classifyAction(text);
      assert.equal(verdict.vague, true);
      if (verdict.vague) assert.deepEqual([verdict.reason, text.slice(verdict.span.start, verdict.span.end)], [reason, phrase]);
    });
  }
});
