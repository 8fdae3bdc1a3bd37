// A remediation roadmap's phases and a compliance summary's title (session 25, from the blind audit of set 64): a phase
// heading over `### Implementation Tasks` and a numbered list plans those tasks; `SOP Compliance Summary` names a report about
// procedures, not a procedure; a register's `risk: baja de profesor` words the risk and rates nothing. Fixtures invented.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { parsePlan } from './lint-with-registry';
import { priorityOf } from '../../server/out/model/vocabulary';

const phase = (n: number, title: string, priority: string, tasks: string[]) => [
  `## Phase ${n}: ${title}`, '', '**Status:** Not started', `**Priority:** ${priority}`, '', '### Objective', 'Protect PHI in the browser.', '', '### Current Risk', '- Tokens readable from the browser tools', '',
  '### Implementation Tasks', ...tasks.map((task, i) => `${i + 1}. ${task}`), '',
];

describe('a roadmap\'s phases with implementation tasks (session 25)', () => {
  const ROADMAP = [
    '# HIPAA Compliance Implementation Roadmap', '', '**Last Updated:** 2026-01-08', '',
    ...phase(5, 'Client-Side Encryption', 'HIGH', ['Encrypt tokens kept in localStorage with AES-256', 'Rotate the encryption key on each release']),
    ...phase(6, 'Session Hardening', 'MEDIUM', ['Rotate refresh tokens every 15 minutes', 'Limit each user to three active sessions']),
    ...phase(7, 'Breach Notification', 'LOW', ['Write the breach notification runbook with the 60-day clock']),
  ].join('\n');

  it('is a plan whose phases take their implementation tasks as actions', () => {
    assert.deepEqual(recognisePlan('HIPAA-PHASES-ROADMAP.md', ROADMAP), { kind: 'markdown' });
    assert.deepEqual(parsePlan(ROADMAP, 'markdown').risks.map((r) => [r.title?.value, r.priority?.value, r.actions.map((a) => a.action?.value)]), [
      ['Phase 5: Client-Side Encryption', 'HIGH', ['Encrypt tokens kept in localStorage with AES-256', 'Rotate the encryption key on each release']],
      ['Phase 6: Session Hardening', 'MEDIUM', ['Rotate refresh tokens every 15 minutes', 'Limit each user to three active sessions']],
      ['Phase 7: Breach Notification', 'LOW', ['Write the breach notification runbook with the 60-day clock']],
    ]);
  });
});

describe('titles and wordings that rate or name nothing (session 25)', () => {
  it('a `Summary` or `Conclusion` heading is a part of the document, whatever labels its body uses', () => {
    const plan = [
      '# HIPAA Action Items & Next Steps', '', '## Optional Next Steps', '',
      '### Priority 1: Review & Approval', '- [ ] Review the SLA policy with the security team', '- [ ] Get signatures from the CTO and CEO', '',
      '### Priority 2: Communication', '- [ ] Send the SLA policy to all employees', '',
      '## ✅ Summary', '', '**Action Required:** None (optional actions above)', '', '**Status:** ✅ **COMPLETE AND READY**', '',
    ].join('\n');
    assert.deepEqual(parsePlan(plan, 'markdown').risks.map((r) => r.title?.value), ['Review & Approval', 'Communication']);
  });

  it('a title naming a procedure before a report\'s own word is judged by its content, not as a procedure', () => {
    const reason = (title: string) => ((recognisePlan('summary.md', `# ${title}\n\nNothing tracked yet.\n`) as { reason?: string }).reason ?? '');
    assert.match(reason('Serenity Care - SOP Compliance Summary'), /does not name a plan/);
    assert.match(reason('Serenity Care - Incident Response Procedure'), /names a policy, procedure or guide/);
  });

  it('`risk: baja de profesor` in a register words the risk, it rates nothing', () => {
    const entry = (risk: string, impact: string, mitigation: string) =>
      ({ risk, category: 'operativo', impact, probability: 'HIPÓTESIS: media', evidence: 'PENDIENTE', mitigation, trigger: 'Desviación', owner: 'Promotor', status: 'PENDIENTE' });
    const register = (risk: string) => JSON.stringify([
      entry(risk, 'medio', 'Contratar un profesor suplente y documentar el plan'),
      entry('licencia', 'alto', 'Validar la licencia antes del compromiso'),
      entry('seguro', 'alto', 'Contratar el seguro de responsabilidad civil'),
    ], null, 2);
    assert.equal(parsePlan(register('baja de profesor'), 'json').risks[0].priority, undefined);
    assert.equal(priorityOf('alta'), 'high');
  });
});
