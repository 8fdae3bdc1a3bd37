// Tiers as Markdown headings write them: "This week", but also "1. This week",
// "Tier 2: Vendor conversations" or "Budget decisions (needs capital)".
import type { Tier } from './model';
import { tierOf } from './vocabulary';

const NUMBERING = /^(?:tier\s*\d+\s*[:.)–—-]?\s*|\d+[.)]\s*)/i;
const GLOSS = /\s*(?:\([^)]*\)|[:–—]\s.*|\s-\s.*)$/;

/** The tier a heading (or a Tier field or column) names, if any. */
export function tierOfHeading(text: string): Tier | undefined {
  return tierOf(text) ?? tierOf(text.replace(NUMBERING, '').replace(GLOSS, ''));
}
