// An OSCAL plan of action and milestones is recognised by its root key alone, in YAML
// (a top-level `plan-of-action-and-milestones:`) or JSON (the object's first key).
import { anywhere } from '../text-scan';

const YAML_ROOT = /^["']?plan-of-action-and-milestones["']?[ \t]*:/m;
/** The YAML root looked for on each keystroke of a YAML plan: around the edit. */
const hasYamlRoot = anywhere(YAML_ROOT);
const JSON_ROOT = /^\uFEFF?\s*\{\s*"plan-of-action-and-milestones"\s*:/;

export function looksLikeOscalPoam(text: string): boolean {
  return JSON_ROOT.test(text) || hasYamlRoot(text);
}

/** A title opening with a bracketed placeholder: `"title": "[System Name] FedRAMP Plan of Action and Milestones"`. */
const PLACEHOLDER_TITLE = /^["']?title["']?[ \t]*:[ \t]*["']?\[[A-Za-z][A-Za-z ]{1,40}\]/;
/** An item marked as the template's example: `"title": "[EXAMPLE]POA&M Item"`. */
const EXAMPLE_ITEM = /["']?title["']?[ \t]*:[ \t]*["']?\[example\]/i;

/**
 * An OSCAL POA&M template (FedRAMP's official one): its first title, the metadata's, still the
 * placeholder for the system's name, and its items marked `[EXAMPLE]`. A form to copy, not a plan:
 * its sample items are no one's risks.
 */
export function isOscalPoamTemplate(text: string): boolean {
  const firstTitle = /["']?title["']?[ \t]*:/.exec(text);
  return firstTitle !== null && PLACEHOLDER_TITLE.test(text.slice(firstTitle.index, firstTitle.index + 200)) && EXAMPLE_ITEM.test(text);
}
