import { RuleTester } from '../rule-tester.js';
import rule from './kafka-transaction-timeout.js';
import { javaJob, kafkaSinkJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

const job = (setter?: string) =>
  kafkaSinkJob(['.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)', '.setTransactionalIdPrefix("orders-")', ...(setter ? [setter] : [])], { name: 'Orders' });

ruleTester.run(rule, {
  valid: [
    job('.setProperty("transaction.timeout.ms", "900000")'),
    job('.setKafkaProducerConfig(producerProperties)'),
    javaJob(`
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build());
    env.execute();
`, { comment: 'at-least-once needs no transactions', name: 'Orders' }),
  ],
  invalid: [
    {
      name: 'unset: the connector asks for 1 h, more than the broker allows by default',
      code: job(),
      errors: [{ messageId: 'timeoutUnset', line: 5, column: 30, endLine: 9, endColumn: 17, severity: 'info' }],
      output: job('.setProperty("transaction.timeout.ms", "900000")'),
    },
    {
      name: 'shorter than interval + checkpoint timeout + restart: data loss',
      code: job('.setProperty("transaction.timeout.ms", "60000")'),
      errors: [{ messageId: 'timeoutTooShort', line: 9, column: 10, endLine: 9, endColumn: 56, severity: 'warning', messageIncludes: 'transaction.timeout.ms is 1 min, less than a checkpoint interval plus a checkpoint and a restart (670 s)' }],
    },
    {
      name: 'above the broker default maximum',
      code: job('.setProperty("transaction.timeout.ms", "3600000")'),
      errors: [{ messageId: 'timeoutAboveBrokerDefault', line: 9, column: 10, endLine: 9, endColumn: 58, messageIncludes: 'is 60 min' }],
    },
  ],
});
