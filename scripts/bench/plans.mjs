// Deterministic synthetic plans for the benchmark: N risks in Markdown heading form,
// Markdown table form or YAML, valid plan metadata, and one risk in ten carrying one
// defect that some rule reports. Same (form, risks, seed) → same text, byte for byte.

export const FORMS = ['md-heading', 'md-table', 'yaml'];

/** The date the bench lints with, so overdue and stale findings never drift. */
export const BENCH_TODAY = '2026-06-15';

/** One risk in ten carries a defect (the fifth of every ten, so even 10-risk plans have one). */
const DEFECT_EVERY = 10;
const TIERS = [
  { key: 'this-week', heading: 'This week' },
  { key: 'vendor', heading: 'Vendor conversations' },
  { key: 'budget', heading: 'Budget decisions' },
];
const PRIORITIES = ['critical', 'high', 'medium', 'low'];
const VERBS = ['Enable', 'Encrypt', 'Replace', 'Execute', 'Configure', 'Disable', 'Install', 'Document', 'Restrict', 'Audit'];
const OBJECTS = [
  'MFA on all EHR portal accounts',
  'the four practice laptops with BitLocker',
  'the unsupported front-desk workstation',
  'a BAA with the billing vendor',
  'nightly encrypted backups to the offsite vault',
  'the Microsoft 365 accounts of departed staff',
  'an endpoint agent on every clinical workstation',
  'the fax-to-email relay with TLS only',
  'role-based access in the scheduling system',
  'quarterly access reviews of the imaging archive',
];
const SYSTEMS = ['EHR', 'PACS', 'billing portal', 'email', 'VPN', 'Wi-Fi', 'backup server', 'patient portal', 'fax relay', 'laptops'];
const PROBLEMS = ['lacks MFA', 'is not encrypted', 'has shared logins', 'has no BAA', 'is not patched', 'keeps stale accounts', 'is not logged', 'has no backup test'];
const OWNERS = ['Office Manager', 'Practice Manager', 'IT Contractor', 'Security Officer', 'Dana Whitfield', 'Dr. Amir Patel'];
const DEFECTS = ['vague', 'owner', 'asap', 'impossible', 'overdue', 'treatment', 'unvalidated', 'duplicate', 'acceptance'];

/** mulberry32: a tiny seeded PRNG, so plans are the same on every machine. */
export function randomFrom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDate(dayOffset) {
  return new Date(Date.UTC(2026, 6, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

/** The risks of one plan as plain records, before any format is chosen. */
function risksOf(count, seed) {
  const random = randomFrom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const risks = [];
  for (let i = 0; i < count; i++) {
    const done = random() < 0.2;
    const risk = {
      id: `R-${String(i + 1).padStart(4, '0')}`,
      title: `The ${pick(SYSTEMS)} ${pick(PROBLEMS)}`,
      tier: TIERS[Math.floor((i * TIERS.length) / count)],
      priority: pick(PRIORITIES),
      treatment: 'mitigate',
      action: `${pick(VERBS)} ${pick(OBJECTS)}`,
      owner: pick(OWNERS),
      due: isoDate(Math.floor(random() * 330)),
      status: done ? 'done' : random() < 0.5 ? 'open' : 'in-progress',
      validation: done ? `Screenshot of the ${pick(SYSTEMS)} settings after the change` : undefined,
    };
    if (i % DEFECT_EVERY === DEFECT_EVERY / 2) applyDefect(risk, pick(DEFECTS), risks, random);
    risks.push(risk);
  }
  return risks;
}

function applyDefect(risk, defect, earlier, random) {
  risk.defect = defect;
  switch (defect) {
    case 'vague': risk.action = random() < 0.5 ? 'Look into options' : 'Consider encryption as needed'; break;
    case 'owner': risk.owner = 'TBD'; break;
    case 'asap': risk.due = 'ASAP'; break;
    case 'impossible': risk.due = '2026-02-30'; break;
    case 'overdue': risk.due = '2026-05-01'; risk.status = 'open'; break;
    case 'treatment': risk.treatment = 'monitor'; break;
    case 'unvalidated': risk.status = 'done'; risk.validation = undefined; break;
    case 'duplicate': risk.id = earlier[Math.floor(random() * earlier.length)].id; break;
    case 'acceptance':
      risk.treatment = 'accept';
      risk.acceptance = { rationale: 'Replacement is budgeted for next year.', approvedBy: 'Dr. Amir Patel, Practice Owner', approvedOn: '2026-03-15' };
      break;
  }
}

const title = (word) => word.charAt(0).toUpperCase() + word.slice(1);

const MARKDOWN_HEADER = [
  '# Synthetic Clinic — HIPAA Risk Management Plan',
  '',
  '- **Organization:** Synthetic Clinic (benchmark plan)',
  '- **Owner:** Dana Whitfield, Security Officer',
  '- **Risk analysis:** 2026-01-10, J. Rivera, Rivera IT Consulting',
  '- **Approved by:** Dr. Amir Patel, Practice Owner',
  '- **Approved on:** 2026-02-01',
  '- **Last reviewed:** 2026-02-01',
  '- **Next review:** 2027-02-01',
  '',
];

function markdownHeadingForm(risks) {
  const out = [...MARKDOWN_HEADER];
  let tier;
  for (const r of risks) {
    if (r.tier !== tier) {
      tier = r.tier;
      out.push(`## ${tier.heading}`, '');
    }
    out.push(`### ${r.id}: ${r.title}`);
    out.push(`- **Priority:** ${title(r.priority)}`);
    out.push(`- **Treatment:** ${title(r.treatment)}`);
    if (r.acceptance) {
      out.push(`- **Rationale:** ${r.acceptance.rationale}`, `- **Approved by:** ${r.acceptance.approvedBy}`, `- **Approved on:** ${r.acceptance.approvedOn}`);
    } else {
      out.push(`- **Action:** ${r.action}`, `- **Owner:** ${r.owner}`, `- **Due:** ${r.due}`, `- **Status:** ${title(r.status)}`);
      if (r.validation) out.push(`- **Validation:** ${r.validation}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function markdownTableForm(risks) {
  const out = [...MARKDOWN_HEADER];
  let tier;
  for (const r of risks) {
    if (r.tier !== tier) {
      tier = r.tier;
      out.push('', `## ${tier.heading}`, '', '| ID | Risk | Priority | Treatment | Action | Owner | Due | Status | Validation |', '|---|---|---|---|---|---|---|---|---|');
    }
    // Tables have no acceptance columns, so an accepted risk's row still lacks them (one defect).
    const cells = [r.id, r.title, title(r.priority), title(r.treatment), r.action, r.owner, r.due, title(r.status), r.validation ?? ''];
    out.push(`| ${cells.join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}

function yamlForm(risks) {
  const out = [
    'plan:',
    '  title: Risk Management Plan',
    '  organization: Synthetic Clinic (benchmark plan)',
    '  version: 1',
    '  owner: Dana Whitfield, Security Officer',
    '  riskAnalysis:',
    '    date: 2026-01-10',
    '    conductedBy: J. Rivera, Rivera IT Consulting',
    '  approvedBy: Dr. Amir Patel, Practice Owner',
    '  approvedOn: 2026-02-01',
    '  lastReviewed: 2026-02-01',
    '  nextReview: 2027-02-01',
    'risks:',
  ];
  for (const r of risks) {
    out.push(`  - id: ${r.id}`, `    title: ${r.title}`, `    tier: ${r.tier.key}`);
    out.push(`    priority: ${r.priority}`, `    treatment: ${r.treatment}`);
    if (r.acceptance) {
      const a = r.acceptance;
      out.push('    acceptance:', `      rationale: ${a.rationale}`, `      approvedBy: ${a.approvedBy}`, `      approvedOn: ${a.approvedOn}`);
    } else {
      out.push('    actions:', `      - action: ${r.action}`, `        owner: ${r.owner}`, `        due: ${r.due}`, `        status: ${r.status}`);
      if (r.validation) out.push(`    validation: ${r.validation}`);
    }
  }
  return `${out.join('\n')}\n`;
}

const WRITERS = { 'md-heading': markdownHeadingForm, 'md-table': markdownTableForm, yaml: yamlForm };

/** One synthetic plan. The seed varies the texts; the same seed gives the same plan. */
export function generatePlan(form, riskCount, seed = 1) {
  const writer = WRITERS[form];
  if (!writer) throw new Error(`unknown plan form ${form}`);
  return writer(risksOf(riskCount, seed));
}

/** File name suffix that makes the linter treat the text as a plan of that form. */
export function extensionOf(form) {
  return form === 'yaml' ? '.rmp.yaml' : '.rmp.md';
}

/** The document kind `analyse()` takes for a form. */
export function kindOf(form) {
  return form === 'yaml' ? 'yaml' : 'markdown';
}
