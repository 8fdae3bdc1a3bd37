// A tracker that grades its items in a list apart from where it writes them out: `#### G-036: PHI Encryption at Rest`
// with its tasks and no priority, then, under `## Risk & Dependency Tracking`, `### High Risk Items` over
// `- [ ] G-036 (PHI encryption) - Performance impact potential`. An item listed by its ID under a heading that grades what
// it lists (a grade, then a name of findings: High Risk Items, Critical Findings) has that grade for its priority, when
// it gives none itself. An item listed by its words alone names a risk with no ID only by a word of its title no other
// such risk's title has (session 29): `SQL injection vulnerabilities` the table's `SQL Injection Attack`.
import type { Field, Risk } from '../../model/plan-model';
import { idKey } from '../../model/plan-queries';
import { gradeOfFindingsSection } from './risk-heading';
import { unfencedLines } from './unfenced-lines';
import { tellingWords } from './title-words';
import { anywhere } from '../text-scan';

/** A list item (a checkbox perhaps) opening with an ID-like token: `- [ ] G-036 (PHI encryption) - …`, `1. **R-04**: …`. */
const LISTED_ID = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?[*_`]{0,2}([A-Za-z][\w.-]*\d[\w.-]*)/;
/** A cheap sign the text has a heading that may grade a list: only then are its lines walked. */
const mayGrade = anywhere(/^ {0,3}#{2,6}[ \t]+[^\r\n]*?(?:critical|high|medium|moderate|low)/im);

/** A list item's words at the list's margin (a checkbox perhaps): `1. Phishing attacks leading to credential theft`. */
const LISTED_WORDS = /^(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*\S)/;
/** An item that opens with a label (`**Recommendation:** …`, `Issue: …`): a field of a finding written out, not a finding named. */
const LABELLED_ITEM = /^(?:\*\*|__)?[^:*_\n]{1,40}(?::(?:\*\*|__)?|(?:\*\*|__):)\s/;

/** An item listed under a grading heading by its words alone, and the grade. */
interface WordedItem {
  readonly words: ReadonlySet<string>;
  readonly grade: Field;
}

/**
 * The grade each ID listed under a grading heading is given there (the first such listing wins); with `worded`, the items
 * listed by words alone too.
 */
function gradedIds(text: string, worded?: WordedItem[]): Map<string, Field> {
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
    const words = section && id === undefined && worded ? LISTED_WORDS.exec(line)?.[1] : undefined;
    if (words !== undefined && !LABELLED_ITEM.test(words)) worded!.push({ words: tellingWords(words), grade: section!.grade });
  }
  return graded;
}

/**
 * `### High Risks:` over `1. SQL injection vulnerabilities` beside a table's `| SQL Injection Attack | … |`: an item listed by
 * its words names the one risk with no ID whose title shares a word with it that no other such risk's title has.
 */
function gradedByWords(risks: readonly Risk[], items: readonly WordedItem[]): Map<Risk, Field> {
  const unnamed = risks.filter((r) => r.id === undefined && r.priority === undefined && r.title !== undefined);
  const wordsOf = new Map(unnamed.map((r) => [r, tellingWords(r.title!.value)]));
  const titlesWith = new Map<string, number>();
  for (const words of wordsOf.values()) for (const w of words) titlesWith.set(w, (titlesWith.get(w) ?? 0) + 1);
  const graded = new Map<Risk, Field>();
  for (const item of items) {
    const named = unnamed.filter((r) => [...item.words].some((w) => titlesWith.get(w) === 1 && wordsOf.get(r)!.has(w)));
    if (named.length === 1 && !graded.has(named[0])) graded.set(named[0], item.grade);
  }
  return graded;
}

/** The risks, each with an ID and no priority given the grade of the list that names it by its ID. */
export function withGradedLists(risks: Risk[], text: string): Risk[] {
  const ungraded = (r: Risk) => r.id !== undefined && r.priority === undefined;
  const unnamed = (r: Risk) => r.id === undefined && r.priority === undefined && r.title !== undefined;
  if (!risks.some((r) => ungraded(r) || unnamed(r)) || !mayGrade(text)) return risks;
  const worded: WordedItem[] = [];
  const graded = gradedIds(text, risks.some(unnamed) ? worded : undefined);
  const byWords = worded.length > 0 ? gradedByWords(risks, worded) : undefined;
  if (graded.size === 0 && !byWords?.size) return risks;
  return risks.map((risk) => {
    const grade = ungraded(risk) ? graded.get(idKey(risk.id!.value)) : byWords?.get(risk);
    return grade ? { ...risk, priority: grade } : risk;
  });
}
