// The `.rmplintrc` that applies to a document, through the engine's config loader (the
// same file drives the CLI). Each config file is loaded once until config files change.
import * as path from 'node:path';
import { CONFIG_FILE_NAMES, ConfigError, findConfigFile, loadConfigFile, type ConfigProblem } from '../config/rc-file';
import type { LintSettings } from '../config/settings';

export interface RcSettings {
  readonly settings: Partial<LintSettings>;
  /** The config file's folder: `include` globs are relative to it. */
  readonly base?: string;
  /** The config file, when it has problems to show on it. */
  readonly file?: string;
  /** Keys or values left out (the rest of the file applies), or why the whole file was ignored. */
  readonly problems?: readonly ConfigProblem[];
  /** True when the file could not be read or parsed at all, so none of it applies. */
  readonly ignored?: boolean;
}

/** True for a file name that is a config file, so changes to it re-lint. */
export function isConfigFileName(fileName: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(fileName));
}

export class RcFiles {
  private readonly folders = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, RcSettings>();

  /** Config files changed on disk. */
  clear(): void {
    this.folders.clear();
    this.loaded.clear();
  }

  for(folder: string): RcSettings {
    const file = findConfigFile(folder, this.folders);
    if (!file) return { settings: {} };
    let rc = this.loaded.get(file);
    if (!rc) {
      rc = load(file);
      this.loaded.set(file, rc);
    }
    return rc;
  }
}

function load(file: string): RcSettings {
  try {
    const { settings, problems } = loadConfigFile(file);
    return { settings, base: path.dirname(file), file, problems };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const line = Number(/\(line (\d+)\)/.exec(error.detail)?.[1]) || undefined;
    return { settings: {}, file, problems: [{ message: error.detail, line }], ignored: true };
  }
}
