// The plan vocabulary of the spec (§3): field labels and their synonyms, and the
// values of status, treatment, tier and priority with the forms people write.
import type { RiskForm, Status, Tier, Treatment } from './plan-model';
import { ownCache, TextMemo } from '../caches';
import { isPlaceholder } from './placeholders';
import { fiveByFive, threeByThree } from './risk-rating';

/**
 * A risk ID as registers write it: letters (one to three parts, `R`, `POA&M`, `GAP-SEC`), an
 * optional hyphen and digits, then more numbered parts (`SEC-2026-04`, `R-3.1`). The one
 * pattern every Markdown reader splits IDs off headings, cells and lines with. A control's
 * number serves as the ID of a gap against it: ISO 27001 Annex A (`A.6.1`, `A.12.6`) and
 * NIST CSF (`PR.AC-1`, `GV.OC-01`). A hyphen may be
 * the Unicode hyphen or non-breaking hyphen (`R‑001`) editors put in to keep an ID on one line.
 */
export const RISK_ID_SOURCE = String.raw`(?:[A-Z]\.\d{1,3}(?:\.\d{1,3})+|[A-Z]{2}\.[A-Z]{2}-\d{1,3}|[A-Za-z][A-Za-z&]{0,11}(?:[-\u2010\u2011][A-Za-z]{1,8}){0,2}[-\u2010\u2011]?\d{1,6}(?:[-.\u2010\u2011]\d{1,6})*(?:\(\d{1,3}\))?)`;

/** Canonical field names a Markdown label or table header can map to. */
export type FieldName =
  | 'id' | 'risk' | 'title' | 'action' | 'owner' | 'due' | 'status' | 'priority' | 'treatment'
  | 'validation' | 'evidence' | 'completed' | 'tier'
  | 'nextReview' | 'lastReviewed' | 'reviewCycle' | 'riskAnalysis' | 'riskAnalysisDate' | 'riskAnalysisBy'
  | 'organization' | 'version' | 'approvedBy' | 'approvedOn' | 'documentDate'
  | 'rationale' | 'compensatingControls' | 'reviewBy' | 'trigger' | 'approval'
  | 'riskScore' | 'likelihood' | 'impact' | 'inherentRisk' | 'residualRisk' | 'controlWeight' | 'scope' | 'thirdParties' | 'preparedBy';

/** Columns naming a vendor (`Vendor`, `supplier`, `Third party`): the entry of a vendor risk register. */
const VENDOR_LABELS: readonly string[] = ['vendor', 'vendor name', 'supplier', 'supplier name', 'third party', 'third-party', 'third party name'];

/** Whether a column's label names the vendor (VENDOR_LABELS), or leads with it (`Vendor / category`). */
export function isVendorLabel(label: string): boolean {
  const words = normaliseLabel(label);
  return VENDOR_LABELS.some((vendor) => words === vendor || words.startsWith(`${vendor} /`) || words.startsWith(`${vendor}/`));
}

/**
 * The labels and table headers of each field, as the plans people write name them: the
 * spec's own first, then those of HIPAA remediation trackers, NIST SP 800-171 / CMMC plans
 * of action and milestones (POA&M), ISO 27001 risk treatment plans and risk registers.
 * Matched after normaliseLabel (any case, emphasis and a trailing colon removed).
 */
const LABELS: Record<FieldName, readonly string[]> = {
  id: ['id', 'risk id', 'ref', '#', 'poa&m id', 'poam id', 'poa&m #', 'poa&m item', 'poam item', 'item id', 'item identifier', 'item #', 'finding id', 'finding #', 'control id', 'issue id', 'gap id', 'weakness id', 'risk #', 'risk no', 'risk no.', 'risk number', 'risk ref', 'reference id', 'poa&m', 'poam', 'action id', 'ca id', 'cap id', 'car id', 'nc id', 'ncr id',
    // A gap assessment keys its rows by the framework's subcategory (NIST CSF `ID.AM-1`, `PR.AC-4`): each row one gap.
    'subcategory', 'csf subcategory', 'subcategory id', 'csf id', 'csf ref',
    // The same column in other languages (see the risk's).
    'nr', 'nr.', 'lfd. nr.', 'réf', 'réf.', 'référence', 'código', 'risiko-id', 'risiko id', 'mã', 'mã lỗ hổng', 'mã rủi ro',
    // Spanish and Portuguese put the noun first (`| ID Riesgo | Descripcion |`), with or without its accent or article.
    'id riesgo', 'id del riesgo', 'id de riesgo', 'id risco', 'id do risco', 'id de risco'],
  risk: [
    'risk', 'risk description', 'threat', 'vulnerability', 'weakness', 'deficiency', 'weakness description', 'finding', 'finding description',
    'gap', 'gap description', 'issue',
    // A POA&M's own words for its weakness (`weakness_name` beside `weakness_description`).
    'weakness name', 'weakness title', 'weakness or deficiency',
    // An audit report's entry: what it observed, the nonconformity it found (`**Observation:** …`, `**Nonconformity:** …`).
    'observation', 'nonconformity', 'non-conformity', 'nonconformity description', 'audit finding', 'issue description', 'risk title', 'risk name', 'risk statement', 'risk scenario', 'risk event', 'threat description', 'threat event', 'threat scenario', 'attack scenario', 'abuse case',
    'issue identified', 'identified issue', 'gap identified', 'identified gap', 'finding identified', 'exception', 'exception description',
    'work item', 'work items',
    // A hazard log (clinical safety, DCB0129 / ISO 14971): each hazard is a risk.
    'hazard', 'hazard description', 'hazard name', 'hazard title',
    // A hazard log's event (`| 発生事象 (Hazard Event) |`), and the risk, hazard and event columns in Japanese.
    'hazard event', 'hazardous event', 'リスク', 'ハザード', '発生事象', '事象', 'リスク内容', '課題',
    // A team's response to an audit, finding by finding (`| ID | Severity | Auditor finding | Our action |`).
    'auditor finding', 'auditor\'s finding',
    // A vendor risk register's entry is the vendor (`supplier,…,supplier_risk_level,risk_owner,vendor_status,remediation_action`),
    // beside a rating of each vendor's risk (isVendorLabel).
    ...VENDOR_LABELS,
    // The same column in the languages compliance documents are also written in (German, French, Spanish, Portuguese, Italian, Dutch,
    // Norwegian/Danish/Swedish, Vietnamese; umlauts also as ss/ae): a register in Norwegian names its measures as one in English does.
    'risiko', 'risikobeschreibung', 'bedrohung', 'befund', 'schwachstelle', 'risque', 'description du risque', 'menace', 'constat', 'vulnérabilité', 'riesgo', 'descripción del riesgo', 'amenaza', 'hallazgo', 'vulnerabilidad',
    'risco', 'descrição do risco', 'ameaça', 'constatação', 'vulnerabilidade', 'rischio', 'minaccia', 'vulnerabilità', 'risico', 'risicobeschrijving', 'dreiging', 'bevinding', 'kwetsbaarheid',
    'risikobeskrivelse', 'trussel', 'sårbarhet', 'sårbarhed', 'riskbeskrivning', 'rủi ro', 'lỗ hổng', 'tên lỗ hổng', 'mô tả rủi ro',
    // A threat register's or findings list's title column (`| ID | Threat Title | Affected Components |`).
    'threat title', 'threat name', 'finding title', 'finding name', 'vulnerability title', 'vulnerability name', 'issue title',
    // Turkish registers (`| ID | Kategori | Açıklama | Mevcut kontroller | … | Sahip |`): the risk, the threat, the finding, and the description column they are written in.
    'tehdit', 'bulgu', 'zafiyet', 'açıklık', 'risk açıklaması', 'açıklama',
    // A CAPA register's column for what was found (`| CAPA ID | Source | Finding Summary | Root Cause | Corrective Action |`).
    'finding summary', 'nonconformity summary', 'issue summary',
    // A gap analysis's column of what falls short, in the plural (`| HIPAA Requirement | Covered | Gaps Identified | Recommendations |`).
    'gaps identified', 'identified gaps',
    // A recommendation's section names the risk it answers (`### 1.2 Implement Authentication` over `**Risk Mitigated**: Unauthorized access to PHI`).
    'risk mitigated', 'risks mitigated', 'risk addressed', 'risks addressed',
    // A remediation plan's table of actions, each naming what it answers (`| # | Action | Addresses | Delivered in |`).
    'addresses', 'addressed risk', 'addressed risks', 'findings addressed', 'finding addressed',
  ],
  title: ['title', 'plan title', 'document title'],
  action: [
    'action', 'actions', 'planned action', 'planned actions', 'remediation', 'mitigation', 'corrective action', 'corrective actions', 'response',
    'mitigation strategy', 'mitigation plan', 'mitigation action', 'mitigation actions', 'mitigation measures', 'mitigation steps', 'planned mitigation',
    'planned remediation', 'remediation plan', 'remediation action', 'remediation actions', 'remediation steps', 'remediation activities', 'planned remediation action',
    'action items', 'action item', 'action plan', 'corrective action plan', 'implementation checklist', 'remediation checklist', 'action checklist', 'task checklist', 'key security measures', 'security measures', 'controls selected',
    'control selected', 'selected controls', 'selected control', 'treatment plan', 'treatment action', 'treatment actions', 'recommended action', 'recommended actions',
    'recommendation', 'recommendations', 'recommended controls', 'next steps', 'next step', 'next actions', 'next action', 'response plan', 'tasks', 'remediation tasks', 'implementation tasks', 'milestone', 'milestones with completion dates', 'planned milestones', 'controls', 'planned controls', 'proposed controls', 'treatment strategy', 'mitigation controls', 'mitigations', 'remediations', 'planned mitigations', 'controls / mitigations', 'mitigation strategies', 'remediation strategies', 'treatment strategies', 'remediation note', 'remediation notes', 'mitigation plans', 'treatment plans',
    // A register's note on how each risk is treated (`"treatment_note": "Phishing-resistant MFA on every administrator account, …"`).
    'treatment note', 'treatment notes',
    'remediation approach', 'resolution', 'action required', 'actions required', 'required action', 'required actions', 'remediation required',
    // What an assessment requires or suggests be done about a finding (`**Required Remediation:**`, `_Improvement:_`).
    'required remediation', 'required remediations', 'improvement', 'improvements', 'recommended improvement', 'recommended improvements', 'suggested improvement', 'suggested improvements', 'required improvement',
    'remaining actions', 'remaining action', 'open actions', 'outstanding actions', 'pending actions', 'remaining items', 'open items', 'outstanding items', 'remaining tasks', 'open tasks', 'remaining work',
    // A vendor register's entry names what is left to do with the vendor (`| **Open Issues** | Ensure the shared responsibility matrix is documented |`).
    'open issues', 'open issue', 'outstanding issues', 'outstanding issue',
    // A mitigation plan's measure put forward for a risk (`#### 2. Mitigating Database SPOF` over `**Proposal:** Replace the local volume with …`).
    'proposal', 'proposals', 'proposed approach',
    // A recommendation's fix, named for what is chosen (`**Recommended Solution**: OAuth2 with JWT tokens`).
    'recommended solution', 'recommended solutions', 'proposed solution', 'proposed solutions',
    // A tracker's plain words for an item's steps (`### What to do` over its checklist, set 95).
    'what to do', 'what will be done', 'what needs to be done', 'what we will do',
    // A gap's fix put as an improvement over what it has (`**Recommended Enhancement** (optimization, not gap closure):`).
    'recommended enhancement', 'recommended enhancements', 'proposed enhancement', 'proposed enhancements',
    // An assessment's fix for each risk it writes up (`### 2. **No Rate Limiting** - HIGH RISK` over `**Solution**:`).
    'solution', 'solutions',
    'mitigations implemented', 'implemented mitigations', 'mitigations in place', 'controls implemented', 'implemented controls', 'recommended remediation', 'recommended remediations',
    // What a change-gated register says shipped for each risk (`**Controls landed:**`, `**Mitigations landed:**` over a numbered list).
    'controls landed', 'mitigations landed', 'fixes landed', 'remediations landed',
    'proposed fix', 'proposed fixes', 'proposed remediation', 'proposed action', 'proposed actions', 'fix', 'planned fix',
    // An assessment's register entry: the mitigation it recommends, and the controls it requires or has applied.
    'recommended mitigation', 'recommended mitigations', 'suggested mitigation', 'suggested mitigations', 'proposed mitigation', 'proposed mitigations',
    'required control', 'required controls', 'recommended control', 'mitigations applied', 'mitigation applied', 'applied mitigations', 'controls applied', 'applied controls',
    // A threat model's column for what answers each threat (STRIDE tables: `| Threat Scenario | Mitigation Control |`).
    'mitigation control', 'mitigating control', 'mitigating controls', 'countermeasure', 'countermeasures',
    'recommended fix', 'recommended fixes', 'suggested fix', 'suggested fixes', 'suggested remediation', 'required fix',
    // A ticket's or a gap's own words for what is done: `Steps:`, `**Implementation Plan**:`.
    'steps', 'fix steps', 'implementation plan', 'fix requirements', 'remediation requirements',
    // A corrective action (CAPA) record: the correction made at once and the action that stops it recurring.
    // A gate a release or a deployment must pass (`| Risk | Gate | Evidence |`): what is done before it.
    'gate', 'required gate', 'release gate',
    // The control a treatment puts in place (`| Treatment | Primary Control |`).
    'corrective action description', 'action description', 'description of action', 'description of corrective action', 'remediation description',
    'primary control', 'primary controls', 'control measure', 'control measures', 'planned control', 'treatment control', 'treatment controls',
    'immediate correction', 'correction', 'containment', 'containment action', 'immediate action', 'immediate actions', 'long-term corrective action',
    // A vendor's urgent work under its heading (`**Immediate Actions Required:**` over `1. ⚠️ **URGENT:** Obtain SOC 2 Type II report`).
    'immediate action required', 'immediate actions required', 'urgent action required', 'urgent actions required', 'urgent actions',
    'long term corrective action', 'preventive action', 'preventive actions', 'permanent corrective action', 'corrective and preventive action',
    // A hazard log's controls added to those in place (beside `Existing controls`): what is done about the hazard.
    'additional controls', 'additional control', 'additional risk controls', 'additional mitigations', 'further controls', 'further actions', 'risk control measures', 'risk control measure',
    // A register's block of measures planned beyond its current controls (`**Current Controls**:` then `**Additional Mitigation**:` over a list).
    'additional mitigation', 'additional mitigation strategies', 'additional mitigation strategy', 'additional mitigation measures',
    // A generated register's per-risk Action Plan (`**Additional Mitigations Needed:**` over numbered measures).
    'additional mitigations needed', 'additional mitigations required', 'additional mitigations planned', 'mitigations needed', 'additional actions needed', 'additional actions required',
    // ISO 14971's own name for what reduces a hazard's risk (`| Hazard | Harm | Severity | Probability | Risk Control |`).
    'risk control', 'risk controls',
    // What the audited team did about each finding (`| Our action |`, `| Team response |`).
    'our action', 'our actions', 'action taken', 'actions taken', 'team action', 'team response', 'developer response', 'client response', 'project response',
    // The same column in other languages (see the risk's).
    'maßnahme', 'massnahme', 'maßnahmen', 'massnahmen', 'gegenmaßnahme', 'gegenmassnahme', 'gegenmaßnahmen', 'gegenmassnahmen', 'empfehlung', 'empfehlungen', 'empfohlene maßnahme', 'empfohlene massnahme',
    'mesure', 'mesures', 'mesure corrective', 'mesures correctives', 'action corrective', 'actions correctives', 'atténuation', 'plan d\'action', 'recommandation', 'recommandations',
    'mitigación', 'mitigacion', 'medida', 'medidas', 'medidas de mitigación', 'acción', 'acciones', 'acción correctiva', 'acciones correctivas', 'recomendación', 'recomendaciones',
    // The action proposed for a finding (`| Hallazgo | Severidad | Acción propuesta |`), as `Proposed action` is.
    'acción propuesta', 'accion propuesta', 'acciones propuestas', 'medida propuesta', 'ação proposta', 'action proposée', 'actions proposées', 'azione proposta', 'vorgeschlagene maßnahme',
    // The risk's response, as `Response` is (`| Respuesta |` holding `foreground service + guía de exclusión`).
    'respuesta', 'respuesta al riesgo', 'plan de respuesta', 'resposta', 'resposta ao risco', 'réponse', 'réponse au risque', 'risposta', 'risposta al rischio',
    // The next step, as `Next step` is (`| Mitigación siguiente |`).
    'mitigación siguiente', 'mitigacion siguiente', 'siguiente mitigación', 'próxima mitigación', 'siguiente paso', 'siguientes pasos', 'próximo paso', 'próximos pasos', 'acción siguiente', 'próxima acción',
    'mitigação', 'mitigacao', 'ação', 'ações', 'medidas de mitigação', 'ação corretiva', 'ações corretivas', 'recomendação', 'recomendações',
    'mitigazione', 'misura', 'misure', 'azione', 'azioni', 'azione correttiva', 'raccomandazione', 'raccomandazioni',
    'maatregel', 'maatregelen', 'mitigatie', 'actie', 'acties', 'aanbeveling', 'aanbevelingen',
    'mitigering', 'mitigeringer', 'tiltak', 'risikoreduserende tiltak', 'anbefaling', 'anbefalinger', 'foranstaltning', 'foranstaltninger', 'åtgärd', 'åtgärder', 'rekommendation', 'rekommendationer',
    'giải pháp', 'biện pháp', 'biện pháp khắc phục', 'giải pháp khắc phục', 'khuyến nghị',
    // The same column in Japanese (`| 対策 (Mitigation) |`).
    '対策', '対応策', '是正措置', '対応内容', '対策案', '対応方針',
    // A hazard log's mitigations still to add beside those in place (`### Recommended Additional Mitigations` over a checklist).
    'recommended additional mitigations', 'recommended additional controls', 'additional recommended mitigations', 'mitigations recommended', 'recommended further mitigations',
    'additional recommendations', 'further recommendations',
    // An audit report's issue closes on the fix it asks for, the noun first (`**Fix Required:**`, `**Fix Needed:**`).
    'fix required', 'fixes required', 'fix needed', 'fixes needed', 'required change', 'required changes', 'change required', 'changes required', 'remediation needed', 'action needed', 'actions needed',
    // A tracker's fix given as the commands that apply it (`#### Fix Commands` over a shell block).
    'fix commands', 'remediation commands',
    // Spanish written without its accents, as plain-text forms do (`| Riesgo | Accion | Responsable |`).
    'accion', 'acciones', 'accion correctiva', 'acciones correctivas',
    // A threat model's answer to each threat, proposed and not yet decided (`**Potential mitigations:**` then a numbered list).
    'potential mitigations', 'potential mitigation', 'possible mitigations', 'possible mitigation', 'potential countermeasures', 'possible countermeasures',
    // What is done until the full fix can be (`**Partial Mitigation:**` where the full one would break a feature).
    'partial mitigation', 'partial mitigations', 'interim mitigation', 'interim mitigations', 'temporary mitigation', 'temporary mitigations',
    // A threat model's requirement that answers each threat (`| Threat ID | … | Mitigating Requirement |`).
    'mitigating requirement', 'mitigating requirements', 'mitigation requirement', 'mitigation requirements',
    // The way to the fix, as a register's entry or a review's finding names it (`**Fix path:**`, `**Fix route → backend:**`); and the same column in Turkish.
    'fix path', 'fix paths', 'fix route', 'fix routes', 'remediation path', 'remediation route', 'mitigation path', 'önlem', 'önlemler', 'tedbir', 'tedbirler', 'aksiyon', 'eylem', 'eylem planı', 'düzeltici faaliyet',
    // An ISO audit finding's corrective and preventive action (`**CAPA**: Linked to CAPA-2026-005 for …`).
    'capa', 'capa action', 'corrective and preventive action', 'corrective/preventive action',
    // A POA&M's column for the planned fix (`| Weakness / Finding | Risk Level | Remediation Action Plan |`).
    'remediation action plan', 'mitigation action plan', 'corrective action plans',
  ],
  owner: [
    'owner', 'responsible', 'responsible party', 'assignee',
    // Who leads the work (`| Lead owner |`, `| Workstream lead |`, `| Lead |`).
    'lead owner', 'lead', 'accountable lead', 'delivery lead', 'workstream lead', 'remediation lead', 'action lead', 'assigned to', 'assigned', 'assigned team', 'accountable', 'risk owner', 'responsible person', 'responsible individual',
    'poc', 'point of contact', 'ownership', 'accountable role', 'responsible role', 'owner role', 'accountable owner', 'action owner', 'remediation owner', 'owner / poc', 'plan owner', 'poa&m owner', 'poam owner', 'accountable person', 'assigned owner',
    // An ISO 27001 treatment plan's owner of the control it plans (`| Planned Action | Control Owner |`).
    'control owner',
    // A register exported from an app, its owner a user's key (`"ownerId": "user-2"`).
    'owner id',
    // A recommendation register's owners, often several functions (`ownership_model: CISO / IT Risk / Legal`).
    'ownership model',
    // The same column in other languages (see the risk's).
    'verantwortlich', 'verantwortlicher', 'verantwortliche', 'risikoeigner', 'zuständig', 'responsable', 'propriétaire', 'propriétaire du risque', 'responsable du risque', 'responsável', 'proprietário', 'dono do risco',
    'responsabile', 'eigenaar', 'verantwoordelijke', 'risico-eigenaar', 'risicoeigenaar', 'ansvarlig', 'ansvarig', 'risikoeier', 'riskägare', 'người phụ trách', 'phụ trách',
    // The same column in Turkish (`| Sahip |`, `Risk sahibi`).
    'sahip', 'sahibi', 'risk sahibi', 'sorumlu',
    // The same column in Japanese (`| 担当者 |`, `| 責任者 |`).
    '担当', '担当者', '責任者', 'リスクオーナー', 'オーナー',
  ],
  due: [
    'due', 'due date', 'target date', 'deadline', 'timeline', 'target',
    // A register's deadline written as a note (`due_date_note`: `10 days from decision issue date`, set 89).
    'due date note', 'due note', 'deadline note',
    // A window counted from the plan's start (`| days |` over `0-30`, `31-60`: see withHeaderUnit).
    'days', 'days to complete', 'days to remediate', 'due window', 'remediation window', 'timeframe', 'time frame', 'target window', 'target timeframe', 'target time frame', 'target completion date', 'target completion', 'scheduled completion date',
    'scheduled completion', 'planned completion date', 'planned completion', 'estimated completion date', 'estimated completion', 'expected completion date',
    'mitigation deadline', 'remediation deadline', 'remediation due date', 'remediation target date', 'due by', 'planned date', 'target remediation date', 'milestone date', 'completion target', 'scheduled', 'target timeline', 'time horizon', 'delivery target', 'proposed delivery target', 'proposed target', 'proposed target date',
    'sla due', 'sla due date', 'sla deadline', 'sla target', 'sla date', 'remediation sla',
    'original target date', 'revised target date', 'revised due date', 'new target date', 'revised completion date', 'updated target date', 'current target date', 'current due date', 'current target', 'current deadline',
    // A POA&M export's date an item is to be closed by (`Target_Close`), as its `Scheduled Completion Date`.
    'target close', 'target close date', 'target closure', 'target closure date', 'planned close date', 'planned closure date',
    // A backlog plans by sprint or release (`| Planned Mitigation Sprint | Sprint 19 |`): its deadline, though not a date (missing-due-date quotes it).
    'sprint', 'target sprint', 'planned sprint', 'mitigation sprint', 'planned mitigation sprint', 'remediation sprint', 'fix sprint', 'planned fix sprint',
    'target release', 'planned release', 'fix version', 'fix release', 'target version', 'release target',
    // The same column in other languages (see the risk's).
    'frist', 'termin', 'fälligkeit', 'fälligkeitsdatum', 'zieldatum', 'zieltermin', 'échéance', 'date cible', 'date limite', 'date d\'échéance', 'fecha límite', 'fecha limite', 'fecha objetivo', 'plazo',
    'prazo', 'data limite', 'data alvo', 'scadenza', 'streefdatum', 'uiterste datum', 'tidsfrist', 'måldato', 'slutdato', 'måldatum', 'thời hạn', 'hạn chót',
    // When the fix is expected (`| ETA | 48 hours |`): a deadline, dated or not (missing-due-date quotes one that is not a date).
    'eta', 'fix eta', 'target eta', 'remediation eta',
    // A window to fix in (`| Remediation Timeframe | 24-48 hours |`), counted as any relative deadline is. Not a
    // `Remediation Timeline`: beside `Requirement | Status | Gap` it says how long each gap takes, and makes no register.
    'remediation timeframe', 'remediation time frame', 'remediation window', 'fix timeframe',
    // When a finding is to be resolved (`**Target Resolution**: 2027-03-01`), as a register's template writes it.
    'target resolution', 'target resolution date',
    // The same column in Turkish.
    'hedef tarih', 'son tarih', 'bitiş tarihi', 'termin tarihi',
    // The same column in Japanese (`| 期限 |`, `| 対応期限 |`).
    '期限', '対応期限', '期日', '完了予定日',
  ],
  status: ['status', 'state', 'current status', 'remediation status', 'implementation status', 'action status', 'mitigation status', 'treatment status', 'verification status',
    'vendor status', 'supplier status',
    // The same column in other languages (see the risk's).
    'statut', 'état', 'estado', 'situação', 'stato', 'tilstand', 'trạng thái',
    // The same column in Turkish.
    'durum',
    // The same column in Japanese (`| ステータス |`, `| 状態 |`, `| 対応状況 |`).
    'ステータス', '状態', '対応状況', '進捗',
  ],
  priority: ['priority', 'risk level', 'rating', 'risk rating', 'severity', 'criticality', 'risk priority', 'priority level', 'overall risk', 'overall risk rating', 'overall rating', 'level', 'risk severity',
    // The rank of the work on a risk (`| Remediation Priority |`), or of a recommendation in the order of work (`**Implementation Priority**: 🔴 P0`).
    'remediation priority', 'mitigation priority', 'treatment priority', 'implementation priority',
    // A vendor risk register's grade of each vendor (`supplier_risk_level`, `Vendor Risk Tier`).
    'vendor risk level', 'supplier risk level', 'vendor risk rating', 'supplier risk rating', 'vendor risk tier', 'supplier risk tier',
    // The column a scheme of its own is written in: MoSCoW, an audit's grade of a nonconformity (`| Grade | Minor NC |`).
    'moscow', 'moscow priority', 'moscow rating', 'grade', 'finding grade', 'nc grade', 'nonconformity grade', 'nc type', 'nonconformity type', 'finding classification', 'nc classification', 'severity level', 'sev',
    // What an assessment rates its entries by under the entry's name (`| Gap Severity |`, `**Finding Severity:**`).
    'gap severity', 'finding severity', 'gap rating', 'gap priority', 'finding rating', 'threat severity', 'vulnerability severity', 'issue severity',
    // The same column in other languages (see the risk's).
    'schwere', 'schweregrad', 'kritikalität', 'risikostufe', 'risikoniveau', 'risiko level', 'risikobewertung', 'priorität', 'gravité', 'sévérité', 'criticité', 'niveau de risque', 'priorité',
    'severidad', 'gravedad', 'criticidad', 'nivel de riesgo', 'prioridad', 'prioridad de revisión', 'severidade', 'gravidade', 'criticidade', 'nível de risco', 'prioridade', 'gravità', 'livello di rischio', 'priorità',
    'ernst', 'ernstigheid', 'risiconiveau', 'prioriteit', 'risikonivå', 'alvorlighetsgrad', 'prioritet', 'risknivå', 'allvarlighetsgrad', 'alvorlighed', 'mức độ', 'mức độ rủi ro', 'mức độ nghiêm trọng', 'mức độ ưu tiên',
    // The same column in Turkish.
    'öncelik', 'önem derecesi', 'risk seviyesi', 'risk düzeyi',
    // The same column in Japanese (`| 優先度 |`, `| 重要度 |`).
    '優先度', '重要度', 'リスクレベル',
  ],
  treatment: ['treatment', 'response type', 'decision', 'treatment option', 'risk treatment', 'risk treatment option', 'risk response', 'response strategy', 'treatment decision', 'treatment type', 'risk decision',
    // The treatment an assessment recommends (`Recommended Treatment`): a treatment option, or, when its cells say what is done, the action (risk-table.ts, delimited-table.ts).
    'recommended treatment', 'proposed treatment',
    // The Orange Book's 4Ts chosen for a risk (`**Primary Response:** TREAT (Mitigate/Reduce)`): its treatment, not its work.
    'primary response', 'selected response', 'chosen response'],
  validation: ['validation', 'verification', 'evidence of fix', 'verification method', 'validation method', 'how verified', 'acceptance criteria', 'closure criteria', 'evidence required', 'required evidence', 'success metrics', 'success criteria', 'validation test', 'validation tests', 'verification test', 'verification tests', 'validation steps', 'verification steps',
    // When the control was last checked to work (`| Last Verified | 2026-01-03 |`).
    'last verified', 'last tested', 'last validated',
    // What the checks found, as a heading over their list (`#### Verification Results` then `- **Load Testing**: ✅ Passed`).
    'verification results', 'validation results', 'verification result', 'validation result', 'retest results', 're-test results',
    // An audit report's list of the tests a resolved finding now passes (`**Tests Passed:**` then `- ✅ test_…`).
    'tests passed', 'passed tests', 'passing tests', 'tests passing', 'regression tests', 'test results',
    // A POA&M item's measure of when it is done (`**Completion Criteria:** 100% of images scanned`): how it is shown to work.
    'completion criteria', 'completion criterion',
    // A corrective action's check that it worked (a CAPA log's `Effectiveness_Check`): how the fix was shown to work.
    'effectiveness check', 'effectiveness verification', 'verification of effectiveness', 'effectiveness review'],
  evidence: ['evidence', 'evidence of completion', 'evidence of closure', 'supporting evidence', 'closure evidence', 'artifacts', 'artefacts', 'deliverable', 'deliverables', 'document',
    // The record that a fix was checked (`verification_evidence:`, `| Verification Evidence |`): evidence, not the method of the check.
    'verification evidence', 'validation evidence', 'evidence of verification', 'evidence of validation', 'remediation evidence', 'evidence of remediation', 'test evidence',
    // The change that made the fix (`| PR |`, `**Commit:**`): its record.
    'pull request', 'pull requests', 'pr', 'merge request', 'mr', 'commit', 'commits', 'fix commit', 'fixed in',
    'pr link', 'pr url', 'pull request link', 'pull request url', 'merge request link', 'commit sha', 'commit hash', 'commit url', 'commit link', 'fix pr',
    // The files a fix changed, listed under it (`### Files modified` over `- backend/app/core/config.py:21,29 — flipped defaults`, set 95).
    'files modified', 'files changed', 'modified files', 'changed files',
    // A hazard log's or a findings report's section of what was tested (`### Testing Evidence` over `- ✅ Rate limiting tested`).
    'testing evidence', 'evidence of testing', 'tests evidence'],
  completed: ['completed', 'completed on', 'date completed', 'completion date', 'actual completion date', 'actual completion', 'completed date', 'date closed', 'closed on', 'closure date', 'date verified', 'verified on', 'date implemented', 'implemented on', 'date resolved', 'resolved on', 'closed', 'closed date', 'date of closure', 'resolved date', 'resolution date', 'closure'],
  tier: ['tier'],
  nextReview: ['nextreview', 'next review', 'review date', 'next review date', 'next scheduled review', 'next assessment', 'next assessment date',
    // A tracker's or an audit report's own words for when it is next looked at (`Next Review Due: February 8, 2026`, `Next Audit Due:`).
    'next review due', 'next review due date', 'review due', 'review due date', 'next audit', 'next audit date', 'next audit due',
    // A threat model's or a security review's footer (`**Next Threat Review**: 2025-11-01`): when the document is next looked at.
    'next threat review', 'next threat model review', 'next security review', 'next security assessment', 'next risk review', 'next risk assessment',
    // When the plan is next reviewed in the other languages registers are written in (`**Próxima revisão:** 2026-03-27`, `**Sonraki gözden geçirme**: 2026-07-10`).
    'próxima revisão', 'proxima revisao', 'próxima revisao', 'próxima revisión', 'proxima revision', 'nächste überprüfung', 'naechste ueberpruefung', 'prochaine revue', 'prochaine révision', 'prossima revisione', 'volgende review', 'volgende beoordeling', 'sonraki gözden geçirme', 'sonraki inceleme', 'sonraki', 'sonraki rvw', 'next rvw'],
  lastReviewed: ['lastreviewed', 'last reviewed', 'last review', 'last review date', 'date reviewed', 'reviewed on',
    // A generated register's timestamp key (`reviewed_at: 2026-08-26`).
    'reviewed at', 'reviewedat',
    // When it was last reviewed, in the same languages.
    'last rvw', 'son rvw', 'última revisão', 'ultima revisao', 'última revisión', 'ultima revision', 'letzte überprüfung', 'dernière revue', 'dernière révision', 'ultima revisione', 'laatste review', 'son gözden geçirme'],
  // How often the plan promises to be reviewed (`Review cycle: quarterly`): the interval its own reviews are held to.
  reviewCycle: ['reviewcycle', 'review cycle', 'review frequency', 'reviewfrequency', 'review interval', 'review period', 'review schedule', 'frequency of review', 'review cadence'],
  riskAnalysis: ['riskanalysis', 'risk analysis', 'risk assessment', 'risk assessment reference'],
  riskAnalysisDate: ['risk analysis date', 'risk assessment date', 'assessment date', 'analysis date', 'date of analysis', 'date of assessment', 'audit date', 'last assessed', 'date assessed', 'assessed on',
    // A penetration test report's own date (`**Test Date**: April 22, 2025`): the day the assessment it reports was run.
    'test date', 'testing date', 'date of test', 'date of testing', 'date tested',
    // An exercise's after-action report (`**Exercise Date:** 2026-01-20`): the day the exercise it assesses was run.
    'exercise date', 'date of exercise', 'tabletop date',
    // The same footer's `**Last Security Assessment**: 2025-08-15`: the day of the assessment the document answers.
    'last security assessment', 'last risk assessment', 'last threat assessment', 'security assessment date', 'threat assessment date'],
  riskAnalysisBy: ['risk analysis conducted by', 'risk assessment conducted by', 'conducted by', 'conductedby', 'assessor', 'assessed by', 'assessment conducted by', 'risk assessor', 'auditor', 'audited by', 'performed by', 'assessment performed by',
    // An audit report's footer (`**Audit Performed By:** Security Audit Agent`).
    'audit performed by', 'audit conducted by', 'audit by',
    // The assessor named by the role they sign a report in (`**QA Architect:** Quinn`, `**Lead Auditor:** …`).
    'lead auditor', 'lead assessor', 'security auditor', 'security assessor', 'qa architect', 'evaluator',
    // A vendor assessment's header (`**Assessment ID:** …`, `**Date:** …`, `**Analyst:** Lazaro Denis, GRC Analyst`): who made the assessment it reports.
    'analyst', 'risk analyst', 'lead analyst', 'assessment analyst',
    // Who ran a penetration test (`**Tester**: RedTeamLabs`).
    'tester', 'tested by', 'penetration tester', 'pentester', 'testing performed by', 'test performed by',
    // Who ran the exercise an after-action report assesses (`**Facilitator:** CISO`).
    'facilitator', 'exercise facilitator', 'facilitated by',
    // A risk assessment's methodology (`**Assessment Team:**` over `- CISO (Lead)`, `- CTO`): who made it, listed below the label.
    'assessment team', 'risk assessment team'],
  organization: ['organization', 'organisation', 'covered entity', 'practice', 'organization name', 'organisation name', 'company'],
  version: ['version', 'document version', 'plan version',
    // The same label in Turkish, Portuguese and Spanish (`**Versiyon**: 1.0 — 2026-04-10`).
    'versiyon', 'versão', 'versión'],
  approvedBy: ['approved by', 'approvedby', 'approver', 'signed by', 'authorized by', 'authorised by', 'authorizing official',
    // Who accepted a risk (`| Risk ID | Residual Score | Justification | Accepted By | Date |`, set 89): its acceptance's approver.
    'accepted by', 'risk accepted by',
    // Who may accept the risk, in a register that records its acceptances (`acceptance_authority`, set 91).
    'acceptance authority', 'accepting authority', 'risk acceptance authority',
    // The same in Spanish and Portuguese, as a form's front matter or control block writes it (`aprobo: Direccion General`).
    'aprobó', 'aprobo', 'aprobado por', 'aprovado por', 'aprovou'],
  documentDate: [
    // A bare `Date:` among a document's details dates the document (never a table's column: it is judged by its cells).
    'date', 'document date', 'plan date', 'date of plan', 'last updated', 'last update', 'date last updated', 'updated at', 'updated on', 'last updated at', 'last modified', 'version date', 'effective date', 'date prepared',
    'prepared on', 'generated on', 'generated', 'date generated', 'report generated', 'created on', 'date created', 'report date', 'date of report', 'issue date', 'date issued', 'date of issue', 'publication date', 'plan effective date',
    // The day the document states its matters as of (`**As of:** 2026-09-23`), and the same in German (`**Stand:**`, `**Datum:**`).
    'as of', 'as at', 'stand', 'datum',
  ],
  // Who approved and when in one value (`Plan approval | D. Cho, 2026-07-15`).
  approval: ['plan approval', 'approval', 'document approval', 'approval record', 'sign-off', 'signoff', 'plan sign-off'],
  approvedOn: ['approved on', 'approvedon', 'approval date', 'date approved', 'signed on', 'date of approval', 'authorization date', 'acceptance date', 'risk acceptance date', 'date accepted', 'accepted on'],
  rationale: ['rationale', 'acceptance rationale', 'risk acceptance rationale', 'justification', 'risk justification', 'basis for acceptance', 'acceptance basis', 'reason for acceptance', 'acceptance justification', 'justification for acceptance',
    // An audited team's reasons beside a finding it acknowledged (`| Our action | Our response |`).
    'our response', 'our rationale'],
  compensatingControls: ['compensating controls', 'compensatingcontrols', 'existing safeguards', 'existing controls', 'current safeguards', 'current controls',
    'compensating control', 'compensating measures', 'compensating safeguards',
    // The controls in place in other languages (`| Mevcut kontroller |`).
    'mevcut kontroller', 'mevcut önlemler', 'controles existentes', 'controles atuais', 'bestehende maßnahmen', 'mesures existantes',
    // Vietnamese: the current controls (`| Kiểm soát hiện tại |`), the existing ones.
    'kiểm soát hiện tại', 'kiểm soát hiện có', 'biện pháp hiện tại'],
  // What brings an accepted risk back for review (`review_trigger`: `Re-evaluate at next quarterly review`, set 91).
  reviewBy: ['review by', 'reviewby', 'review trigger', 'review triggers', 're-evaluation trigger'],
  // The condition that sets off a contingency plan: the Response listed after it is what is done if it happens, not a planned measure.
  trigger: ['trigger', 'triggers', 'trigger event', 'trigger condition', 'triggering event', 'escalation trigger', 'early warning signs', 'warning signs'],
  riskScore: ['risk score', 'score', 'overall risk score', 'total', 'total score', 'total risk', 'total risk score',
    // Likelihood times impact named by the product (`| L×I |`; `L x I`, `Likelihood * Impact` are spelt so too, see fieldForLabel).
    'l×i'],
  likelihood: ['likelihood', 'probability', 'prob', 'prob.', 'likelihood rating', 'likelihood score', 'likelihood (l)', 'l', 'inherent likelihood', 'likelihood value', 'likelihood level',
    // The same column in other languages (see the risk's).
    'wahrscheinlichkeit', 'eintrittswahrscheinlichkeit', 'eintritts-wk', 'eintritts wk', 'probabilité', 'vraisemblance', 'probabilidad', 'probabilidade', 'probabilità', 'waarschijnlijkheid', 'sannsynlighet', 'sannolikhet', 'sandsynlighed', 'khả năng',
    // How likely the threat is to occur, as threat models label it (`**Occurrence likelihood**: High`).
    'occurrence likelihood', 'likelihood of occurrence', 'probability of occurrence', 'occurrence probability',
    // The same column in Turkish.
    'olasılık',
    // The same column in Japanese (`| 可能性 |`, `| 発生可能性 |`).
    '可能性', '発生可能性',
  ],
  impact: ['impact', 'impact rating', 'impact score', 'magnitude', 'consequence', 'impact (i)', 'i', 'inherent impact', 'business impact', 'impact value', 'impact level',
    // The same column in other languages (see the risk's).
    'auswirkung', 'auswirkungen', 'schadensausmaß', 'schadensausmass', 'conséquence', 'conséquences', 'impacto', 'consecuencia', 'consequência', 'impatto', 'gevolg', 'gevolgen', 'konsekvens', 'konsekvenser', 'tác động', 'ảnh hưởng',
    // The same column in Turkish.
    'etki',
    // The same column in Japanese (`| 影響 |`, `| 影響度 |`).
    '影響', '影響度',
  ],
  inherentRisk: ['inherent', 'inherent risk', 'inherent risk rating', 'inherent risk level', 'inherent risk score', 'inherentrisk', 'initial risk', 'initial risk rating', 'initial score', 'initial risk score', 'initial risk level', 'current risk', 'current risk level', 'current risk rating', 'risk before treatment', 'current',
    // The product before treatment, as a register marks it (`| L×I (I) |`, I for inherent).
    'l×i (i)', 'inherent l×i',
    // A register rating each risk before and after treatment in columns of its own (`Inherent Likelihood | Inherent Impact | Inherent Rating`).
    'inherent rating', 'inherent level', 'inherent score', 'inherent risk score rating',
    // The exposure before the work, beside the risk left after it (`| Baseline exposure | Residual risk |`, set 94).
    'baseline exposure', 'baseline risk', 'baseline risk level', 'baseline rating',
    // The FedRAMP POA&M template's rating before any adjustment (`| Original Risk Rating |`, shortened `| Original Risk |`).
    'original risk rating', 'original risk', 'original rating'],
  residualRisk: ['residual', 'residual risk', 'residual risk rating', 'residual risk level', 'residual risk score', 'residualrisk', 'target risk', 'target risk level', 'risk after treatment', 'target residual', 'expected residual score', 'expected residual risk', 'residual rating', 'residual level', 'residual score',
    // The FedRAMP POA&M template's rating after a deviation request (`| Adjusted Risk Rating |`, shortened `| Adj. Risk |`).
    'adjusted risk rating', 'adjusted risk', 'adj. risk', 'adj risk', 'adjusted rating',
    // The product after treatment, as a register marks it (`| L×I (R) |`, R for residual, beside `| L×I (I) |`).
    'l×i (r)', 'residual l×i'],
  // A NIST SP 800-171 POA&M's weight of the unmet requirement in the DoD assessment methodology (SPRS: 5, 3 or 1 points):
  // how much it costs the score, which ranks the items (controlWeight).
  controlWeight: ['weight', 'sprs weight', 'sprs points', 'point value', 'points value', 'sprs point value', 'dod weight', 'sprs deduction', 'point deduction'],
  scope: ['scope', 'systems in scope', 'in-scope systems', 'ephi systems', 'systems with ephi', 'systems that hold ephi', 'ephi locations', 'where ephi lives', 'assets in scope'],
  thirdParties: ['third parties', 'third-party vendors', 'third party vendors', 'third-parties', 'thirdparties', 'vendors', 'business associates', 'service providers'],
  // Who prepared the document: in a risk analysis or assessment, who conducted it (read so only there).
  preparedBy: ['prepared by', 'drafted by', 'compiled by', 'preparer', 'author'],
};

// Issue 12, YAML keys (helper 12b): synonyms seen as YAML keys in registers (`risk_owner`,
// `mitigation_plan`, `target_completion_date`), read through the same index as the labels.
const MORE_LABELS: Partial<Record<FieldName, readonly string[]>> = {
  owner: ['risk owner', 'action owner'],
  action: ['mitigation plan', 'mitigation strategy', 'remediation plan'],
  due: ['target completion date', 'mitigation deadline'],
};

const LABEL_INDEX = new Map<string, FieldName>();
for (const table of [LABELS, MORE_LABELS]) {
  for (const [name, labels] of Object.entries(table) as [FieldName, readonly string[]][]) {
    for (const label of labels) if (!LABEL_INDEX.has(label)) LABEL_INDEX.set(label, name);
  }
}

// Labels and headers repeat on every risk of a plan and across plans (`Owner`, `Due date`): each
// is normalised and looked up once, not once per line that carries it.
const normalisedLabels = ownCache('normalised labels', new TextMemo<string>(10_000));
const fieldsByLabel = ownCache('fields by label', new TextMemo<FieldName | undefined>(10_000));

/** Strips emphasis markers, a trailing colon and extra space from a label or header. */
export function normaliseLabel(label: string): string {
  return normalisedLabels.of(label, normalisedLabel);
}

function normalisedLabel(label: string): string {
  return label
    // `risk_id`, `target_date`: a header in snake_case names its words as spaced ones do (emphasis `_…_` is not between letters).
    .replace(/(?<=[\p{L}\d])_(?=[\p{L}\d])/gu, ' ')
    .replace(/[*_`]/g, '')
    .replace(/:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The canonical field a Markdown label or table header names, if any. Headers carry hints
 * the field is named before: "Owner(s)", "Due date (YYYY-MM-DD)", "Status / Notes".
 */
export function fieldForLabel(label: string): FieldName | undefined {
  return fieldsByLabel.of(label, labelField);
}

/** A label for what the users, customers or patients of a product do (`Recommendations for Users`, `User responsibilities`). */
const FOR_USERS_LABEL = /^(?:(?:recommendations?|guidance|advice|actions?|steps|responsibilities) for (?:the )?(?:end[- ]?)?(?:users?|customers?|patients?|clients?|consumers?)|(?:end[- ]?)?(?:users?|customers?|patients?|clients?|consumers?)(?: side)? (?:recommendations?|guidance|advice|actions?|responsibilities|steps))$/;

/** A first word that says whose a column is or what stage its value is at (see labelField). */
const STAGE_OR_DUTY = /^(?:responsible|accountable|assigned|designated|planned|proposed|recommended|suggested|agreed|required) (?=\S)/;

function labelField(label: string): FieldName | undefined {
  // `owner placeholder`, `target date placeholder`: a column whose values wait for the real ones is still that field's.
  // `L x I`, `LxI`, `Likelihood * Impact` (its `*` gone with emphasis): the product of the two is spelt one way (`l×i`).
  const key = normaliseLabel(label).replace(/(?<=\S) placeholders?$/, '').replace(/(^|\s)(?:l ?[×x] ?i|likelihood ?[×x]? ?impact)(?=\s|$)/, '$1l×i');
  const named = LABEL_INDEX.get(key);
  if (named !== undefined) return named;
  // `Risk-Level`, `Risiko-Level`, `Due-Date`: words joined by hyphens name what the spaced words name.
  const spaced = key.includes('-') ? LABEL_INDEX.get(hyphensSpaced(key)) : undefined;
  if (spaced !== undefined) return spaced;
  // "Threat ID", "Vulnerability #", "Hazard Ref": the ID of whatever a register lists, by the words it names its entries with.
  if (ENTRY_ID_HEADER.test(key)) return 'id';
  // "Weakness/ Deficiency Identified by" (a POA&M's column for the scan or audit that found it): who or what found the entry, not the entry.
  if (FOUND_BY_HEADER.test(key)) return undefined;
  // "Status at 2026-12-31", "Status as of June 2026": a column's date qualifies it, it does not rename it.
  const bare = withoutHint(key.replaceAll('(s)', '')).replace(/\s+(?:at|as of|as at)\s+\S.*$/, '');
  // "Key Mitigations", "Main risks": a word that picks out the chief ones does not rename the column.
  const chief = /^(?:key|main|principal|major|primary) (?=\S)/.test(bare) ? LABEL_INDEX.get(bare.replace(/^\S+ /, '')) : undefined;
  if (chief !== undefined) return chief;
  // "Responsible Owner", "Planned Mitigation Action", "Proposed Due Date": a word for whose it is or what stage it is at does not rename the column.
  // (The rest read as a label is read: "Proposed accountable / delivery owner" is who is accountable.)
  const staged = STAGE_OR_DUTY.test(bare) ? fieldForLabel(bare.replace(STAGE_OR_DUTY, '')) : undefined;
  if (staged !== undefined) return staged;
  // "Fix route → backend", "Action -> Platform team": an arrow routes the field to whoever takes it; the field is named before it.
  const routed = /^(.+?)\s*(?:→|->|⇒|=>)\s*\S/.exec(bare)?.[1];
  if (routed !== undefined && LABEL_INDEX.has(routed)) return LABEL_INDEX.get(routed);
  // "Recommendations for Users", "Customer responsibilities": what the product's users are advised to do is theirs, not the plan's work.
  if (FOR_USERS_LABEL.test(bare)) return undefined;
  // "Status / Notes" is the status; "Migration/Document" the document, when its first part names nothing.
  const parts = bare.split('/').map((part) => part.trim());
  // "C/I/A": the security properties a risk touches (confidentiality, integrity, availability), letters each; no rating, no field.
  if (parts.length > 1 && parts.every((part) => /^[a-z]$/.test(part))) return undefined;
  // "Primary mitigations in code/architecture", "Controls for each threat": where or for what qualifies the column, it does not rename it.
  // ("Controls in place" names the controls already there: not qualified so.)
  // "Action required before go-live", "Fix before launch": when the work is due qualifies it too.
  const qualified = /^(.+?) (?:in|for|per|across|before) (?!place\b|use\b|effect\b|progress\b)\S.*$/.exec(parts[0])?.[1];
  const qualifiedName = qualified === undefined ? undefined : LABEL_INDEX.get(qualified.replace(/^(?:key|main|principal|major|primary) /, ''));
  // "Residual risk / required action": a rating beside the action says what is left once the action is done; the column's work is the action.
  const rated = parts.length > 1 && RATING_FIELDS.has(LABEL_INDEX.get(parts[0]) ?? 'id') && parts.slice(1).some((part) => LABEL_INDEX.get(part) === 'action');
  // "Owner / next step": a column for who or what is next holds the step in every row that has one (the owner, when named, is in its words).
  const ownedStep = parts.length > 1 && LABEL_INDEX.get(parts[0]) === 'owner' && parts.slice(1).some((part) => LABEL_INDEX.get(part) === 'action');
  return (
    LABEL_INDEX.get(bare) ??
    joinedNames(bare) ??
    (rated || ownedStep ? 'action' : undefined) ??
    LABEL_INDEX.get(parts[0]) ??
    (qualifiedName === 'action' ? qualifiedName : undefined) ??
    parts.slice(1).map((part) => LABEL_INDEX.get(part)).find((name) => name !== undefined) ??
    // "Risk register approved by", "Plan approved by": the approval of what the label names first.
    (/^[a-z][a-z &-]{0,40} approved by$/.test(bare) ? 'approvedBy' : undefined) ??
    // "Tên Lỗ Hổng (Vulnerability)", "Mesure (Mitigation)": a header in another language glossed in English names what its gloss names.
    glossed(key)
  );
}

/** "Threat and vulnerability", "Weakness & deficiency": two names of the same field joined name it. */
function joinedNames(bare: string): FieldName | undefined {
  const joined = bare.split(/\s+(?:and|&)\s+/);
  return joined.length === 2 && LABEL_INDEX.get(joined[0]) === LABEL_INDEX.get(joined[1]) ? LABEL_INDEX.get(joined[0]) : undefined;
}

/** A deadline moved and written again (`Current Target Date`, `Revised Due Date`): the one in force. */
const CURRENT_DUE = /^(?:current|revised|new|updated|adjusted|latest|extended)\b/;
/** A deadline set by a policy or first planned (`SLA Date`, `Original Target Date`), beside the one the item is now held to. */
const SET_DUE = /^original\b|\bsla\b/;

/**
 * Of several deadline columns of one register, in order, the index of the one an item is held to: a current or revised date,
 * else the first that is neither an SLA's nor the original (`SLA Date`, `Original Target Date`, `Current Target Date`, set 96).
 */
export function dueInForceAt(labels: readonly string[]): number {
  const words = labels.map((label) => normaliseLabel(label.replace(/_/g, ' ')));
  const current = words.findIndex((w) => CURRENT_DUE.test(w));
  if (current >= 0) return current;
  const plain = words.findIndex((w) => !SET_DUE.test(w));
  return plain >= 0 ? plain : 0;
}

/** Priority labels that rate one side of a risk, its severity (its impact), not the risk as a whole. */
export const SEVERITY_LABELS: ReadonlySet<string> = new Set([
  'severity', 'severity level', 'sev', 'schwere', 'schweregrad', 'gravité', 'sévérité', 'severidad', 'gravedad', 'severidade', 'gravidade', 'ernst', 'ernstigheid',
  'alvorlighetsgrad', 'allvarlighetsgrad', 'alvorlighed', 'mức độ nghiêm trọng', 'önem derecesi',
]);
/** Priority labels that rate the risk as a whole, from its likelihood and severity (`Risk Level`, `Risiko-Level`). */
export const RISK_LEVEL_LABELS: ReadonlySet<string> = new Set([
  'risk level', 'risk rating', 'overall risk', 'overall risk rating', 'overall rating', 'risikostufe', 'risikoniveau', 'risiko level', 'niveau de risque', 'nivel de riesgo',
  'nível de risco', 'livello di rischio', 'risiconiveau', 'risikonivå', 'risknivå', 'mức độ rủi ro', 'risk seviyesi', 'risk düzeyi', 'リスクレベル',
]);

/** Whether a column's label rates a risk's severity alone (`Severity`, `Schwere`): beside a risk level (isRiskLevelLabel), its impact. */
export function isSeverityLabel(label: string): boolean {
  return SEVERITY_LABELS.has(normaliseLabel(label));
}

/** Whether a column's label rates the risk as a whole (`Risk Level`, `Risiko-Level`), its words spaced or hyphenated. */
export function isRiskLevelLabel(label: string): boolean {
  return RISK_LEVEL_LABELS.has(hyphensSpaced(normaliseLabel(label)));
}

/** A label's words joined by hyphens written apart (`risk-level` → `risk level`): the same label. */
function hyphensSpaced(label: string): string {
  return label.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
}

/** Fields that rate a risk: a header pairing one with the action (`Residual risk / required action`) is the action's column. */
const RATING_FIELDS: ReadonlySet<FieldName> = new Set(['residualRisk', 'inherentRisk', 'priority', 'riskScore']);

/**
 * The columns that rate a register's entry, any one of which counts as its rating (`Priority`, `Risk Score (LxI)`,
 * `Residual Risk`, `Likelihood (1-5)`, a POA&M's SPRS weight): the Markdown and delimited table readers ask the same.
 */
export const ENTRY_RATING_FIELDS: readonly FieldName[] = ['priority', 'inherentRisk', 'riskScore', 'likelihood', 'impact', 'residualRisk', 'controlWeight'];

/** The field a header's closing parenthetical names (`… (Severity)`), if the gloss is a label on its own. */
function glossed(key: string): FieldName | undefined {
  const open = key.endsWith(')') ? key.lastIndexOf('(') : -1;
  return open > 0 ? LABEL_INDEX.get(key.slice(open + 1, -1).trim()) : undefined;
}

/**
 * Labels of a report's own date (`Date`, `Report date`, `Date of issue`): beside its auditor, the
 * date of the audit it reports. Not a date of revision (`Last updated`, `Effective date`).
 */
const REPORT_DATE_LABELS: ReadonlySet<string> = new Set([
  'date', 'report date', 'date of report', 'issue date', 'date issued', 'date of issue', 'date prepared', 'prepared on', 'document date', 'publication date',
  // A generated report's stamp (`**Generated:** 2025-08-28` above `**Auditor:** …`): the day the audit was run.
  'generated', 'generated on', 'date generated', 'report generated',
]);

/** Whether a label (any case, emphasis and colon) names a report's own date. */
export function isReportDateLabel(label: string): boolean {
  return REPORT_DATE_LABELS.has(normaliseLabel(label));
}

/** The risk column of a hazard analysis (ISO 14971, a clinical hazard log): `| Hazard |`, `| Hazard description |` (normalised). */
/**
 * The plural nouns a heading closes on when it names a group of problems found (`### 1. PHI Pattern Detection Issues`,
 * `### 3. Dependency Vulnerabilities`): under a remediation plan, such a heading is a finding the plan answers, not a phase of its work.
 */
export const PROBLEM_PLURALS: readonly string[] = ['issues', 'vulnerabilities', 'findings', 'weaknesses', 'gaps', 'deficiencies', 'exposures', 'misconfigurations'];

export const HAZARD_HEADER = /^hazards?(?: description| name| title)?$/;

/**
 * The columns a hazard analysis writes beside each hazard to say how it comes about or what harm follows (ISO 14971
 * §5.4: sequence of events, hazardous situation, harm; or plainly `Description` and `Cause`), normalised. With two
 * such rows or more the table identifies the plan's risks, even before any control, owner or date is written.
 */
export const HAZARD_DETAIL_HEADER = /^(?:description|causes?|root causes?|possible causes?|harms?|potential harms?|hazardous situations?|(?:foreseeable )?sequences? of events|consequences?|effects?|potential effects?)$/;

/** The header of a control summary's column rating how well each control works (`| Control | Risks Addressed | Effectiveness |`), normalised. */
export const EFFECTIVENESS_HEADER = /^(?:(?:control )?effectiveness(?: rating)?|effective(?:ness)? level)$/;
/** An effectiveness rating that says the control works (`High`, `Critical`, `Effective`); `Low`, `Ineffective`, `Not tested` do not. */
export const WORKING_EFFECTIVENESS = /^(?:critical|very high|high|medium|moderate|effective|largely effective|strong|adequate|good|satisfactory)$/i;

/** A header naming the ID of a register's entries, whatever it calls them: the words for what a register lists, then an ID word. */
/** A column naming the source of an entry: the scan, audit or person that found it. */
const FOUND_BY_HEADER = /\b(?:identified|detected|discovered|found|reported|raised) by$|\bdetector source$/;

const ENTRY_ID_HEADER = /^(?:risk|threat|finding|gap|issue|task|vuln|vulnerability|weakness|deficiency|hazard|exception|scenario|nonconformity|nc|ncr|observation|capa|recommendation|rec) (?:ids?|refs?|references?|no\.?|numbers?|#)$/;

/** The label without a closing parenthetical hint; by index, since a regex would backtrack on long headers. */
function withoutHint(label: string): string {
  // Full-width brackets in Japanese and Chinese (`対策案（要約）`, a summary of the measures) give a hint as ASCII ones do.
  const open = label.endsWith(')') ? label.lastIndexOf('(') : label.endsWith('）') ? label.lastIndexOf('（') : -1;
  return (open < 0 ? label : label.slice(0, open)).trim();
}

/** "Risk accepted" in the other languages registers are written in: a status, and the record of the decision (recordsAcceptance). */
const RISK_ACCEPTED_WORDS: readonly string[] = ['riesgo aceptado', 'risque accepté', 'risco aceito', 'rischio accettato', 'risiko akzeptiert'];
const RISK_ACCEPTED_ELSEWHERE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${RISK_ACCEPTED_WORDS.join('|')})(?![\p{L}])`, 'iu');

/**
 * Statuses that say a risk's acceptance (an exception, a waiver) has lapsed (`Exception Expired`): the risk stands open again,
 * and expired-acceptance reports the decision left to renew or to treat it.
 */
const LAPSED_ACCEPTANCE_WORDS: readonly string[] = ['exception expired', 'expired exception', 'acceptance expired', 'expired acceptance', 'risk acceptance expired', 'waiver expired', 'expired waiver'];
const LAPSED_ACCEPTANCE: Record<string, true> = Object.fromEntries(LAPSED_ACCEPTANCE_WORDS.map((words) => [words, true]));

/** Whether a status says the risk's acceptance has lapsed (`Exception Expired`, `Waiver expired 2026-03-31`). */
export function saysAcceptanceLapsed(value: string | undefined): boolean {
  return value !== undefined && lookup(LAPSED_ACCEPTANCE, LAPSED_ACCEPTANCE_PREFIXES, value) === true;
}

const STATUS: Record<string, Status> = {
  ...Object.fromEntries(LAPSED_ACCEPTANCE_WORDS.map((words) => [words, 'open' as const])),
  open: 'open', 'not started': 'open', planned: 'open', new: 'open', 'to do': 'open', todo: 'open', 'not yet started': 'open', identified: 'open',
  // A milestone put on the calendar and not begun (`📅 Scheduled` beside its target date).
  scheduled: 'open',
  // Waiting to start (`Status: Pending`); one waiting on its check has been worked.
  pending: 'open', 'pending validation': 'in-progress', 'pending verification': 'in-progress', 'pending review': 'in-progress',
  // A vendor's entry being assessed (`vendor_status: Under Review`): worked, not done.
  'under review': 'in-progress', 'in review': 'in-progress',
  'in-progress': 'in-progress', 'in progress': 'in-progress', 'mitigation in progress': 'in-progress', 'remediation in progress': 'in-progress', 'fix in progress': 'in-progress', started: 'in-progress', underway: 'in-progress', mitigating: 'in-progress', remediating: 'in-progress',
  'under way': 'in-progress', 'in_progress': 'in-progress', 'on track': 'in-progress', 'on-track': 'in-progress', ongoing: 'in-progress',
  active: 'in-progress', 'in remediation': 'in-progress', delayed: 'in-progress', 'behind schedule': 'in-progress', 'at risk': 'in-progress',
  'partially implemented': 'in-progress', 'implemented partially': 'in-progress', 'partly implemented': 'in-progress', 'partially mitigated': 'in-progress',
  'not implemented': 'open', 'not yet implemented': 'open', failing: 'open',
  // A finding said to be still there (`**Status:** NOT FIXED (present for 11+ days)`, set 92): open, as "not implemented" is.
  'not fixed': 'open', 'not yet fixed': 'open', unfixed: 'open', 'not resolved': 'open', 'not yet resolved': 'open', unresolved: 'open',
  'not remediated': 'open', 'not yet remediated': 'open', unremediated: 'open', 'not addressed': 'open', 'not yet addressed': 'open',
  'not mitigated': 'open', 'not yet mitigated': 'open', unmitigated: 'open',
  'partially complete': 'in-progress', 'partially completed': 'in-progress', partial: 'in-progress',
  done: 'done', complete: 'done', completed: 'done', closed: 'done', implemented: 'done', resolved: 'done',
  remediated: 'done', mitigated: 'done', fixed: 'done', verified: 'done',
  // A review's finding marked as dealt with (`### 6. Secure Deletion is Ineffective ✅ ADDRESSED (2026-01-27)`).
  addressed: 'done',
  // A risk whose treatment is in place and working (ISO 31000 and ERM registers' `Controlled`, `Treated`,
  // a register's `In place`): treated, as a mitigated one; what is asked is its validation, not a plan.
  controlled: 'done', 'under control': 'done', treated: 'done', 'in place': 'done',
  // A register's `Reduced` (set 62: `**Status:** Reduced` beside the date the mitigation shipped): the risk brought down, as a mitigated one.
  reduced: 'done', 'risk reduced': 'done',
  // `Accept`: the decision as a register's Status column writes it (`Accept (low residual)` beside the controls that leave it).
  accepted: 'accepted', accept: 'accepted', 'risk accepted': 'accepted', acceptable: 'accepted', 'risk acceptable': 'accepted', 'within tolerance': 'accepted', 'within appetite': 'accepted', 'closed risk accepted': 'accepted', 'closed accepted': 'accepted', deferred: 'deferred',
  // A gap left as designed, or handed to whoever runs the system: no work of this plan's to date.
  // Judged, on checking, not to be a risk at all (a threat model's tracked false positive): nothing to plan, as a risk accepted.
  'false-positive': 'accepted', 'false positive': 'accepted',
  // A threat judged not to apply to the system (OWASP Threat Dragon's `NotApplicable`): nothing to plan, as a false positive.
  'not applicable': 'accepted', notapplicable: 'accepted',
  'by design': 'accepted', 'operator-responsibility': 'accepted', 'operator responsibility': 'accepted', 'customer-responsibility': 'accepted', 'customer responsibility': 'accepted',
  // An audited team's answer to a finding it will not fix (`**Acknowledged**`, with its reasons): the risk accepted.
  acknowledged: 'accepted', 'risk acknowledged': 'accepted',
  // Work decided against (`No longer planned`, `Descoped`, `Won't fix`, with the reason in a note): the risk left as it is, as
  // accepted; not work that is late.
  'no longer planned': 'accepted', descoped: 'accepted', 'de-scoped': 'accepted', 'removed from scope': 'accepted', cancelled: 'accepted', canceled: 'accepted',
  withdrawn: 'accepted', 'not pursued': 'accepted', "won't fix": 'accepted', 'wont fix': 'accepted', 'will not fix': 'accepted',
  // The same states in the other languages registers are written in (see the labels'): German, French, Spanish, Portuguese,
  // Italian, Dutch, Norwegian/Danish/Swedish, Vietnamese. A risk `Kontrollert` is controlled, as one `Controlled`.
  offen: 'open', geplant: 'open', 'in bearbeitung': 'in-progress', 'in umsetzung': 'in-progress', erledigt: 'done', abgeschlossen: 'done', umgesetzt: 'done', behoben: 'done', akzeptiert: 'accepted',
  ouvert: 'open', planifié: 'open', 'en cours': 'in-progress', terminé: 'done', fermé: 'done', résolu: 'done', corrigé: 'done', accepté: 'accepted',
  abierto: 'open', planificado: 'open', pendiente: 'open', 'en curso': 'in-progress', 'en progreso': 'in-progress', completado: 'done', cerrado: 'done', resuelto: 'done', mitigado: 'done', aceptado: 'accepted',
  corregido: 'done', implementado: 'done',
  ...Object.fromEntries(RISK_ACCEPTED_WORDS.map((words) => [words, 'accepted'])),
  aberto: 'open', planejado: 'open', 'em andamento': 'in-progress', 'em progresso': 'in-progress', concluído: 'done', fechado: 'done', resolvido: 'done', aceito: 'accepted', aceite: 'accepted',
  aperto: 'open', pianificato: 'open', 'in corso': 'in-progress', completato: 'done', chiuso: 'done', risolto: 'done', accettato: 'accepted',
  gepland: 'open', 'in behandeling': 'in-progress', 'in uitvoering': 'in-progress', afgerond: 'done', gesloten: 'done', opgelost: 'done', geaccepteerd: 'accepted',
  åpen: 'open', åben: 'open', öppen: 'open', planlagt: 'open', planerad: 'open', pågår: 'in-progress', pågående: 'in-progress', lukket: 'done', fullført: 'done', fuldført: 'done', løst: 'done', stängd: 'done', åtgärdad: 'done',
  kontrollert: 'done', kontrolleret: 'done', kontrollerad: 'done', akseptert: 'accepted', accepteret: 'accepted', accepterad: 'accepted',
  'chưa xử lý': 'open', 'đang xử lý': 'in-progress', 'đã khắc phục': 'done', 'hoàn thành': 'done', 'đã xử lý': 'done',
  // Japanese: not started, in progress, completed or dealt with, accepted.
  未対応: 'open', 未着手: 'open', 対応中: 'in-progress', 進行中: 'in-progress', 完了: 'done', 対応済み: 'done', 対応済: 'done', 解決済み: 'done', 受容: 'accepted',
  // A fix record's note that the issue was fixed before the review found it (`**Status:** Already fixed. The current implementation: …`).
  'already fixed': 'done', 'already resolved': 'done', 'already addressed': 'done', 'already mitigated': 'done', 'already implemented': 'done',
  // German's plain word for closed, beside `abgeschlossen` (`**Geschlossen — 1 Aug 2026.**`).
  geschlossen: 'done',
  // A tracker's flag that the date has passed (`OVERDUE`, `Past due`): still open work. Beside a status (`**OVERDUE** — IN
  // PROGRESS`) the status after it is read (see readStatus).
  overdue: 'open', 'past due': 'open', late: 'open',
};

/** A status written as a mark alone (a tracker's status column of emoji). */
const STATUS_MARKS: Record<string, Status> = {
  '✅': 'done', '✔': 'done', '✔️': 'done', '☑': 'done', '☑️': 'done', '✓': 'done',
  '🟢': 'in-progress', '🟡': 'in-progress', '🟠': 'in-progress', '⚠': 'in-progress', '⚠️': 'in-progress', '⏳': 'in-progress', '🔄': 'in-progress',
  '🔴': 'open', '❌': 'open', '⬜': 'open', '🔲': 'open',
  // A checklist's clipboard: recommended or planned, not yet in place.
  '📋': 'open',
  // A checklist's box: `- [ ] Enable MFA`, `- [x] Enable MFA`.
  '[ ]': 'open', '[x]': 'done', '[X]': 'done',
};

/**
 * The value a table names, read as written or by its leading words when a note follows:
 * "Done (2026-03-05)", "Completed June 11, 2026", "Mitigate - reduce likelihood".
 */
function lookup<T>(table: Record<string, T>, prefixes: readonly string[], value: string): T | undefined {
  // A leading check mark or emoji ("✅ Done") decorates the value; it does not change it.
  const key = value.replace(/[*_`]/g, '').trim().toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '');
  if (key in table) return table[key];
  const prefix = prefixes.find((p) => key.startsWith(p) && !/[a-z-]/.test(key[p.length]));
  return prefix === undefined ? undefined : table[prefix];
}

/** Longest first, so "not started" is tried before shorter keys. */
const longestFirst = (table: object): string[] => Object.keys(table).sort((a, b) => b.length - a.length);
const STATUS_PREFIXES = longestFirst(STATUS);
const LAPSED_ACCEPTANCE_PREFIXES = longestFirst(LAPSED_ACCEPTANCE);

/** The canonical status a value names (a trailing date or note allowed), or undefined for an unknown status. */
export function statusOf(value: string | undefined): Status | undefined {
  return value === undefined ? undefined : statusByText.of(value, readStatus);
}

/** A past-due flag before the status (`OVERDUE — IN PROGRESS`, `Past due: not started`), and what follows it. */
const OVERDUE_FLAG = /^[^\p{L}\p{N}]*(?:overdue|past[\s-]due|late)\s*(?:[—–:|/,]|-\s|\s-)\s*(\S.*)$/iu;

/**
 * A status as written: "CLOSED - Risk Accepted" and "Closed (risk accepted)" are accepted,
 * not done (punctuation between the words is read as a space); a mark alone names a status.
 */
function readStatus(written: string): Status | undefined {
  // A status kept as a snake_case identifier (`in_progress`, `mitigated_by_spec`): its `_` part words, not emphasis.
  // So does a kebab-case one of three words or more (`fixed-by-containment`); two (`in-progress`, `on-track`) are the table's own.
  const value = /^\s*[A-Za-z]+(?:_[A-Za-z]+)+\s*$/.test(written) ? written.replace(/_/g, ' ') : /^\s*[A-Za-z]+(?:-[A-Za-z]+){2,}\s*$/.test(written) ? written.replace(/-/g, ' ') : written;
  const bare = value.replace(/[*_`]/g, '').trim();
  if (bare in STATUS_MARKS) return STATUS_MARKS[bare];
  // `**OVERDUE** — IN PROGRESS`: the flag says the date has passed; the state is the status after it.
  const flagged = OVERDUE_FLAG.exec(bare);
  if (flagged) {
    const after = readStatus(flagged[1]);
    if (after !== undefined) return after;
  }
  const status = lookup(STATUS, STATUS_PREFIXES, value);
  // `✅ Tested (3 browsers)`, `✅ Compliant (home use exemption)`: a done mark opening words that name no status says it is done.
  // (`❌ Blocked` stays unread: a cross on a state the vocabulary does not know says less.)
  const mark = status === undefined ? /^(\S+)\s+\p{L}/u.exec(bare)?.[1] : undefined;
  if (mark !== undefined && STATUS_MARKS[mark] === 'done') return 'done';
  // "ACCEPTABLE" rates the risk as left; "Acceptable (improvement recommended)" still asks for the improvement.
  if (status === 'accepted' && /^\W*acceptable\W+\w/i.test(bare)) return undefined;
  // `Open — accepted with compensating controls`: kept open on the list, the risk accepted (recordsAcceptance).
  if (status === 'open' && keepsAcceptedOpen(bare)) return 'accepted';
  if (status !== undefined && status !== 'done') return status;
  // `Mitigated in staging – pending production deployment`, `Fixed, awaiting retest`, `Implemented partial`: done in part, the rest still to come.
  if (status === 'done' && /\b(?:pending|awaiting|partial|partially|incomplete)\b/i.test(bare)) return 'in-progress';
  // `Partially verified`, `Partly fixed`: a done word done in part.
  const part = status === undefined ? /^(?:partially|partly)\s+(\S.*)$/i.exec(bare) : null;
  if (part && readStatus(part[1]) === 'done') return 'in-progress';
  const spaced = bare.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '').replace(/[\s()[\]:;,/–—-]+/g, ' ').trim();
  return /^(?:closed |risk )?(?:risk )?accepted\b/.test(spaced) ? 'accepted' : status;
}

/**
 * A status that records the decision to accept the risk, not only that the item is closed:
 * "CLOSED - Risk Accepted", "Closed (risk accepted)", "Risk accepted". A POA&M writes its
 * acceptances this way, with no treatment column; the Markdown reader takes it as the treatment.
 */
export function recordsAcceptance(value: string | undefined): boolean {
  // (And in the other languages registers are written in: `Riesgo aceptado`, `Risque accepté`, …)
  // `accepted-residual`, `Residual risk accepted` (a vendor's conditions of approval, set 89): the risk left after them, accepted.
  // `**ACCEPTED RISK**` (a CVE's disposition in a vulnerability log, set 97): the same decision, its words turned about.
  return value !== undefined && (/\brisk[\s-]+accepted\b|\baccepted[\s-]+risk\b|\bclosed\b[^a-z]+(?:risk\s+)?accepted\b|\baccepted[\s_-]+residual\b|\bresidual[\s_-]+accepted\b/i.test(value) || keepsAcceptedOpen(value) || RISK_ACCEPTED_ELSEWHERE.test(value));
}

/** A status keeping an accepted item open on the list (`Open — accepted with compensating controls`, a POA&M's, set 90). */
export function keepsAcceptedOpen(value: string): boolean {
  return /^\W*open\W+accepted\b/i.test(value.replace(/[*_`]/g, ''));
}

/** Values read by their text: several rules read each status and treatment of a plan on every edit. */
const statusByText = ownCache('statuses by text', new TextMemo<Status | undefined>(10_000));
const treatmentByText = ownCache('treatments by text', new TextMemo<Treatment | undefined>(10_000));

/** The spec's treatments with their noun and past forms: all a YAML plan's schema allows. */
const TREATMENT: Record<string, Treatment> = {
  mitigate: 'mitigate', mitigation: 'mitigate', mitigated: 'mitigate', mitigating: 'mitigate',
  transfer: 'transfer', transference: 'transfer', transferred: 'transfer', transferring: 'transfer',
  avoid: 'avoid', avoidance: 'avoid', avoided: 'avoid', avoiding: 'avoid',
  accept: 'accept', acceptance: 'accept', accepted: 'accept', accepting: 'accept',
};

/**
 * A Markdown plan may also use the words of the frameworks it follows: NIST SP 800-30/37's
 * share, ISO 27001's modify, retain and share (and the 4 Ts' treat, tolerate, terminate).
 */
const FRAMEWORK_TREATMENT: Record<string, Treatment> = {
  ...TREATMENT,
  modify: 'mitigate', modification: 'mitigate', modified: 'mitigate', modifying: 'mitigate', treat: 'mitigate',
  share: 'transfer', shared: 'transfer', sharing: 'transfer',
  terminate: 'avoid',
  reduce: 'mitigate', reduction: 'mitigate', reduced: 'mitigate',
  retain: 'accept', retention: 'accept', retained: 'accept', retaining: 'accept', tolerate: 'accept',
  // A residual judged acceptable (`| Residual | acceptable |`) is a risk accepted as it stands.
  acceptable: 'accept',
  // A course template's response strategies (Accept / Ignore / Mitigate / Avoid): a risk ignored is left as it stands, as one retained.
  ignore: 'accept', ignored: 'accept',
};

const TREATMENT_PREFIXES = longestFirst(TREATMENT);
const FRAMEWORK_TREATMENT_PREFIXES = longestFirst(FRAMEWORK_TREATMENT);
const frameworkTreatmentByText = ownCache('framework treatments by text', new TextMemo<Treatment | undefined>(10_000));

/**
 * The canonical treatment a value names (any case, noun and past forms), if any. `form`:
 * where the risk is written; a Markdown risk (heading or table) may use the frameworks'
 * words (ISO 27001 Modify, Retain, Share), a YAML risk only the schema's.
 */
export function treatmentOf(value: string | undefined, form?: RiskForm): Treatment | undefined {
  // "Risk acceptance", "Risk transfer": the treatment named after the word risk; "Immediate Reduction": after its urgency.
  if (value === undefined) return undefined;
  const bare = () => value.replace(/\./g, '').replace(/^\s*(?:immediate|urgent|prompt)\s+/i, '').replace(/^\s*risk\s+/i, '');
  if (form === 'heading' || form === 'table' || form === 'oscal') {
    return frameworkTreatmentByText.of(value, () => lookup(FRAMEWORK_TREATMENT, FRAMEWORK_TREATMENT_PREFIXES, bare()) ?? (recordsAcceptance(value) ? 'accept' : undefined));
  }
  return treatmentByText.of(value, () => lookup(TREATMENT, TREATMENT_PREFIXES, bare()));
}

/**
 * What a control assessment writes in its Status column for each control (SOC 2 and ISO 27001
 * gap analyses: `PASS`, `PARTIAL`, `GAP`, `IN PLACE`): a finding about a control, not the
 * progress of an action.
 */
const ASSESSMENT_RESULTS: ReadonlySet<string> = new Set([
  'pass', 'passed', 'fail', 'failed', 'failing', 'implemented', 'partial', 'partially', 'gap', 'in place', 'missing', 'n/a', 'na', 'not applicable',
  'met', 'not met', 'partially met', 'compliant', 'non-compliant', 'partially compliant', 'not implemented', 'partially implemented',
]);

/** A result cell's words: without emphasis or a leading mark (`✅ Met`, `**Pass**`), in lower case. */
const resultWords = (value: string): string => value.replace(/[*_`]/g, '').trim().replace(/^[^\p{L}]+/u, '').trim().toLowerCase();

/** Whether a status cell records a control's assessment result rather than an action's progress. */
export function isAssessmentResult(value: string): boolean {
  return ASSESSMENT_RESULTS.has(resultWords(value));
}

/** What a checklist writes against each requirement it verifies: an assessment's result, yes or no, verified or not. */
const VERIFICATION_RESULTS: ReadonlySet<string> = new Set([...ASSESSMENT_RESULTS, 'yes', 'no', 'y', 'n', 'verified', 'not verified', 'unverified', 'true', 'false', 'ok']);

/** The words a plan names its milestones by (`Phase 2`, `Gate 3`, `Sprint 14`), as a pattern's alternation. */
export const MILESTONE_WORDS = 'phase|gate|milestone|sprint|stage|release|wave|iteration';

/** A milestone named, not dated: `Phase 2`, `Gate 3`, `Phase 6 gate`, `G1`, `M4`, `Sprint 14`. */
export function isMilestoneName(value: string): boolean {
  return MILESTONE_NAME.test(value.trim());
}
const MILESTONE_NAME = new RegExp(String.raw`^(?:(?:${MILESTONE_WORDS})[ \t]*[\w.]{0,6}(?:[ \t]+(?:gate|milestone))?|[gm]\d{1,2})$`, 'i');

/** Whether a cell records a requirement's verification (`Pass`, `Fail`, `Yes`, `✅`): a checklist's result, not an action's progress. */
export function isVerificationResult(value: string): boolean {
  const bare = value.replace(/[*_`]/g, '').trim();
  const words = resultWords(value);
  return words === '' ? /^(?:✅|✔️?|☑️?|✓|❌|✗|✘|⬜|🔲)$/u.test(bare) : VERIFICATION_RESULTS.has(words);
}

export const TREATMENTS: readonly Treatment[] = ['mitigate', 'transfer', 'avoid', 'accept'];
export const STATUSES: readonly Status[] = ['open', 'in-progress', 'done', 'accepted', 'deferred'];
export const TIERS: readonly Tier[] = ['this-week', 'vendor', 'budget'];
export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

const PRIORITY_WORDS: Record<string, Priority> = {
  critical: 'critical', 'very high': 'critical', extreme: 'critical', severe: 'critical', p1: 'critical', p0: 'critical',
  // Words of urgency a plan ranks its first work with (`Priority: Urgent`, `PHASE 0: EMERGENCY FIXES`).
  emergency: 'critical', urgent: 'critical', immediate: 'critical',
  high: 'high', p2: 'high', elevated: 'high',
  medium: 'medium', moderate: 'medium', med: 'medium', p3: 'medium',
  low: 'low', 'very low': 'low', minimal: 'low', negligible: 'low', p4: 'low', informational: 'low',
  // A level between two (`Mod-High`, `Low-Moderate`): ranked at the higher, as an auditor reads a risk not yet placed.
  'medium-high': 'high', 'moderate-high': 'high', 'mod-high': 'high', 'med-high': 'high', 'medium high': 'high', 'moderate high': 'high',
  'low-medium': 'medium', 'low-moderate': 'medium', 'low-mod': 'medium', 'low-med': 'medium', 'low medium': 'medium', 'low moderate': 'medium',
  'high-critical': 'critical', 'very-high': 'critical', mod: 'medium',
  // An incident's or a ticket's severity numbered as its priority is (`Sev 1` as `P1`).
  'sev 0': 'critical', 'sev 1': 'critical', 'sev 2': 'high', 'sev 3': 'medium', 'sev 4': 'low',
  sev0: 'critical', sev1: 'critical', sev2: 'high', sev3: 'medium', sev4: 'low',
  'sev-0': 'critical', 'sev-1': 'critical', 'sev-2': 'high', 'sev-3': 'medium', 'sev-4': 'low',
  // MoSCoW, the order of a backlog or a roadmap: what must be done first, what may wait.
  'must have': 'high', must: 'high', 'should have': 'medium', should: 'medium', 'could have': 'low', could: 'low',
  "won't have": 'low', "won't": 'low', 'wont have': 'low', "won't have this time": 'low',
  'must-have': 'high', 'should-have': 'medium', 'could-have': 'low',
  // A launch checklist's tiers (`## Must-have gaps (pre-launch)`, `## Strongly recommended`, `## Nice-to-have`): the same order in other words.
  'strongly recommended': 'medium', 'nice-to-have': 'low', 'nice to have': 'low',
  // An ISO management-system audit's grades of what it found: a major nonconformity first, an improvement suggested last.
  'major nonconformity': 'high', 'major non-conformity': 'high', 'major nc': 'high', major: 'high',
  'minor nonconformity': 'medium', 'minor non-conformity': 'medium', 'minor nc': 'medium', minor: 'medium',
  'opportunity for improvement': 'low', 'opportunities for improvement': 'low', 'improvement opportunity': 'low', ofi: 'low', observation: 'low',
  // The same levels in the other languages registers are written in (see the labels'); not the ones English uses for
  // something else (Spanish `media`, a HIPAA heading's "Media" controls).
  kritisch: 'critical', 'sehr hoch': 'critical', hoch: 'high', mittel: 'medium', niedrig: 'low', gering: 'low',
  critique: 'critical', 'très élevé': 'critical', élevé: 'high', élevée: 'high', moyen: 'medium', moyenne: 'medium', faible: 'low',
  crítico: 'critical', crítica: 'critical', alto: 'high', alta: 'high', medio: 'medium', bajo: 'low', baja: 'low', médio: 'medium', baixo: 'low',
  critico: 'critical', elevato: 'high', basso: 'low',
  kritiek: 'critical', hoog: 'high', gemiddeld: 'medium', laag: 'low',
  kritisk: 'critical', høy: 'high', høg: 'high', høj: 'high', hög: 'high', middels: 'medium', moderat: 'medium', medel: 'medium', mellem: 'medium', lav: 'low', låg: 'low',
  'nghiêm trọng': 'critical', cao: 'high', 'trung bình': 'medium', thấp: 'low',
  // An ISO audit's grades spelled as nonconformances (`**Classification**: Major Nonconformance`).
  'major nonconformance': 'high', 'major non-conformance': 'high', 'minor nonconformance': 'medium', 'minor non-conformance': 'medium',
};
const PRIORITY_PREFIXES = longestFirst(PRIORITY_WORDS);
/** Ranks of the words a likelihood or an impact is rated in (a 3-point or 5-point scale). */
const RANKS: Record<string, number> = { 'very low': 1, low: 1, medium: 2, moderate: 2, med: 2, high: 3, 'very high': 3, critical: 3 };

/**
 * The priority a rating names: a level word ("High", "🔴 Critical"), likelihood × impact
 * as words ("High × Medium") or numbers on a 3×3 or 5×5 matrix ("4 x 5 = 20", "2 × 3"), or a
 * score alone (read on the 5×5 matrix, 1 to 25).
 */
export function priorityOf(value: string | undefined): Priority | undefined {
  if (value === undefined) return undefined;
  const key = value.replace(/[*_`]/g, '').trim().toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '');
  const numbers = /^(\d{1,2})\s*[x×*]\s*(\d{1,2})(?:\s*=\s*(\d{1,3}))?\b/.exec(key);
  if (numbers) return scorePriority(Number(numbers[3] ?? Number(numbers[1]) * Number(numbers[2])), Math.max(+numbers[1], +numbers[2]) <= 3);
  const words = /^(very high|very low|high|medium|moderate|med|low|critical)\s*(?:[x×*/]|times)\s*(very high|very low|high|medium|moderate|med|low|critical)\b/.exec(key);
  if (words) return scorePriority(RANKS[words[1]] * RANKS[words[2]], true);
  const score = /^(\d{1,2}(?:\.\d+)?)(?:\s*(?:\/\s*25|\(|$))/.exec(key);
  if (score) return scorePriority(Number(score[1]), false);
  if (key in PRIORITY_WORDS) return PRIORITY_WORDS[key];
  const prefix = PRIORITY_PREFIXES.find((p) => key.startsWith(p) && !/[a-z0-9-]/.test(key[p.length] ?? ''));
  return prefix === undefined ? undefined : PRIORITY_WORDS[prefix];
}

/** A grade written alone (`OFI`, `Minor NC`, `High`): exactly a priority word, not a longer phrase that starts with one (`High Availability`). */
export function gradeWordOf(value: string): Priority | undefined {
  const key = value.replace(/[*_`]/g, '').trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(PRIORITY_WORDS, key) ? PRIORITY_WORDS[key] : undefined;
}

/** A likelihood × impact product on a 3×3 matrix (1–9) or a 5×5 matrix (1–25), banded as the rating reader bands it. */
function scorePriority(score: number, threeByThreeMatrix: boolean): Priority | undefined {
  if (!(score > 0)) return undefined;
  return threeByThreeMatrix ? threeByThree(score) : fiveByFive(score);
}

/** The tier a Markdown H2 heading (or YAML tier value) names, if any. */
export function tierOf(text: string | undefined): Tier | undefined {
  if (text === undefined) return undefined;
  const t = text.replace(/[*_`]/g, '').trim().toLowerCase();
  if (t === 'this-week' || t === 'this week') return 'this-week';
  if (t === 'vendor' || t === 'vendor conversations') return 'vendor';
  if (t === 'budget' || t === 'budget decisions') return 'budget';
  return undefined;
}

/** Owners that name nobody: empty, a placeholder, or words for nobody in particular. */
export function isPlaceholderOwner(value: string): boolean {
  if (isPlaceholder(value)) return true;
  // `[SYSTEM OWNER NAME] / [SYSADMIN NAME]`: owners joined, every one a blank, name nobody either (set 87).
  const joined = value.split(/\s+[/&]\s+|\s*,\s*|\s+and\s+/i);
  if (joined.length > 1 && joined.every((part) => part.trim() !== '' && isPlaceholderOwner(part))) return true;
  // `(Pending)`, `(TBD)`: a sign-off table's blank in brackets is the same blank.
  const v = value.replace(/[*_`]/g, '').trim().toLowerCase().replace(/(?<![.!])[.!]+$/, '').replace(/^\((.*)\)$/, '$1').trim();
  // A single letter (`owner_role: "B"`) is a code for a role with no key to it: it names nobody either.
  return v === '' || /^(tbd|tba|tbc|n\/?a|none|nobody|someone|somebody|anyone|unassigned|unknown|pending|\?+|-+|—|–|x+|[a-z]|todo|to be determined|to be assigned|to be decided)$/.test(v) || NOBODY_YET.test(v) || HOLDER_TO_COME.test(v);
}

/** A template's blank for a role holder's name (`[System Administrator Name]`, `<ISSO name>`): it says whose name is missing. */
const NAME_BLANK = /^[[<{]\s*(\p{L}[\p{L} /&-]{0,40}?)\s+name\s*[\]>}]$/iu;
/** A role whose holder is still to be named (`Security Officer TBD`, `Legal (TBC)`, `Eng/Ops to be assigned`). */
const HOLDER_TO_COME = /^(\p{L}[\p{L}\d /&.-]{0,40}?)\s*[([]?\s*(?:tbd|tba|tbc|to be (?:assigned|named|confirmed|determined|decided|appointed))\s*[)\]]?\.?$/iu;

/** The role an owner that names nobody yet waits for a holder of (`[System Administrator Name]`, `Security Officer TBD`), if it says. */
export function roleAwaitingHolder(value: string): string | undefined {
  const written = value.replace(/[*_`]/g, '').trim();
  return NAME_BLANK.exec(written)?.[1] ?? HOLDER_TO_COME.exec(written)?.[1];
}

/**
 * An owner still to be named, in the other languages registers are written in, alone or before a note (`PENDIENTE: asignar`,
 * `Por asignar`, `À définir`, `A definir`, `Da definire`, `Offen`): Spanish, French, Portuguese, Italian, German.
 */
const NOBODY_YET = /^(?:pendiente|por (?:asignar|definir|designar|determinar)|sin asignar|à (?:définir|désigner|déterminer)|a (?:definir|designar|determinar)|non assigné|da (?:definire|assegnare)|nicht zugewiesen|offen)(?:\s*[:–—-].*)?$/;

/**
 * Words in a risk's notes or milestones that name the record of evidence filed
 * (`MFA evidence created - MAC-RPT-104_Evidence.md`, `with evidence (MAC-RPT-108)`, `Test results
 * documented (ir-test-results-2026.md)`): the word for the record, then a document's ID in
 * brackets or a file's name. A word alone (`Evidence document created`) names no record.
 */
export const EVIDENCE_RECORD = /\b(?:evidence|test results?|results|test report|report)\b[^.;\n]{0,80}?(?:\(\s*[A-Za-z][\w-]*\d[\w.-]*\s*\)|\b[\w-]+(?:\.[\w-]+)*\.(?:md|pdf|docx?|xlsx?|csv|png|jpe?g|txt|log|html)\b)/i;

/**
 * A done fix that names the file it delivered (`Documented: \`docs/compliance/DR_PLAN.md\``,
 * `Create BAA template (/legal/BAA_TEMPLATE.md) ✅`, a migration's or a test's path): the
 * artefact is filed where the path says, which is its evidence. A path has a folder and an
 * extension; a bare name (`policy.pdf`) or a web address is not one. A database migration named by its timestamp
 * (`20260310190000_harden_lifecycle.sql`, as migration tools name them) is one without its folder: the change it applied.
 */
export const DELIVERED_FILE = /(?:^|[\s(\[`'"])(?:\/?(?:[\w.-]+\/)+[\w.-]*\w\.[A-Za-z][A-Za-z0-9]{0,5}|\d{8,14}_\w+\.sql)(?=$|[\s)\]`'",;:])/;

/**
 * A reference to the change that made a fix, which records it as done: a pull or merge request
 * (`github.com/o/r/pull/12`, `gitlab.com/o/r/-/merge_requests/7`, `PR #12`, `MR !7`, GitLab's
 * bare `!7`) or a commit (its URL, or a 7-40 digit hex SHA after the word commit: `commit 3f9a2c1`, or set as code: `` `3f9a2c1` ``).
 */
export const CHANGE_RECORD = new RegExp(
  [
    String.raw`https?://\S+?/(?:pull|pulls|merge_requests|pull-requests)/\d+`,
    String.raw`https?://\S+?/commits?/[0-9a-f]{7,40}\b`,
    String.raw`\b(?:PR|pull request)[ \t]*#\d+\b`,
    String.raw`\b(?:MR|merge request)[ \t]*[!#]\d+\b`,
    String.raw`(?:^|[\s(\[])!\d+\b`,
    String.raw`\bcommit(?:ted)?(?:[ \t]+(?:in|as))?[ \t]*[:#]?[ \t]*\x60?[0-9a-f]{7,40}\b`,
    // A short or full SHA set as code, letters and digits both (Fixed (v0.26.0 `90d2616`)): the commit, named as a changelog names it.
    String.raw`\x60(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\x60`,
  ].join('|'),
  'i',
);

/**
 * The treatments a value only names (`Mitigate`, `Transfer (partial) and Mitigate`, `Mitigate and transfer`, `Accept`), in the
 * frameworks' words; undefined when it says more (`Mitigate by enabling MFA`).
 */
export function treatmentsNamed(value: string): Treatment[] | undefined {
  const parts = value.replace(/\([^()]*\)/g, ' ').replace(/[*_`]/g, '').split(/\s*(?:\band\b|\bthen\b|[+/,;&])\s*/i).map((p) => p.trim()).filter((p) => p !== '');
  const kinds = parts.map((p) => (p.split(/\s+/).length <= 2 ? treatmentOf(p, 'heading') : undefined));
  return parts.length > 0 && kinds.every((k) => k !== undefined) ? (kinds as Treatment[]) : undefined;
}

/** A value that is one treatment word alone, bracketed or marked as a template writes it (`[Mitigate]`, `Avoid 🔴`): a strategy chosen, no action. */
export function isBareTreatment(value: string): boolean {
  const word = value.replace(/[*_`.[\]]/g, '').replace(/[^\p{L}\s]+/gu, ' ').trim();
  return /^\p{L}+$/u.test(word) && treatmentOf(word, 'table') !== undefined;
}

/**
 * The words a findings report heads a finding's fix with, before the finding's ID (`### Fix for SEC-01: …`,
 * `### Remediation for F-3 — …`), in English and the other languages registers are written in (`Giải pháp cho`,
 * `Maßnahme für`, `Solution pour`, `Solución para`): lower case, the preposition included.
 */
export const FIX_FOR_WORDS: readonly string[] = [
  'fix for', 'fixes for', 'remediation for', 'remediation of', 'solution for', 'mitigation for', 'mitigations for', 'recommendation for', 'resolution of', 'resolution for', 'action plan for', 'remediation plan for',
  'giải pháp cho', 'biện pháp cho', 'khắc phục', 'maßnahme für', 'massnahme für', 'maßnahmen für', 'massnahmen für', 'lösung für', 'behebung von', 'solution pour', 'mesure pour', 'mesures pour', 'correctif pour',
  'solución para', 'solucion para', 'mitigación para', 'solução para', 'correção para', 'oplossing voor', 'maatregel voor', 'maatregelen voor', 'tiltak for', 'løsning for', 'åtgärd för', 'lösning för',
];

/**
 * A tracking table's column of free notes on the work (`| Threat ID | Mitigation Status | Target Date | Notes |`): beside
 * risks worded before it, its text is the work done or planned. A column describing something else (`Control
 * Description`, a POA&M summary's control name) is not.
 */
const TRACKING_NOTE_HEADERS: ReadonlySet<string> = new Set([
  'notes', 'note', 'comments', 'comment', 'remarks', 'remark', 'progress', 'progress notes', 'progress note', 'update', 'updates',
  'status notes', 'status note', 'implementation notes', 'tracking notes', 'work notes',
]);

/** Whether a table header names a column of notes on the work (TRACKING_NOTE_HEADERS). */
export function isTrackingNoteHeader(header: string): boolean {
  return TRACKING_NOTE_HEADERS.has(normaliseLabel(header));
}

/**
 * A glossary's two columns (`| Term | Definition |`, `| Status | Meaning |`, `| Acronym | Expansion |`): what a document's
 * words mean. Its rows (`| Treatment option | Avoid (…), Mitigate (…) |`) define the labels a risk uses, they give no risk's fields.
 */
const GLOSSARY_TERM_HEADERS: ReadonlySet<string> = new Set(['term', 'terms', 'word', 'words', 'acronym', 'acronyms', 'abbreviation', 'abbreviations', 'concept']);
const GLOSSARY_MEANING_HEADERS: ReadonlySet<string> = new Set(['definition', 'definitions', 'meaning', 'meanings', 'explanation', 'expansion']);

/** Whether a two-column table's header is a glossary's: a term column, or a column of what a word means. */
export function isGlossaryHeader(first: string, second: string): boolean {
  return GLOSSARY_TERM_HEADERS.has(normaliseLabel(first)) || GLOSSARY_MEANING_HEADERS.has(normaliseLabel(second));
}

/**
 * Labels naming who attacks, in a threat model's scenario (`- **Actor:** Cybercriminal`, `**Threat agent:**`): the record
 * describes an attack, so its `Action:` is the attacker's step and its `Target:` what is attacked, not a plan's action and deadline.
 */
const ATTACKER_LABELS: ReadonlySet<string> = new Set([
  'actor', 'actors', 'threat actor', 'threat actors', 'attacker', 'attackers', 'adversary', 'adversaries', 'threat agent', 'threat agents', 'malicious actor', 'malicious actors',
]);

/** The labels an attack scenario tells its attack with (`Action:`, `Target:`): read as an action and a deadline elsewhere. */
const ATTACK_STEP_LABELS: ReadonlySet<string> = new Set(['action', 'actions', 'target', 'targets']);

/** Whether a field line's label (any case, emphasis and colon) names the attacker of a threat scenario. */
export function isAttackerLabel(label: string): boolean {
  return ATTACKER_LABELS.has(normaliseLabel(label));
}

/** Whether a label, in a record naming its attacker, tells the attack (`Action`, `Target`) rather than the plan. */
export function isAttackStepLabel(label: string): boolean {
  return ATTACK_STEP_LABELS.has(normaliseLabel(label));
}

/**
 * What a gap analysis writes in its Status column for a control wholly in place (`Full`, `Fully met`,
 * `Compliant`): beside a severity of none, the row records no gap.
 */
const MET_RESULTS: ReadonlySet<string> = new Set([
  'full', 'fully', 'fully met', 'met', 'compliant', 'fully compliant', 'implemented', 'fully implemented', 'in place', 'pass', 'passed', 'satisfied', 'effective', 'no gap',
]);

/** The met results that say a treatment is in place rather than that a check passed: a risk's own status says them of its treatment. */
const IN_PLACE_RESULTS: ReadonlySet<string> = new Set(['full', 'fully', 'implemented', 'fully implemented', 'in place', 'effective']);

/** Whether a status cell records a control wholly in place (a gap analysis's `Full`, `Compliant`). */
export function isMetResult(value: string): boolean {
  return MET_RESULTS.has(resultWords(value));
}

/** What a gap analysis writes for the severity of a control with no gap (`None`, `N/A`, `No gap`). */
export function isNoSeverity(value: string): boolean {
  return /^(?:none|n\/?a|no gap|no risk|not applicable|nil|-+|—|–)$/.test(value.replace(/[*_`]/g, '').trim().toLowerCase());
}

/**
 * What a gap analysis writes in its severity column for a control that does not apply to what it
 * assesses, with the reason after it (`N/A-Infra`, `N/A (inherited)`, `Not applicable – cloud
 * provider`, `Out of scope`): the row records a control outside the scope, not a gap. A bare `N/A`
 * may only say the row is not yet rated, and is not read so.
 */
export function isNotApplicableGrade(value: string): boolean {
  const v = value.replace(/[*_`]/g, '').trim().toLowerCase();
  return /^(?:not applicable|out of scope|not in scope)(?:$|[\s(\-–—:])/.test(v) || /^n\/?a\s*(?:[-–—:]\s*|\(\s*)[a-z]/.test(v);
}

/**
 * The words an instruction opens with (`Implement rate limiting`, `Use parameterised queries`, `Never return stack traces`):
 * verbs of doing in the imperative, and the adverbs a standing instruction opens with. A threat is worded as what may
 * happen or what is weak; an entry of a threat list worded so is a fix written where a threat belongs.
 */
const FIX_OPENING_WORDS: ReadonlySet<string> = new Set([
  'implement', 'use', 'add', 'apply', 'configure', 'set', 'include', 'validate', 'create', 'ensure', 'verify', 'store', 'return', 'limit', 'sanitize', 'sanitise',
  'enable', 'disable', 'enforce', 'restrict', 'require', 'remove', 'replace', 'update', 'upgrade', 'rotate', 'patch', 'deploy', 'encrypt', 'install', 'migrate',
  'harden', 'adopt', 'introduce', 'establish', 'define', 'document', 'review', 'conduct', 'perform', 'schedule', 'train', 'fix',
  'never', 'always', 'regularly', 'periodically',
  'engage', 'achieve',
  // Verbs of making or issuing a deliverable (`Develop an incident response plan`, `Publish remote-work guidance`).
  'improve', 'provide', 'develop', 'publish', 'write', 'draft', 'distribute', 'deliver', 'strengthen', 'enhance',
  // A step that makes an artefact from another (`Generate migration for missing columns:`).
  'generate',
]);

/** Whether a text opens as an instruction (FIX_OPENING_WORDS, not as a noun: `Use of MD5`, `Review of access`). */
export function opensAsInstruction(text: string | undefined): boolean {
  const words = (text ?? '').replace(/^[\s*_`#>-]+/, '').split(/\s+/, 2).map((w) => w.toLowerCase());
  return words.length === 2 && FIX_OPENING_WORDS.has(words[0]) && words[1] !== 'of';
}

/**
 * A requirement's level, as a catalogue of controls marks each one (HIPAA's implementation specifications are `Required`
 * or `Addressable`; other catalogues `Mandatory`, `Optional`): what the requirement is, not where work on a risk stands.
 */
const REQUIREMENT_LEVELS: ReadonlySet<string> = new Set(['required', 'addressable', 'mandatory', 'optional']);

/** Whether a status value is a requirement's level (`Required`, `Addressable`) rather than a tracking status. */
export function isRequirementLevel(value: string | undefined): boolean {
  return value !== undefined && REQUIREMENT_LEVELS.has(resultWords(value));
}

/**
 * An audit's verdict on a control it checked and found sound (`**Finding:** COMPLIANT`, `**Status:** ✅ PASS`): a met result (MET_RESULTS).
 * Not `Implemented` or `In place`: a risk's own status says so of its treatment, and the risk stays.
 * Not `PASS (with fallback)` or `PARTIAL PASS`: a qualified verdict is still a finding.
 */
const PASSED_VERDICTS: ReadonlySet<string> = new Set([...[...MET_RESULTS].filter((result) => !IN_PLACE_RESULTS.has(result)), 'no gaps']);

/** Whether a verdict line's value says the control checked passed outright. */
export function isPassedVerdict(value: string): boolean {
  return PASSED_VERDICTS.has(resultWords(value).replace(/[\s.!\u2705\u2714\uFE0F]+$/u, ''));
}

/**
 * Words too common in findings' titles to tell two findings apart (`Missing Security Headers`, `Insecure Session
 * Management`): a roadmap entry is matched to the finding it repeats by its other words.
 */
const COMMON_TITLE_WORDS: ReadonlySet<string> = new Set([
  'security', 'secure', 'insecure', 'missing', 'lack', 'lacking', 'weak', 'proper', 'improper', 'implementation', 'improve', 'improved',
  'enhance', 'enhanced', 'implement', 'remove', 'from', 'with', 'without', 'into', 'data', 'system', 'issue', 'risk', 'vulnerability',
  'vulnerabilitie', 'finding', 'control', 'fixe', 'this', 'that', 'their', 'production',
]);

/** Three-letter words of a title that tell nothing (`the`, `add`, `all`); others of three letters name a thing (`PHI`, `API`, `log`). */
const SHORT_COMMON_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'for', 'all', 'not', 'use', 'add', 'fix', 'new', 'per', 'via', 'are', 'has', 'its', 'may', 'off', 'out', 'set', 'can', 'any', 'one', 'two', 'get', 'put', 'run']);

/** Whether a three-letter word of a title names a thing (`PHI`, `API`, `log`), where isCommonTitleWord sets all short words aside. */
export function isTellingShortWord(word: string): boolean {
  return word.length === 3 && /^\p{L}+$/u.test(word) && !SHORT_COMMON_WORDS.has(word);
}

/** Whether a title's word (lower case, without a plural ending) is too common to match one finding's title to another's. */
export function isCommonTitleWord(word: string): boolean {
  return word.length < 4 || COMMON_TITLE_WORDS.has(word);
}

/**
 * Words that name a gap by what is absent (`No Authentication`, `Missing MFA`, `Lack of Backups`): a summary's row so named is
 * the gap a section closes (`### Implement Authentication System`), matched to it by the words after them.
 */
const ABSENCE_LEAD = /^(?:no|missing|lack of|lacking|without|absent|absence of)\s+(?=\S)/i;

/** A gap's name without the word of absence it opens with: `No Audit Logging` → `Audit Logging`. */
export function withoutAbsenceWord(name: string): string {
  return name.replace(ABSENCE_LEAD, '');
}

/**
 * Words that put a measure in the future (`Will add MFA`, `To be implemented`, `Planned for Q3`, `Phase 2 roadmap`, `before launch`,
 * `TBD`): what a register's mitigation says when it is work still to do, where a control in place is written in the present
 * (`Backups produced via the encrypted API`, `Forwarder strips PHI`).
 */
// `To be` and `pending` only where they say so of the measure (`To be added`, `is to be reviewed`, `pending implementation`):
// a control's own words use them otherwise (`allows the resource to be inspected`, `before any pending migration runs`).
const PLANNED_WORDING = /\b(?:will|shall|planned|plans? to|tbd|not yet|roadmap|backlog|future|upcoming|next (?:release|sprint|quarter|phase)|before (?:launch|go-?live|release)|by (?:q[1-4]|end of)|(?:is|are|remains?) to be|pending (?:implementation|approval|review|deployment|fix|release|budget))\b|^(?:to be|pending)\b/i;

/** Whether a measure's words put it in the future (`is a planned control`, `will add`, `by Q3`), whatever their opening. */
export function saysFutureWork(text: string): boolean {
  return PLANNED_WORDING.test(text);
}

/** Whether a measure's words put it in the future, or open as an instruction (opensAsInstruction): work planned, not a control in place. */
export function saysPlannedWork(text: string): boolean {
  return saysFutureWork(text) || opensAsInstruction(text);
}
