// One analysis per document version (and settings generation), shared by diagnostics,
// code actions, hover, lenses, symbols and the status bar: a plan is parsed once per edit.
import * as path from 'node:path';
import { analyse, type Analysis } from '../engine/lint';
import type { PlanModel } from '../model/plan-model';
import { readRegister } from '../engine/analysis-register';
import { analysisDocument, type AnalysisRegister } from '../model/analysis-register';
import { LineIndex } from '../model/positions';
import { RULES } from '../rules';
import { detectPlan, formatOf, type PlanKind } from '../parse/detect';
import type { DocumentSettings, SettingsStore } from './settings';
import { fileNameOf, filePathOf, uriOf } from './uris';

/** The risk analysis document a plan names, as read for this analysis (for hover and go to definition). */
export interface LinkedRegister {
  readonly uri: string;
  readonly register: AnalysisRegister;
  readonly lines: LineIndex;
}

export interface PlanAnalysis extends Analysis {
  readonly uri: string;
  /** The editor's document version, or null for a file read from disk. */
  readonly version: number | null;
  /** Identifies the document state analysed (see DocumentState.stamp). */
  readonly stamp: string;
  /** Unique to this analysis among all the server made: a result id that never names another text. */
  readonly serial: number;
  readonly kind: PlanKind;
  readonly settings: DocumentSettings;
  readonly register?: LinkedRegister;
}

/** A document to analyse: text plus what identifies this state of it. */
export interface DocumentState {
  readonly uri: string;
  readonly text: string;
  /** Editor version, or null for a file on disk. */
  readonly version: number | null;
  /** Distinguishes states with one version (disk files: modification time and size). */
  readonly stamp: string;
  /** The editor's language id, which decides the format of a document without an extension (untitled). */
  readonly languageId?: string;
}

const EXTENSION_OF_LANGUAGE: Record<string, string> = { markdown: '.md', yaml: '.yaml' };

/** The name plan detection sees: an untitled document's language stands in for the extension it lacks. */
function detectionName(doc: DocumentState): string {
  const name = fileNameOf(doc.uri);
  return formatOf(name) ? name : name + (EXTENSION_OF_LANGUAGE[doc.languageId ?? ''] ?? '');
}

/** The register a plan names: its URI, the key of its read form (URI and the name the plan gives it), the name. */
interface RegisterLink {
  readonly uri: string;
  readonly key: string;
  readonly name: string;
}

interface Entry {
  readonly key: string;
  readonly result: Promise<PlanAnalysis | undefined>;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private serials = 0;
  /** Documents linted before: their next lints keep and reuse per-risk findings. */
  private readonly linted = new Set<string>();
  /** Register URI → the plans whose last analysis read it: their analyses go when it changes. */
  private readonly dependents = new Map<string, Set<string>>();

  constructor(
    private readonly settings: SettingsStore,
    private readonly onRuleError: (uri: string, rule: string, error: unknown) => void,
    /** The text of a document by URI, the open editor's first, else the file; undefined when unreadable. */
    private readonly readText: (uri: string) => Promise<string | undefined> = async () => undefined,
    /** Called after each lint (the Node host's heap governor). */
    private readonly afterLint: () => void = () => undefined,
  ) {}

  /** The plans whose last analysis read this document as their risk analysis. */
  plansReading(uri: string): string[] {
    return [...(this.dependents.get(uri) ?? [])];
  }

  /**
   * A document changed (an edit, a file event): the analyses of the plans that read it as their
   * risk analysis are dropped, and their URIs returned, to lint again.
   */
  documentChanged(uri: string): string[] {
    for (const key of [...this.registers.keys()]) if (key.startsWith(`${uri}\n`)) this.registers.delete(key);
    const plans = [...(this.dependents.get(uri) ?? [])];
    for (const plan of plans) this.entries.delete(plan);
    return plans;
  }

  /** The analysis of a document state; undefined when the document is not a plan. */
  get(doc: DocumentState): Promise<PlanAnalysis | undefined> {
    const cached = this.cached(doc.uri, doc.stamp);
    if (cached) return cached;
    const result = this.compute(doc);
    this.entries.set(doc.uri, { key: this.keyOf(doc.stamp), result });
    return result;
  }

  /** The cached analysis of a document state, without needing its text. */
  cached(uri: string, stamp: string): Promise<PlanAnalysis | undefined> | undefined {
    const entry = this.entries.get(uri);
    return entry?.key === this.keyOf(stamp) ? entry.result : undefined;
  }

  /**
   * The analysis of a closed file, not kept: a workspace of a thousand plans would otherwise
   * hold a thousand analyses (what the workspace-wide features need of them is kept in Plans).
   */
  analyseOnce(doc: DocumentState): Promise<PlanAnalysis | undefined> {
    this.entries.delete(doc.uri);
    return this.compute(doc);
  }

  /** What an analysis of a document state is valid for: that state, under the current settings. */
  keyOf(stamp: string): string {
    return `${stamp}#${this.settings.generation}`;
  }

  /** The settings a document is linted with. */
  settingsFor(uri: string): Promise<DocumentSettings> {
    return this.settings.for(uri);
  }

  /** Settings for many documents, asked of the client at once. */
  prefetchSettings(uris: readonly string[]): Promise<void> {
    return this.settings.prefetch(uris);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.linted.delete(uri);
  }

  private async compute(doc: DocumentState): Promise<PlanAnalysis | undefined> {
    const settings = await this.settings.for(doc.uri);
    const kind = detectPlan(detectionName(doc), doc.text, settings.isIncluded, doc.version === null);
    if (!kind) return undefined;
    const options = {
      today: settings.today,
      settings: settings.lint,
      rules: RULES,
      // Each edit lints the plan again: per-risk findings of the risks it did not touch are
      // reused. Not on a document's first lint, whose diagnostics the user waits for: keeping
      // findings by risk costs more than running the rules once over the plan.
      reuse: this.linted.has(doc.uri),
      // A file on disk (the workspace pass, a plan's register) is read once until it changes.
      once: doc.version === null,
      onRuleError: (rule: string, error: unknown) => this.onRuleError(doc.uri, rule, error),
    };
    // The register is found from the plan the lint parses (one parse per edit); a register not
    // read yet is read, and the plan linted again with it: once, until the register changes.
    let wanted: RegisterLink | undefined;
    let register: LinkedRegister | undefined;
    const registerOf = (plan: PlanModel) => {
      wanted = this.linkRegister(doc.uri, plan);
      register = wanted && this.registers.get(wanted.key);
      return register?.register;
    };
    let analysis = analyse(doc.text, kind, { ...options, analysis: registerOf });
    this.linted.add(doc.uri);
    this.afterLint();
    const link = wanted as RegisterLink | undefined;
    if (link && !this.registers.has(link.key)) {
      const text = await this.readText(link.uri);
      const read = text === undefined ? undefined : readRegister(link.name, filePathOf(link.uri) ?? link.uri, text);
      this.registers.set(link.key, read && { uri: link.uri, register: read, lines: new LineIndex(text!) });
      analysis = analyse(doc.text, kind, { ...options, analysis: registerOf });
    }
    return { ...analysis, uri: doc.uri, version: doc.version, stamp: doc.stamp, serial: ++this.serials, kind, settings, register };
  }

  /** Read registers by URI and the name the plan gives them; undefined when unreadable or not a register. */
  private readonly registers = new Map<string, LinkedRegister | undefined>();

  /** The register a plan names: its URI (resolved from the plan's folder) and cache key; the plan is noted as depending on it. */
  private linkRegister(planUri: string, plan: PlanModel): RegisterLink | undefined {
    for (const plans of this.dependents.values()) plans.delete(planUri);
    const reference = analysisDocument(plan);
    const planFile = filePathOf(planUri);
    if (!reference || !planFile) return undefined;
    const uri = uriOf(path.resolve(path.dirname(planFile), reference.value));
    let plans = this.dependents.get(uri);
    if (!plans) this.dependents.set(uri, (plans = new Set()));
    plans.add(planUri);
    return { uri, key: `${uri}\n${reference.value}`, name: reference.value };
  }
}
