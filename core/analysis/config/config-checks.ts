// Diagnostics inside Flink config files, for what is wrong there alone: restarts disabled
// (FLINK006), checkpoints written to a directory but deleted on cancel (FLINK005), unknown or
// misspelled checkpointing, state-recovery and restart keys or keys 2.0 removed (FLINK010), and flink-conf.yaml on Flink 2.x (FLINK009). They use
// the ids of the rules that check the same things in code, so one setting turns both off.
import { docsUrlOf } from '../rules/rule.js';
import type { AnalysisSettings, Finding, Fix, Severity } from '../types.js';
import type { FlinkVersion } from '../version/flink-version.js';
import { atLeast, formatVersion } from '../version/flink-version.js';
import type { ConfigEntry, ConfigSource } from './config-source.js';
import { removedKeyMessage, unknownConfigKey } from './known-keys.js';
import { restartFromConfig, restartsDisabled, STORAGE_KEYS } from './restart-and-storage.js';

const RULES = {
  FLINK005: { name: 'checkpoints-not-retained', severity: 'info' },
  FLINK006: { name: 'restarts-disabled', severity: 'warning' },
  FLINK009: { name: 'removed-flink-api', severity: 'warning' },
  FLINK010: { name: 'unknown-config-key', severity: 'warning' },
} as const satisfies Record<string, { name: string; severity: Severity }>;

const RETENTION_KEY = 'execution.checkpointing.externalized-checkpoint-retention';

export interface ConfigCheckOptions {
  settings: AnalysisSettings;
  version?: FlinkVersion;
}

function keyRange(entry: ConfigEntry) {
  return { start: { line: entry.line, character: entry.character }, end: { line: entry.line, character: entry.character + entry.writtenKey.length } };
}

export function checkConfigSource(source: ConfigSource, options: ConfigCheckOptions): Finding[] {
  if (source.kind === 'settings') return [];
  const findings: Finding[] = [];
  const report = (ruleId: keyof typeof RULES, messageId: string, entry: ConfigEntry, message: string, fix?: Fix): void => {
    const rule = RULES[ruleId];
    const configured = options.settings.rules[ruleId] ?? options.settings.rules[rule.name] ?? rule.severity;
    if (configured === 'off') return;
    const finding: Finding = {
      ruleId, ruleName: rule.name, messageId, severity: configured, message, range: keyRange(entry), related: [], suggestions: [], docsUrl: docsUrlOf(ruleId),
    };
    if (fix) finding.fix = fix;
    findings.push(finding);
  };

  if (source.kind === 'flink-conf.yaml' && atLeast(options.version, 2, 0) && source.entries[0]) {
    report('FLINK009', 'legacyConfigFile', source.entries[0],
      `Flink ${formatVersion(options.version!)} no longer reads flink-conf.yaml: none of these options apply. Move them to config.yaml (bin/migrate-config-file.sh converts the file).`);
  }

  let restart = restartFromConfig(undefined, 'restart-strategy.type', undefined);
  let restartEntry: ConfigEntry | undefined;
  for (const entry of source.entries) {
    if (entry.key === 'restart-strategy.type' || entry.key === 'restart-strategy') {
      restart = restartFromConfig(restart, 'restart-strategy.type', entry.value);
      restartEntry = entry;
    } else if (entry.key === 'restart-strategy.fixed-delay.attempts') {
      restart = restartFromConfig(restart, entry.key, entry.value);
      if (restart.strategy === 'fixed-delay' || restartEntry === undefined) restartEntry ??= entry;
    }
  }
  if (restartEntry && restartsDisabled(restart)) {
    const how = restart.strategy === 'none' ? `restart-strategy.type: ${restartEntry.value}` : 'fixed-delay with 0 attempts';
    report('FLINK006', 'restartsDisabledInConfig', restartEntry,
      `Restarts are disabled (${how}): the first task failure fails the job for good, so its checkpoints are never used to recover.`);
  }

  const directory = source.entries.find((e) => STORAGE_KEYS.has(e.key) && e.value.trim() !== '');
  const retention = source.entries.find((e) => e.key === RETENTION_KEY);
  if (directory && retention?.value.trim().toUpperCase().replace(/-/g, '_') !== 'RETAIN_ON_CANCELLATION') {
    report('FLINK005', 'retentionNotSetInConfig', directory,
      `Checkpoints go to ${directory.value.trim()}, but ${retention ? `retention is ${retention.value.trim()}` : 'no retention is set'}: cancelling or stopping the job deletes them, so it cannot be resumed from its latest checkpoint.`,
      retention ? undefined : retentionFix(source, directory));
  }

  for (const entry of source.entries) {
    const unknown = unknownConfigKey(entry.key, options.version);
    if (!unknown) continue;
    if (unknown.removedIn2 !== undefined) {
      report('FLINK010', 'removedKey', entry, removedKeyMessage(entry.key, formatVersion(options.version!), unknown.removedIn2));
      continue;
    }
    const fix = unknown.suggestion ? renameFix(entry, unknown.suggestion) : undefined;
    report('FLINK010', 'unknownKey', entry,
      `Flink does not know the option '${entry.key}' and ignores it${unknown.suggestion ? `: did you mean '${unknown.suggestion}'?` : '.'}`, fix);
  }
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Adds the retention key next to the directory key, written the way the file writes keys. */
function retentionFix(source: ConfigSource, directory: ConfigEntry): Fix | undefined {
  const parent = directory.key.slice(0, directory.key.length - directory.writtenKey.length).replace(/\.$/, '');
  let written: string;
  if (parent === '') written = RETENTION_KEY;
  else if (RETENTION_KEY.startsWith(`${parent}.`)) written = RETENTION_KEY.slice(parent.length + 1);
  else return undefined; // nested under `state.checkpoints`: no place in that block for the new key
  const at = { line: directory.line, character: source.lineLengths[directory.line] ?? 0 };
  const indent = ' '.repeat(directory.character);
  return {
    title: `Keep checkpoints on cancel (${RETENTION_KEY}: RETAIN_ON_CANCELLATION)`,
    edits: [{ range: { start: at, end: at }, newText: `\n${indent}${written}: RETAIN_ON_CANCELLATION` }],
    isPreferred: true,
  };
}

function renameFix(entry: ConfigEntry, suggestion: string): Fix | undefined {
  const parent = entry.key.slice(0, entry.key.length - entry.writtenKey.length).replace(/\.$/, '');
  const replacement = parent === '' ? suggestion : suggestion.startsWith(`${parent}.`) ? suggestion.slice(parent.length + 1) : undefined;
  if (replacement === undefined) return undefined;
  return { title: `Rename to '${suggestion}'`, edits: [{ range: keyRange(entry), newText: replacement }], isPreferred: true };
}
