// The documents the server knows: open editors, and (when `rmplint.lintWorkspace` is on)
// the Markdown and YAML files in the workspace folders. Every feature asks here for an
// analysis, so an open document always wins over its file on disk.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isEditorFormat } from '../parse/detect';
import type { AnalysisCache, PlanAnalysis } from './analysis';
import { filePathOf, uriOf } from './uris';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', '.vscode-test', 'coverage']);
const MAX_FILES = 5_000;

/**
 * Which opening of a document this is: versions start again at 1 when a document is closed
 * and opened again, so a version alone does not identify its text.
 */
const openings = new WeakMap<TextDocument, number>();
let lastOpening = 0;
function openingOf(doc: TextDocument): number {
  let opening = openings.get(doc);
  if (opening === undefined) openings.set(doc, (opening = ++lastOpening));
  return opening;
}

export class Plans {
  /** Markdown and YAML files found in the workspace folders, by URI. */
  private readonly files = new Set<string>();
  folders: string[] = [];

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
  ) {}

  /** The analysis of a document (open or on disk); undefined when it is not a plan. */
  async analysisOf(uri: string): Promise<PlanAnalysis | undefined> {
    const doc = this.documents.get(uri);
    if (doc) return this.cache.get({ uri, text: doc.getText(), version: doc.version, stamp: `${openingOf(doc)}:v${doc.version}`, languageId: doc.languageId });
    const file = filePathOf(uri);
    if (!file) return undefined;
    let stat;
    try {
      stat = await fs.stat(file);
      // Closed files over the plan's size limit (maxFileSizeBytes) are not read: scans stay fast.
      if (!stat.isFile() || stat.size > (await this.cache.settingsFor(uri)).lint.maxFileSizeBytes) return undefined;
      const stamp = `disk:${stat.mtimeMs}:${stat.size}`;
      // Unchanged files are not read again (workspace pulls ask every few seconds).
      return await (this.cache.cached(uri, stamp) ?? this.cache.get({ uri, text: await fs.readFile(file, 'utf8'), version: null, stamp }));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** URIs of the workspace's Markdown/YAML files that are not open in an editor. */
  closedFiles(): string[] {
    return [...this.files].filter((uri) => !this.documents.get(uri));
  }

  /** Every known plan, open or on disk. */
  async all(): Promise<PlanAnalysis[]> {
    const uris = new Set([...this.files, ...this.documents.keys()]);
    const analyses = await Promise.all([...uris].map((uri) => this.analysisOf(uri).catch(() => undefined)));
    return analyses.filter((a): a is PlanAnalysis => a !== undefined);
  }

  /** Walks the workspace folders for candidate files. */
  async scan(): Promise<void> {
    this.files.clear();
    for (const folder of this.folders) await this.walk(folder);
  }

  /** A file was created, changed or deleted on disk. */
  fileEvent(uri: string, deleted: boolean): void {
    const file = filePathOf(uri);
    if (!file) return;
    if (deleted) {
      this.files.delete(uri);
      if (!this.documents.get(uri)) this.cache.forget(uri);
    } else if (isEditorFormat(file) && this.inFolders(file)) {
      this.files.add(uri);
    }
  }

  private inFolders(file: string): boolean {
    return this.folders.some((folder) => {
      const relative = path.relative(folder, file);
      return !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.split(path.sep).some((part) => SKIPPED_DIRS.has(part));
    });
  }

  private async walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (this.files.size >= MAX_FILES) return;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await this.walk(full);
      } else if (entry.isFile() && isEditorFormat(entry.name)) {
        this.files.add(uriOf(full));
      }
    }
  }
}
