// One analysis per document version (and settings generation), shared by diagnostics,
// code actions, hover, lenses, symbols and the status bar: a plan is parsed once per edit.
import * as path from 'node:path';
import { analyse, parsePlan, type Analysis } from '../engine/lint';
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

interface Entry {
  readonly key: string;
  readonly result: Promise<PlanAnalysis | undefined>;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private serials = 0;
  /** Register URI → the plans whose last analysis read it: their analyses go when it changes. */
  private readonly dependents = new Map<string, Set<string>>();

  constructor(
    private readonly settings: SettingsStore,
    private readonly onRuleError: (uri: string, rule: string, error: unknown) => void,
    /** The text of a document by URI, the open editor's first, else the file; undefined when unreadable. */
    private readonly readText: (uri: string) => Promise<string | undefined> = async () => undefined,
  ) {}

  /**
   * A document changed (an edit, a file event): the analyses of the plans that read it as their
   * risk analysis are dropped, and their URIs returned, to lint again.
   */
  documentChanged(uri: string): string[] {
    const plans = [...(this.dependents.get(uri) ?? [])];
    for (const plan of plans) this.entries.delete(plan);
    return plans;
  }

  /** The analysis of a document state; undefined when the document is not a plan. */
  get(doc: DocumentState): Promise<PlanAnalysis | undefined> {
    const cached = this.cached(doc.uri, doc.stamp);
    if (cached) return cached;
    const result = this.compute(doc);
    this.entries.set(doc.uri, { key: `${doc.stamp}#${this.settings.generation}`, result });
    return result;
  }

  /** The cached analysis of a document state, without needing its text. */
  cached(uri: string, stamp: string): Promise<PlanAnalysis | undefined> | undefined {
    const entry = this.entries.get(uri);
    return entry?.key === `${stamp}#${this.settings.generation}` ? entry.result : undefined;
  }

  /** The settings a document is linted with. */
  settingsFor(uri: string): Promise<DocumentSettings> {
    return this.settings.for(uri);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  private async compute(doc: DocumentState): Promise<PlanAnalysis | undefined> {
    const settings = await this.settings.for(doc.uri);
    const kind = detectPlan(detectionName(doc), doc.text, settings.isIncluded);
    if (!kind) return undefined;
    const register = await this.registerOf(doc, kind);
    const analysis = analyse(doc.text, kind, {
      today: settings.today,
      settings: settings.lint,
      rules: RULES,
      analysis: register?.register,
      onRuleError: (rule, error) => this.onRuleError(doc.uri, rule, error),
    });
    return { ...analysis, uri: doc.uri, version: doc.version, stamp: doc.stamp, serial: ++this.serials, kind, settings, register };
  }

  /** The register the plan names, resolved from the plan's folder (parsed here first: the piece caches make the lint's parse cheap). */
  private async registerOf(doc: DocumentState, kind: PlanKind): Promise<LinkedRegister | undefined> {
    for (const plans of this.dependents.values()) plans.delete(doc.uri);
    const reference = analysisDocument(parsePlan(doc.text, kind));
    const planFile = filePathOf(doc.uri);
    if (!reference || !planFile) return undefined;
    const file = path.resolve(path.dirname(planFile), reference.value);
    const uri = uriOf(file);
    let plans = this.dependents.get(uri);
    if (!plans) this.dependents.set(uri, (plans = new Set()));
    plans.add(doc.uri);
    const text = await this.readText(uri);
    const register = text === undefined ? undefined : readRegister(reference.value, file, text);
    return register && { uri, register, lines: new LineIndex(text!) };
  }
}
