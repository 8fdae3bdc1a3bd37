// A plan that lists the documents it answers to under a heading of its own (`## 6. Related Documents`,
// `## References`) and names its risk analysis there (`- Risk Assessment Report: \`MAC-AUD-404_Risk_Assessment_Report.md\``):
// it references its risk analysis by document, if not by date and author. Only that list, and only an item
// labelled as the analysis, is read: a mention of "risk assessment" in the body references nothing.
import type { Field } from '../../model/plan-model';
import { anywhere } from '../text-scan';

/** A heading of a list of the documents the plan relates to. */
const RELATED_HEADING = /^ {0,3}#{1,6}[ \t]+(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:related|reference|referenced|supporting|associated)[ \t]+(?:documents?|documentation|records?)[ \t#]*$|^ {0,3}#{1,6}[ \t]+(?:\d+(?:\.\d+)*\.?[ \t]+)?references[ \t#]*$/gim;
const mayRelate = anywhere(/^ {0,3}#{1,6}[ \t]+(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:related|reference|referenced|supporting|associated|references)\b/im);
/** A list item labelled as the risk analysis: `- Risk Assessment Report: file.md`, `- **Security Risk Analysis:** SRA-2026.pdf`. */
const ANALYSIS_ITEM = /^[ \t]{0,3}[-*+][ \t]+(?:\*\*|__)?(?:(?:hipaa|annual|security|information security)[ \t]+)?(?:security[ \t]+)?risk[ \t]+(?:analysis|assessment)(?:[ \t]+(?:report|document))?[ \t]*(?::(?:\*\*|__)|(?:\*\*|__)?[ \t]*:|[ \t]+[-–—])[ \t]*(\S[^\r\n]*?)[ \t]*$/i;

/** The document a plan's list of related documents names as its risk analysis, if any. */
export function relatedRiskAnalysis(text: string): Field | undefined {
  if (!mayRelate(text)) return undefined;
  RELATED_HEADING.lastIndex = 0;
  for (let heading = RELATED_HEADING.exec(text); heading; heading = RELATED_HEADING.exec(text)) {
    // The list under the heading: its lines up to the next heading.
    let at = text.indexOf('\n', heading.index) + 1;
    while (at > 0 && at < text.length) {
      const end = text.indexOf('\n', at);
      const line = text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '');
      if (/^ {0,3}#/.test(line)) break;
      const item = ANALYSIS_ITEM.exec(line);
      if (item) {
        const start = at + line.lastIndexOf(item[1]);
        return { value: item[1], valueRange: { start, end: start + item[1].length } };
      }
      if (end < 0) break;
      at = end + 1;
    }
  }
  return undefined;
}
