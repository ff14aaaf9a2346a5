// Sources with their replayability, from flink-reference.md §2 and each connector's builder.
import type { ApiPattern, ConnectorEntry } from './connector-entry.js';
import { jvm, constructor, deliveryGuaranteeSetter } from './connector-patterns.js';

export const sourceConnectors: readonly ConnectorEntry[] = [
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
];
