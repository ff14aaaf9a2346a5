// Sources and sinks with their guarantees, from flink-reference.md §2 (guarantees.md of the Flink
// docs plus each connector's builder). Adding a connector is adding an entry to one of these lists.
import type { ConnectorEntry } from './connector-entry.js';
import { sinkConnectors } from './sink-connectors.js';
import { sourceConnectors } from './source-connectors.js';
import { sqlConnectors } from './sql-connectors.js';

export const connectors: readonly ConnectorEntry[] = [...sqlConnectors, ...sourceConnectors, ...sinkConnectors];
