import type { RuleModule } from '../engine/rule';
import { hasOwnAction, isAccepted, isClosedRisk, riskName } from '../model/plan-queries';
import { excerpt } from './shared-utils/wording';

const rule: RuleModule = {
  id: 'missing-action',
  defaultSeverity: 'error',
  scope: 'risk',
  description: 'Every risk that is not accepted has a planned action (a register is a plan: each risk needs one).',
  reference: '45 CFR § 164.308(a)(1)(ii)(B) (risk management: implement security measures sufficient to reduce risks)',
  rationale:
    'The Security Rule asks for measures that reduce each identified risk to a reasonable level. A risk listed with nothing planned against it, and not formally accepted, is a risk the organisation knows of and has not managed.',
  examples: { bad: '### R-007: Shared front-desk login (no Action)', good: '- **Action:** Issue named EHR accounts to each front-desk employee and disable the shared login' },
  messages: {
    missing: 'Risk {id} has no planned action. Add an Action saying what will be done to reduce it, or record it as accepted (Treatment: Accept, with rationale and approval).',
    recommended:
      'Risk {id} has a recommended remediation ("{recommendation}") but no planned action. Plan it: a remediation with lifecycle "planned", its tasks, who is responsible and by when; or record the risk as accepted.',
    evidenceOnly:
      'Risk {id} has no planned action: only its evidence is written ("{evidence}"), not what will be done. Add an Action saying what will be done to reduce it, or record it as accepted (Treatment: Accept, with rationale and approval).',
    elsewhere:
      'The {count} risks here carry no action of their own: the register says their treatment is kept in another document ("{statement}"). Check that it gives each risk its action, owner and due date, or add them here.',
    unkeyed:
      'Risk {id} has no action of its own, and the actions under "{roadmap}" name no risk, so it cannot be told which of them treats it. Name the risk beside the action that treats it, or add its Action here.',
  },
  // Actions the register says are kept elsewhere are a traceability check, not actions known to be missing.
  messageSeverityCaps: { elsewhere: 'warning' },
  check({ plan, report }) {
    const elsewhere = plan.meta.treatedElsewhere;
    // A closed item (remediated, with its date) needs no plan: its evidence is what is asked.
    const untreated = plan.risks.filter((risk) => !(isAccepted(risk) || isClosedRisk(risk) || hasOwnAction(risk)));
    // A register that keeps every risk's treatment in a companion document: said once, where it says so.
    if (elsewhere) {
      if (untreated.length > 0) report({ messageId: 'elsewhere', data: { count: String(untreated.length), statement: excerpt(elsewhere.value, 100) }, range: elsewhere.valueRange });
      return;
    }
    for (const risk of untreated) {
      const roadmap = plan.meta.unkeyedRoadmap;
      // The plan's roadmap holds actions that name no risk: the risk's action is there, but not keyed to it.
      if (roadmap) report({ messageId: 'unkeyed', data: { id: riskName(risk), roadmap: roadmap.value }, range: risk.firstLine });
      // An OSCAL risk with a remediation only recommended (a scanner's fix text): what is there, and what is not.
      else if (risk.recommendation) report({ messageId: 'recommended', data: { id: riskName(risk), recommendation: excerpt(risk.recommendation.value, 60) }, range: risk.firstLine });
      else {
        // `verification_evidence: MFA roster shows 6 of 6 named users enrolled` on a row with no action (set 95): what shows it done, not the work.
        // (A dash in a Commit column, `| — |`, records that there is none.)
        const written = (value: string) => /[\p{L}\p{N}]/u.test(value);
        const evidence = risk.actions.find((a) => a.evidence !== undefined && written(a.evidence.value))?.evidence ?? risk.evidence;
        if (evidence && written(evidence.value)) report({ messageId: 'evidenceOnly', data: { id: riskName(risk), evidence: excerpt(evidence.value, 60) }, range: risk.firstLine });
        else report({ messageId: 'missing', data: { id: riskName(risk) }, range: risk.firstLine });
      }
    }
  },
};

export default rule;
