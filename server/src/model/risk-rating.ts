// A priority from a rating of likelihood and impact, for plans that rate risks instead of
// prioritising them (risk registers, OSCAL facets). Words are read on a 3-level scale (low,
// medium/moderate, high) unless a 5-level word appears (very low, very high, critical...);
// numbers on a 1-5 scale. The product is banded as such matrices usually are.
/** The priorities of the plan format (PRIORITIES in vocabulary.ts). */
export type Priority = 'critical' | 'high' | 'medium' | 'low';

const THREE: Readonly<Record<string, number>> = { low: 1, medium: 2, moderate: 2, med: 2, high: 3 };
const FIVE: Readonly<Record<string, number>> = {
  'very low': 1, rare: 1, minimal: 1, negligible: 1, insignificant: 1,
  low: 2, unlikely: 2, minor: 2,
  medium: 3, moderate: 3, med: 3, possible: 3,
  high: 4, likely: 4, major: 4,
  'very high': 5, critical: 5, severe: 5, extreme: 5, 'almost certain': 5, catastrophic: 5,
};

const words = (v: string) => v.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** The priority a likelihood and an impact rate, or undefined when either is not a rating. */
export function priorityFromRating(likelihood: string, impact: string): Priority | undefined {
  const [l, i] = [words(likelihood), words(impact)];
  const numbers = [l, i].map((v) => (/^[1-5]$/.test(v) ? Number(v) : undefined));
  if (numbers[0] !== undefined && numbers[1] !== undefined) return fiveByFive(numbers[0] * numbers[1]);
  if (l in THREE && i in THREE) return threeByThree(THREE[l] * THREE[i]);
  if (l in FIVE && i in FIVE) return fiveByFive(FIVE[l] * FIVE[i]);
  return undefined;
}

/** The priority a likelihood × impact product names on a 3×3 matrix (1–9); one banding for every reader. */
export function threeByThree(score: number): Priority {
  return score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low';
}

/** The priority a likelihood × impact product or a written score names on a 5×5 matrix (1–25). */
export function fiveByFive(score: number): Priority {
  return score >= 20 ? 'critical' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
}
