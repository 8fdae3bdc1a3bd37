// What a YAML author most likely meant by a key or value the schema does not know:
// the allowed key in another case, the key a Markdown label synonym names (`dueDate`,
// `assignedTo`), a near-miss spelling (`validaton`), or the canonical value a written
// status or tier form stands for (`completed` → done).
import { PRIORITIES, fieldForLabel, statusOf, tierOf } from '../../model/vocabulary';
import { editDistance } from '../../model/edit-distance';

/** `dueDate`, `due_date`, `Due-Date` → `due date`: the words a label synonym is written with. */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');
}

/** The allowed key an unknown key stands for, when one is clear. */
export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const sameLetters = allowed.find((k) => k.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  const synonym = fieldForLabel(words(key));
  if (synonym && allowed.includes(synonym)) return synonym;
  const ranked = allowed.map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  // A near miss: at most two edits, fewer than a third of the word, and closer than any other key.
  if (best && best.d <= 2 && best.d * 3 < key.length && (ranked.length === 1 || ranked[1].d > best.d)) return best.k;
  return undefined;
}

/** The allowed value a written value of `key` stands for (another case, a status or tier synonym). */
export function suggestValue(key: string, value: string, allowed: readonly string[]): string | undefined {
  const canonical =
    key === 'status' ? statusOf(value)
    : key === 'tier' ? tierOf(value)
    : key === 'priority' ? PRIORITIES.find((p) => p === value.trim().toLowerCase())
    : allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase());
  return canonical !== undefined && allowed.includes(canonical) ? canonical : undefined;
}
