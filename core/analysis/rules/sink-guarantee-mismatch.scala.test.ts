import { RuleTester } from '../rule-tester.js';
import rule from './sink-guarantee-mismatch.js';

// Scala (issue 6): the Java connector API called from Scala, leading-dot chains.
new RuleTester({ language: 'scala' }).run(rule, {
  valid: [
    {
      name: 'scala: KafkaSink EXACTLY_ONCE with a prefix, checkpointing on',
      code: `object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.fromSequence(1, 10).map(_.toString).sinkTo(KafkaSink.builder[String]()
      .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
      .setTransactionalIdPrefix("orders-")
      .build())
    env.execute()
  }
}`,
    },
    {
      name: 'scala: print() in an AT_LEAST_ONCE job',
      code: `object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(1000, CheckpointingMode.AT_LEAST_ONCE)
    env.fromElements(1, 2).print()
    env.execute()
  }
}`,
    },
  ],
  invalid: [
    {
      name: 'scala: EXACTLY_ONCE without a prefix; the fix keeps one call per line',
      code: `object OrdersJob {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    val sink = KafkaSink.builder[String]()
      .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
      .build()
    env.fromSequence(1, 10).map(_.toString).sinkTo(sink)
    env.execute()
  }
}`,
      errors: [{ messageId: 'missingRequirement', line: 8, column: 45, endLine: 8, endColumn: 57, severity: 'error' }],
      output: `object OrdersJob {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    val sink = KafkaSink.builder[String]()
      .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
      .setTransactionalIdPrefix("orders-job-")
      .build()
    env.fromSequence(1, 10).map(_.toString).sinkTo(sink)
    env.execute()
  }
}`,
    },
    {
      name: 'scala: KafkaSink without a guarantee; the fix imports DeliveryGuarantee after the imports',
      code: `import org.apache.flink.connector.kafka.sink.KafkaSink

object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.fromSequence(1, 10).map(_.toString).sinkTo(KafkaSink.builder[String]().build())
    env.execute()
  }
}`,
      errors: [{ messageId: 'defaultNoGuarantee', line: 7, column: 45, endLine: 7, endColumn: 88 }],
      output: `import org.apache.flink.connector.kafka.sink.KafkaSink
import org.apache.flink.connector.base.DeliveryGuarantee

object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.fromSequence(1, 10).map(_.toString).sinkTo(KafkaSink.builder[String]().setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build())
    env.execute()
  }
}`,
    },
  ],
});
