// Flink configuration written outside the code: `config.yaml` (nested or flat keys), the legacy
// `flink-conf.yaml`, `FLINK_PROPERTIES` in docker-compose files, and the extension's own
// local-cluster properties. Each is read into flat `key: value` entries that know where they are.
import type { YamlNode } from './yaml-reader.js';
import { readYaml, unquote } from './yaml-reader.js';

export type ConfigSourceKind = 'config.yaml' | 'flink-conf.yaml' | 'docker-compose' | 'settings';

export interface ConfigEntry {
  /** The flattened key, e.g. `execution.checkpointing.interval`. */
  key: string;
  value: string;
  /** 0-based position of the key as written (the leaf of a nested key). */
  line: number;
  character: number;
  /** The key text as written at that position (`interval` when nested, the full key when flat). */
  writtenKey: string;
  /** Where the value starts. */
  valueCharacter: number;
}

export interface ConfigSource {
  uri: string;
  kind: ConfigSourceKind;
  /** How messages name it: the file name, or the setting. */
  name: string;
  entries: ConfigEntry[];
  /** Length of each line of the file, so fixes can append at a line's end. */
  lineLengths: number[];
}

export const CLUSTER_SETTING_NAME = 'flinkFt.cluster.flinkProperties';

/** The kind of config file a file name is, or undefined. */
export function configSourceKind(fileName: string): ConfigSourceKind | undefined {
  if (fileName === 'config.yaml') return 'config.yaml';
  if (fileName === 'flink-conf.yaml') return 'flink-conf.yaml';
  if (/^(docker-)?compose([.-][\w.-]*)?\.ya?ml$/.test(fileName)) return 'docker-compose';
  return undefined;
}

/** Top-level key prefixes of Flink options; a `config.yaml` without any is someone else's file. */
const FLINK_PREFIXES = [
  'execution.', 'state.', 'restart-strategy', 'jobmanager.', 'taskmanager.', 'parallelism.', 'rest.', 'high-availability', 'heartbeat.',
  'pipeline.', 'table.', 'metrics.', 'env.', 'blob.', 'slot.', 'cluster.', 'web.', 'classloader.', 'kubernetes.', 'security.', 'pekko.', 'akka.',
];

export function looksLikeFlinkKey(key: string): boolean {
  return FLINK_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function flatten(node: YamlNode | undefined, prefix: string, out: ConfigEntry[]): void {
  if (node?.kind !== 'map') return;
  for (const entry of node.entries) {
    const key = prefix ? `${prefix}.${entry.key}` : entry.key;
    const value = entry.value;
    if (value.kind === 'map') flatten(value, key, out);
    else if (value.kind === 'scalar') {
      out.push({ key, value: value.value, line: entry.line, character: entry.character, writtenKey: entry.key, valueCharacter: value.character });
    } else {
      const items = value.items.flatMap((item) => (item.kind === 'scalar' ? [item.value] : []));
      out.push({ key, value: items.join(';'), line: entry.line, character: entry.character, writtenKey: entry.key, valueCharacter: entry.character });
    }
  }
}

/** `key: value` lines as FLINK_PROPERTIES and the cluster setting hold them. */
function propertyLines(lines: readonly { text: string; line: number; character: number }[]): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  for (const { text, line, character } of lines) {
    const colon = text.indexOf(':');
    if (colon <= 0 || text.trimStart().startsWith('#')) continue;
    const indent = text.length - text.trimStart().length;
    const key = text.slice(0, colon).trim();
    const rawValue = text.slice(colon + 1);
    entries.push({
      key,
      value: unquote(rawValue),
      line,
      character: character + indent,
      writtenKey: key,
      valueCharacter: character + colon + 1 + (rawValue.length - rawValue.trimStart().length),
    });
  }
  return entries;
}

function composeEntries(root: YamlNode | undefined): ConfigEntry[] {
  if (root?.kind !== 'map') return [];
  const services = root.entries.find((e) => e.key === 'services')?.value;
  if (services?.kind !== 'map') return [];
  const entries: ConfigEntry[] = [];
  for (const service of services.entries) {
    if (service.value.kind !== 'map') continue;
    const environment = service.value.entries.find((e) => e.key === 'environment')?.value;
    if (environment?.kind === 'map') {
      const properties = environment.entries.find((e) => e.key === 'FLINK_PROPERTIES')?.value;
      if (properties?.kind === 'scalar') {
        entries.push(...propertyLines(properties.lines ?? [{ text: properties.value, line: properties.line, character: properties.character }]));
      }
    } else if (environment?.kind === 'seq') {
      for (const item of environment.items) {
        if (item.kind !== 'scalar' || !item.value.startsWith('FLINK_PROPERTIES=')) continue;
        const offset = 'FLINK_PROPERTIES='.length;
        entries.push(...propertyLines([{ text: item.value.slice(offset), line: item.line, character: item.character + offset }]));
      }
    }
  }
  return entries;
}

/** Reads a config file; undefined when it is not a Flink configuration (or holds no Flink keys). */
export function readConfigSource(uri: string, fileName: string, text: string): ConfigSource | undefined {
  const kind = configSourceKind(fileName);
  if (!kind) return undefined;
  const root = readYaml(text);
  const entries: ConfigEntry[] = [];
  if (kind === 'docker-compose') entries.push(...composeEntries(root));
  else flatten(root, '', entries);
  if (!entries.some((e) => looksLikeFlinkKey(e.key))) return undefined;
  return { uri, kind, name: fileName, entries, lineLengths: text.split('\n').map((l) => l.replace(/\r$/, '').length) };
}

/** The extension's local-cluster properties (`flinkFt.cluster.flinkProperties`) as a source. */
export function settingsSource(properties: Readonly<Record<string, string>> | undefined): ConfigSource | undefined {
  if (!properties || Object.keys(properties).length === 0) return undefined;
  const entries = Object.entries(properties).map(([key, value]) => ({ key, value: String(value), line: 0, character: 0, writtenKey: key, valueCharacter: 0 }));
  return { uri: 'setting:flinkFt.cluster.flinkProperties', kind: 'settings', name: CLUSTER_SETTING_NAME, entries, lineLengths: [] };
}

export function describeEntry(source: ConfigSource, entry: ConfigEntry): string {
  return source.kind === 'settings' ? `${source.name} (${entry.key})` : `${source.name}:${entry.line + 1}`;
}
