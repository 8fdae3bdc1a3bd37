// Settings for one document: the `.rmplintrc` next to it, overridden by the editor's
// `rmplint.*` settings (workspace/configuration, or didChangeConfiguration for clients
// without it). Cached per document until settings or config files change.
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, mergeSettings, type LintSettings } from '../config/settings';
import { editorOverrides, editorToday, type EditorSettings } from '../config/editor-settings';
import { includedBy } from '../config/include';
import { RcFiles, type RcSettings } from './rc-file';
import type { ConfigProblem } from '../config/rc-file';
import type { Log } from './guard';
import { filePathOf, uriOf } from './uris';

export interface DocumentSettings {
  readonly lint: LintSettings;
  readonly today: string;
  readonly lintWorkspace: boolean;
  readonly isIncluded: (path: string) => boolean;
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();
  private pushed: EditorSettings = {};
  private readonly rcFiles = new RcFiles();
  /** Config problems already reported, so each is shown once. */
  private readonly reported = new Set<string>();
  /** Invalid config files that show a diagnostic, cleared when config files change. */
  private readonly flagged = new Set<string>();
  /** Bumped on every change, so cached analyses made with older settings are redone. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    private readonly log: Log,
    /** The workspace folders' paths: an editor `include` glob with a slash is relative to one of them. */
    private readonly folders: () => readonly string[] = () => [],
  ) {}

  /** Settings changed (editor or config file): forget everything cached. */
  changed(pushed?: unknown, configFiles = false): void {
    if (configFiles) {
      this.rcFiles.clear();
      this.reported.clear();
      for (const uri of this.flagged) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      this.flagged.clear();
    }
    if (!this.canPull && pushed && typeof pushed === 'object') {
      this.pushed = ((pushed as Record<string, unknown>).rmplint ?? {}) as EditorSettings;
    }
    this.cache.clear();
    this.generation++;
  }

  for(uri: string): Promise<DocumentSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /**
   * Asks the client for the settings of many documents in one request (the workspace pass
   * lints a thousand files; one request each would make it wait a thousand round trips).
   */
  async prefetch(uris: readonly string[]): Promise<void> {
    const missing = uris.filter((uri) => !this.cache.has(uri));
    if (missing.length === 0) return;
    const generation = this.generation;
    const editors = this.canPull ? this.editorSettingsOf(missing) : Promise.resolve(missing.map(() => this.pushed));
    missing.forEach((uri, i) => {
      if (!this.cache.has(uri) && generation === this.generation) this.cache.set(uri, this.load(uri, editors.then((all) => all[i])));
    });
    await editors;
  }

  private async load(uri: string, editorSettings = this.editorSettings(uri)): Promise<DocumentSettings> {
    const editor = await editorSettings;
    const file = filePathOf(uri);
    const rc: RcSettings = file ? this.rcFiles.for(path.dirname(file)) : { settings: {} };
    if (rc.file && rc.problems?.length && !this.reported.has(rc.file)) {
      this.reported.add(rc.file);
      for (const p of rc.problems) this.log.warn(`${rc.file}: ${p.message}; ${rc.ignored ? 'using the defaults and editor settings' : 'left out, the rest of the file applies'}`);
      this.showConfigProblems(rc.file, rc.problems, rc.ignored === true);
    }
    const lint = mergeSettings(DEFAULT_SETTINGS, rc.settings, editorOverrides(editor));
    const today = editorToday(editor);
    // Globs match the path relative to the config file's folder or to a workspace folder, or the whole path.
    const isIncluded = includedBy(lint.include, [...(rc.base === undefined ? [] : [rc.base]), ...this.folders()]);
    return { lint, today, lintWorkspace: editor.lintWorkspace ?? true, isIncluded };
  }

  /** The problems as diagnostics on the config file itself, each on its line when it is known. */
  private showConfigProblems(file: string, problems: readonly ConfigProblem[], ignored: boolean): void {
    const uri = uriOf(file);
    const consequence = ignored
      ? 'rmplint ignores this file and uses the defaults and editor settings until it is fixed.'
      : 'rmplint leaves this out; the rest of the file applies.';
    this.flagged.add(uri);
    void this.connection.sendDiagnostics({
      uri,
      diagnostics: problems.map((p) => {
        const line = Math.max(0, (p.line ?? 1) - 1);
        return {
          range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } },
          severity: ignored ? 1 : 2,
          source: 'rmplint',
          message: `${p.message}. ${consequence}`,
        };
      }),
    });
  }

  private async editorSettingsOf(uris: readonly string[]): Promise<EditorSettings[]> {
    try {
      const values: unknown[] = await this.connection.workspace.getConfiguration(uris.map((uri) => ({ scopeUri: uri, section: 'rmplint' })));
      return uris.map((_, i) => (values?.[i] && typeof values[i] === 'object' ? (values[i] as EditorSettings) : {}));
    } catch {
      return uris.map(() => ({}));
    }
  }

  private async editorSettings(uri: string): Promise<EditorSettings> {
    if (!this.canPull) return this.pushed;
    try {
      const value: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'rmplint' });
      return value && typeof value === 'object' ? (value as EditorSettings) : {};
    } catch {
      return {};
    }
  }
}
