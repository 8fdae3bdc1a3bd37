// What the vague-action classifier answers: specific, or vague with a reason and the words that make it so.
import type { Span } from '../../model/plan-model';

export type VagueReason =
  /** TBD, N/A, `...`, `?`, `-`, empty. */
  | 'placeholder'
  /** Contains a phrase from the `vaguePhrases` setting. */
  | 'configured'
  /** An intention without a deliverable: "look into", "consider", "discuss". */
  | 'intention'
  /** A hedge ("as needed", "ensure", "to be updated") with nothing measurable behind it. */
  | 'hedge'
  /** A verb on an abstract object: "improve security", "follow best practices". */
  | 'abstract'
  /** A status, pointer or hand-off in place of the work: "pending IT", "see R-3", "escalated to the CISO". */
  | 'status'
  /** A verb with nothing to act on: "patch as needed". */
  | 'no-object'
  /** Too few words to say what is done to what. */
  | 'fragment';

export type Verdict =
  | { readonly vague: false }
  | {
      readonly vague: true;
      readonly reason: VagueReason;
      /** The words that make the action vague, as written (the whole text for placeholders). */
      readonly phrase: string;
      /** Where `phrase` is, as offsets into the classified text. */
      readonly span: Span;
    };

export const SPECIFIC: Verdict = { vague: false };
