// The documents the server knows: open editors, and (when `rmplint.lintWorkspace` is on)
// the Markdown and YAML files in the workspace folders. Every feature asks here for an
// analysis, so an open document always wins over its file on disk. A closed file's analysis
// is made when asked for and not kept; its digest (plan-digest.ts) is.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isEditorFormat } from '../parse/detect';
import type { AnalysisCache, PlanAnalysis } from './analysis';
import { digestOf, type PlanDigest } from './plan-digest';
import type { DocumentSettings } from './settings';
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

/** A closed file as read from disk: what identifies its state, and its text unless it is over the size limit. */
export interface ClosedRead {
  readonly stamp: string;
  readonly text?: string;
}

/** A closed file's digest, and its analysis when one was made (undefined: not a plan). */
export interface ClosedAnalysis {
  readonly digest: PlanDigest;
  readonly analysis?: PlanAnalysis;
}

/** What identifies a file's text on disk without reading it. */
function stampOf(stat: { mtimeMs: number; size: number }): string {
  return `disk:${stat.mtimeMs}:${stat.size}`;
}

export class Plans {
  /** Markdown and YAML files found in the workspace folders, by URI. */
  private readonly files = new Set<string>();
  folders: string[] = [];

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
  ) {}

  /** The digests of the workspace's closed files, by URI, each valid for its key. */
  private readonly digests = new Map<string, PlanDigest>();
  /**
   * Closed files being read and analysed for a digest, by URI and key: requests that arrive
   * together (symbols, summary, completion at start-up) share one analysis, not one each.
   */
  private readonly digestsUnderWay = new Map<string, Promise<ClosedAnalysis | undefined>>();

  /** The analysis of a document (open or on disk); undefined when it is not a plan. */
  async analysisOf(uri: string): Promise<PlanAnalysis | undefined> {
    const doc = this.documents.get(uri);
    if (doc) return this.cache.get({ uri, text: doc.getText(), version: doc.version, stamp: `${openingOf(doc)}:v${doc.version}`, languageId: doc.languageId });
    return (await this.closedAnalysis(uri))?.analysis;
  }

  /** The settings a document is linted with. */
  settingsFor(uri: string): Promise<DocumentSettings> {
    return this.cache.settingsFor(uri);
  }

  /**
   * A closed file's digest, taken again only when the file or the settings changed since; with
   * the analysis when one had to be made. Undefined when the file is gone or unreadable.
   */
  async closedDigest(uri: string): Promise<ClosedAnalysis | undefined> {
    const stamp = await this.diskStamp(uri);
    if (stamp === undefined) return undefined;
    const key = this.cache.keyOf(stamp);
    const digest = this.digests.get(uri);
    if (digest?.key === key) return { digest };
    const underWay = `${uri}\n${key}`;
    let analysis = this.digestsUnderWay.get(underWay);
    if (!analysis) {
      analysis = this.closedAnalysis(uri).finally(() => this.digestsUnderWay.delete(underWay));
      this.digestsUnderWay.set(underWay, analysis);
    }
    return analysis;
  }

  /** Digests of every known plan, open or on disk, one file after another (never all analyses at once). */
  async allDigests(): Promise<PlanDigest[]> {
    const out: PlanDigest[] = [];
    for (const uri of this.documents.keys()) {
      const doc = this.documents.get(uri)!;
      const analysis = await this.analysisOf(uri).catch(() => undefined);
      if (analysis) out.push(digestOf(uri, `${openingOf(doc)}:v${doc.version}`, analysis));
    }
    for (const uri of this.closedFiles()) {
      const digest = (await this.closedDigest(uri).catch(() => undefined))?.digest;
      if (digest?.plan) out.push(digest);
    }
    return out;
  }

  /** A closed file read and analysed (not kept), its digest noted; undefined when it is gone. */
  private async closedAnalysis(uri: string): Promise<ClosedAnalysis | undefined> {
    const read = await this.readClosed(uri);
    return read && this.analyseRead(uri, read);
  }

  /**
   * Reads closed files ahead of linting them: their settings in one request to the client and
   * the files side by side, so the workspace pass does not wait for them one at a time.
   */
  async readAhead(uris: readonly string[]): Promise<Map<string, ClosedRead | undefined>> {
    await this.cache.prefetchSettings(uris);
    const reads = await Promise.all(uris.map((uri) => this.readClosed(uri).catch(() => undefined)));
    return new Map(uris.map((uri, i) => [uri, reads[i]]));
  }

  /** The analysis of a closed file read by `readAhead` (not kept), its digest noted. */
  async analyseRead(uri: string, read: ClosedRead): Promise<ClosedAnalysis> {
    const key = this.cache.keyOf(read.stamp);
    const analysis = read.text === undefined ? undefined : await this.cache.analyseOnce({ uri, text: read.text, version: null, stamp: read.stamp });
    const digest = digestOf(uri, key, analysis);
    if (this.files.has(uri)) this.digests.set(uri, digest);
    return { digest, analysis };
  }

  /** A closed file's stamp and text (none over the plan's size limit); undefined when it is gone. */
  private async readClosed(uri: string): Promise<ClosedRead | undefined> {
    const file = filePathOf(uri);
    if (!file) return undefined;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return undefined;
      // Closed files over the plan's size limit (maxFileSizeBytes) are not read: scans stay fast.
      if (stat.size > (await this.cache.settingsFor(uri)).lint.maxFileSizeBytes) return { stamp: stampOf(stat) };
      return { stamp: stampOf(stat), text: await fs.readFile(file, 'utf8') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** The state of a file on disk (modification time and size); undefined when it is gone. */
  private async diskStamp(uri: string): Promise<string | undefined> {
    const file = filePathOf(uri);
    if (!file) return undefined;
    try {
      const stat = await fs.stat(file);
      return stat.isFile() ? stampOf(stat) : undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** URIs of the workspace's Markdown/YAML files that are not open in an editor. */
  closedFiles(): string[] {
    return [...this.files].filter((uri) => !this.documents.get(uri));
  }

  /** Every known plan, open or on disk, analysed (closed ones again): for the rare request that needs whole analyses (export). */
  async all(): Promise<PlanAnalysis[]> {
    const uris = new Set([...this.files, ...this.documents.keys()]);
    const analyses: PlanAnalysis[] = [];
    for (const uri of uris) {
      const analysis = await this.analysisOf(uri).catch(() => undefined);
      if (analysis) analyses.push(analysis);
    }
    return analyses;
  }

  /** Walks the workspace folders for candidate files. */
  async scan(): Promise<void> {
    this.files.clear();
    for (const folder of this.folders) await this.walk(folder);
    for (const uri of this.digests.keys()) if (!this.files.has(uri)) this.digests.delete(uri);
  }

  /** A file was created, changed or deleted on disk. */
  fileEvent(uri: string, deleted: boolean): void {
    const file = filePathOf(uri);
    if (!file) return;
    if (deleted) {
      this.files.delete(uri);
      this.digests.delete(uri);
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
