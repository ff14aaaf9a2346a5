// Table API / SQL sinks, declared in code with CREATE TABLE ... WITH ('connector' = ...) or TableDescriptor.
import type { ConnectorEntry } from './connector-entry.js';
import { sql, names, sqlDeliveryGuarantee } from './connector-patterns.js';

export const sqlConnectors: readonly ConnectorEntry[] = [
  // ---- Table API / SQL sinks (`CREATE TABLE ... WITH ('connector' = ...)`, `TableDescriptor.forConnector`) ----
  {
    id: 'sql-kafka', displayName: "Kafka table ('connector' = 'kafka')", role: 'sink', sql: true,
    api: sql('kafka'),
    guarantee: { default: 'at-least-once', setter: sqlDeliveryGuarantee },
    commitsOnCheckpointAt: ['exactly-once'],
    requirements: [{ guarantee: 'exactly-once', method: names('sink.transactional-id-prefix', 'sink.transactional-id-prefix'), consequence: 'the table fails validation and the job never starts', fixArgument: 'job-name-prefix' }],
    explanation: "SQL Kafka sink: `sink.delivery-guarantee` defaults to `at-least-once` (unlike the DataStream builder); `exactly-once` needs `sink.transactional-id-prefix` and commits Kafka transactions on checkpoint.",
    versions: 'connector 3.x–5.x',
  },
  {
    id: 'sql-upsert-kafka', displayName: "upsert-kafka table", role: 'sink', sql: true,
    api: sql('upsert-kafka'),
    guarantee: { default: 'at-least-once', setter: sqlDeliveryGuarantee },
    commitsOnCheckpointAt: ['exactly-once'],
    explanation: 'Upsert Kafka sink: at-least-once by default; replays write the same keys again, which readers of the compacted topic see as idempotent upserts.',
    versions: 'connector 3.x–5.x',
  },
  {
    id: 'sql-jdbc', displayName: "JDBC table ('connector' = 'jdbc')", role: 'sink', sql: true,
    api: sql('jdbc'),
    guarantee: { default: 'at-least-once' },
    explanation: 'SQL JDBC sink: at-least-once, buffered rows are flushed on checkpoint and replayed after a failure; with a primary key it upserts, which makes replays idempotent.',
    versions: 'JDBC connector 3.x',
  },
  {
    id: 'sql-elasticsearch', displayName: 'Elasticsearch/OpenSearch table', role: 'sink', sql: true,
    api: sql('elasticsearch-6', 'elasticsearch-7', 'elasticsearch-8', 'opensearch', 'opensearch-2'),
    guarantee: { default: 'at-least-once' },
    explanation: 'SQL Elasticsearch/OpenSearch sink: at-least-once (flush on checkpoint); with a primary key documents are upserted by id, so replays overwrite.',
    versions: 'Elasticsearch connector 3.x',
  },
  {
    id: 'sql-filesystem', displayName: "filesystem table ('connector' = 'filesystem')", role: 'sink', sql: true,
    api: sql('filesystem'),
    guarantee: { default: 'exactly-once' }, commitsOnCheckpointAt: ['exactly-once'],
    explanation: 'SQL filesystem sink: exactly-once, part files are committed when a checkpoint completes; in streaming mode without checkpointing files stay in-progress.',
    versions: 'Flink 1.11+',
  },
  {
    id: 'sql-print', displayName: "print table ('connector' = 'print')", role: 'sink', sql: true,
    api: sql('print'),
    guarantee: { default: 'at-least-once' },
    explanation: 'SQL print sink: at-least-once, rows since the last checkpoint are printed again after a recovery.',
    versions: 'all',
  },
  {
    id: 'sql-blackhole', displayName: 'blackhole table', role: 'sink', sql: true,
    api: sql('blackhole'),
    guarantee: { default: 'exactly-once' },
    explanation: 'Discards every row: nothing is written, so nothing can be duplicated or lost.',
    versions: 'all',
  },
];
