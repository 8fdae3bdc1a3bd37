// The `.rmplintrc` that applies to a document, through the engine's config loader (the
// same file drives the CLI). Each config file is loaded once until config files change.
import * as path from 'node:path';
import { CONFIG_FILE_NAMES, ConfigError, findConfigFile, loadConfigFile } from '../config/rc-file';
import type { LintSettings } from '../config/settings';

export interface RcSettings {
  readonly settings: Partial<LintSettings>;
  /** The config file's folder: `include` globs are relative to it. */
  readonly base?: string;
  /** Why the config file was ignored, when it is invalid. */
  readonly problem?: string;
  /** The invalid config file, to show the problem on it. */
  readonly file?: string;
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
      try {
        rc = { settings: loadConfigFile(file), base: path.dirname(file) };
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        rc = { settings: {}, problem: error.message, file };
      }
      this.loaded.set(file, rc);
    }
    return rc;
  }
}
