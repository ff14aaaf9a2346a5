// FLINK003 across shapes of one file: a sink injected through a constructor into a field and used by
// an instance method, a helper that attaches a sink to the stream it receives.
import { RuleTester } from '../rule-tester.js';
import rule from './sink-guarantee-mismatch.js';

const ruleTester = new RuleTester({ language: 'java' });

/** One job with an injected sink and a helper that builds its own; the valid case makes both at-least-once. */
const SHAPES_JOB = `public class Shapes {
  private final KafkaSink<String> sink;
  private final StreamExecutionEnvironment env;

  Shapes(StreamExecutionEnvironment env, KafkaSink<String> sink) {
    this.env = env;
    this.sink = sink;
  }

  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    KafkaSink<String> kafka = KafkaSink.<String>builder().setBootstrapServers("k:9092").build();
    new Shapes(env, kafka).run();
    DataStream<String> lines = readSocket(env);
    attach(lines);
    env.execute();
  }

  void run() {
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(sink);
  }

  static DataStream<String> readSocket(StreamExecutionEnvironment env) {
    return env.socketTextStream("localhost", 9999);
  }

  static void attach(DataStream<String> stream) {
    stream.sinkTo(KafkaSink.<String>builder().setBootstrapServers("k:9092").build());
  }
}`;

/** Both KafkaSinks given AT_LEAST_ONCE, as the fixes do. */
const atLeastOnceSinks = (code: string) =>
  code.replace(/\.setBootstrapServers\("k:9092"\)/g, '.setBootstrapServers("k:9092").setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)');

ruleTester.run(rule, {
  valid: [{ name: 'Java: the injected sink chooses AT_LEAST_ONCE in an at-least-once job', code: atLeastOnceSinks(SHAPES_JOB).replace('enableCheckpointing(10_000)', 'enableCheckpointing(10_000, CheckpointingMode.AT_LEAST_ONCE)') }],
  invalid: [
    {
      name: 'Java: new Shapes(env, kafka).run() sees the injected KafkaSink; attach(stream) builds its own',
      code: SHAPES_JOB,
      errors: [
        { messageId: 'defaultNoGuarantee', line: 21, column: 50, endLine: 21, endColumn: 62 },
        { messageId: 'defaultNoGuarantee', line: 29, column: 12, endLine: 29, endColumn: 85 },
      ],
      // Each fix adds its own import line.
      output: `import org.apache.flink.connector.base.DeliveryGuarantee;\nimport org.apache.flink.connector.base.DeliveryGuarantee;\n${atLeastOnceSinks(SHAPES_JOB)}`,
    },
  ],
});
