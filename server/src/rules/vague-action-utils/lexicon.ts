// What counts as vague: the word classes the classifier reads (rules/vague-action-utils/classify.ts
// says how they are combined). Each class is a closed, small set of words or phrases matched on
// lower-cased tokens; open classes (unknown verbs, abstract nominalisations) are recognised by
// their shape in classify.ts rather than listed here.
const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Verbs that name a deliverable when they act on a concrete object. */
export const CONCRETE_VERBS = words(`
  accept acquire activate add adopt agree alert allow apply archive assign attach audit automate
  affix ban forbid disallow bind block book build buy calibrate cancel cease change choose close collect commission complete conduct
  configure connect discontinue procure rekey re-key sunset
  contract convert create decommission define delete deliver deploy destroy disable disconnect distribute
  document download draft email enable encrypt enforce enrol enroll erase escrow establish execute export
  extend fax file fit forward generate get give hire hold implement import install integrate isolate issue label launch limit
  lock log mail migrate move negotiate notify obtain order patch pay perform place post prohibit provide
  publish purchase purge push put rebuild appoint designate nominate recruit employ reconcile record redact redirect reinstall relocate remove rename
  renew replace replicate report request require reset restore restrict retain retire revoke rewrite rotate
  route run sanitise sanitize scan schedule segment segregate select send set shred shut sign stop store submit subscribe switch
  teach terminate test train transfer turn uninstall unplug upgrade upload use validate verify wipe write
  count tally enumerate inventory list catalog catalogue`);

/** Verbs that name a change of degree: only a measure says how much. */
export const COMPARATIVE_VERBS = words(`
  better boost bolster enhance expand harden improve increase lower maximise maximize minimise minimize
  modernise modernize optimise optimize raise reduce refine reinforce streamline strengthen tighten`);

/** Verbs too general to name a deliverable alone: they need a concrete object or a measure. */
export const GENERIC_VERBS = words(`
  align analyse analyze appraise ask assess check clarify communicate continue coordinate decide determine develop do
  educate emphasise emphasize encourage evaluate examine fix follow formalise formalize have identify inform
  keep maintain make manage mitigate clean tidy reassess prioritise prioritize promote protect remediate remind
  resolve review revise revisit reconsider rethink secure standardise standardize study support take tell track update`);

/**
 * Generic verbs that end in a judgement, not a change ("evaluate the data feed"): only a measured scope commits them.
 * Looking at something again is one too ("revisit the e-fax workflow", "reconsider the vendor").
 */
export const APPRAISAL_VERBS = words(`
  analyse analyze appraise assess evaluate examine reassess reevaluate study prioritise prioritize revisit reconsider
  rethink reexamine`);

/** Outcomes rather than deliverables ("ensure X is Y"): only a measure makes them specific. */
export const OUTCOME_PHRASES = [
  'ensure', 'ensure that', 'make sure', 'make certain', 'see that', 'see to it that', 'work with',
  'coordinate with', 'partner with', 'engage with', 'liaise with', 'follow up with', 'working with',
  'collaborate with', 'cooperate with', 'work closely with', 'coordinating with', 'partnering with',
];

/** Intentions: the clause commits to nothing, whatever follows in it. */
export const INTENTION_PHRASES = [
  'look into', 'look at', 'look for', 'consider', 'discuss', 'explore', 'investigate', 'research',
  'think about', 'think through', 'brainstorm', 'work on', 'work towards',
  'work toward', 'strive', 'aim for', 'plan for', 'talk to', 'talk with', 'talk about', 'reach out to',
  'follow up on', 'check on', 'check into', 'figure out', 'keep an eye on', 'keep in mind', 'be', 'become',
  'stay', 'remain', 'try', 'get better', 'do better', 'do more', 'understand', 'learn about', 'weigh',
  'discussing', 'considering', 'exploring', 'looking into', 'investigating', 'working on', 'working towards',
  'touch base', 'check in with', 'check with', 'check w', 'kick off', 'sort out', 'get sorted', 'see what',
  'move towards', 'move toward', 'moving towards', 'moving toward', 'double down', 'lean into', 'determine',
  'decide', 'checking with', 'checking w', 'checking on', 'looking at', 'deciding', 'hear back', 'follow up',
  'get input', 'seek input', 'gather input', 'circle back', 'get back to', 'keep tabs on', 'bring up', 'shop around',
  'see if', 'see whether', 'find out', 'watch for', 'watch out for', 'take a look', 'have a look', 'see what he can do',
  'see what she can do', 'see what they can do', 'see what we can do',
  // Deferring the risk to a meeting is not treating it.
  'add to the agenda', 'add to agenda', 'put on the agenda', 'add to the list', 'put on the list',
];

/** Hedges that open a clause: stripped, then the rest is judged. */
export const LEADING_HEDGES = [
  'we will', "we'll", 'we shall', 'we plan to', 'we intend to', 'we need to', 'we should', 'we must',
  'i will', "i'll", 'i plan to', 'i need to', 'i should', 'i want to', 'i am going to', "i'm going to",
  'we would like to', 'we want to', 'we hope to', 'we aim to', 'we are going to', "we're going to", 'we may',
  'we might', 'we could', 'we can', 'will', 'shall', 'should', 'must', 'need to', 'needs to', 'plan to',
  'planning to', 'intend to', 'try to', 'attempt to', 'aim to', 'hope to', 'seek to', 'strive to', 'want to',
  'going to', 'continue to', 'continue', 'keep', 'keep on', 'start to', 'begin to', 'be sure to',
  'remember to', 'please', 'endeavour to', 'endeavor to', 'will endeavour to', 'will endeavor to', 'trying to', 'we are trying to', 'are trying to', 'we are', 'we have to', 'have to',
  // Interim adverbials say until when, not what: "for now enable Duo push for all 25 users".
  'for now', 'in the meantime', 'meanwhile', 'in the interim', 'until then',
];

/** Words that join clauses: skipped at a clause start, never reported. */
export const CONNECTIVES = words(`and or so then also to plus first next finally additionally`);

/** Hedges anywhere: they add nothing measurable and count as neither object nor measure. */
export const FLOATING_HEDGES = [
  'as needed', 'as necessary', 'as required', 'as appropriate', 'if appropriate', 'where appropriate',
  'when appropriate', 'as time permits', 'when time permits', 'as time allows', 'when time allows',
  'time permitting', 'where possible', 'if possible', 'when possible', 'whenever possible', 'as possible',
  'as far as possible', 'where feasible', 'if feasible', 'when feasible', 'as feasible', 'where practical',
  'if practical', 'when practical', 'as resources allow', 'as resources permit', 'as budget allows',
  'when funds are available', 'when funds allow', 'if funds allow', 'as funds allow', 'funds permitting',
  'when funding is available', 'when funding allows', 'if funding allows', 'as funding allows', 'funding permitting',
  'if budget allows', 'when budget allows', 'budget permitting', 'going forward', 'moving forward',
  'more often', 'more frequently', 'more regularly', 'more closely', 'over time', 'in future', 'in the future', 'at some point', 'someday', 'some day', 'in due course', 'from time to time',
  'on an ongoing basis', 'on a regular basis', 'on a periodic basis', 'as soon as possible',
  'as soon as practical', 'asap', 'occasionally', 'often', 'frequently', 'usually', 'mostly', 'typically', 'most of the time', 'every so often', 'every now and then', 'every now and again', 'now and then', 'once in a while', 'every once in a while', 'ongoing', 'promptly', 'appropriately', 'adequately', 'properly',
  'accordingly', 'sufficiently', 'reasonably', 'in place', 'as applicable', 'where applicable',
  'if applicable', 'if needed', 'when needed', 'where needed', 'if necessary', 'when necessary',
  'authorized personnel', 'authorized users', 'authorized staff', 'authorized individuals', 'authorized persons',
  'authorised personnel', 'authorised users', 'authorised staff', 'appropriate personnel', 'need to know',
  'need-to-know', 'on a need-to-know basis', 'on a need to know basis', 'deemed necessary', 'where deemed necessary',
  'where deemed appropriate', 'as deemed necessary', 'as deemed appropriate',
  'where necessary', 'etc', 'periodic', 'regular', 'routine', 'recurring', 'frequent', 'periodically', 'regularly', 'routinely', 'continuously', 'continually',
  'proactively', 'eventually', 'later', 'soon', 'sometime', 'somehow', 'potentially', 'possibly',
  'maybe', 'perhaps', 'hopefully', 'generally', 'probably', 'likely', 'ideally', 'sometimes',
  'in a manner', 'in a secure manner', 'in a timely manner', 'in a timely fashion', 'in a consistent manner',
  'in an appropriate manner', 'in a reasonable manner', 'in a compliant manner', 'in a secure fashion',
];

/** Nouns that name no thing: a generic verb on these names no deliverable. */
export const ABSTRACT_NOUNS = words(`
  security compliance safeguard safeguards practice practices awareness option options this that these
  those it issue issues problem problems matter matters process processes program programs programme
  programmes thing things stuff measure measures posture risk risks situation expectation expectations
  importance improvement improvements approach approaches solution solutions step steps action actions
  effort efforts requirement requirements standard standards guidance protection protections procedures
  management area areas gap gaps concern concerns finding findings control controls defense defenses
  defence defences culture hygiene readiness resilience vigilance diligence care attention aspect aspects
  item items everything something anything way ways level levels privacy confidentiality integrity
  availability quality effectiveness capability capabilities framework frameworks strategy strategies
  governance oversight policies vulnerabilities vulnerability weakness weaknesses threat threats exposure
  exposures incident incidents response responses handling coverage need needs plan plans regulation
  regulations rules maturity understanding knowledge behaviour behavior job work access usage use
  activity activities environment infrastructure systems operations function functions equipment hardware
  software tools technology training review status quo sense recommendation recommendations guidelines
  advice suggestions staff employees workforce personnel users people meeting meetings discussion
  discussions conversation conversations`);

/** Abstract nouns that name a document when qualified: "the incident response plan", "sanctions policy". */
export const DOCUMENT_NOUNS = words(`plan plans policies procedures program programme standards framework strategy assessment analysis`);

/** Words that carry no content: determiners, pronouns, prepositions, auxiliaries, hedging adjectives. */
export const FUNCTION_WORDS = words(`
  a an the all any some every each our their its my your his her them they we us i me you he she him
  who whom which what whose that this these those it
  of for with to in on at from by into onto over under within through across against about between
  before after during until upon via per than as like w re
  and or nor but so if when where while whether not no though although whereas unless because since
  be is are was were been being am do does did done have has had will would shall should can could may
  might must
  very more most less least much many further other another such same own also just only even still next
  previous last following together jointly alongside along
  appropriate necessary adequate reasonable relevant proper suitable additional better good best
  sufficient applicable current existing general overall various several certain new improved enhanced
  stronger strong robust effective comprehensive industry ready careful old involved common
  everyone everybody anyone anybody someone somebody
  identified noted found listed mentioned described above below`);

/** Prepositions and subordinators: where a noun phrase ends. */
export const PHRASE_ENDS = words(`
  of for with to in on at from by into onto over under within through across against about between
  before after during until upon via per than as like that which who so if when where while whether once
  unless because since w re during throughout including without except beyond toward towards among around
  regarding concerning`);

/** Words that start a noun phrase: after "and", a verb followed by one starts a new clause. */
export const OBJECT_STARTERS = words(`
  a an the all any every each our their its my your this these those both it them one two three four
  five six seven eight nine ten on off up out down`);

/** Capitalised words that name a kind of thing, not a particular product or party. */
export const GENERIC_CAPITALS = words(`
  hipaa phi ephi hhs ocr cfr it us we i ehr emr pm pms pacs ris lis vpn mfa 2fa baa baas pc pcs usb wifi
  wi-fi sso edr siem mdm vlan os hr soc ciso cio cto ceo staff nist sp iso hitrust pci cis fedramp cmmc dfars rev
  hhs csf fips dss stig stigs`);

/**
 * Standards, frameworks and the words of their names ("NIST SP 800-53 Rev 5", "FIPS 140-2", "HITRUST CSF"): a body
 * of rules to meet, not a thing to act on ("Operationalize the NIST CSF", "Implement ISO 27001").
 */
export const STANDARD_NAMES = words(`
  hipaa nist sp iso hitrust pci dss cis fedramp cmmc dfars rev csf fips soc cobit itil gdpr hitech stig stigs`);

export const NUMBER_WORDS = words(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
  dozen both single half once twice`);

export const FREQUENCY_WORDS = words(`
  daily weekly monthly quarterly annually yearly nightly hourly biweekly fortnightly semiannually
  semi-annually bimonthly annual biannual semiannual semi-annual`);

export const DATE_WORDS = words(`
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday tomorrow`);

/** What follows "once" or "twice" when they count: "once a year", "twice per shift". */
export const FREQUENCY_MARKERS = words(`a an per every each`);

/** Generic verbs that name an outcome, not a deliverable: specific only with a measure or a means. */
export const OUTCOME_VERBS = words(`protect protects protected protecting secure secures secured securing`);

/** Prepositions that introduce how something is done. */
export const MEANS = words(`with using through via behind by`);

/** Adjectives that state an outcome, not a thing: "make the portal more secure", "keep PHI safe". */
export const OUTCOME_ADJECTIVES = words(`secure safe safer compliant protected hardened resilient aware`);

export const TIME_UNITS = words(`
  day days week weeks month months quarter quarters year years hour hours minute minutes time yr yrs mo mos wk wks
  night nights morning mornings evening evenings shift shifts weekday weekdays weekend weekends spring summer autumn winter`);

/** Verb particles: "turn on", "set up", "shut down". */
export const PARTICLES = words(`on off up out down over back away forward`);

export const MODALS = words(`will shall should must to can would 'll needs need may might gonna wanna gotta`);


// ---------------------------------------------------------------- not an action at all

/**
 * Status, pointer and deferral words: a clause that holds one reports where the work stands or
 * who has it, not what will be done ("pending IT", "in progress (65%)", "TBD w/ Xerox").
 */
export const STATUS_PHRASES = [
  'pending', 'awaiting', 'await', 'awaited', 'wait', 'waiting on', 'waiting for', 'waiting to', 'still waiting', 'waits', 'hear back', 'heard back', 'in progress',
  'wip', 'underway', 'under way', 'under active review', 'under active consideration', 'under discussion', 'under review', 'under consideration', 'under advisement',
  'on hold', 'tbd', 'tbc', 'tba', 'n/a', 'not applicable', 'undecided', 'not decided', 'not decide', 'not yet decided',
  'no further action', 'not sure', 'unsure', 'unclear', 'planned for', 'no reply', 'no response', 'no answer', 'no action', 'out of scope', 'backlog',
  'backlogged', 'stalled', 'deferred', 'in flight', 'in the works', 'handled by', 'covered by',
  'taken care of', 'takes care of', 'take care of', 'responsibility of', 'inherited', 'inherited from',
  'contingent upon', 'contingent on', 'subject to', 'depending on', 'dependent on', 'depends on',
  'partially implemented', 'partially complete', 'partially done',
  'for consideration', 'for prioritization', 'for decision', 'for disposition',
];

/** The statuses of STATUS_PHRASES that say the work waits on someone: beside what a party is to deliver, a hand-off. */
export const WAITING_STATUSES = ['awaiting', 'await', 'awaited', 'wait', 'waiting on', 'waiting for', 'waiting to', 'still waiting', 'waits', 'hear back', 'heard back'];

/** Status words that stand at the end of a clause: "Vendor to confirm", "Solutionreach to advise". */
export const FINAL_STATUS_PHRASES = ['to advise', 'to decide', 'to confirm', 'to follow', 'to follow up', 'to revert', 'to respond'];

/** Words that open a pointer to somewhere else: "see R-3 above", "per ticket 4411", "Reference: CA-7". */
export const POINTER_STARTS = ['see', 'refer to', 'reference', 'ref', 'cf', 'per', 're', 'as per', 'see also'];

/** Nouns of the items of a plan that a pointer names before their IDs: "see risk R-04", "same as items 3 and 4". */
export const ITEM_NOUNS = words(`risk risks item items action actions finding findings entry entries row rows poam weakness weaknesses`);

/** Phrases that say an item's work is another item's, before its ID: "same as R-04", "duplicate of item 7". */
export const ITEM_POINTERS = ['same as', 'duplicate of', 'part of', 'as for', 'as in', 'as with'];

/** Phrases that fold an action into another piece of work: "as part of the EHR upgrade", "in conjunction with the move". */
export const FOLDED_INTO = ['as part of', 'in conjunction with', 'in tandem with', 'together with', 'in parallel with', 'alongside'];

/** Verbs that pass the work on rather than do it: "escalated to leadership", "referred to the board". */
/** Verbs of expecting: in the passive with nothing to do after them ("updates are anticipated", "the report is expected"), a wait. */
export const EXPECTING_VERBS = words(`expect anticipate await foresee`);

export const HANDOFF_VERBS = words(`escalate refer defer delegate postpone punt pass hand reassign`);

/**
 * Phrases that cite a rule the action conforms to: what follows them is a reference, not part
 * of what is done ("consistent with 164.312(b)", "in accordance with Policy FAC-310").
 */
export const CONFORMITY_PHRASES = [
  'consistent with', 'in accordance with', 'iaw', 'i.a.w', 'align with', 'comply with', 'adhere to', 'conform to',
  'conform with', 'abide by', 'in alignment with', 'aligned with', 'in line with', 'pursuant to',
  'as required by', 'as required under', 'required under', 'in compliance with', 'as outlined in', 'as described in',
  'as defined in', 'as set out in', 'as per', 'according to', 'in keeping with',
  // The relation as a noun: "drive alignment with HICP".
  'alignment with', 'alignment to',
];

/**
 * Subordinators and the words that make what they open a condition on resources or need, not a
 * measure: "as bandwidth allows", "when there is time", "where deemed necessary", "as we can".
 */
export const CONDITION_OPENERS = ['as', 'when', 'where', 'if', 'whenever', 'wherever', 'at such time as', 'until', 'upon'];
export const CONDITION_WORDS = words(`
  allow allows allowing permit permits permitting warrant warrants warranted need needs needed necessary feasible
  practical possible appropriate available deemed arise arises come comes can could time receipt required viable`);

/**
 * Verbs that put a person in a role: on a role ("a Privacy Officer", "two security analysts") they deliver a
 * fact an auditor can check (a designation letter, a contract), unlike a body convened ("a working group").
 */
export const STAFFING_VERBS = words(`hire appoint designate nominate recruit assign employ onboard reassign`);

/**
 * Words before a role that say someone holds it: "Dedicated HIPAA compliance officer", "Designated privacy officer". Written
 * as a control in a list, the role filled is the deliverable, as "Appoint a Privacy Officer" says it.
 */
export const ROLE_HOLDING_MODIFIERS = words(`dedicated designated appointed full-time part-time`);

/**
 * Roles that only say someone holds an item's work, a tracker's owner column: staffed with no name, the work has no one yet
 * ("owner to be assigned", "assign a POC"), unlike an office with a title ("a Privacy Officer").
 */
export const WORK_HOLDERS = words(`owner owners assignee assignees poc pocs resource resources lead`);

/** Parties that are bodies or everyone, not a role one person fills: convening one delivers nothing by itself. */
export const GROUP_NOUNS = words(`
  committee committees team teams group groups council councils board boards workgroup workgroups workstream
  taskforce force forum subcommittee subgroup staff workforce people everyone stakeholders stakeholder leadership
  department departments office business organization organisation enterprise folks guys`);

/** Verbs that only state a position: "the Committee acknowledges the risk", "reaffirms its commitment". */
export const POSITION_VERBS = words(`acknowledge reaffirm affirm recognize recognise note endorse commit appreciate say said`);

/** Verbs of watching: an ongoing activity that only a frequency turns into a checkable one. */
export const MONITOR_VERBS = words(`monitor watch track observe oversee receive`);

/**
 * Management-speak verbs that say nothing of what is done: like an unknown verb, they are judged
 * by their object alone ("leverage synergies", "drive accountability"). So are verbs of dealing with
 * a thing ("address", "tackle", "handle"): they say the thing gets attention, not what is done to it.
 */
export const EMPTY_VERBS = words(`
  leverage drive champion spearhead foster cultivate embed instill instil empower harmonize harmonise
  operationalize operationalise socialize socialise unlock elevate uplift embrace evangelize evangelise
  institutionalize institutionalise democratize democratise mature evolve advance transform reimagine
  right-size rightsize action own pursue undertake progress
  address tackle handle deal`);

// ---------------------------------------------------------------- what names no deliverable

/** People, roles and bodies: who an action is for or by, never what it delivers. */
export const PARTY_NOUNS = words(`
  committee committees officer officers director directors team teams department departments board boards
  leadership services office chief executive executives workgroup workstream council manager managers
  coordinator administrator administrators group groups division unit units vendor vendors msp client clients
  customer customers owner owners partner partners provider providers reseller consultant consultants ciso cso
  cio cto issm isso ao ceo coo cfo tier biomed legal counsel hr person persons people staff body parties party
  head heads leader leaders lead leads member members stakeholders stakeholder everyone somebody someone
  guy guys folks rep reps representative representatives business businesses company companies firm firms organization organizations
  organisation organisations enterprise c-suite executives force taskforce subgroup subgroups subcommittee forum liaison liaisons champion champions doctor doctors physician physicians
  tech techs technician technicians contractor contractors subcontractor subcontractors`);

/** Nouns of a party's share of shared work: "closed on our side", "fixed from the vendor's end". */
export const SHARE_NOUNS = words(`side sides end part`);

/** Acronyms of a department: after an organisation's name ("County IT", "Apex IT", "Corporate HR") they name a party. */
export const DEPARTMENT_ACRONYMS = words(`it hr`);

/** Verbs of sending a message that WordNet (older than phones) does not know as talk: "text Dr. Kim about the laptop". */
export const MESSAGING_VERBS = words(`text ping dm whatsapp`);

/** Nouns that name a message or a step of a process, not a deliverable: "provide an update", "ticket opened". */
export const COMMUNICATION_NOUNS = words(`
  update conversation conversations discussion discussions dialogue meeting meetings call calls
  memo memos reminder reminders question questions ticket tickets request requests quote quotes reply
  replies response responses answer answers feedback input inputs briefing briefings touchpoint touchpoints chat chats
  sync syncs check-in follow-up followup f/u proposal proposals recommendation recommendations approval approvals
  consideration advisement disposition closure extension waiver deviation progress prioritization prioritisation deck slide slides
  voicemail voicemails message messages heads-up nudge ping wo wos`);

/** Words of business jargon that name no thing (the suffix rule in classify.ts catches "-ity", "-ness" ...). */
export const JARGON_NOUNS = words(`
  landscape synergies synergy insights insight footprint mindset dna needle lanes lane guardrails guardrail
  uplift velocity journey transformation roadmap bandwidth spend ecosystem paradigm alignment lessons model
  models stack initiative initiatives outcomes outcome value values course direction remediation mitigation
  enhancement enhancements improvement adjustments adjustment budget funding funds resources money
  possibility possibilities manner fashion commitment approach norms landscape space scope topic topics
  item matters phase milestone milestones step stage family families focus priority priorities analysis
  decision decisions determination evaluation principles principle lifecycle date dates deadline timeline
  timelines completion step-change shift wins win estate portfolio`);

/**
 * Nouns that name a way of working or a body of ideas, not a thing made: "a layered security approach",
 * "a DLP strategy", "a target operating model". (Plans, policies and programs are documents: DOCUMENT_NOUNS.)
 */
export const FRAME_NOUNS = words(`
  approach approaches strategy strategies framework frameworks culture cultures vision visions mindset mindsets
  paradigm paradigms methodology methodologies philosophy stance posture postures capability capabilities
  function functions cadence rhythm excellence ethos principle principles discipline landscape synergies synergy
  insights footprint journey transformation roadmap ecosystem alignment model models initiative initiatives
  outcomes outcome norms space focus lifecycle estate portfolio`);

/**
 * Frame nouns that also name a part of a product ("the Windows Hello capability", "the Epic Cosmos model", "the M365
 * estate"): capitalised words before them may name the product, so they title no way of working.
 */
export const FEATURE_FRAME_NOUNS = words(`
  capability capabilities function functions model models framework frameworks space estate portfolio posture postures
  lifecycle cadence rhythm focus outcome outcomes`);

/** Nouns with an abstract suffix that still name a thing. */
export const SUFFIX_EXCEPTIONS = words(`
  appliance appliances licence licences license licenses evidence entity entities facility facilities utility
  utilities city insurance residence ambulance balance pharmacy pharmacies agency agencies`);

/** Adjectives of manner that add no measure: "best-in-class posture", "holistic uplift". */
export const HEDGE_ADJECTIVES = words(`
  holistic holistically best-in-class world-class robust strategic seamless proactive enterprise-wide
  end-to-end meaningful fit-for-purpose best-of-breed next-gen next-generation state-of-the-art cutting-edge
  sustainable scalable agile repeatable target-state future-state modern modernized mature fit-for-future
  business-aligned risk-based data-driven streamlined optimized optimised measurable meaningful quick`);

/**
 * Hedges of likelihood or timing: they weaken an action that names little, but unlike a
 * condition ("as needed", "where possible") they do not leave open whether anything is done.
 */
export const WEAK_HEDGES = [
  'probably', 'likely', 'possibly', 'potentially', 'maybe', 'perhaps', 'hopefully', 'ideally', 'soon', 'eventually',
  'later', 'sometime', 'in place', 'going forward', 'moving forward', 'in future', 'in the future', 'promptly',
  'asap', 'as soon as possible',
  'as soon as practical', 'continuously', 'continually', 'proactively', 'generally', 'etc', 'sometimes',
];
