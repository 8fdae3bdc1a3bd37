// Threat models kept as YAML or JSON: the threats are the risks, and what is done about each is
// either written on it (`mitigations`, `countermeasures`) or kept in a catalogue of controls
// beside the threats (`controls:`) that a threat names by ID (`mitigations: [C-01]`) or that
// names the threats it answers (`mitigates: [T-01]`). A diagramming tool (OWASP Threat Dragon)
// keeps its threats on the elements of its diagrams: they are read wherever they sit.
import type { Action, Field, Risk } from '../model/plan-model';
import { opensAsInstruction } from '../model/vocabulary';
import { readRisk } from './yaml/read-plan';
import type { YamlReader } from './yaml/yaml-reader';

/** A control of the catalogue: its ID, as read (its wording the title), and the IDs it names. */
interface Control {
  readonly id: string;
  readonly read: Risk;
  readonly names: ReadonlySet<string>;
}

/** The catalogue's controls by ID: a list of entries with an `id`, or a mapping keyed by ID. */
function catalogueOf(reader: YamlReader, node: unknown): Map<string, Control> {
  const controls = new Map<string, Control>();
  const add = (id: string | undefined, value: unknown) => {
    const read = readRisk(reader, value);
    if (id === undefined || id === '' || !read) return;
    // AWS Threat Composer words a mitigation as its `content`: the control's wording where it has no title.
    const content = read.title === undefined && read.actions.every((a) => a.action === undefined) ? reader.field(reader.pairs(reader.map(value)).get('content')) : undefined;
    controls.set(id, { id, read: content ? { ...read, title: content } : read, names: namedIds(reader, value, id) });
  };
  for (const item of reader.seq(node)?.items ?? []) add(readRisk(reader, item)?.id?.value, item);
  for (const pair of reader.map(node)?.items ?? []) add(reader.scalarText(pair.key), pair.value);
  return controls;
}

/** The values of a control's keys, other than its own ID, as single words: the threats it names (`mitigates: [T-01, T-02]`). */
function namedIds(reader: YamlReader, node: unknown, own: string): Set<string> {
  const names = new Set<string>();
  for (const pair of reader.map(node)?.items ?? []) {
    const values = reader.seq(pair.value)?.items ?? [pair.value];
    for (const value of values) {
      const text = reader.scalarText(value);
      if (text !== undefined && text !== own) for (const part of idParts(text)) names.add(part);
    }
  }
  return names;
}

/** `C-01, C-02` → its parts; a sentence is no list of IDs (a part with a space in it). */
function idParts(text: string): string[] {
  const parts = text.split(/\s*[,;]\s*/).map((part) => part.trim()).filter((part) => part !== '');
  return parts.every((part) => !/\s/.test(part)) ? parts : [];
}

/** A control as the action a threat gets: its wording, and its owner, due date and status (the threat's where the control has none). */
function controlAction(control: Control, from: Action | undefined): Action {
  const own = control.read.actions[0];
  const pick = (key: 'owner' | 'due' | 'status' | 'completed' | 'validation' | 'evidence'): Field | undefined => own?.[key] ?? from?.[key];
  return {
    action: control.read.title ?? own?.action,
    owner: pick('owner'),
    due: pick('due'),
    status: pick('status'),
    completed: pick('completed'),
    // Read as a risk, the control holds its validation and evidence as a risk's: they are its action's.
    validation: control.read.validation ?? pick('validation'),
    evidence: control.read.evidence ?? pick('evidence'),
    firstLine: control.read.firstLine,
    insertAt: control.read.insertAt,
  };
}

/** An ID of a list's entries: letters, a hyphen, a number (`MIT-035`, `M-7`). */
const ENTRY_ID = /^([A-Za-z]{1,8}-)\d{1,5}$/;

/**
 * An action whose whole text is one ID shaped as the list's own IDs are (the same letters before the number) that the
 * list does not define; undefined for anything else (words, a list's entry, another kind of ID).
 */
function undefinedEntryOf(controls: ReadonlyMap<string, Control>, list: string): (action: Action) => Action['undefinedEntry'] {
  const prefixes = new Set([...controls.keys()].map((id) => ENTRY_ID.exec(id)?.[1]).filter((p) => p !== undefined));
  return (action) => {
    const id = action.action?.value.trim() ?? '';
    const prefix = ENTRY_ID.exec(id)?.[1];
    return prefix !== undefined && prefixes.has(prefix) && !controls.has(id) ? { id, list } : undefined;
  };
}

/** The controls an action names by ID, when every part of it is a control's ID; undefined when it writes anything else. */
function referencedControls(action: Action, controls: ReadonlyMap<string, Control>): Control[] | undefined {
  const field = action.action;
  if (!field) return undefined;
  const ids = field.items ?? idParts(field.value);
  const found = ids.map((id) => controls.get(id.trim()));
  return found.length > 0 && found.every((c) => c !== undefined) ? (found as Control[]) : undefined;
}

/**
 * Each threat with the controls it references as its actions: named by ID in its own mitigations,
 * or naming its ID. A mitigation written out in words stays the action it is.
 */
export function withReferencedControls(reader: YamlReader, threats: readonly Risk[], catalogue: unknown, root?: unknown, list?: string): Risk[] {
  const controls = catalogueOf(reader, catalogue);
  if (controls.size === 0) return [...threats];
  const links = root === undefined ? new Map<string, Set<string>>() : linksOf(reader, root, threats, controls);
  const undefinedEntry = list === undefined ? () => undefined : undefinedEntryOf(controls, list);
  return threats.map((threat) => {
    const used = new Set<Control>();
    const actions = threat.actions.flatMap((action) => {
      const named = referencedControls(action, controls);
      // `- MIT-035  # Environment variable sanitization` where `mitigations:` defines MIT-001 to MIT-034: named, never written.
      // The status beside it is the threat's (`status: active`), not the work's, which the list would have held.
      const missing = named ? undefined : undefinedEntry(action);
      if (missing) return [{ ...action, status: undefined, undefinedEntry: missing }];
      if (!named) return [action];
      named.forEach((control) => used.add(control));
      return named.map((control) => controlAction(control, action));
    });
    const id = threat.id?.value;
    const linked = (control: Control) => control.names.has(id ?? '') || (links.get(id ?? '')?.has(control.id) ?? false);
    const naming = id === undefined ? [] : [...controls.values()].filter((control) => linked(control) && !used.has(control));
    if (used.size === 0 && naming.length === 0) return actions.some((action) => action.undefinedEntry) ? { ...threat, actions } : threat;
    // The empty action that stands for a missing one gives way to the controls that name the threat.
    const written = actions.filter((action) => action.action !== undefined && action.action.value !== '');
    return { ...threat, actions: [...written, ...naming.map((control) => controlAction(control, threat.actions[0]))] };
  });
}

/**
 * A key that names one threat by its ID where a model links it to its controls (Open Threat Model: `threat: '55'`; AWS
 * Threat Composer's link records, `mitigationLinks: [{linkedId: <threat>, mitigationId: <control>}]`).
 */
const LINKED_THREAT_KEY = /^(?:threat|risk|finding|weakness|vulnerability|linked)(?:_?id)?$/i;

/**
 * The controls each threat is linked to elsewhere in the model, by threat ID: a mapping anywhere that
 * names a threat of the list by ID beside a list whose every entry names a control of the catalogue
 * (Open Threat Model, the format IriusRisk and StartLeft write: a component's
 * `threats: [{threat: '55', mitigations: [{mitigation: '55', state: RECOMMENDED}]}]`), or beside one
 * control's ID (a link record of a list of links: `{linkedId: <threat>, mitigationId: <control>}`).
 */
function linksOf(reader: YamlReader, root: unknown, threats: readonly Risk[], controls: ReadonlyMap<string, Control>): Map<string, Set<string>> {
  const threatIds = new Set(threats.map((threat) => threat.id?.value).filter((id): id is string => id !== undefined));
  const links = new Map<string, Set<string>>();
  const controlOf = (entry: unknown): string | undefined => {
    const text = reader.scalarText(entry) ?? [...(reader.map(entry)?.items ?? [])].map((pair) => reader.scalarText(pair.value)).find((value) => value !== undefined && controls.has(value));
    return text !== undefined && controls.has(text) ? text : undefined;
  };
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const seq = reader.seq(node);
    if (seq) return seq.items.forEach((item) => walk(item, depth + 1));
    const map = reader.map(node);
    if (!map) return;
    const threat = map.items.map((pair) => (LINKED_THREAT_KEY.test(reader.scalarText(pair.key) ?? '') ? reader.scalarText(pair.value) : undefined)).find((id) => id !== undefined && threatIds.has(id));
    for (const pair of map.items) {
      const single = reader.scalarText(pair.value);
      const items = reader.seq(pair.value)?.items ?? (single !== undefined && controls.has(single) ? [pair.value] : []);
      const named = items.map(controlOf);
      if (threat !== undefined && items.length > 0 && named.every((id) => id !== undefined)) {
        const set = links.get(threat) ?? new Set<string>();
        named.forEach((id) => set.add(id as string));
        links.set(threat, set);
      } else walk(pair.value, depth + 1);
    }
  };
  walk(root, 0);
  return links;
}

/** How deep a diagram's threats may sit (Threat Dragon: `detail.diagrams[].cells[].data.threats[]`): the register check walks as deep. */
export const MAX_DEPTH = 12;

/** The title a diagramming tool gives a threat it adds (OWASP Threat Dragon: `New STRIDE threat`, `New LINDDUN threat`). */
const TOOL_DEFAULT_TITLE = /^new (?:[a-z0-9]+ )?threat$/i;
/** The texts it fills in for the author to replace (`Provide a description for this threat`, `Provide remediation for this threat …`). */
const TOOL_DEFAULT_TEXT = /^provide (?:a description|remediation|mitigation)s? for this threat\b/i;

/** The trimmed text of a mapping's key, '' when absent; undefined when the item is no mapping. */
function scalarsOf(reader: YamlReader, item: unknown): ((key: string) => string) | undefined {
  const map = reader.map(item);
  if (!map) return undefined;
  return (key: string) => {
    const pair = map.items.find((p) => reader.scalarText(p.key) === key);
    return pair ? (reader.scalarText(pair.value) ?? '').trim() : '';
  };
}

/** A threat the tool added and nobody wrote: its default title, and its description or mitigation still the tool's prompt. Not a risk. */
function isToolDefault(reader: YamlReader, item: unknown): boolean {
  const text = scalarsOf(reader, item);
  return text !== undefined && TOOL_DEFAULT_TITLE.test(text('title')) && (TOOL_DEFAULT_TEXT.test(text('description')) || TOOL_DEFAULT_TEXT.test(text('mitigation')));
}

/**
 * A threat its author marked as not applicable to the element it sits on (Threat Dragon's `NotApplicable`, `N/A`) and
 * left without a mitigation: the model says it is no threat there. Not a risk (one with a mitigation still says what answers it).
 */
function isNotApplicable(reader: YamlReader, item: unknown): boolean {
  const text = scalarsOf(reader, item);
  return text !== undefined && /^(?:not[\s_-]*applicable|n\/a)$/i.test(text('status')) && text('mitigation') === '';
}

/** A Markdown heading line inside a text. */
const HEADING_LINE = /\n[ \t]{0,3}#{1,6}[ \t]+\S/;

/**
 * A list of threats less the entries worded as instructions (`Implement JWT authentication using @nestjs/jwt`), where
 * others in it are worded as threats: a generator that split a threat's Markdown into entries stored its fix bullets
 * and code as threats of their own. A list worded wholly as instructions is left as it is (what it holds is unclear).
 */
function withoutFixesAmongThreats(threats: Risk[]): Risk[] {
  // An entry that runs on into a threat's heading (`… \`\`\` ### Threat 2: Insecure Error Handling`) holds that threat.
  const fixes = threats.filter((threat) => opensAsInstruction(threat.title?.value) && !HEADING_LINE.test(threat.title?.value ?? ''));
  return fixes.length === 0 || fixes.length === threats.length ? threats : threats.filter((threat) => !fixes.includes(threat));
}

/** Whether a node is a mapping holding a list under a key that names risks (a register's category and its `risks`). */
function holdsRisks(reader: YamlReader, node: unknown, namesRisks: (key: string) => boolean): boolean {
  return (reader.map(node)?.items ?? []).some((pair) => {
    const key = reader.scalarText(pair.key);
    return key !== undefined && namesRisks(key) && (reader.seq(pair.value)?.items.length ?? 0) > 0;
  });
}

/** Every list under a key that names risks, anywhere in the document, read as risks in document order. */
export function scatteredRisks(reader: YamlReader, root: unknown, namesRisks: (key: string) => boolean): Risk[] {
  const risks: Risk[] = [];
  const walk = (node: unknown, depth: number) => {
    if (depth > MAX_DEPTH) return;
    const seq = reader.seq(node);
    if (seq) {
      for (const item of seq.items) walk(item, depth + 1);
      return;
    }
    for (const pair of reader.map(node)?.items ?? []) {
      const key = reader.scalarText(pair.key);
      const threats = key !== undefined && namesRisks(key) ? reader.seq(pair.value) : undefined;
      // Groups of risks under a key naming risks (`risk_categories: [{category, risks: […]}]`): the risks are inside each group.
      if (threats && threats.items.length > 0 && threats.items.every((item) => holdsRisks(reader, item, namesRisks))) walk(pair.value, depth + 1);
      else if (threats) risks.push(...withoutFixesAmongThreats(threats.items.filter((item) => !isToolDefault(reader, item) && !isNotApplicable(reader, item)).map((item) => readRisk(reader, item)).filter((r): r is Risk => r !== undefined)));
      else walk(pair.value, depth + 1);
    }
  };
  walk(root, 0);
  return risks;
}
