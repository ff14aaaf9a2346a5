// Settings are pulled per document (they can differ per workspace folder) and cached per URI, as
// vscode-eslint does. A configuration change clears the cache; callers then re-publish diagnostics.
import { defaultAnalysisSettings, resolveRuleSeverities, SEVERITY_SETTINGS, type AnalysisSettings, type SeveritySetting } from '../../core/analysis/index.js';
import { describeError, errorKey, type LogOnce } from './log-once.js';

/** Reads the raw `flinkFt` section for a document, e.g. through `workspace/configuration`. */
export type SettingsFetcher = (uri: string) => Promise<unknown>;

const severitySettings: ReadonlySet<string> = new Set<string>(SEVERITY_SETTINGS);

export class SettingsStore {
  private readonly cache = new Map<string, Promise<AnalysisSettings>>();

  /** `fetch` is undefined when the client cannot answer `workspace/configuration`: defaults apply. */
  constructor(
    private readonly fetch: SettingsFetcher | undefined,
    private readonly log: LogOnce,
  ) {}

  /** The settings for one document; the same object until the cache is cleared. */
  get(uri: string): Promise<AnalysisSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  private async load(uri: string): Promise<AnalysisSettings> {
    if (!this.fetch) return defaultAnalysisSettings;
    try {
      return toAnalysisSettings(await this.fetch(uri));
    } catch (error) {
      this.log.error(`settings:${errorKey(error)}`, `Could not read flinkFt settings, using defaults: ${describeError(error)}`);
      return defaultAnalysisSettings;
    }
  }
}

/** Turns whatever the user wrote in `flinkFt` into analyzer settings, ignoring invalid values. */
export function toAnalysisSettings(raw: unknown): AnalysisSettings {
  if (!isRecord(raw)) return defaultAnalysisSettings;
  const interval = raw['checkpointInterval'];
  const checkpointIntervalMs =
    typeof interval === 'number' && Number.isFinite(interval) && interval > 0
      ? Math.round(interval)
      : defaultAnalysisSettings.checkpointIntervalMs;
  const written: Record<string, SeveritySetting> = {};
  const rawRules = raw['rules'];
  if (isRecord(rawRules)) {
    for (const [reference, value] of Object.entries(rawRules)) {
      if (typeof value === 'string' && severitySettings.has(value)) written[reference] = value as SeveritySetting;
    }
  }
  // Keys may be rule ids or kebab names, in any case; unknown ones are ignored as invalid values are.
  const settings: AnalysisSettings = { checkpointIntervalMs, rules: resolveRuleSeverities(written).byId };
  // The project's Flink version (else detected from build files) and the local cluster's properties.
  if (typeof raw['flinkVersion'] === 'string' && raw['flinkVersion'].trim() !== '') settings.flinkVersion = raw['flinkVersion'].trim();
  const cluster = raw['cluster'];
  const properties = isRecord(cluster) ? cluster['flinkProperties'] : undefined;
  if (isRecord(properties)) {
    const strings = Object.entries(properties).filter((e): e is [string, string] => typeof e[1] === 'string');
    if (strings.length > 0) settings.clusterFlinkProperties = Object.fromEntries(strings);
  }
  return settings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
