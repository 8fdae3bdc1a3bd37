// An OSCAL plan of action and milestones is recognised by its root key alone, in YAML
// (a top-level `plan-of-action-and-milestones:`) or JSON (the object's first key).
const YAML_ROOT = /^["']?plan-of-action-and-milestones["']?[ \t]*:/m;
const JSON_ROOT = /^\uFEFF?\s*\{\s*"plan-of-action-and-milestones"\s*:/;

export function looksLikeOscalPoam(text: string): boolean {
  return JSON_ROOT.test(text) || YAML_ROOT.test(text);
}
