// The Flink configuration a job runs with besides its code: config files of the workspace and the
// extension's cluster properties, merged the way Flink reads them. Applied to a file's job model
// before the rules run, so a job whose checkpointing is on only there gets no FLINK001, and hovers
// and CodeLens say where it comes from.
import type { JobModel } from '../model.js';
import type { FlinkVersion } from '../version/flink-version.js';
import { atLeast } from '../version/flink-version.js';
import type { ConfigEntry, ConfigSource } from './config-source.js';
import { describeEntry } from './config-source.js';
import { parseDuration } from './duration.js';
import { restartFromConfig, RESTART_KEYS } from './restart-and-storage.js';

/** Deprecated keys Flink still reads, by the current key (reference §1.2). */
const ALIASES: Record<string, string[]> = {
  'execution.checkpointing.dir': ['state.checkpoints.dir'],
  'restart-strategy.type': ['restart-strategy'],
};

export interface LocatedEntry {
  source: ConfigSource;
  entry: ConfigEntry;
  /** `config.yaml:3`. */
  origin: string;
}

/**
 * Which file wins (reference §1.2): up to 1.18 only `flink-conf.yaml` exists; on 1.19 and 1.20 it
 * wins over `config.yaml` when both are present; 2.x no longer reads it. Compose files and the
 * extension's settings describe clusters the job may be submitted to and come after.
 */
function rank(source: ConfigSource, version: FlinkVersion | undefined): number | undefined {
  switch (source.kind) {
    case 'flink-conf.yaml': return atLeast(version, 2, 0) ? undefined : 0;
    case 'config.yaml': return 1;
    case 'docker-compose': return 2;
    case 'settings': return 3;
  }
}

export class ClusterConfig {
  private readonly ordered: ConfigSource[];

  constructor(sources: readonly ConfigSource[], readonly version?: FlinkVersion) {
    this.ordered = sources
      .flatMap((source) => {
        const r = rank(source, version);
        return r === undefined ? [] : [{ source, r }];
      })
      .sort((a, b) => a.r - b.r || (a.source.uri < b.source.uri ? -1 : a.source.uri > b.source.uri ? 1 : 0))
      .map(({ source }) => source);
  }

  get isEmpty(): boolean {
    return this.ordered.length === 0;
  }

  /** The entry that decides `key` (aliases included), from the winning source. */
  get(key: string): LocatedEntry | undefined {
    const keys = [key, ...(ALIASES[key] ?? [])];
    for (const source of this.ordered) {
      for (const entry of source.entries) {
        if (keys.includes(entry.key)) return { source, entry, origin: describeEntry(source, entry) };
      }
    }
    return undefined;
  }

  /** Fills in what the code leaves unset, for environments created in this file. */
  applyTo(model: JobModel): void {
    if (this.isEmpty) return;
    const interval = this.get('execution.checkpointing.interval');
    const intervalMs = interval ? parseDuration(interval.entry.value) : undefined;
    const mode = this.get('execution.checkpointing.mode');
    const retention = this.get('execution.checkpointing.externalized-checkpoint-retention');
    const storage = this.get('execution.checkpointing.dir');
    const timeout = this.get('execution.checkpointing.timeout');
    const restartEntries = [this.get('restart-strategy.type'), this.get('restart-strategy.fixed-delay.attempts')].filter((e) => e !== undefined);
    for (const env of model.environments) {
      if (env.external) continue;
      const cp = env.checkpointing;
      if (interval && intervalMs !== undefined && intervalMs > 0 && !cp.enabled) {
        cp.enabled = true;
        cp.enabledVia = 'configuration';
        cp.intervalMs = intervalMs;
        cp.origin = interval.origin;
      }
      if (mode && !cp.modeAt) {
        const value = mode.entry.value.trim().toUpperCase().replace(/-/g, '_');
        if (value === 'EXACTLY_ONCE' || value === 'AT_LEAST_ONCE') {
          cp.mode = value === 'EXACTLY_ONCE' ? 'exactly-once' : 'at-least-once';
          cp.modeOrigin = mode.origin;
        }
      }
      if (retention && cp.retention === undefined) cp.retention = retention.entry.value.trim().toUpperCase().replace(/-/g, '_');
      if (storage && !cp.storage && storage.entry.value.trim() !== '') cp.storage = { location: storage.entry.value.trim(), origin: storage.origin };
      if (timeout && cp.timeoutMs === undefined) {
        const ms = parseDuration(timeout.entry.value);
        if (ms !== undefined) cp.timeoutMs = ms;
      }
      if (!env.restart && restartEntries.length > 0) {
        let restart = restartFromConfig(undefined, 'restart-strategy.type', undefined);
        for (const located of restartEntries) {
          const key = RESTART_KEYS.has(located.entry.key) && located.entry.key !== 'restart-strategy' ? located.entry.key : 'restart-strategy.type';
          restart = restartFromConfig(restart, key, located.entry.value);
        }
        env.restart = { ...restart, origin: restartEntries[0]!.origin };
      }
    }
  }
}
