import { RuleTester } from '../rule-tester.js';
import rule from './checkpointing-disabled.js';
import { javaJob } from './test-support/job-source.js';
import { fixInsertsLine } from './test-support/fixed-text.js';

const ruleTester = new RuleTester({ language: 'java' });

ruleTester.run(rule, {
  valid: [
    `// an environment made by a factory in another file: its checkpointing is not visible here
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = Environments.create(args);
    env.fromSequence(1, 10).print();
    env.execute();
  }
}`,
    `// a method that receives the environment from a caller in another file
public class Pipelines {
  public static void build(StreamExecutionEnvironment env) {
    env.fromSequence(1, 10).print();
  }
}`,
    javaJob(`
    env.enableCheckpointing(5_000, CheckpointingMode.EXACTLY_ONCE);
    env.fromSequence(1, 10).print();
    env.execute();
`, { comment: 'enableCheckpointing right after creation' }),
    `// CheckpointConfig held in a variable; setCheckpointInterval enables checkpointing
public class Job {
  public static void main(String[] args) throws Exception {
    var env = StreamExecutionEnvironment.getExecutionEnvironment();
    CheckpointConfig checkpoints = env.getCheckpointConfig();
    checkpoints.setCheckpointInterval(Duration.ofSeconds(30).toMillis());
    env.socketTextStream("localhost", 9999).print();
    env.execute();
  }
}`,
    javaJob(`
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    env.fromSequence(1, 1000).map(x -> x * 2).print();
    env.execute();
`, { comment: 'batch runtime mode needs no checkpointing' }),
    `// a helper method in the same class receives the environment
public class Job {
  public static void main(String[] args) throws Exception {
    final StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    configure(env);
    env.fromSequence(1, 10).print();
    env.execute("job");
  }

  private static void configure(StreamExecutionEnvironment environment) {
    environment.setParallelism(2);
    environment.enableCheckpointing(10_000L);
  }
}`,
    `// a Configuration with the string key passed to getExecutionEnvironment(conf)
public class Job {
  public static void main(String[] args) throws Exception {
    Configuration conf = new Configuration();
    conf.setString("execution.checkpointing.interval", "10 s");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.socketTextStream("localhost", 9999).print();
    env.execute();
  }
}`,
    javaJob(`
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofSeconds(10));
    env.configure(conf);
    env.fromSequence(0, 5).print();
    env.execute();
`, { comment: 'CheckpointingOptions constant applied with env.configure(conf)' }),
    `// the legacy ExecutionCheckpointingOptions constant
public class Job {
  public static void main(String[] args) throws Exception {
    Configuration conf = new Configuration();
    conf.set(ExecutionCheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMinutes(1));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.fromSequence(0, 5).print();
    env.execute();
  }
}`,
    `// environment in a field, checkpointing enabled in the constructor
public class Pipeline {
  private final StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

  public Pipeline() {
    this.env.enableCheckpointing(60_000);
  }

  public void run() throws Exception {
    env.fromSequence(1, 5).print();
    env.execute();
  }
}`,
    `// batch mode through the runtime-mode configuration key
public class Job {
  public static void main(String[] args) throws Exception {
    Configuration conf = new Configuration();
    conf.setString("execution.runtime-mode", "BATCH");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.fromSequence(1, 10).print();
    env.execute();
  }
}`,
    javaJob(`
    env.setRuntimeMode(RuntimeExecutionMode.AUTOMATIC);
    env.fromElements("a", "b").print();
    env.execute();
`, { comment: 'AUTOMATIC mode with only bounded sources runs as a batch job' }),
    `// the DataSet API is batch
public class Job {
  public static void main(String[] args) throws Exception {
    ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
    env.fromElements(1, 2, 3).print();
  }
}`,
    `// an environment created in a helper, configured by the caller
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = createEnvironment();
    env.enableCheckpointing(1000);
    env.fromSequence(1, 10).print();
    env.execute();
  }

  static StreamExecutionEnvironment createEnvironment() {
    return StreamExecutionEnvironment.getExecutionEnvironment();
  }
}`,
  ],
  invalid: [
    fixInsertsLine({
      name: 'socket word count without checkpointing; the fix enables it after the declaration',
      code: `public class SocketWordCount {
  public static void main(String[] args) throws Exception {
    final StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.socketTextStream("localhost", 9999)
        .flatMap(new Tokenizer())
        .keyBy(value -> value.f0)
        .sum(1)
        .print();
    env.execute("Socket Window WordCount");
  }
}`,
      errors: [{ messageId: 'checkpointingDisabled', line: 3, column: 44, endLine: 3, endColumn: 96 }],
    }, 3, '    env.enableCheckpointing(10000);'),
    fixInsertsLine({
      name: 'checkpointing mentioned only in comments and strings does not count',
      code: javaJob(`
    // env.enableCheckpointing(1000);
    /* env.getCheckpointConfig().setCheckpointInterval(1000); */
    String hint = "env.enableCheckpointing(1000)";
    env.fromSequence(1, 10).print();
    env.execute(hint);
`),
      errors: [{ messageId: 'checkpointingDisabled', line: 3, column: 38, endLine: 3, endColumn: 90 }],
    }, 3, '    env.enableCheckpointing(10000);'),
    fixInsertsLine({
      name: 'a helper that configures something else does not enable checkpointing',
      code: `public class Job {
  public static void main(String[] args) throws Exception {
    var env = StreamExecutionEnvironment.getExecutionEnvironment();
    tune(env);
    env.fromSequence(1, 10).print();
    env.execute();
  }

  private static void tune(StreamExecutionEnvironment env) {
    env.setParallelism(4);
    env.getCheckpointConfig().setCheckpointTimeout(60_000);
  }
}`,
      errors: [{ messageId: 'checkpointingDisabled', line: 3, column: 15, endLine: 3, endColumn: 67 }],
    }, 3, '    env.enableCheckpointing(10000);'),
    {
      name: 'an environment held in a field has no statement position for the fix',
      code: `public class Pipeline {
  private final StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

  public void run() throws Exception {
    env.socketTextStream("localhost", 9999).print();
    env.execute();
  }
}`,
      errors: [{ messageId: 'checkpointingDisabled', line: 2, column: 50, endLine: 2, endColumn: 102 }],
      output: null,
    },
    fixInsertsLine({
      name: 'a Configuration with unrelated keys leaves checkpointing off',
      code: `public class Job {
  public static void main(String[] args) throws Exception {
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.setString("execution.checkpointing.timeout", "10 min");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.fromSequence(1, 10).print();
    env.execute();
  }
}`,
      errors: [{ messageId: 'checkpointingDisabled', line: 6, column: 38, endLine: 6, endColumn: 94 }],
    }, 6, '    env.enableCheckpointing(10000);'),
    fixInsertsLine({
      name: 'AUTOMATIC mode with an unbounded source runs as streaming; the interval comes from the settings',
      settings: { checkpointIntervalMs: 60_000 },
      code: `class Job {
\tvoid run() throws Exception {
\t\tStreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(new Configuration());
\t\tenv.setRuntimeMode(RuntimeExecutionMode.AUTOMATIC);
\t\tenv.socketTextStream("localhost", 9999).print();
\t\tenv.execute();
\t}
}`,
      errors: [{ messageId: 'checkpointingDisabled', line: 3, column: 36, endLine: 3, endColumn: 115 }],
    }, 3, '		env.enableCheckpointing(60000);'),
    {
      name: 'an environment used without a variable gets no fix',
      code: `public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment.getExecutionEnvironment()
        .fromSequence(1, 10)
        .print();
  }
}`,
      errors: [{ messageId: 'checkpointingDisabled', line: 3, column: 5, endLine: 3, endColumn: 57 }],
      output: null,
    },
    fixInsertsLine({
      name: 'only the environment without checkpointing is reported when a file has two',
      code: `public class Jobs {
  static void safe() throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(1000);
    env.fromSequence(1, 10).print();
    env.execute();
  }

  static void unsafe() throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.fromSequence(1, 10).print();
    env.execute();
  }
}`,
      errors: [{ messageId: 'checkpointingDisabled', line: 10, column: 38, endLine: 10, endColumn: 90 }],
    }, 10, '    env.enableCheckpointing(10000);'),
  ],
});
