// One analysis per document version (and settings generation), shared by diagnostics,
// code actions, hover, lenses, symbols and the status bar: a plan is parsed once per edit.
import { analyse, type Analysis } from '../engine/lint';
import { RULES } from '../rules';
import { detectPlan, formatOf, type PlanKind } from '../parse/detect';
import type { DocumentSettings, SettingsStore } from './settings';
import { fileNameOf } from './uris';

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

  constructor(
    private readonly settings: SettingsStore,
    private readonly onRuleError: (uri: string, rule: string, error: unknown) => void,
  ) {}

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
    const analysis = analyse(doc.text, kind, {
      today: settings.today,
      settings: settings.lint,
      rules: RULES,
      onRuleError: (rule, error) => this.onRuleError(doc.uri, rule, error),
    });
    return { ...analysis, uri: doc.uri, version: doc.version, stamp: doc.stamp, serial: ++this.serials, kind, settings };
  }
}
