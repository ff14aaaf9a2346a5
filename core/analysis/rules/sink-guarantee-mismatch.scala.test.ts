import { RuleTester } from '../rule-tester.js';
import rule from './sink-guarantee-mismatch.js';
import { scalaJob } from './test-support/job-source.js';
import { fixInsertsLine } from './test-support/fixed-text.js';

// Scala (issue 6): the Java connector API called from Scala, leading-dot chains.
new RuleTester({ language: 'scala' }).run(rule, {
  valid: [
    {
      name: 'scala: KafkaSink EXACTLY_ONCE with a prefix, checkpointing on',
      code: scalaJob(`
    env.enableCheckpointing(10000)
    env.fromSequence(1, 10).map(_.toString).sinkTo(KafkaSink.builder[String]()
      .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
      .setTransactionalIdPrefix("orders-")
      .build())
    env.execute()
`),
    },
    {
      name: 'scala: print() in an AT_LEAST_ONCE job',
      code: scalaJob(`
    env.enableCheckpointing(1000, CheckpointingMode.AT_LEAST_ONCE)
    env.fromElements(1, 2).print()
    env.execute()
`),
    },
  ],
  invalid: [
    fixInsertsLine({
      name: 'scala: EXACTLY_ONCE without a prefix; the fix keeps one call per line',
      code: scalaJob(`
    env.enableCheckpointing(10000)
    val sink = KafkaSink.builder[String]()
      .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
      .build()
    env.fromSequence(1, 10).map(_.toString).sinkTo(sink)
    env.execute()
`, { name: 'OrdersJob' }),
      errors: [{ messageId: 'missingRequirement', line: 8, column: 45, endLine: 8, endColumn: 57, severity: 'error' }],
    }, 6, '      .setTransactionalIdPrefix("orders-job-")'),
    {
      name: 'scala: KafkaSink without a guarantee; the fix imports DeliveryGuarantee after the imports',
      code: scalaJob(`
    env.enableCheckpointing(10000)
    env.fromSequence(1, 10).map(_.toString).sinkTo(KafkaSink.builder[String]().build())
    env.execute()
`, { before: `import org.apache.flink.connector.kafka.sink.KafkaSink

` }),
      errors: [{ messageId: 'defaultNoGuarantee', line: 7, column: 45, endLine: 7, endColumn: 88 }],
      output: scalaJob(`
    env.enableCheckpointing(10000)
    env.fromSequence(1, 10).map(_.toString).sinkTo(KafkaSink.builder[String]().setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build())
    env.execute()
`, { before: `import org.apache.flink.connector.kafka.sink.KafkaSink
import org.apache.flink.connector.base.DeliveryGuarantee

` }),
    },
  ],
});
