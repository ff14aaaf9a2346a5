// `Configuration.fromMap(Map.of("key", "value", ...))`: the entries of a map written inline, read as
// `setString` would read them. A map filled elsewhere (`map.put(...)`) is not followed.
import type { Node } from 'web-tree-sitter';
import { configEntryOf, configKeyOf } from '../flink-semantics/configuration-calls.js';
import type { ConfigEntry } from '../model-builder.js';
import { JavaCall } from './java-arguments.js';
import { argumentNodes, rangeOf } from './java-nodes.js';

const MAP_FACTORIES = new Set(['Map.of', 'java.util.Map.of', 'ImmutableMap.of']);

export function inlineMapEntries(argument: Node | undefined): ConfigEntry[] {
  if (argument?.type !== 'method_invocation') return [];
  const receiver = argument.childForFieldName('object')?.text;
  const name = argument.childForFieldName('name')?.text;
  if (!receiver || !MAP_FACTORIES.has(`${receiver}.${name}`)) return [];
  const nodes = argumentNodes(argument);
  const pairs = new JavaCall(argument, nodes);
  const entries: ConfigEntry[] = [];
  for (let i = 0; i + 1 < nodes.length; i += 2) {
    const key = configKeyOf(pairs, i);
    if (key === undefined) continue;
    const entry = configEntryOf(key, pairs, i + 1, rangeOf(nodes[i]!));
    const keyRange = pairs.literalRange(i);
    if (keyRange) entry.keyRange = keyRange;
    entries.push(entry);
  }
  return entries;
}
