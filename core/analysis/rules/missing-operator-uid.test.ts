import { RuleTester } from '../rule-tester.js';
import rule from './missing-operator-uid.js';
import { javaJob, scalaJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

const job = (body: string) => javaJob(`    env.enableCheckpointing(10_000);
${body}
    env.execute();`, { name: 'WordCount' });

ruleTester.run(rule, {
  valid: [
    {
      name: 'Java: a getState() that takes no state descriptor is not Flink state',
      code: javaJob(`
    env.fromElements("a").keyBy(w -> w).map(new Tracker()).print();
    env.execute();
`, { members: `  static class Tracker extends RichMapFunction<String, String> {
    private final Machine machine = new Machine();
    public String map(String value) { return machine.getState() + value; }
  }
` }),
    },
    job(`    // stateless transformations keep no state
    env.fromElements("a", "b").map(String::trim).filter(s -> !s.isEmpty()).print();`),
    job(`    // every stateful operator and the Kafka source carry a uid, after name() too
    env.fromSource(KafkaSource.<String>builder().build(), WatermarkStrategy.noWatermarks(), "words").uid("words-source")
        .keyBy(w -> w).sum(1).name("counts").uid("counts")
        .print();`),
    job(`    // uid set on the variable holding the operator
    SingleOutputStreamOperator<Long> counts = env.fromElements(1L, 2L).keyBy(x -> x).reduce(Long::sum);
    counts.uid("counts");
    counts.print();`),
    job(`    // a socket keeps no position: nothing to restore
    env.socketTextStream("localhost", 9999).print();`),
    job(`    // a batch job never restores from a savepoint
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    env.fromSequence(1, 1000).keyBy(n -> n % 7).sum(0).print();`),
    { code: `from pyflink.datastream import StreamExecutionEnvironment
env = StreamExecutionEnvironment.get_execution_environment()
numbers = env.from_collection([1, 2, 3])
numbers.key_by(lambda x: x).reduce(lambda a, b: a + b).uid("sum").print()
`, language: 'python', name: 'PyFlink: reduce on a keyed stream with a uid' },
  ],
  invalid: [
    {
      code: job(`    // keyed aggregation without uid
    env.fromElements("a", "b").keyBy(w -> w).sum(1).print();`),
      errors: [{
        messageId: 'statefulOperator', line: 6, column: 46, endLine: 6, endColumn: 52,
        suggestions: [{ title: 'Add .uid("sum")', output: job(`    // keyed aggregation without uid
    env.fromElements("a", "b").keyBy(w -> w).sum(1).uid("sum").print();`) }],
      }],
    },
    {
      code: job(`    // window aggregation and Kafka source without uids; the name() gives the derived uid
    env.fromSource(KafkaSource.<String>builder().build(), WatermarkStrategy.noWatermarks(), "words")
        .keyBy(w -> w)
        .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
        .reduce((a, b) -> a + b)
        .name("Windowed Counts")
        .print();`),
      errors: [
        {
          messageId: 'positionSource', line: 6, column: 9, endLine: 6, endColumn: 101,
          suggestions: [{ output: job(`    // window aggregation and Kafka source without uids; the name() gives the derived uid
    env.fromSource(KafkaSource.<String>builder().build(), WatermarkStrategy.noWatermarks(), "words").uid("words")
        .keyBy(w -> w)
        .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
        .reduce((a, b) -> a + b)
        .name("Windowed Counts")
        .print();`) }],
        },
        {
          messageId: 'statefulOperator', line: 9, column: 10, endLine: 9, endColumn: 33,
          suggestions: [{ output: job(`    // window aggregation and Kafka source without uids; the name() gives the derived uid
    env.fromSource(KafkaSource.<String>builder().build(), WatermarkStrategy.noWatermarks(), "words")
        .keyBy(w -> w)
        .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
        .reduce((a, b) -> a + b).uid("windowed-counts")
        .name("Windowed Counts")
        .print();`) }],
        },
      ],
    },
    {
      code: job(`    // broadcast state and CEP keep state too
    BroadcastStream<String> rules = env.fromElements("r").broadcast(RULES);
    env.fromElements("a").connect(rules).process(new Matcher()).print();
    PatternStream<String> alerts = CEP.pattern(env.fromElements("a"), Pattern.begin("start"));
    alerts.select(new Alert()).print();`),
      errors: [
        { messageId: 'statefulOperator', line: 7, column: 42, endLine: 7, endColumn: 64 },
        { messageId: 'statefulOperator', line: 9, column: 12, endLine: 9, endColumn: 31 },
      ],
    },
    {
      code: job(`    // a checkpointed custom source keeps its offset in state
    env.addSource(new OffsetSource()).print();
  }

  static class OffsetSource extends RichSourceFunction<Long> implements CheckpointedFunction {
    public void run(SourceContext<Long> ctx) {}
    public void cancel() {}`),
      errors: [{ messageId: 'positionSource', line: 6, column: 9, endLine: 6, endColumn: 38, messageIncludes: 'OffsetSource keeps its read position' }],
    },
    {
      code: `from pyflink.datastream import StreamExecutionEnvironment
env = StreamExecutionEnvironment.get_execution_environment()
numbers = env.from_collection([1, 2, 3])
numbers.key_by(lambda x: x).reduce(lambda a, b: a + b).print()
`,
      language: 'python',
      name: 'PyFlink: reduce on a keyed stream without a uid',
      errors: [{ messageId: 'statefulOperator', line: 4, column: 29, endLine: 4, endColumn: 55 }],
    },
    {
      name: 'fromSource with a source the analyzer does not know keeps splits in state (FLIP-27)',
      code: job(`    env.fromSource(new OrderSource(), WatermarkStrategy.noWatermarks(), "orders").print();`),
      errors: [{ messageId: 'positionSource', line: 5, column: 9, endLine: 5, endColumn: 82, messageIncludes: 'fromSource() keeps its read position' }],
    },
    {
      language: 'python',
      name: 'PyFlink: from_source with a source from another module',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(5000)
env.from_source(orders_source(), WatermarkStrategy.no_watermarks(), "orders").print()
env.execute()
`,
      errors: [{ messageId: 'positionSource', line: 3, column: 5, endLine: 3, endColumn: 78 }],
    },
    {
      name: 'a RichFlatMapFunction on a keyed stream that obtains keyed state in open()',
      code: javaJob(`
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 10).uid("numbers")
        .keyBy(v -> v % 3)
        .flatMap(new FirstSeen())
        .map(v -> v * 2)
        .print();
    env.execute();
`, { name: 'Dedup', members: `
  static class FirstSeen extends RichFlatMapFunction<Long, Long> {
    private transient ValueState<Boolean> seen;
    public void open(Configuration parameters) {
      seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Boolean.class));
    }
    public void flatMap(Long value, Collector<Long> out) throws Exception {
      if (seen.value() == null) { seen.update(true); out.collect(value); }
    }
  }
` }),
      errors: [{ messageId: 'statefulOperator', line: 7, column: 10, endLine: 7, endColumn: 34 }],
    },
    {
      language: 'python',
      name: 'PyFlink: a FlatMapFunction using runtime_context.get_state on a keyed stream',
      code: `class FirstSeen(FlatMapFunction):
    def open(self, runtime_context):
        self.seen = runtime_context.get_state(ValueStateDescriptor("seen", Types.BOOLEAN()))

    def flat_map(self, value):
        if self.seen.value() is None:
            self.seen.update(True)
            yield value


env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
env.from_collection([1, 2]).key_by(lambda v: v % 3).flat_map(FirstSeen()).print()
env.execute()
`,
      errors: [{ messageId: 'statefulOperator', line: 13, column: 53, endLine: 13, endColumn: 74 }],
    },
    {
      name: 'Java: keyed state obtained through a local holding the runtime context',
      code: javaJob(`
    env.enableCheckpointing(10_000);
    env.fromElements(1L, 2L)
        .keyBy(v -> v % 2)
        .map(new RichMapFunction<Long, Long>() {
          private ListState<Long> history;
          public void open(Configuration parameters) {
            RuntimeContext context = getRuntimeContext();
            ListStateDescriptor<Long> descriptor = new ListStateDescriptor<>("history", Long.class);
            history = context.getListState(descriptor);
          }
          public Long map(Long value) throws Exception { history.add(value); return value; }
        })
        .print();
    env.execute();
`),
      errors: [{ messageId: 'statefulOperator', line: 7, column: 10, endLine: 15, endColumn: 11, messageIncludes: 'map(...) keeps keyed state' }],
    },
    {
      name: 'Java: a flatMap whose function snapshots operator state (CheckpointedFunction)',
      code: javaJob(`
    env.enableCheckpointing(10_000);
    env.fromElements(1L, 2L).flatMap(new Buffering()).print();
    env.execute();
`, { members: `
  static class Buffering extends RichFlatMapFunction<Long, Long> implements CheckpointedFunction {
    private transient ListState<Long> buffered;
    public void flatMap(Long value, Collector<Long> out) throws Exception { buffered.add(value); }
    public void snapshotState(FunctionSnapshotContext context) {}
    public void initializeState(FunctionInitializationContext context) throws Exception {
      buffered = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("buffered", Long.class));
    }
  }
` }),
      errors: [{ messageId: 'statefulOperator', line: 5, column: 30, endLine: 5, endColumn: 54, messageIncludes: 'flatMap(...) keeps operator state' }],
    },
    {
      language: 'scala',
      name: 'Scala: flatMapWithState on a keyed stream keeps a ValueState per key',
      code: scalaJob(`
    env.enableCheckpointing(10000)
    env.fromElements(("a", 1), ("a", 2)).keyBy(_._1).flatMapWithState[(String, Int), Int] {
      case (in, None) => (List(in), Some(in._2))
      case (in, Some(sum)) => (List((in._1, sum + in._2)), Some(sum + in._2))
    }.print()
    env.execute()
`),
      errors: [{ messageId: 'statefulOperator', line: 5, column: 54, endLine: 8, endColumn: 6 }],
    },
  ],
});
