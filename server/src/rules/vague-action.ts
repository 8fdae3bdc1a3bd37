import type { Fix, RuleModule } from '../engine/rule';
import type { Action, PlanModel, Risk } from '../model/plan-model';
import { actionsOf, idKey, isAccepted, isClosed, riskIdsOf, valueSpan } from '../model/plan-queries';
import { classifyAction, pointedIds, type VagueReason, type Verdict } from './vague-action-utils/classify';
import { BoundedCache, ownCache } from '../caches';
import { DEFAULT_EXAMPLE, suggestedActions } from './vague-action-utils/suggestions';
import { fixPerValue, setFieldFix } from '../fixes/field-edits';
import { isPlaceholder } from '../model/placeholders';
import { excerpt } from './shared-utils/wording';
import { isModifier } from './vague-action-utils/wordnet';

/** Message id per reason: each says why in its own words, then what to write instead. */
const MESSAGE_FOR: Record<VagueReason, string> = {
  placeholder: 'placeholder',
  configured: 'configured',
  status: 'status',
  intention: 'intention',
  hedge: 'hedge',
  abstract: 'abstract',
  'no-object': 'noObject',
  fragment: 'fragment',
};

/**
 * Verdicts by phrases and text: an edit changes one action, so the others are not judged again.
 * A second cache beside the classifier's, by measurement: keeping one (758c86b) allocated less
 * per keystroke but raised the server's peak RSS past 100 MB in half the 1,000-risk sessions,
 * and was reverted (4a56d9c). Rerun the benchmark before merging the two.
 */
const verdicts = ownCache('action verdicts (rule)', new BoundedCache<Verdict>(1_000_000));

function verdictOf(text: string, phrases: readonly string[]): Verdict {
  const key = `${phrases.join('\u0000')}\u0001${text}`;
  let verdict = verdicts.get(key);
  if (!verdict) verdicts.set(key, (verdict = classifyAction(text, phrases)));
  return verdict;
}

/** Long actions are quoted by their start, so the message stays one readable line. */
function quote(text: string): string {
  return excerpt(text.replace(/\s+/g, ' ').trim(), 60);
}

function fixesFor(plan: PlanModel, action: Action, suggestions: readonly string[]): Fix[] {
  return fixPerValue(suggestions, (s) => setFieldFix(plan, action.action, { name: 'action', value: s }, { title: `Replace with "${s}"` }));
}

/** An item that states the decision to accept, retain or tolerate the risk. */
const ACCEPTANCE_DECISION = /^\W*(?:accept|retain|tolerate)(?:s|ed)?\b(?!\s+(?:criteria|testing|test)\b)/i;

const rule: RuleModule = {
  id: 'vague-action',
  defaultSeverity: 'warning',
  scope: 'risk',
  description: 'Every action names a deliverable: a concrete verb acting on a concrete object, not a placeholder, an intention or a hedge.',
  reference: '45 CFR § 164.308(a)(1)(ii)(B) (risk management: security measures sufficient to reduce risks)',
  rationale:
    'Investigators ask what was done about each risk. "Look into options" or "Improve security as needed" cannot be checked off or shown to have reduced the risk; an action that names what is done to what can.',
  examples: { bad: 'Action: Look into options', good: 'Action: Enable MFA for all EHR portal accounts in the vendor admin console' },
  definition: [
    'An action is judged by what its verb does to what. It is specific when one of its clauses names a deliverable an auditor could check: a concrete verb on a concrete thing ("Encrypt the four practice laptops with BitLocker"), or a general verb ("review", "update") on a named system or document, or with a count or a frequency ("Review the EHR access report every month"). A phrasal verb written as one word, where a verb stands, is read as its two words ("Setup MFA on the VPN", "Backup the EHR database nightly", "Rollout", "Signoff"); in a noun\'s place ("a login banner", "the backup server", "Rollout plan drafted") it is a noun, and where it could be either, a reading that names a deliverable is enough. Verbs that share the object after the last of them act on it together: "Document and maintain the asset inventory" documents it. Qualities of one noun between commas ("a holistic, risk-based approach", "the old, unused laptops") are one noun phrase. Access, a privilege or a permission taken away ("revoke", "remove", "disable") leaves a state of an account one can check once it is said in which system, whose by name, that all of it goes, or by when ("Revoke all access within 24h of termination", "remove the access of EHR for the staff who leave"); "Remove unnecessary access" and "remove access of the former staff" (whose by kind alone) say none of these. Inline code ("`chmod 600 /etc/app.conf`", "`PermitRootLogin no`") names the command, key or value to check, and an action of code alone is a command to run, as is a fix written as a fenced code block. Coverage round the clock before what it covers ("24/7 support during go-live", "24x7 monitoring of the EHR") is a frequency, as "daily" is ("by 24/7" is a date, and "NOC 24/7" after a party covers nothing); a share of a whole ("Contingency budget allocation (10% of total budget)", "cut the no-show rate by 20%") measures as "10 percent" does, while one that ends the phrase ("In progress - 60%") says how far the work is. A role one person fills, said to be held ("Dedicated HIPAA compliance officer", "Designated privacy officer", "Legal/compliance advisor on retainer"), is the role filled, as "Appoint a Privacy Officer" says; a body ("a dedicated team"), a role with no name ("Dedicated officer") or whoever holds the work ("a designated owner") is none. A short step of a procedure ("Click Assign MFA"), among three or more open steps most of which are specific, is judged with its steps; items that open with a qualifier or a number ("Parallel system operation during transition", "24/7 support during go-live") name controls, no steps, and make no procedure of the list.',
    'A verb the rule does not know is judged by its object. An object that is an abstraction ("posture", "alignment", "culture", "awareness", "processes", "compliance", "security"), a person or body ("staff", "the Committee"), or a message ("an update", "a conversation") names no deliverable. Which nouns are abstractions is read from WordNet: a noun whose every sense is a quality, a state, a thought or a feeling ("posture", "readiness", "mindset", "synergies") is one, and a word used mostly as an adjective ("clear", "strategic") is no thing for a concrete verb to act on. Words like "leverage" or "drive" say nothing by themselves, nor do verbs of dealing with a thing ("address", "tackle", "handle", "deal with": "with" right after the verb opens its object, no means; it gets attention, and nothing said is done to it; with no product, system or count in it, "address station door badge retention" does nothing): what follows "to" or "by" is the action; what follows "as" is only what the object serves as, and names a deliverable only with a product, a system or a count ("leverage the vendor\'s SOC 2 report as a proxy for assurance" does nothing); work folded into other work ("as part of the upcoming EHR upgrade", "in conjunction with the office move") names that other work, no means, and only the object counts. A count of places an abstraction is spread over ("foster a culture of security at all nine clinics", "improve awareness across the 4 sites") says where, not what is delivered. A way of working ("a layered security approach", "a DLP strategy", "a target operating model") or a standard or law, by its name or its title ("the NIST CSF", "ISO 27001", "the HIPAA Security Rule", "the Privacy Act"; a titled rule with no standard\'s name, "the Password Standard", is the practice\'s own document), is no thing made, whatever the verb ("implement", "operationalize"), unless a product, a system or a count is named in it; a number after a name labels it ("FIPS 140-2", "Level 3") and counts nothing. Capitalised words that open a clause before a way of working that ends it, a heading\'s, title it ("Zero Trust journey - phase 1", "Cloud First strategy") and name no product; inside a sentence, or with more after the noun, they may name one ("adopt the Purview Insider Risk strategy", "Microsoft Purview strategy for the billing team"). What a verb of conforming brings its object into line with, when it names a standard, a framework or a control number ("align the security program with the NIST CSF 2.0 and HITRUST CSF", "conform ... to ISO 27701"), is the rule conformed to, cited: only the object can name a thing (two things brought into line, "align user access with HR records quarterly", are a reconciliation). A noun phrase headed by a general verb\'s act ("Backup health check", "EHR access review") is that verb done to the words before it ("check backup health") and is judged so, whatever verb does the act ("conduct a badge access review"); the noun of a concrete verb, as a register titles a control ("Key rotation", "MFA enforcement", "RBAC implementation"), names that act done to the words before it when it is the whole item (an ID or label before it aside), and is specific when the verb put first would be ("rotate keys"); beside a clause of its own ("Network segmentation - scoping next week") or after a determiner ("Some training for ...") it is not. A thing sold by its qualities ("a best-in-class identity fabric", "a holistic view of exposure") is judged the same way. Looking at something again ("revisit", "reconsider", "look again") is an appraisal, like "assess": it needs a measured scope. A first word right before "toward(s)" heads somewhere, as a verb does ("Pivot toward a more proactive monitoring paradigm"), and is judged by what it reaches. A verb with no object before "from ... to ..." changes a state ("Move from a compliance-led to a risk-led posture"): only a thing, a name or a count where it goes names a deliverable ("Move from paper charts to the EHR"). An acronym of the field ("BAA", "EHR", "MFA") names a kind of thing in lower case too ("sign baa w/ the shredding co"). A word in "-ly" is never the verb ("Particularly in light of recent vulnerabilities" acts on nothing); one that opens the action before a verb says how, and the verb after it is judged ("Holistically re-imagine the oversight model" acts on a model of working; "quarterly", "daily" are a frequency), nor is a subordinator ("though ... would depend on further discussions"). A message ("an update", "a ticket") is sent to people; one put to or across things ("deploy the cumulative update to all workstations") is software, unless a light verb gives it ("Consideration will be given to ..."); a light verb giving regard ("pay attention to phishing emails", "give serious thought to ...") is an intention unless what follows "to" is a deliverable ("give priority to patching the EHR server"). Clauses joined by "and" share their form: a word the rule does not know, before a preposition that places nothing ("against", "with"), beside a verb after "and" is a verb too ("Benchmark against peer institutions and identify opportunities" acts on nothing; a lone word closing the action that WordNet knows only as a verb is one, "and iterate", as is a first word before a preposition, "Embark on a journey toward continuous compliance"); before one that places a thing ("Shredder for the front desk") it names an item. So a first word the rule does not know, before a bare object, is a verb when the clause joined to it opens with one: after "and" a verb ("Pull last month\'s sign-in log and give it to the manager"), after a semicolon a subject and its verb ("Mask SSN columns; we\'ll keep looking at the others"); then one deliverable stands beside the vague clause. A clause after a semicolon with no subject may be a checklist\'s next cell: "Lobby PC; look into kiosk mode" names a topic. "Make" or "do" before an activity ("make training for all staff with KnowBe4") does that activity. What is recommended or proposed is a thing, not a person talked to ("we recommend BitLocker with keys escrowed in Entra ID"). A thing left to judgement ("through appropriate channels", "suitable locks") with no name, system or count names none.',
    'A placeholder (`TBD`, `N/A`, `...`), an intention ("look into", "consider", "work towards", "maybe we ...", "discussed with"), a hand-off or a deferral ("escalated to leadership", "waiting on the vendor", "referred to the board") and a status or pointer in place of the action ("pending", "in progress", "assigned to Tier 2", "see R-3", "per ticket 4411") are vague, even when they name a person, vendor or product; so are a party that holds the work ("legal is on it", "the vendor is aware"), an item carried on to another plan ("Carry forward from last year\'s plan", "roll forward to the FY27 plan") or an item of the plan or the minutes, named only by its number, carried on ("item 6 is carried forward", "Carry forward action 4"), a state that remains ("Finding 7 remains open", "Action remains with Dr. Lee", "Responsibility sits with IT"), work put down for an act ("Scheduled for review", "Submitted for approval") and a date that slipped ("SCD slipped to 06/30 due to resource constraints"). So is a session held on a topic with a party, named by a word that is no verb the rule knows and no thing ("Deep-dive on logging gaps with the SOC partner", "Huddle about the badge audit with the landlord"; "on" may place a thing, "Firewall on the guest VLAN with the MSP", so after it the topic must be an abstraction). So is talking to someone with nothing sent ("Email Karen about the door", "brief the Board on the results", "ask the billing company about their security", "text Dr. Kim about the laptop", or a question put to them: "ask county IT what they recommend"), a stance said ("Members expressed support for ..."; not a plural noun after a participle that qualifies it: "GPG signed commits" are the things signed), a thing passed to a party for an act ("Forwarded the findings to the practice owner for her review"; "Sent over to the radio vendor": an irregular participle, a particle between or not), a message raised with a party or submitted ("Ticket raised with Apex IT", "Badge reader - WO submitted": it stands in the action\'s place, unless closed or resolved), a share done ("40% complete"), what is expected or anticipated to come ("Further updates regarding the migration are anticipated", "the vendor\'s report is expected"; not what it is expected to be done: "the laptops are expected to be encrypted by June"), and an open question ("assess whether upgrades are warranted", "check the backups if they are working"). Capitalised words before a body\'s noun ("the Medical Executive Committee", "the Finance Steering Team") title a party, not a product. What a party is to deliver, written as a tracker writes it ("Vendor (CloudChart) to provide remediation plan", "tech to review firewall config": after a party or a person\'s name and "to" the word is its verb, known or not, as is a phrase of intention: "Karen to pick this up", "Chair to liaise with Finance"; so is one after a person or a party: "that Mr. Okafor liaise with the health plans"), beside a status that says the work waits ("Awaiting response", "still waiting", "no reply yet") is a hand-off; alone, or beside another status ("in progress", "12 of 18 pending", "date TBD"), it names the deliverable. "Of" and a party after the object owns it, as a possessive does ("remove access of the 9 students from the EHR system" acts in the EHR system). For a general verb, a party after the object says with whom, not what ("shared these observations with the Practice Administrator"). A lone verb after a short topic and a colon or dash acts on the topic, as a tracker\'s columns are read ("Lobby kiosk PC - encrypt"), and a verb before a colon, alone or joined by "+", "&" or "and", acts on what the colon lists ("Wipe + certify: LT-09, LT-11"; "Wipe: TBD" stays a status), and a participle of a verb that does something, alone, joined by "and" or with a phrase after it, says what was done to it ("BAA - VoiceScribe transcription - signed, filed" reads as "BAA signed"; "deferred", "escalated", "assigned to ..." and "completed" stay a status); a verb of conforming ("FedRAMP Moderate baseline — align") conforms to a rule and acts on nothing. A tag in brackets or a ticket key before the action labels it ("[Owner: K. Lee] Enable ...", "T#5512 Deploy ...", "RITM0049122 Replace ...": letters glued to a number of five digits or more number a record, a model\'s designation is shorter): the action after it is judged alone, a capital after it starting the sentence ("SIT-40290 Backup health check"), and so does a short priority or tier code before a dash or a colon ("P1 - ", "T2: "); an arrow ends a topic as a colon does ("Phishing risk -> train all staff"); the noun of an item alone before a colon labels a field ("Action: Dr. Lee" names who, no verb and its object); putting a person in a role ("Appoint a Privacy Officer") is a deliverable; whoever is to do the work, unnamed and untitled ("owner to be assigned", "assign an owner"), is a status like "owner TBD". A status participle before its noun describes the noun ("Verify inherited encryption settings", "Inherited controls ... are documented in the SSP"); alone, or opening a phrase with no predicate ("Inherited", "Deferred patching of the EHR server"), it is a status. A pointer to other risks of the same plan ("See R-04", "same as R-04", "covered by R-04", "R-04, R-05", where the plan defines R-04 and R-05) is done by their actions and is not reported; one to IDs the plan does not define, or a risk\'s pointer to itself, is. So is a pointer to more detail ("See Appendix A.2 in full guide") that is a risk\'s only action; beside actions of the risk that name the work ("Require a signed JWT on every /api endpoint"), it points to their detail and is not reported.',
    'A control put on a function of a system its acronym names ("MFA on EHR remote access") is put on the system, like "Duo on VPN"; a quality or state of it ("EHR security", "HIPAA compliance") is no such function, nor a thing for a general verb, however many nouns name the system ("harmonize CAD interface security with ..."). A bare control name or ID, or a list of them ("MFA, logging, SIEM"; "AC-2, IA-5"; "MFA EDR DLP by 6/30"), is not an action: names and acronyms with no common noun name only a topic, and a date adds nothing to it (IDs of other risks of the plan point to their actions, above). A citation ("consistent with 164.312(b)", "in accordance with Policy FAC-310") adds no measure, and ends where a condition starts ("consistent with CIS Benchmarks where feasible" is as hedged as without the citation).',
    'A condition ("as needed", "where feasible", "where viable", "when warranted", "as bandwidth allows", "when it makes sense", "if it becomes an issue") or a manner or frequency word ("regularly", "occasionally", "periodic", "appropriately", "in a secure manner", "on a suitable schedule", "using an approved method": a phrase of manner whose quality is left to judgement; so are people left to judgement, "to the right people") counts only with a measure beside it: "Restrict USB ports where possible on the six reception PCs" is specific, "Review the firewall config as needed" is not. A condition right after the verb ("reopen if the issue recurs", "rebuild if the server crashes again") says when it acts, not on what: what it names is the event. A frequency needs a number or a unit: "every night", "each spring", "Fridays" are measures, "every so often", "now and then", "at some stage", "some weeks" are not; a value a setting is brought from or to ("from 8 to 14") is a measure. "Consider" or "maybe" before a deliverable with a measure of its own ("consider moving the 3 remaining fax lines to SRFax by September", or a day placed by an event: "consider disabling leavers\' accounts on their final day") is a hedge word beside a measurable deliverable, not an intention. An attempt ("try to", "endeavour to", "should look to") promises the effort, not the result: what is attempted must name a count, a product or a system of its own ("try to turn on CloudTrail in all accounts"); "try to get the nurses to stop printing schedules" commits to nothing. Working with others ("liaise with", "coordinate with", "work with") is an outcome: how many the others are counts whom ("liaise with the three health plans"), no measure; a measure after them counts ("work with Apex IT to encrypt the 40 laptops"). A change of degree needs a measure whatever its verb: a comparative closing the clause ("get the EHR logins locked down better", "restrict access further"), "more" or a comparative adjective before the object ("pay more attention to the faxes", "install a better lock"), a verb made of an adjective and "-en" ("deepen", "broaden", "straighten out"), or a state reached ("leadership has been made aware of the issue", "bring the BAAs into conformity with ..."). A name counts as a measure where it says how ("by moving to WPA3"), not in what is changed ("Harden the Dentrix server"), for whom ("optimize risk posture for the EHR vendor") or with whom ("strengthen the relationship with County IT": a name before a department\'s acronym, "County IT", "Corporate HR", is a party). "More" after a negation ("no more sharing", "the staff who don\'t work here any more") says something stopped, not a degree. "In place" after the controls it names, and nothing else ("Vendor SOC 2 Type II + DPA in place", a register\'s control column), says those controls stand: no hedge; after words of judgement ("appropriate safeguards in place") it hedges.',
    'One concrete deliverable makes the action specific even beside a vague clause ("Replace the lobby router with a Meraki MX68 and continue to monitor"); a deliverable only named, checklist style, or a count done to a topic ("Security cameras: 2 added"; a thing named with a count of it in parentheses right after it, "Small autoencoder (10 dimensions, not 50)", "Shredder (2 cross-cut)", names it with its measure; a control\'s name, an activity or a quality does not: "MFA (3 apps)", "Training (2 sessions)"), stands beside a status of progress ("Screen lock on all 9 exam-room PCs - in progress", "- 50% complete") or a pointer in parentheses to its record ("(see INC-4411)") but not beside one that stands in its place ("Copier hard drive - TBD with Ricoh"). A prohibition is judged as the act it forbids ("Do not store patient data on USB drives", "Never leave the laptops in cars"): what is not to be done, to what and where, is as checkable as what is done. A passive or future form is judged like the active one: "The shared front-desk password will be changed to individual logins by March" is specific; "Device inventory to be updated" says what should become true, not what will be done. A base form where the participle goes ("to be destroy the hard disk", "will be change the password") is that verb acting on what follows it. What was decided, asked or required is judged, not the deciding: after "agreed that", "asked that", "resolved that", "decided that" or "voted to require that" the clause is the action, its verb after a modal or "be" ("the Committee agreed that the VPN key be replaced with certificates"; "the annual risk analysis will be performed ...": a word after an adjective is a noun). A phrase in "-ing" or after a two-word preposition ("Further to", "Prior to") before a comma and a clause with its own subject or predicate ("Following a presentation by Apex IT, the Committee ...", "Further to the minutes of 14 January, awareness will be improved") says after what; the clause is the action; with no comma after such a phrase ("Following discussion of the audit findings the Committee resolved that ...", "Pursuant to the HIE agreement the liaison will ...") the clause starts at its subject. A decision reported with "to" ("We decided to encrypt the 6 laptops", "agreed to install ...") and what a plan, step or goal "is to" do ("The plan is to move the backup drive ...") are judged by the verb after "to"; infinitives joined by "and" ("to install Defender and to take off ...") and a second "that" clause after ", and that" are clauses of their own. After "that", "IT" or "HR" is the department doing the verb after it ("Resolved that IT remove ..."). "Get" before an object and a participle, a place or a source is the verb of getting it done or obtained ("get the copier wiped", "get a signed BAA from ..."), and after a subject, before an article, what the subject receives ("Courier bags get a tamper seal starting Monday"). A concrete act in "-ing" opening the action is the action, not an adjunct ("Removing Kayla\'s REDCap account, she left in May"). A short phrase that opens a clause with a preposition before a verb ("and in addition remove Dropbox from all clinic PCs", "At the same time block ...") says when or what else: the clause is read from the verb. An object after a place ("Install in every ambulance tablet the Intune agent") is the object. A topic put first, before a comma, is the object of a verb after it that has none ("For the USB, to block in all computers with the antivirus"). Who must do it is read around too: "(It) is necessary to enable ..." and means said to be there for it ("there is budget and time for the engineers to modify the IAM roles", not "there is no budget to ...") are judged by what follows "to", "we recommend that the practice foster ..." by the verb after the subject, and "... and the system will force this" starts a clause of its own. A participle before "all", "every" or "each" and a party gives the thing before it to that group ("KnowBe4 training assigned all staff"). A predicate after a comma whose subject the writer left out ("Audit log keep for 6 years, is setting in Snowflake retention") may follow a clause with its own verb: read so, that clause\'s deliverable counts; words that only name a thing before it ("Firewall rules for the EHR, are to be reviewed as needed") are its subject. A participle after a comma qualifies the noun before it ("a phishing simulation, conducted twice a year against all staff, ..."), and the items of a serial list share the predicate after the last ("the risk register, ratings, and owners delivered to the Board by 31 October"). An aside between commas that opens with a preposition, between dashes that opens with a preposition or "and" ("Socialize - and then formally ratify at the April committee - the revised AUP, with signed attestations from all 120 staff"), or in parentheses, is read around: "The Committee will designate, by written appointment letter, a Security Official" names the role; examples in parentheses ("(e.g. Veeam Backup 12, Datto SIRIS 5)") are an aside whatever commas cut them; examples after ", including" say what work on an abstraction consists of only when they are a deliverable with a measure, a thing only named with a product too ("Enhance the posture of the laptops, including Intune compliance policies requiring BitLocker and a 5-minute screen lock"), and not after an intention or a condition; bare names ("including Intune and Jamf") do not. Whose share of shared work it was ("on our side", "at the vendor\'s end") says who, not on what: "Patched on their side" names nothing patched. After "to", a participle before a noun qualifies a place ("moved to locked office"), no task to lock it.',
    'The words the rule knows are English: an action written in another language is not judged, neither vague nor specific. It is told by structure: written partly in another script (two letters or more outside the Latin alphabet, "CloudflareAI Workersへ切替"), or fewer than two in five of its words are English words, or half or fewer with a lower-case word in diacritics ("Zugänge ehemaliger Mitarbeiter sperren", "Revisar los permisos cada trimestre", "Rà soát quyền truy cập"). Acronyms and capitalised names count neither way, so English with foreign names ("Talk to Françoise about the shredder") is judged; so do words with no vowel ("svc", "fw"), and a capitalised first word no English list knows when most words after it are English and none is a short word English does not know ("Zscaler rollout tbd" is judged, "Aggiornare il firewall" is not). Two English words written as one are English ("rollout", "rulebase"), and so are the nouns of things made or written that WordNet lists ("firmware", "dongle").',
  ],
  messages: {
    placeholder: '"{action}" is a placeholder, not an action. Fill in what will be done to what (e.g. "{example}").',
    configured: '"{action}" contains "{phrase}", which this workspace lists as vague. Say what will be done to what (e.g. "{example}").',
    status: '"{action}" reports a status or passes the work on ("{phrase}") instead of saying what will be done. Say what will be done to what, by when (e.g. "{example}").',
    intention: '"{action}" states an intention ("{phrase}"), not a deliverable. Say what will be done to what, by when (e.g. "{example}").',
    hedge: '"{action}" hedges ("{phrase}") without naming a measurable deliverable. Say what will be done to what, by when (e.g. "{example}").',
    abstract: '"{action}" names no concrete deliverable. Say what will be done to which system, device or document (e.g. "{example}").',
    noObject: '"{action}" does not say what it acts on. Name the systems, devices or documents (e.g. "{example}").',
    fragment: '"{action}" is too short to say what will be done to what (e.g. "{example}").',
  },
  check({ plan, options, riskIds, report }) {
    const inProcedure = new Set<Risk>();
    for (const risk of plan.risks) if (isProcedure(risk, options.vaguePhrases)) inProcedure.add(risk);
    for (const { risk, action } of actionsOf(plan)) {
      const field = action.action;
      // An absent or empty action is the business of the rules on missing fields, not this one.
      if (field === undefined || field.value.trim() === '') continue;
      // A finished action is judged by its evidence (missing-validation), not by how its plan was worded.
      if (isClosed(action)) continue;
      // "Accept the polarization (…)": a decision to accept the risk, whose record is what is asked for, not a measure to word.
      if (ACCEPTANCE_DECISION.test(field.value)) continue;
      // A fix written as a fenced code block (`**Fix Required:**` over ```ts …```) is code to apply, as inline code is: not prose to judge.
      if (inCodeFence(plan.text, field.valueRange.start)) continue;
      // rmplint's own defaults ("Specific action") are placeholders before they are fragments.
      const verdict: Verdict = isPlaceholder(field.value)
        ? { vague: true, reason: 'placeholder', phrase: field.value, span: { start: 0, end: field.value.length } }
        : verdictOf(field.value, options.vaguePhrases);
      if (!verdict.vague) continue;
      // "See R-04", "R-04, R-05": an action that only points to other risks of this plan is done by their actions, which are judged there.
      // The plan's IDs come from the engine: this rule may run on a plan holding only this risk.
      if (pointsToOtherRisks(riskIds ?? riskIdsOf(plan), risk, field.value)) continue;
      // "See Appendix A.2 in full guide" after the risk's own steps ("Implement JWT authentication", ...): a pointer to more
      // detail of work its other actions name, not an action in their place.
      if (verdict.reason === 'status' && pointsToDetail(field.value) && risk.actions.some((other) => other !== action && namesWork(other, options.vaguePhrases))) continue;
      // One step of a procedure ("Click Assign MFA") is judged with its procedure: the steps around it say what it acts on.
      if (inProcedure.has(risk) && STEP_REASONS.has(verdict.reason)) continue;
      // An accepted risk needs no action: "N/A" there is an honest answer.
      if (verdict.reason === 'placeholder' && isAccepted(risk)) continue;
      // An action written once for several risks (an area's remediation for each of its gaps) is one finding, reported
      // once: its example comes from its own words, not from one risk's title.
      const suggestions = suggestedActions(action.shared ? field.value : topicText(risk, field.value));
      report({
        messageId: MESSAGE_FOR[verdict.reason],
        data: { action: quote(field.value), phrase: quote(verdict.phrase), example: suggestions[0] ?? DEFAULT_EXAMPLE },
        range: valueSpan(plan, field),
        fixes: () => fixesFor(plan, action, suggestions),
      });
    }
  },
};

/**
 * True when the action only names IDs, each of another risk of the plan. A list of controls ("AC-2, AC-3") or of IDs the
 * plan does not define names no action; nor does a risk that points to itself.
 */
function pointsToOtherRisks(defined: ReadonlySet<string>, risk: Risk, text: string): boolean {
  const ids = pointedIds(text);
  if (ids === undefined) return false;
  const own = risk.id === undefined ? undefined : idKey(risk.id.value);
  return ids.every((id) => defined.has(idKey(id)) && idKey(id) !== own);
}

/** An action that only sends the reader elsewhere: `See Appendix A.2 in full guide`, `Refer to the SOP`. */
function pointsToDetail(text: string): boolean {
  return /^[\W_]*(?:see|refer to|cf\.?|details? in|more in)\b/i.test(text) && text.length <= 80;
}

/** Another action of the risk that names work of its own (open or done, judged specific). */
function namesWork(action: Action, phrases: readonly string[]): boolean {
  return action.action !== undefined && action.action.value.trim() !== '' && !pointsToDetail(action.action.value) && !verdictOf(action.action.value, phrases).vague;
}

/** Reasons a short step of a procedure is vague alone but not within its steps: it is short, or its object is named by the steps around it. */
const STEP_REASONS: ReadonlySet<VagueReason> = new Set(['fragment', 'no-object', 'abstract']);

/** How many steps make a risk's actions a procedure. */
const PROCEDURE_STEPS = 3;

/**
 * Whether a risk's actions are the steps of one procedure: three or more open steps, most of
 * which name a deliverable on their own (a console walk-through, a remediation broken into steps).
 */
function isProcedure(risk: Risk, phrases: readonly string[]): boolean {
  const steps = risk.actions.filter((a) => a.action !== undefined && a.action.value.trim() !== '' && !isClosed(a));
  if (steps.length < PROCEDURE_STEPS) return false;
  const specific = steps.filter((a) => !verdictOf(a.action!.value, phrases).vague && !namesControl(a.action!.value)).length;
  return specific * 2 >= steps.length;
}

/**
 * Whether an item opens with a qualifier or a number ("Parallel system operation during transition", "24/7 support during
 * go-live", "Dedicated HIPAA compliance officer"): a control named in a list of mitigations, no step of a procedure. Such
 * items stand alone, so they do not make the vague items beside them steps whose object the others name.
 */
function namesControl(text: string): boolean {
  // A milestone's number in its list (`3. Procure and configure …`, `2) Test …`) orders the steps: the word after it opens the item.
  const first = /^[\W_]*([\p{L}\p{N}][\p{L}\p{N}'/-]*)/u.exec(text.replace(/^\s*\d{1,2}[.)]\s+/, ''))?.[1];
  // A number opens it (`24/7`, `2x`, `10`), not a name written with one (`3PAO conducts the assessment`: a party, the step's subject).
  return first !== undefined && (/^\d+(?:[/.,:-]\d+)*(?:x|st|nd|rd|th)?$/i.test(first) || isModifier(first.toLowerCase()));
}

/** What the risk is about: its title and the action text. */
function topicText(risk: Risk, action: string): string {
  return `${risk.title?.value ?? ''}\n${action}`;
}

export default rule;

/** Whether the value starting at `at` opens right under a fence line (```` ```ts ````, `~~~`): the inside of a code block. */
function inCodeFence(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0) return false;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return /^[ \t]{0,3}(?:`{3,}|~{3,})[^`\n]*$/.test(text.slice(previousStart, lineStart - 1).replace(/\r$/, ''));
}

