// Numbers in messages read as English: "1 day", "2 days".

/** A long text quoted in a message by its start, cut to `max` characters with "...", so the message stays readable. */
export function excerpt(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 3).trimEnd()}...`;
}

/** A count with its noun, singular for one: `counted(1, 'day')` → "1 day". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Days as a phrase: "1 day", "12 days". */
export function days(n: number): string {
  return counted(n, 'day');
}
