// The shape of one catalog entry: how code names a connector in each language, its role and the
// delivery guarantee it gives under which conditions. Data only; catalog.ts answers queries over it.
import type { Guarantee, LanguageId } from '../types.js';

/** A method name per language (Java and Scala share the Java API; PyFlink uses snake_case). */
export type NamePerLanguage = Partial<Record<LanguageId, string>>;

/** How code creates or attaches a connector in one language. */
export type ApiPattern =
  /** `KafkaSink.builder()`, `JdbcSink.sink(...)`, `FileSink.forRowFormat(...)` */
  | { kind: 'factory'; className: string; methods: string[] }
  /** `new FlinkKafkaProducer<>(...)`, `new Elasticsearch7SinkBuilder<>()` */
  | { kind: 'constructor'; className: string }
  /** `env.socketTextStream(...)`: the environment creates the source directly. */
  | { kind: 'envMethod'; method: string }
  /** `stream.print()`: the stream attaches the sink directly. */
  | { kind: 'streamMethod'; method: string }
  /** A Table API / SQL table: `'connector' = 'kafka'` in `CREATE TABLE ... WITH (...)` or `TableDescriptor.forConnector("kafka")`. */
  | { kind: 'sqlConnector'; connector: string };

/** Which delivery guarantee a configured connector gives; later matches override earlier ones. */
export interface GuaranteeSpec {
  default: Guarantee;
  /** An enum constant among the factory or constructor arguments, e.g. `Semantic.EXACTLY_ONCE`. */
  argEnum?: Record<string, Guarantee>;
  /** A builder setter taking an enum constant, e.g. `setDeliveryGuarantee(DeliveryGuarantee.NONE)`. */
  setter?: {
    method: NamePerLanguage;
    /** Other (deprecated) spellings of the same setter, accepted but never written by fixes. */
    aliases?: NamePerLanguage[];
    values: Record<string, Guarantee>;
    /** The enum type of the argument and where to import it from, for quick fixes. */
    enumType: string;
    enumImport: NamePerLanguage;
  };
  /** Builder methods that choose a guarantee by being called, e.g. `buildExactlyOnce`. */
  methods?: Record<string, Guarantee>;
}

/** A builder call without which the connector fails or misbehaves at the given guarantee. */
export interface Requirement {
  guarantee: Guarantee;
  method: NamePerLanguage;
  /** The consequence of leaving it out, completing "without it, ...". */
  consequence: string;
  /** What the quick fix passes: a prefix derived from the job's name. */
  fixArgument: 'job-name-prefix';
  /**
   * Before this Flink version (its connector release) leaving the call out is not fatal: what
   * happens instead, completing "without it, ...". Unknown versions get `consequence`.
   */
  before?: { flink: { major: number; minor: number }; consequence: string };
}

export interface ConnectorEntry {
  /** Stable id, e.g. `kafka-sink`. */
  id: string;
  /** How messages name it, e.g. `KafkaSink`. */
  displayName: string;
  role: 'source' | 'sink';
  api: Partial<Record<LanguageId, ApiPattern[]>>;
  guarantee: GuaranteeSpec;
  /** Sources: can rewind to a position stored in checkpoints. */
  replayable?: boolean;
  /** Sources: finite input, so `AUTOMATIC` runtime mode runs the job as a batch job. */
  bounded?: boolean;
  /** Sinks: at these guarantees, output becomes visible only when a checkpoint completes. */
  commitsOnCheckpointAt?: Guarantee[];
  requirements?: Requirement[];
  /** The factory argument that is the attached stream (`CassandraSink.addSink(stream)`). */
  streamArgument?: number;
  /** A Table API / SQL connector: its options are read as calls (`sink.delivery-guarantee`), no builder fixes. */
  sql?: boolean;
  /** A sink class the job defines itself: messages name the class (`sink.displayName`). */
  userDefined?: boolean;
  /** Markdown shown on hover: how it behaves on failure. */
  explanation: string;
  versions: string;
}
