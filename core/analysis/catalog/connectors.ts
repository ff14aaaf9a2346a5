// Sources and sinks with their guarantees, from flink-reference.md §2 (guarantees.md of the Flink
// docs plus each connector's builder). Adding a connector is adding an entry here.
import type { ApiPattern, ConnectorEntry, NamePerLanguage } from './connector-entry.js';
import type { Guarantee, LanguageId } from '../types.js';

const deliveryGuaranteeValues = { NONE: 'none', AT_LEAST_ONCE: 'at-least-once', EXACTLY_ONCE: 'exactly-once' } as const;

/** Scala jobs call the Java API, so they share its names unless an entry says otherwise. */
function jvm(patterns: ApiPattern[], python: ApiPattern[] = []): Partial<Record<LanguageId, ApiPattern[]>> {
  return python.length > 0 ? { java: patterns, scala: patterns, python } : { java: patterns, scala: patterns };
}

function constructor(className: string): ApiPattern {
  return { kind: 'constructor', className };
}

/** A Table API / SQL connector, the same name in every language. */
function sql(...connectorNames: string[]): Partial<Record<LanguageId, ApiPattern[]>> {
  const pattern = connectorNames.map((connector): ApiPattern => ({ kind: 'sqlConnector', connector }));
  return { java: pattern, scala: pattern, python: pattern };
}

/** `'sink.delivery-guarantee' = '...'` of the SQL Kafka connectors, read like a setter. */
const sqlDeliveryGuarantee = {
  method: names('sink.delivery-guarantee', 'sink.delivery-guarantee'),
  values: deliveryGuaranteeValues,
  enumType: 'DeliveryGuarantee',
  enumImport: {},
};

function names(javaName: string, pythonName?: string): NamePerLanguage {
  return pythonName ? { java: javaName, scala: javaName, python: pythonName } : { java: javaName, scala: javaName };
}



/** `setDeliveryGuarantee(DeliveryGuarantee.X)` of the unified connector base. */
function deliveryGuaranteeSetter(values: Record<string, Guarantee> = deliveryGuaranteeValues) {
  return {
    method: names('setDeliveryGuarantee', 'set_delivery_guarantee'),
    // KafkaSinkBuilder's deprecated spelling, still common in Flink 1.14/1.15-era jobs.
    aliases: [names('setDeliverGuarantee', 'set_deliver_guarantee')],
    values,
    enumType: 'DeliveryGuarantee',
    enumImport: { java: 'org.apache.flink.connector.base.DeliveryGuarantee', scala: 'org.apache.flink.connector.base.DeliveryGuarantee', python: 'pyflink.datastream.connectors.base.DeliveryGuarantee' },
  };
}

export const connectors: readonly ConnectorEntry[] = [
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
  // ---- sources -------------------------------------------------------------------------------
  {
    id: 'kafka-source', displayName: 'KafkaSource', role: 'source',
    api: jvm([{ kind: 'factory', className: 'KafkaSource', methods: ['builder'] }],
      [{ kind: 'factory', className: 'KafkaSource', methods: ['builder'] }]),
    guarantee: { default: 'exactly-once' }, replayable: true, bounded: false,
    explanation: 'Replayable: partition offsets are stored in checkpoints and restored on recovery (exactly-once state). Offsets committed to Kafka are for monitoring only.',
    versions: 'connector 3.x (Flink 1.x), 4.0 (2.0), 5.0 (2.1+)',
  },
  {
    id: 'flink-kafka-consumer', displayName: 'FlinkKafkaConsumer', role: 'source',
    api: jvm(['FlinkKafkaConsumer', 'FlinkKafkaConsumer011', 'FlinkKafkaConsumer010', 'FlinkKafkaConsumer09', 'FlinkKafkaConsumer08', 'FlinkKafkaConsumer082', 'FlinkKafkaConsumer081'].map(constructor),
      [{ kind: 'constructor', className: 'FlinkKafkaConsumer' }]),
    guarantee: { default: 'exactly-once' }, replayable: true, bounded: false,
    explanation: 'Legacy SourceFunction; replayable (offsets in checkpointed state). Removed in Kafka connector 4.0: migrate to `KafkaSource`.',
    versions: 'connector ≤ 3.4 (Flink ≤ 1.20)',
  },
  {
    id: 'file-source', displayName: 'FileSource', role: 'source',
    api: jvm([{ kind: 'factory', className: 'FileSource', methods: ['forRecordStreamFormat', 'forBulkFileFormat', 'forRecordFileFormat'] }],
      [{ kind: 'factory', className: 'FileSource', methods: ['for_record_stream_format', 'for_bulk_file_format'] }]),
    guarantee: { default: 'exactly-once' }, replayable: true, bounded: true,
    explanation: 'Replayable: split assignment and read offsets are checkpointed.',
    versions: 'Flink 1.14+',
  },
  {
    id: 'socket-source', displayName: 'socketTextStream', role: 'source',
    // PyFlink has no socketTextStream; jobs wrap the Java SocketTextStreamFunction: `SourceFunction(jvm....SocketTextStreamFunction(...))`.
    api: jvm([{ kind: 'envMethod', method: 'socketTextStream' }, constructor('SocketTextStreamFunction')], [constructor('SocketTextStreamFunction')]),
    guarantee: { default: 'at-most-once' }, replayable: false, bounded: false,
    explanation: '**Not replayable (at-most-once).** A socket cannot rewind: records read before a failure are lost; after a restart the source reconnects and reads what arrives next.',
    versions: 'all',
  },
  {
    id: 'collection-source', displayName: 'fromElements', role: 'source',
    api: jvm([{ kind: 'envMethod', method: 'fromElements' }, { kind: 'envMethod', method: 'fromCollection' }, { kind: 'envMethod', method: 'fromData' }],
      [{ kind: 'envMethod', method: 'from_collection' }]),
    guarantee: { default: 'exactly-once' }, replayable: true, bounded: true,
    explanation: 'Replayable, bounded: the number of emitted elements is checkpointed.',
    versions: 'all (`fromData` 1.19+)',
  },
  {
    id: 'sequence-source', displayName: 'fromSequence', role: 'source',
    api: jvm([{ kind: 'envMethod', method: 'fromSequence' }, { kind: 'constructor', className: 'NumberSequenceSource' }],
      [{ kind: 'constructor', className: 'NumberSequenceSource' }]),
    guarantee: { default: 'exactly-once' }, replayable: true, bounded: true,
    explanation: 'Replayable, bounded: `NumberSequenceSource` checkpoints the remaining ranges.',
    versions: 'Flink 1.12+',
  },
  {
    id: 'datagen-source', displayName: 'DataGeneratorSource', role: 'source',
    api: jvm([{ kind: 'constructor', className: 'DataGeneratorSource' }]),
    guarantee: { default: 'exactly-once' }, replayable: true, bounded: false,
    explanation: 'Replayable: index-based splits are checkpointed; exactly-once if the generator function is deterministic.',
    versions: 'Flink 1.17+ (`flink-connector-datagen`)',
  },
  {
    id: 'text-file-source', displayName: 'readTextFile', role: 'source',
    api: jvm([{ kind: 'envMethod', method: 'readTextFile' }, { kind: 'envMethod', method: 'readFile' }],
      [{ kind: 'envMethod', method: 'read_text_file' }]),
    guarantee: { default: 'exactly-once' }, replayable: true, bounded: true,
    explanation: 'Replayable for file contents. In `PROCESS_CONTINUOUSLY` mode a modified file is re-read in full (duplicates). `readTextFile` is removed in Flink 2.0.',
    versions: '≤ 1.20 (`readTextFile`)',
  },
  {
    id: 'kinesis-source', displayName: 'KinesisStreamsSource', role: 'source',
    api: jvm([{ kind: 'factory', className: 'KinesisStreamsSource', methods: ['builder'] }, { kind: 'constructor', className: 'FlinkKinesisConsumer' }],
      [{ kind: 'constructor', className: 'FlinkKinesisConsumer' }]),
    guarantee: { default: 'exactly-once' }, replayable: true, bounded: false,
    explanation: 'Replayable: shard sequence numbers are checkpointed.',
    versions: 'AWS connector 5.x (`FlinkKinesisConsumer` legacy)',
  },
  {
    id: 'pulsar-source', displayName: 'PulsarSource', role: 'source',
    api: jvm([{ kind: 'factory', className: 'PulsarSource', methods: ['builder'] }]),
    guarantee: { default: 'exactly-once' }, replayable: true, bounded: false,
    explanation: 'Replayable: the cursor position is checkpointed.',
    versions: 'connector 4.x (Flink 1.17/1.18)',
  },
  {
    id: 'rabbitmq-source', displayName: 'RMQSource', role: 'source',
    api: jvm([{ kind: 'constructor', className: 'RMQSource' }], [{ kind: 'constructor', className: 'RMQSource' }]),
    guarantee: { default: 'at-least-once' }, replayable: true, bounded: false,
    explanation: 'Messages are acknowledged on checkpoint, so unacknowledged ones are redelivered (at-least-once). Exactly-once needs correlation ids and parallelism 1; without checkpointing it auto-acks (at-most-once).',
    versions: 'legacy; no 2.x release',
  },
  {
    id: 'jdbc-source', displayName: 'JdbcSource', role: 'source',
    api: jvm([{ kind: 'factory', className: 'JdbcSource', methods: ['builder'] }]),
    guarantee: { default: 'at-most-once', setter: deliveryGuaranteeSetter({ NONE: 'at-most-once', AT_LEAST_ONCE: 'at-least-once', EXACTLY_ONCE: 'exactly-once' }) },
    replayable: false, bounded: true,
    explanation: 'At-most-once by default. `setDeliveryGuarantee` makes it replayable, valid only if the query result set is stable (FLIP-239).',
    versions: 'JDBC connector 3.1+',
  },
  {
    id: 'cdc-source', displayName: 'Flink CDC source', role: 'source',
    // flink-cdc (com.ververica.cdc / org.apache.flink.cdc): incremental snapshot sources and the legacy
    // Debezium SourceFunctions both keep the binlog/WAL offset in checkpointed state.
    api: jvm(['MySqlSource', 'MySQLSource', 'PostgreSQLSource', 'PostgresIncrementalSource', 'OracleSource', 'SqlServerSource', 'MongoDBSource', 'Db2Source', 'OceanBaseSource', 'TiDBSource']
      .map((className): ApiPattern => ({ kind: 'factory', className, methods: ['builder'] }))),
    guarantee: { default: 'exactly-once' }, replayable: true, bounded: false,
    explanation: 'Replayable: the change-log position (binlog offset, WAL LSN, resume token) is stored in checkpoints and the source resumes from it on recovery. Without checkpointing it restarts from its startup options.',
    versions: 'flink-cdc 2.x/3.x',
  },
  {
    id: 'hybrid-source', displayName: 'HybridSource', role: 'source',
    api: jvm([{ kind: 'factory', className: 'HybridSource', methods: ['builder'] }]),
    guarantee: { default: 'exactly-once' }, replayable: true, bounded: false,
    explanation: 'Replayable when its underlying sources are (file then Kafka, typically): the active source and its splits are checkpointed.',
    versions: 'Flink 1.14+',
  },
  // ---- sinks ---------------------------------------------------------------------------------
  {
    id: 'print-sink', displayName: 'print()', role: 'sink',
    api: jvm([{ kind: 'streamMethod', method: 'print' }, { kind: 'streamMethod', method: 'printToErr' }],
      [{ kind: 'streamMethod', method: 'print' }]),
    guarantee: { default: 'at-least-once' },
    explanation: 'At-least-once: after a recovery, records since the last checkpoint are printed again (duplicates). Output goes to the TaskManager\'s stdout.',
    versions: 'all',
  },
  {
    id: 'text-file-sink', displayName: 'writeAsText()', role: 'sink',
    api: jvm([{ kind: 'streamMethod', method: 'writeAsText' }, { kind: 'streamMethod', method: 'writeAsCsv' }]),
    guarantee: { default: 'at-least-once' },
    explanation: 'At-least-once, no transactions: replayed records are written again. Removed in Flink 2.0; use `FileSink`.',
    versions: '≤ 1.20',
  },
  {
    id: 'socket-sink', displayName: 'writeToSocket()', role: 'sink',
    api: jvm([{ kind: 'streamMethod', method: 'writeToSocket' }]),
    guarantee: { default: 'at-least-once' },
    explanation: 'At-least-once: replayed records are sent again.',
    versions: '≤ 1.20',
  },
  {
    id: 'kafka-sink', displayName: 'KafkaSink', role: 'sink',
    api: jvm([{ kind: 'factory', className: 'KafkaSink', methods: ['builder'] }],
      [{ kind: 'factory', className: 'KafkaSink', methods: ['builder'] }]),
    guarantee: { default: 'none', setter: deliveryGuaranteeSetter() },
    commitsOnCheckpointAt: ['exactly-once'],
    requirements: [{
      guarantee: 'exactly-once', method: names('setTransactionalIdPrefix', 'set_transactional_id_prefix'),
      consequence: '`build()` throws IllegalStateException and the job never starts', fixArgument: 'job-name-prefix',
      // Kafka connector 3.x (Flink 1.x) defaulted the prefix to "kafka-sink" (FLINK-37380 removed it in 4.0).
      before: { flink: { major: 2, minor: 0 }, consequence: 'every such sink uses the default prefix "kafka-sink": two sinks or jobs on the same Kafka cluster fence or abort each other\'s transactions' },
    }],
    explanation: '`NONE` (the builder default) may lose or duplicate records; `AT_LEAST_ONCE` flushes on every checkpoint; `EXACTLY_ONCE` writes in Kafka transactions committed when a checkpoint completes (needs `setTransactionalIdPrefix` and consumers with `isolation.level=read_committed`).',
    versions: 'connector 3.x–5.x',
  },
  {
    id: 'flink-kafka-producer', displayName: 'FlinkKafkaProducer', role: 'sink',
    api: jvm([constructor('FlinkKafkaProducer'), constructor('FlinkKafkaProducer011')], [constructor('FlinkKafkaProducer')]),
    guarantee: { default: 'at-least-once', argEnum: deliveryGuaranteeValues },
    commitsOnCheckpointAt: ['exactly-once'],
    explanation: 'Legacy SinkFunction. `Semantic.AT_LEAST_ONCE` (default) flushes on checkpoint; `Semantic.EXACTLY_ONCE` uses Kafka transactions committed on checkpoint. Removed in Kafka connector 4.0.',
    versions: 'connector ≤ 3.4 (Flink ≤ 1.20)',
  },
  {
    id: 'file-sink', displayName: 'FileSink', role: 'sink',
    api: jvm([{ kind: 'factory', className: 'FileSink', methods: ['forRowFormat', 'forBulkFormat'] }],
      [{ kind: 'factory', className: 'FileSink', methods: ['for_row_format', 'for_bulk_format'] }]),
    guarantee: { default: 'exactly-once' }, commitsOnCheckpointAt: ['exactly-once'],
    explanation: 'Exactly-once: part files move from in-progress to pending to finished only when a checkpoint completes. Without checkpointing (in streaming mode) files are never finished.',
    versions: 'Flink 1.12+',
  },
  {
    id: 'streaming-file-sink', displayName: 'StreamingFileSink', role: 'sink',
    api: jvm([{ kind: 'factory', className: 'StreamingFileSink', methods: ['forRowFormat', 'forBulkFormat'] }]),
    guarantee: { default: 'exactly-once' }, commitsOnCheckpointAt: ['exactly-once'],
    explanation: 'Exactly-once with checkpointing; files are finalized on checkpoint completion. Removed in Flink 2.0: use `FileSink`.',
    versions: '≤ 1.20',
  },
  {
    id: 'jdbc-sink', displayName: 'JdbcSink.sink', role: 'sink',
    api: jvm([{ kind: 'factory', className: 'JdbcSink', methods: ['sink'] }], [{ kind: 'factory', className: 'JdbcSink', methods: ['sink'] }]),
    guarantee: { default: 'at-least-once' },
    explanation: 'At-least-once: batches are flushed on checkpoint, batch size or interval, and replayed after a failure. Effectively-once only with upserts or idempotent SQL.',
    versions: 'JDBC connector ≤ 3.2',
  },
  {
    id: 'jdbc-exactly-once-sink', displayName: 'JdbcSink.exactlyOnceSink', role: 'sink',
    api: jvm([{ kind: 'factory', className: 'JdbcSink', methods: ['exactlyOnceSink'] }]),
    guarantee: { default: 'exactly-once' }, commitsOnCheckpointAt: ['exactly-once'],
    explanation: 'Exactly-once through XA transactions committed on checkpoint; needs an XA-capable database and driver.',
    versions: 'Flink 1.13+',
  },
  {
    id: 'jdbc-sink-v2', displayName: 'JdbcSink', role: 'sink',
    api: jvm([{ kind: 'factory', className: 'JdbcSink', methods: ['builder'] }]),
    guarantee: { default: 'at-least-once', methods: { buildAtLeastOnce: 'at-least-once', buildExactlyOnce: 'exactly-once' } },
    commitsOnCheckpointAt: ['exactly-once'],
    explanation: '`buildAtLeastOnce` flushes on checkpoint (replays duplicate rows); `buildExactlyOnce` commits XA transactions on checkpoint.',
    versions: 'JDBC connector 3.3+',
  },
  {
    id: 'elasticsearch-sink', displayName: 'Elasticsearch sink', role: 'sink',
    api: jvm([
      { kind: 'constructor', className: 'Elasticsearch7SinkBuilder' },
      { kind: 'constructor', className: 'Elasticsearch6SinkBuilder' },
      { kind: 'constructor', className: 'ElasticsearchSink.Builder' },
      { kind: 'factory', className: 'Elasticsearch8AsyncSinkBuilder', methods: ['builder'] },
    ], [{ kind: 'constructor', className: 'Elasticsearch7SinkBuilder' }]),
    guarantee: { default: 'at-least-once', setter: deliveryGuaranteeSetter() },
    explanation: 'At-least-once (default): buffered requests are flushed on checkpoint and replayed after a failure. Use deterministic document ids to make writes idempotent. `EXACTLY_ONCE` is rejected.',
    versions: 'Elasticsearch connector 3.x',
  },
  {
    id: 'opensearch-sink', displayName: 'OpenSearch sink', role: 'sink',
    api: jvm([constructor('OpensearchSinkBuilder'), constructor('Opensearch2SinkBuilder'), constructor('OpensearchSink.Builder')]),
    guarantee: { default: 'at-least-once', setter: deliveryGuaranteeSetter() },
    explanation: 'At-least-once (default), like Elasticsearch: flush on checkpoint, replays after a failure.',
    versions: 'OpenSearch connector 1.x/2.x',
  },
  {
    id: 'cassandra-sink', displayName: 'CassandraSink', role: 'sink',
    api: jvm([{ kind: 'factory', className: 'CassandraSink', methods: ['addSink'] }]),
    guarantee: { default: 'at-least-once', methods: { enableWriteAheadLog: 'exactly-once' } },
    commitsOnCheckpointAt: ['exactly-once'],
    streamArgument: 0,
    explanation: 'At-least-once: flushes on checkpoint. `enableWriteAheadLog()` gives exactly-once only for deterministic, idempotent writes.',
    versions: '≤ 1.20',
  },
  {
    id: 'kinesis-sink', displayName: 'KinesisStreamsSink', role: 'sink',
    api: jvm([{ kind: 'factory', className: 'KinesisStreamsSink', methods: ['builder'] }], [{ kind: 'factory', className: 'KinesisStreamsSink', methods: ['builder'] }]),
    guarantee: { default: 'at-least-once' },
    explanation: 'At-least-once: buffered records are flushed on checkpoint and may be written twice after a failure.',
    versions: 'AWS connector 4.x/5.x',
  },
  {
    id: 'pulsar-sink', displayName: 'PulsarSink', role: 'sink',
    api: jvm([{ kind: 'factory', className: 'PulsarSink', methods: ['builder'] }]),
    guarantee: { default: 'none', setter: deliveryGuaranteeSetter() },
    commitsOnCheckpointAt: ['exactly-once'],
    explanation: '`NONE` (default) may lose records; `AT_LEAST_ONCE` flushes on checkpoint; `EXACTLY_ONCE` needs Pulsar transactions and commits on checkpoint.',
    versions: 'connector 4.x',
  },
  {
    id: 'rabbitmq-sink', displayName: 'RMQSink', role: 'sink',
    api: jvm([{ kind: 'constructor', className: 'RMQSink' }]),
    guarantee: { default: 'none' },
    explanation: 'Best effort: does not take part in checkpoints, so records can be lost or duplicated on failure.',
    versions: 'legacy; no 2.x release',
  },
  {
    id: 'print-sink-function', displayName: 'PrintSinkFunction', role: 'sink',
    api: jvm([constructor('PrintSinkFunction'), constructor('PrintSink')]),
    guarantee: { default: 'at-least-once' },
    explanation: 'At-least-once: after a recovery, records since the last checkpoint are printed again (duplicates).',
    versions: 'all (`PrintSink` 1.15+)',
  },
  {
    id: 'flink-kafka-producer-legacy', displayName: 'FlinkKafkaProducer010', role: 'sink',
    api: jvm(['FlinkKafkaProducer010', 'FlinkKafkaProducer09', 'FlinkKafkaProducer08'].map(constructor)),
    guarantee: { default: 'at-least-once' },
    explanation: 'Legacy Kafka 0.8–0.10 producer: at most at-least-once (it flushes on checkpoint when flush-on-checkpoint is on, the default); no transactions. Removed from Flink after 1.11.',
    versions: 'Flink ≤ 1.11',
  },
  {
    id: 'kinesis-producer', displayName: 'FlinkKinesisProducer', role: 'sink',
    api: jvm([constructor('FlinkKinesisProducer'), { kind: 'factory', className: 'KinesisFirehoseSink', methods: ['builder'] }]),
    guarantee: { default: 'at-least-once' },
    explanation: 'At-least-once: outstanding records are flushed on checkpoint and may be written twice after a failure.',
    versions: 'AWS connector (legacy `FlinkKinesisProducer`)',
  },
  {
    id: 'hbase-sink', displayName: 'HBaseSinkFunction', role: 'sink',
    api: jvm([constructor('HBaseSinkFunction')]),
    guarantee: { default: 'at-least-once' },
    explanation: 'At-least-once: buffered mutations are flushed on checkpoint and replayed after a failure; puts with deterministic row keys make replays idempotent.',
    versions: 'HBase connector 1.4/2.2',
  },
  {
    id: 'redis-sink', displayName: 'RedisSink', role: 'sink',
    api: jvm([constructor('RedisSink')]),
    guarantee: { default: 'at-least-once' },
    explanation: 'At-least-once: each record is written synchronously and replayed records are written again; SET-style commands make that idempotent.',
    versions: 'Bahir connector',
  },
  {
    id: 'influxdb-sink', displayName: 'InfluxDBSink', role: 'sink',
    api: jvm([constructor('InfluxDBSink')]),
    guarantee: { default: 'none' },
    explanation: 'Best effort: points are batched asynchronously by the InfluxDB client and not flushed on checkpoint, so points buffered at a failure are lost and replays are written again.',
    versions: 'Bahir connector',
  },
  // User-defined sinks (languages/user-sinks.ts classifies them by the class the job declares).
  {
    id: 'user-sink', displayName: 'custom sink', role: 'sink', userDefined: true,
    api: jvm([constructor('RichSinkFunction'), constructor('SinkFunction')]),
    guarantee: { default: 'at-least-once' },
    explanation: 'A sink the job writes itself with a plain client: it takes no part in checkpoints beyond what it flushes, so after a recovery the records since the last checkpoint are written again (at-least-once at best; records it buffers without flushing on checkpoint are lost). Make writes idempotent (upserts, deterministic ids) or use `TwoPhaseCommitSinkFunction` / a committing Sink V2.',
    versions: 'all',
  },
  {
    id: 'user-committing-sink', displayName: 'custom two-phase-commit sink', role: 'sink', userDefined: true,
    api: jvm([constructor('TwoPhaseCommitSinkFunction')]),
    guarantee: { default: 'exactly-once' }, commitsOnCheckpointAt: ['exactly-once'],
    explanation: 'A sink the job writes itself on `TwoPhaseCommitSinkFunction` or a committing Sink V2: pre-committed on each checkpoint and committed when it completes (exactly-once if the external system\'s transactions outlive a restart).',
    versions: 'all',
  },
  {
    id: 'discarding-sink', displayName: 'DiscardingSink', role: 'sink',
    api: jvm([{ kind: 'constructor', className: 'DiscardingSink' }]),
    guarantee: { default: 'exactly-once' },
    explanation: 'Discards every record: nothing is written, so nothing can be duplicated or lost.',
    versions: 'all',
  },
];
