// What counts as vague: the word classes the classifier reads (rules/vague-action-utils/classify.ts
// says how they are combined). Each class is a closed, small set of words or phrases matched on
// lower-cased tokens; open classes (unknown verbs, abstract nominalisations) are recognised by
// their shape in classify.ts rather than listed here.
const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Verbs that name a deliverable when they act on a concrete object. */
export const CONCRETE_VERBS = words(`
  accept acquire activate add adopt agree alert allow apply archive assign attach audit automate
  bind block book buy calibrate cancel change choose collect commission complete conduct configure connect
  contract convert create decommission define delete deliver deploy destroy disable disconnect distribute
  document download draft email enable encrypt enforce enrol enroll erase escrow establish execute export
  extend fax file fit forward get give hire hold implement import install isolate issue label launch limit
  lock log mail migrate move negotiate notify obtain order patch pay perform place post prohibit provide
  publish purchase purge push put rebuild reconcile record redact redirect reinstall relocate remove rename
  renew replace replicate report request require reset restore restrict retain retire revoke rewrite rotate
  route run sanitise sanitize scan schedule segment segregate select send set shred shut sign stop store submit subscribe switch
  teach terminate test train transfer turn uninstall unplug upgrade upload use validate verify wipe write`);

/** Verbs that name a change of degree: only a measure says how much. */
export const COMPARATIVE_VERBS = words(`
  better boost bolster enhance expand harden improve increase lower maximise maximize minimise minimize
  modernise modernize optimise optimize raise reduce refine reinforce streamline strengthen tighten`);

/** Verbs too general to name a deliverable alone: they need a concrete object or a measure. */
export const GENERIC_VERBS = words(`
  address align analyse analyze appraise ask assess check clarify communicate continue coordinate deal decide determine develop do
  educate emphasise emphasize encourage evaluate examine fix follow formalise formalize handle have identify inform
  keep maintain make manage mitigate monitor oversee clean tidy reassess prioritise prioritize promote protect remediate remind
  resolve review revise revisit secure standardise standardize study support tackle take tell track update`);

/** Generic verbs that end in a judgement, not a change ("evaluate the data feed"): only a measured scope commits them. */
export const APPRAISAL_VERBS = words(`analyse analyze appraise assess evaluate examine reassess reevaluate study`);

/** Outcomes rather than deliverables ("ensure X is Y"): only a measure makes them specific. */
export const OUTCOME_PHRASES = [
  'ensure', 'ensure that', 'make sure', 'make certain', 'see that', 'see to it that', 'work with',
  'coordinate with', 'partner with', 'engage with', 'liaise with', 'follow up with',
];

/** Intentions: the clause commits to nothing, whatever follows in it. */
export const INTENTION_PHRASES = [
  'look into', 'look at', 'look for', 'consider', 'discuss', 'explore', 'investigate', 'research',
  'think about', 'think through', 'brainstorm', 'work on', 'work towards',
  'work toward', 'strive', 'aim for', 'plan for', 'talk to', 'talk with', 'talk about', 'reach out to',
  'follow up on', 'check on', 'check into', 'figure out', 'keep an eye on', 'keep in mind', 'be', 'become',
  'stay', 'remain', 'try', 'get better', 'do better', 'do more', 'understand', 'learn about', 'weigh',
  'discussing', 'considering', 'exploring', 'looking into', 'investigating', 'working on', 'working towards',
  'touch base', 'check in with', 'circle back', 'get back to', 'keep tabs on', 'bring up', 'shop around',
  'see if', 'see whether', 'find out', 'watch for', 'watch out for',
  // Deferring the risk to a meeting is not treating it.
  'add to the agenda', 'add to agenda', 'put on the agenda', 'add to the list', 'put on the list',
  // Status notes written where the action belongs: "Pending vendor reply", "Awaiting quote".
  'pending', 'awaiting', 'await', 'wait for', 'wait on', 'waiting for', 'waiting on', 'on hold', 'tbd', 'tba',
];

/** Hedges that open a clause: stripped, then the rest is judged. */
export const LEADING_HEDGES = [
  'we will', "we'll", 'we shall', 'we plan to', 'we intend to', 'we need to', 'we should', 'we must',
  'we would like to', 'we want to', 'we hope to', 'we aim to', 'we are going to', "we're going to", 'we may',
  'we might', 'we could', 'we can', 'will', 'shall', 'should', 'must', 'need to', 'needs to', 'plan to',
  'planning to', 'intend to', 'try to', 'attempt to', 'aim to', 'hope to', 'seek to', 'strive to', 'want to',
  'going to', 'continue to', 'continue', 'keep', 'keep on', 'start to', 'begin to', 'be sure to',
  'remember to', 'please',
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
  'over time', 'in future', 'in the future', 'at some point', 'in due course', 'from time to time',
  'on an ongoing basis', 'on a regular basis', 'on a periodic basis', 'as soon as possible',
  'as soon as practical', 'asap', 'ongoing', 'promptly', 'appropriately', 'adequately', 'properly',
  'accordingly', 'sufficiently', 'reasonably', 'in place', 'as applicable', 'where applicable',
  'if applicable', 'if needed', 'when needed', 'where needed', 'if necessary', 'when necessary',
  'where necessary', 'etc', 'periodically', 'regularly', 'routinely', 'continuously', 'continually',
  'proactively', 'eventually', 'later', 'soon', 'sometime', 'somehow', 'potentially', 'possibly',
  'maybe', 'perhaps', 'hopefully', 'generally', 'probably', 'likely', 'ideally',
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
export const DOCUMENT_NOUNS = words(`plan plans policies procedures program programme standards framework strategy`);

/** Words that carry no content: determiners, pronouns, prepositions, auxiliaries, hedging adjectives. */
export const FUNCTION_WORDS = words(`
  a an the all any some every each our their its my your his her them they we us i me you he she him
  who whom which what whose that this these those it
  of for with to in on at from by into onto over under within through across against about between
  before after during until upon via per than as like
  and or nor but so if when where while whether not no
  be is are was were been being am do does did done have has had will would shall should can could may
  might must
  very more most less least much many further other another such same own also just only even still
  appropriate necessary adequate reasonable relevant proper suitable additional better good best
  sufficient applicable current existing general overall various several certain new improved enhanced
  stronger strong robust effective comprehensive industry ready careful old involved common
  everyone everybody anyone anybody someone somebody
  identified noted found listed mentioned described above below`);

/** Prepositions and subordinators: where a noun phrase ends. */
export const PHRASE_ENDS = words(`
  of for with to in on at from by into onto over under within through across against about between
  before after during until upon via per than as like that which who so if when where while whether once
  unless because since`);

/** Words that start a noun phrase: after "and", a verb followed by one starts a new clause. */
export const OBJECT_STARTERS = words(`
  a an the all any every each our their its my your this these those both it them one two three four
  five six seven eight nine ten on off up out down`);

/** Capitalised words that name a kind of thing, not a particular product or party. */
export const GENERIC_CAPITALS = words(`
  hipaa phi ephi hhs ocr cfr it us we i ehr emr pm pms pacs ris lis vpn mfa 2fa baa baas pc pcs usb wifi
  wi-fi sso edr siem mdm vlan os hr soc ciso cio cto ceo staff`);

export const NUMBER_WORDS = words(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
  dozen both single half once twice`);

export const FREQUENCY_WORDS = words(`
  daily weekly monthly quarterly annually yearly nightly hourly biweekly fortnightly semiannually
  semi-annually bimonthly`);

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

export const TIME_UNITS = words(`day days week weeks month months quarter quarters year years hour hours minute minutes time`);

/** Verb particles: "turn on", "set up", "shut down". */
export const PARTICLES = words(`on off up out down over back away`);

export const MODALS = words(`will shall should must to can would 'll needs need may might`);

