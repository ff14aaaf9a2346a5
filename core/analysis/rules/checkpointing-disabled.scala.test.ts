import { RuleTester } from '../rule-tester.js';
import rule from './checkpointing-disabled.js';
import { scalaJob } from './test-support/job-source.js';
import { fixInsertsLine } from './test-support/fixed-text.js';

// Scala (issue 6): the legacy Scala API and the Java API called from Scala.
new RuleTester({ language: 'scala' }).run(rule, {
  valid: [
    {
      name: 'scala: enableCheckpointing in object main',
      code: scalaJob(`
    env.enableCheckpointing(10000)
    env.fromElements(1, 2, 3).print()
    env.execute("job")
`, { before: `import org.apache.flink.streaming.api.scala._

` }),
    },
    {
      name: 'scala: getCheckpointConfig.setCheckpointInterval without parentheses',
      code: scalaJob(`
    env.getCheckpointConfig.setCheckpointInterval(30000L)
    env.socketTextStream("localhost", 9999).print()
    env.execute()
`),
    },
    {
      name: 'scala: a helper method called with the environment',
      code: `object Job {
  def main(args: Array[String]): Unit = {
    var env = StreamExecutionEnvironment.getExecutionEnvironment
    configure(env)
    env.fromElements(1).print()
    env.execute()
  }

  private def configure(environment: StreamExecutionEnvironment): Unit =
    environment.enableCheckpointing(5000)
}`,
    },
    {
      name: 'scala: a Configuration with the interval, Java API',
      code: `object Job extends App {
  val conf = new Configuration()
  conf.setString("execution.checkpointing.interval", "10 s")
  val env = StreamExecutionEnvironment.getExecutionEnvironment(conf)
  env.fromSequence(1, 10).print()
  env.execute()
}`,
    },
    {
      name: 'scala: batch runtime mode',
      code: scalaJob(`
    env.setRuntimeMode(RuntimeExecutionMode.BATCH)
    env.fromSequence(1, 10).print()
    env.execute()
`),
    },
  ],
  invalid: [
    fixInsertsLine({
      name: 'scala: legacy API without checkpointing; the fix has no semicolon',
      code: scalaJob(`
    // env.enableCheckpointing(1000)
    env.socketTextStream("localhost", 9999)
      .map(_.toUpperCase)
      .print()
    env.execute("job")
`, { before: `import org.apache.flink.streaming.api.scala._

` }),
      errors: [{ messageId: 'checkpointingDisabled', line: 5, column: 15, endLine: 5, endColumn: 65 }],
    }, 5, '    env.enableCheckpointing(10000)'),
    fixInsertsLine({
      name: 'scala: an environment built with getExecutionEnvironment(conf) whose conf has no interval',
      code: `object Job {
  def main(args: Array[String]): Unit = {
    val conf = new Configuration()
    conf.setString("restart-strategy.type", "fixed-delay")
    val env: StreamExecutionEnvironment = StreamExecutionEnvironment.getExecutionEnvironment(conf)
    env.fromSequence(1, 10).print()
    env.execute()
  }
}`,
      errors: [{ messageId: 'checkpointingDisabled', line: 5, column: 43, endLine: 5, endColumn: 99 }],
    }, 5, '    env.enableCheckpointing(10000)'),
  ],
});
