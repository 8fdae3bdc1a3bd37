// A tracker that grades its items in a list apart from where it writes them out: `#### G-036: PHI Encryption at Rest`
// with its tasks and no priority, then, under `## Risk & Dependency Tracking`, `### High Risk Items` over
// `- [ ] G-036 (PHI encryption) - Performance impact potential`. An item listed by its ID under a heading that grades what
// it lists (a grade, then a name of findings: High Risk Items, Critical Findings) has that grade for its priority, when
// it gives none itself. Items listed by wording alone are not matched: only an ID tells which item is meant.
import type { Field, Risk } from '../../model/plan-model';
import { idKey } from '../../model/plan-queries';
import { gradeOfFindingsSection } from './risk-heading';
import { unfencedLines } from './unfenced-lines';
import { anywhere } from '../text-scan';

/** A list item (a checkbox perhaps) opening with an ID-like token: `- [ ] G-036 (PHI encryption) - …`, `1. **R-04**: …`. */
const LISTED_ID = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?[*_`]{0,2}([A-Za-z][\w.-]*\d[\w.-]*)/;
/** A cheap sign the text has a heading that may grade a list: only then are its lines walked. */
const mayGrade = anywhere(/^ {0,3}#{2,6}[ \t]+[^\r\n]*?(?:critical|high|medium|moderate|low)/im);

/** The grade each ID listed under a grading heading is given there (the first such listing wins). */
function gradedIds(text: string): Map<string, Field> {
  const graded = new Map<string, Field>();
  let section: { level: number; grade: Field } | undefined;
  for (const { line, start, heading } of unfencedLines(text)) {
    if (heading) {
      if (section && heading.level <= section.level) section = undefined;
      const grade = gradeOfFindingsSection(heading.text);
      if (grade !== undefined) {
        const at = start + line.indexOf(grade);
        section = { level: heading.level, grade: { value: grade, valueRange: { start: at, end: at + grade.length } } };
      }
      continue;
    }
    const id = section ? LISTED_ID.exec(line)?.[1] : undefined;
    if (id !== undefined && !graded.has(idKey(id))) graded.set(idKey(id), section!.grade);
  }
  return graded;
}

/** The risks, each with an ID and no priority given the grade of the list that names it by its ID. */
export function withGradedLists(risks: Risk[], text: string): Risk[] {
  const ungraded = (r: Risk) => r.id !== undefined && r.priority === undefined;
  if (!risks.some(ungraded) || !mayGrade(text)) return risks;
  const graded = gradedIds(text);
  if (graded.size === 0) return risks;
  return risks.map((risk) => {
    const grade = ungraded(risk) ? graded.get(idKey(risk.id!.value)) : undefined;
    return grade ? { ...risk, priority: grade } : risk;
  });
}
