// What people call their plans and registers: the words of a title that name a plan, and those that name what a
// register lists. Read from a document's title (detect.ts) and from a file's own name (a spreadsheet's export).

/** A plan of action and milestones by its short name (`POA&M`, `POAM`) and spelled out. */
const POAM_NAME = String.raw`(?<![a-z])poa ?& ?m(?![a-z])|(?<![a-z])poam(?![a-z])`;
const POAM_SPELLED = String.raw`plans? of actions? (?:and|&) milestones?`;

/** A title (normalised words) naming a plan of action and milestones, in the plural too (`What are POAMs?`). */
export const POAM_TITLE = new RegExp(String.raw`${POAM_NAME}|(?<![a-z])poams(?![a-z])|${POAM_SPELLED}`);

/**
 * What people call the plans they write (issue 12): a risk management, treatment or
 * mitigation plan, a remediation plan or tracker, a corrective action plan, a plan of
 * action and milestones (POA&M), a risk register. The singular only: "Risk management
 * plans" titles a document about plans.
 */
export const PLAN_TITLES: readonly RegExp[] = [
  /risk (?:management|treatment|mitigation|remediation|response) plan(?![a-z])/,
  /remediation (?:action )?(?:plan|tracker|tracking|roadmap|progress)(?![a-z])/,
  /mitigation plan(?![a-z])/,
  /corrective action plan(?![a-z])/,
  new RegExp(POAM_SPELLED),
  /(?<![a-z])treatment plan(?![a-z])/,
  /corrective actions? (?:plan|register|log|tracker)(?![a-z])/,
  // A quality system's log of corrective and preventive actions: "CAPA Log", "CAPA Register".
  /(?<![a-z])capa (?:register|log)(?![a-z])/,
  new RegExp(POAM_NAME),
  /risk (?:register|treatment register)(?![a-z])/,
  /(?:gap|issues?|findings?) register(?![a-z])/,
  /remediation (?:checklist|log|register|backlog)(?![a-z])/,
  // An agile team's list of risks still to treat, by sprint: "Unresolved Risk Backlog", "Security Risk Backlog".
  /(?<![a-z])risks? backlog(?![a-z])/,
  // A tracker of the items a plan treats: "Security Findings Tracker", "Vulnerability Tracker", "Gap Tracker".
  /(?:findings?|issues?|risks?|vulnerabilit(?:y|ies)|gaps?|deficienc(?:y|ies)|weakness(?:es)?|action items?) tracker(?![a-z])/,
  // The plan a readiness or gap assessment closes its gaps with: "Readiness Plan", "Gap Closure Plan".
  /(?:readiness|gap closure|gap remediation) plan(?![a-z])/,
  // The same titles in the other languages registers are written in (their labels are read too): `# Registro de riesgos`,
  // `# Plan de tratamiento de riesgos`, `# Risikoregister`, `# Registre des risques`, `# Plano de ação`.
  /(?<![a-z])(?:registro (?:de |dos |dei )?(?:riesgos|riscos|rischi)|registre des risques|risikoregister|risicoregister|riskregister)(?![a-z])/,
  /(?<![a-z])(?:plan de (?:tratamiento|gestión|mitigación|remediación) de (?:los )?riesgos|plano de (?:tratamento|gestão|mitigação) (?:de|dos) riscos|plan de traitement des risques|piano di trattamento dei rischi|risikobehandlungsplan|risicobehandelplan)(?![a-z])/,
  /(?<![a-z])(?:plan de acci[óo]n correctiva|plano de a[çc][ãa]o corretiva|plan d'actions? correctives?|korrekturma(?:ß|ss)nahmenplan)(?![a-z])/,
  // Chinese and Japanese (no spaces between words): a risk management or treatment plan (风险管理计划, 風險處置計畫, リスク対応計画), a
  // rectification plan or ledger (整改方案, 整改实施与验收方案, 整改台账), a corrective action plan (纠正措施计划, 是正処置計画), a risk
  // register (风险登记册, 風險登記表, 风险台账, リスク登録簿, リスク管理台帳).
  /(?:风险|風險|リスク)(?:管理|处置|處置|处理|處理|应对|應對|対応|対策|治理)(?:计划|計劃|計畫|計画|方案)/,
  /整改(?:[^\s，。,.]{0,8}?)(?:方案|计划|計劃|計畫|台账|台帳|清单|清單)/,
  /(?:纠正|糾正|是正)(?:措施|処置|處置)(?:计划|計劃|計畫|計画|方案|台账|記録)/,
  /(?:风险|風險|リスク)(?:登记册|登記冊|登记表|登記表|台账|台帳|登録簿|管理台帳|一覧表)/,
];

/** Whether a title's words (lower case) name a plan (PLAN_TITLES). */
export function namesAPlan(words: string): boolean {
  return PLAN_TITLES.some((title) => title.test(words));
}

/** Words of a register's title that name what it lists ("Top risks", "Corrective Actions", "Open findings"). */
export const REGISTER_TITLE_WORDS = /(?<![a-z])(?:risks?|findings?|gaps?|actions?|remediations?|issues?|exceptions?|vulnerabilit(?:y|ies)|weakness(?:es)?|deficienc(?:y|ies)|threats?|hazards?|security fix(?:es)?)(?![a-z])/;

/** Whether a file's own name (not its folder's) names a plan or what a register lists (`risk_register.csv`, `poam.csv`, `findings.tsv`). */
export function namesRegister(fileName: string): boolean {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const words = base.replace(/\.[^.]*$/, '').replace(/[_.-]+/g, ' ').toLowerCase();
  // `recommendation_register.csv`: a register of the recommendations an assessment made, each the work on what it found.
  return REGISTER_TITLE_WORDS.test(words) || namesAPlan(words) || /(?<![a-z])recommendations? (?:register|tracker|log)(?![a-z])/.test(words);
}
