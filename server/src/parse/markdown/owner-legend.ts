// A register that writes its owners as codes keys them once: `**Owners:** M = maintainer (founder), SR = security-reviewer`.
// The codes it keys are owners named, however short (a single letter with no key names nobody: missing-owner).
import { anywhere } from '../text-scan';

/** The legend's label, then `CODE = role` pairs (bounded: a hostile line costs no more than a short one). */
const LEGEND = /(?:^|[\s>*_])[Oo]wners?(?:[*_]{0,2}[ \t]*:|[ \t]*:[*_]{0,2})[*_]{0,2}[ \t]*((?:[A-Z][A-Za-z0-9]{0,5}[ \t]*=\s{0,3}[^,;\n=]{1,80}[,;]?[ \t]*(?:\n>?[ \t]*)?){2,40})/;
const PAIR = /(?:^|[,;][ \t]*|\n>?[ \t]*)([A-Z][A-Za-z0-9]{0,5})[ \t]*=/g;
/** A legend's label and its first code: what a plan with a legend has (most have none). */
const mayHoldLegend = anywhere(/[Oo]wners?[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*[A-Z][A-Za-z0-9]{0,5}[ \t]*=/);

/** The owner codes a plan's legend keys (`M`, `SR`), or undefined when it has none. One cheap test on a plan with no legend. */
export function ownerCodes(text: string): readonly string[] | undefined {
  if (!mayHoldLegend(text)) return undefined;
  const legend = LEGEND.exec(text);
  return legend ? [...legend[1].matchAll(PAIR)].map((m) => m[1]) : undefined;
}
