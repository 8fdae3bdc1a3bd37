// Tiers as Markdown headings write them: "This week", but also "1. This week",
// "Tier 2: Vendor conversations" or "Budget decisions (needs capital)".
import type { Tier } from '../../model/plan-model';
import { tierOf } from '../../model/vocabulary';

const NUMBERING = /^(?:tier\s*\d+\s*[:.)–—-]?\s*|\d+[.)]\s*)/i;
// Linear on hostile headings: a match starts only where a space run starts, a parenthesis
// group holds no parenthesis, and the rest of the text is taken whole.
const GLOSS = /(?<!\s)\s*(?:\([^()]*\)|[:–—]\s[\s\S]*|\s-\s[\s\S]*)$/;

/** The tier a heading (or a Tier field or column) names, if any. */
export function tierOfHeading(text: string): Tier | undefined {
  return tierOf(text) ?? tierOf(text.replace(NUMBERING, '').replace(GLOSS, ''));
}
