// The settings each plan is linted with: the `--config` file, or else the nearest
// `.rmplintrc.*` above the plan. Each config file is loaded once per run.
import * as path from 'path';
import { ConfigError, findConfigFile, loadConfigFile, type ConfigProblem } from '../config/rc-file';
import { includedBy } from '../config/include';
import { DEFAULT_SETTINGS, mergeSettings, type LintSettings } from '../config/settings';

export interface PlanSettings {
  readonly settings: LintSettings;
  /** Whether a file is a plan by the config's `include` globs (relative to the config's folder). */
  readonly isIncluded: (file: string) => boolean;
  /** The config file, when one applies, and the keys or values of it that were left out. */
  readonly config?: { readonly file: string; readonly problems: readonly ConfigProblem[] };
}

const NO_CONFIG: PlanSettings = { settings: DEFAULT_SETTINGS, isIncluded: () => false };

export class PlanSettingsResolver {
  private readonly configOfFolder = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, PlanSettings | ConfigError>();

  /** `explicitConfig`: an absolute path that replaces the search for every plan. */
  constructor(private readonly explicitConfig?: string) {}

  /** Throws ConfigError when the config that applies is invalid. */
  forFile(file: string): PlanSettings {
    const config = this.explicitConfig ?? findConfigFile(path.dirname(file), this.configOfFolder);
    if (!config) return NO_CONFIG;
    let entry = this.loaded.get(config);
    if (!entry) {
      entry = load(config);
      this.loaded.set(config, entry);
    }
    if (entry instanceof ConfigError) throw entry;
    return entry;
  }
}

function load(config: string): PlanSettings | ConfigError {
  try {
    const loaded = loadConfigFile(config);
    const settings = mergeSettings(DEFAULT_SETTINGS, loaded.settings);
    return { settings, isIncluded: includedBy(settings.include, [path.dirname(config)]), config: { file: config, problems: loaded.problems } };
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}
