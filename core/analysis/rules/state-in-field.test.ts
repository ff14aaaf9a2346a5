import { RuleTester } from '../rule-tester.js';
import rule from './state-in-field.js';
import { javaJob, scalaJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

const fraudCounts = javaJob(`
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 1000)
        .keyBy(v -> v % 10)
        .flatMap(new CountPerKey())
        .map(new RunningTotal())
        .filter(new Dedup())
        .print();
    env.execute("fraud");
`, { name: 'FraudCounts', members: `
  static class CountPerKey extends RichFlatMapFunction<Long, String> {
    private final Map<Long, Integer> counts = new HashMap<>();
    private transient ValueState<Long> seen;
    public void flatMap(Long value, Collector<String> out) {
      counts.merge(value % 10, 1, Integer::sum);
      out.collect(value + ":" + counts.get(value % 10));
    }
  }

  static class RunningTotal implements MapFunction<String, Long> {
    private long total = 0L;
    @Override
    public Long map(String value) {
      total += value.length();
      return total;
    }
  }

  static class Dedup extends RichFilterFunction<Long> {
    private List<Long> scratch = new ArrayList<>();
    public boolean filter(Long value) {
      scratch.clear();
      scratch.add(value);
      return scratch.size() == 1;
    }
  }

  static class Snapshotting extends RichMapFunction<Long, Long> implements CheckpointedFunction {
    private long count;
    public Long map(Long v) { count++; return v; }
    public void snapshotState(FunctionSnapshotContext c) {}
    public void initializeState(FunctionInitializationContext c) {}
  }
` });

const wordCounter = scalaJob(`
    env.enableCheckpointing(10000)
    env.fromElements("a", "b").keyBy(w => w).flatMap(new WordCounter).print()
    env.execute("words")
`, { before: `class WordCounter extends RichFlatMapFunction[String, (String, Int)] {
  private val counts = mutable.Map[String, Int]()
  private var records = 0L
  override def flatMap(word: String, out: Collector[(String, Int)]): Unit = {
    records += 1
    counts(word) = counts.getOrElse(word, 0) + 1
    out.collect((word, counts(word)))
  }
}

`, name: 'WordCountJob' });

const pythonJob = `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.functions import KeyedProcessFunction


class SessionCounter(KeyedProcessFunction):

    def __init__(self):
        self.sessions = {}
        self.total = 0

    def process_element(self, value, ctx):
        # self.sessions = {} would reset it
        self.sessions[value[0]] = self.sessions.get(value[0], 0) + 1
        self.total += 1
        yield value[0], self.sessions[value[0]]


env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
env.from_collection([("a", 1)]).key_by(lambda v: v[0]).process(SessionCounter()).print()
env.execute("sessions")
`;

ruleTester.run(rule, {
  valid: [
    { name: 'Java: without checkpointing there is no recovery to break (FLINK001 speaks)', code: fraudCounts.replace('    env.enableCheckpointing(10_000);\n', '') },
    { name: 'Java: a function declared but not used by this file\'s job', code: fraudCounts.replace('.flatMap(new CountPerKey())', '').replace('.map(new RunningTotal())', '') },
    javaJob(`
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 10).keyBy(v -> v % 2).map(new Counting()).print();
    env.execute();
`, { comment: 'keyed state obtained in open() is checkpointed', members: `  static class Counting extends RichMapFunction<Long, Long> {
    private transient ValueState<Long> count;
    private transient Counter metric;
    private int parallelism;
    public void open(Configuration parameters) {
      count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Long.class));
      parallelism = getRuntimeContext().getNumberOfParallelSubtasks();
    }
    public Long map(Long value) throws Exception {
      long next = (count.value() == null ? 0L : count.value()) + 1;
      count.update(next);
      metric.inc();
      return next * parallelism;
    }
  }
` }),
    javaJob(`
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 10).map(new Local()).print();
    env.execute();
`, { comment: 'a local of the same name shadows the field', members: `  static class Local implements MapFunction<Long, Integer> {
    private List<Long> values;
    public Integer map(Long value) {
      List<Long> values = new ArrayList<>();
      values.add(value);
      return values.size();
    }
  }
` }),
    { name: 'Scala: a batch job does not recover from checkpoints', language: 'scala', code: wordCounter.replace('env.enableCheckpointing(10000)', 'env.enableCheckpointing(10000)\n    env.setRuntimeMode(RuntimeExecutionMode.BATCH)') },
    {
      name: 'Python: state from the runtime context',
      language: 'python',
      code: `class Count(KeyedProcessFunction):
    def __init__(self):
        self.state = None

    def open(self, runtime_context):
        self.state = runtime_context.get_state(ValueStateDescriptor("n", Types.LONG()))

    def process_element(self, value, ctx):
        self.state.update((self.state.value() or 0) + 1)
        yield value


env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
env.from_collection([1]).key_by(lambda v: v).process(Count()).print()
env.execute()
`,
    },
    {
      name: 'Scala: a client created lazily in invoke() is not state',
      language: 'scala',
      code: scalaJob(`
    env.enableCheckpointing(10000)
    env.fromElements("a").addSink(new HttpWriter)
    env.execute()
`, { before: `class HttpWriter extends RichSinkFunction[String] {
  private var client: HttpClient = _
  override def invoke(value: String, context: SinkFunction.Context): Unit = {
    if (client == null) client = HttpClient.create()
    client.post(value)
  }
}

` }),
    },
  ],
  invalid: [
    {
      name: 'Java: a HashMap merged per key and a counter summed per record; a cleared scratch list and a CheckpointedFunction are fine',
      code: fraudCounts,
      errors: [
        { messageId: 'fieldState', line: 15, column: 38, endLine: 15, endColumn: 44, messageIncludes: 'counts is a plain map that CountPerKey.flatMap() changes for every record' },
        { messageId: 'fieldState', line: 24, column: 18, endLine: 24, endColumn: 23, messageIncludes: 'Keep it in Flink state (ValueState)' },
      ],
    },
    {
      name: 'Scala: a mutable.Map updated and a var counter incremented in flatMap',
      code: wordCounter,
      language: 'scala',
      errors: [
        { messageId: 'fieldState', line: 2, column: 15, endLine: 2, endColumn: 21, messageIncludes: '(MapState)' },
        { messageId: 'fieldState', line: 3, column: 15, endLine: 3, endColumn: 22, messageIncludes: 'records is a plain counter' },
      ],
    },
    {
      name: 'Python: a dict and a counter set in __init__ and changed in process_element',
      code: pythonJob,
      language: 'python',
      errors: [
        { messageId: 'fieldState', line: 8, column: 14, endLine: 8, endColumn: 22, messageIncludes: 'SessionCounter.process_element()' },
        { messageId: 'fieldState', line: 9, column: 14, endLine: 9, endColumn: 19 },
      ],
    },
    {
      name: 'Java: an anonymous RichMapFunction with a counter, and a field inherited from a function base class',
      code: `public class Job {
  static abstract class Base<T> extends RichMapFunction<T, T> {}
  static class Seen extends Base<Long> {
    private final Set<Long> seen = new HashSet<>();
    public Long map(Long value) {
      this.seen.add(value);
      return value;
    }
  }
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 10)
        .map(new Seen())
        .map(new RichMapFunction<Long, Long>() {
          private long n;
          public Long map(Long v) { return v + n++; }
        })
        .print();
    env.execute();
  }
}`,
      errors: [
        { messageId: 'fieldState', line: 4, column: 29, endLine: 4, endColumn: 33, messageIncludes: 'Seen.map()' },
        { messageId: 'fieldState', line: 16, column: 24, endLine: 16, endColumn: 25, messageIncludes: 'anonymous RichMapFunction.map()' },
      ],
    },
    {
      name: 'Java: an AggregateFunction that keeps a per-key map beside its accumulator, changed in add()',
      code: `public class Job {
  static class DistinctUsers implements AggregateFunction<String, Long, Long> {
    private final Map<String, Long> firstSeen = new HashMap<>();
    private long merges;
    public Long createAccumulator() { return 0L; }
    public Long add(String user, Long acc) {
      firstSeen.putIfAbsent(user, System.currentTimeMillis());
      return acc + 1;
    }
    public Long getResult(Long acc) { return acc; }
    public Long merge(Long a, Long b) { merges++; return a + b; }
  }
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.fromElements("a", "b").keyBy(u -> u).window(GlobalWindows.create()).aggregate(new DistinctUsers()).print();
    env.execute();
  }
}`,
      // merge() runs when windows merge, not once per record: only add() counts.
      errors: [{ messageId: 'fieldState', line: 3, column: 37, endLine: 3, endColumn: 46, messageIncludes: 'DistinctUsers.add()' }],
    },
    {
      name: 'Python: an AggregateFunction that counts records in a field',
      language: 'python',
      code: `from pyflink.datastream.functions import AggregateFunction


class Average(AggregateFunction):
    def __init__(self):
        self.records = 0

    def create_accumulator(self):
        return (0, 0)

    def add(self, value, accumulator):
        self.records += 1
        return accumulator[0] + value, accumulator[1] + 1


env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
env.from_collection([1, 2]).key_by(lambda v: v).count_window(2).aggregate(Average()).print()
env.execute()
`,
      errors: [{ messageId: 'fieldState', line: 6, column: 14, endLine: 6, endColumn: 21, messageIncludes: 'Average.add()' }],
    },
    {
      name: 'Scala: an object\'s mutable set filled through a method the filter lambda calls; a watermark assigner\'s field and a set only filled in main are fine',
      language: 'scala',
      code: `object Dedup {
  val seenIds: mutable.HashSet[String] = mutable.HashSet[String]()
  val config = mutable.Map[String, String]()

  def main(args: Array[String]): Unit = {
    config += ("mode" -> "demo")
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.socketTextStream("localhost", 9999)
      .filter(id => isFirst(id))
      .assignTimestampsAndWatermarks(new BoundedOutOfOrdernessTimestampExtractor[String](Time.seconds(1)) {
        var maxSeen: Long = 0
        override def extractTimestamp(e: String): Long = { maxSeen = math.max(maxSeen, 1L); maxSeen }
      })
      .print()
    env.execute()
  }

  def isFirst(id: String): Boolean = {
    val fresh = !seenIds.contains(id)
    seenIds += id
    fresh
  }
}`,
      errors: [{ messageId: 'closureFieldState', line: 2, column: 7, endLine: 2, endColumn: 14, messageIncludes: 'seenIds is a plain collection of Dedup that the function passed to filter(...) changes for every record (through isFirst())' }],
    },
    {
      name: 'Java: a static map changed in a map lambda',
      code: `public class Totals {
  private static final Map<String, Long> TOTALS = new HashMap<>();
  private final Map<String, Long> perInstance = new HashMap<>();

  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.fromElements("a", "b")
        .map(word -> word + "=" + TOTALS.merge(word, 1L, Long::sum))
        .print();
    env.execute();
  }
}`,
      errors: [{ messageId: 'closureFieldState', line: 2, column: 42, endLine: 2, endColumn: 48, messageIncludes: 'TOTALS is a plain map of Totals that the function passed to map(...) changes for every record:' }],
    },
    {
      name: 'Python: a module-level set filled by the function passed to filter; a dict only filled at start-up is fine',
      language: 'python',
      code: `from pyflink.datastream import StreamExecutionEnvironment

seen_ids = set()
settings = {}


def is_first(event_id):
    if event_id in seen_ids:
        return False
    seen_ids.add(event_id)
    return True


settings["mode"] = "demo"
env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
env.from_collection(["a", "b", "a"]).filter(is_first).print()
env.execute()
`,
      errors: [{ messageId: 'closureFieldState', line: 3, column: 1, endLine: 3, endColumn: 9, messageIncludes: 'seen_ids is a plain collection of the module that the function passed to filter(...) changes for every record (through is_first())' }],
    },
  ],
});
