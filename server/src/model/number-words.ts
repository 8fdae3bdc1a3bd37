// Counts as plans write them, in figures or words ("30 days", "every two years", "six months"):
// the one table relative deadlines and review cycles read them by.

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18,
};

/** A count of up to three figures, or a number word (for a regular expression; one capture group). */
export const NUMBER_SOURCE = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;

/** The value of a count `NUMBER_SOURCE` matched. */
export function countOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}
