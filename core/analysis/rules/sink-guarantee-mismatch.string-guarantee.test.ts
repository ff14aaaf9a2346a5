import { describe, expect, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import { testAnalyzer } from '../test-support.js';
import rule from './sink-guarantee-mismatch.js';
import { pythonKafkaSinkJob } from './test-support/job-source.js';

// `set_delivery_guarantee('at-least-once')`: PyFlink code that passes the guarantee as a string, not
// as a DeliveryGuarantee. The guarantee is read as given (not as "nothing set, default NONE"), and
// the fix replaces the string with the enum constant.
const code = pythonKafkaSinkJob({
  imports: ['from pyflink.datastream.connectors.kafka import KafkaSink'],
  checkpointing: 'env.enable_checkpointing(60_000)',
  chain: ['.set_bootstrap_servers("kafka:9092")', ".set_delivery_guarantee('at-least-once')", '.build()'],
});

new RuleTester({ language: 'python' }).run(rule, {
  valid: [
    {
      name: "python: set_delivery_guarantee('at-least-once') in an at-least-once job",
      code: code.replace('env.enable_checkpointing(60_000)', 'env.enable_checkpointing(60_000, CheckpointingMode.AT_LEAST_ONCE)'),
    },
  ],
  invalid: [
    {
      name: "python: set_delivery_guarantee('at-least-once') in an exactly-once job is weaker than the job",
      code,
      errors: [{
        messageId: 'weakerThanJob', line: 10, column: 28, endLine: 10, endColumn: 41,
        suggestions: [{
          title: 'Use DeliveryGuarantee.EXACTLY_ONCE',
          output: pythonKafkaSinkJob({
            imports: ['from pyflink.datastream.connectors.kafka import KafkaSink', 'from pyflink.datastream.connectors.base import DeliveryGuarantee'],
            checkpointing: 'env.enable_checkpointing(60_000)',
            chain: ['.set_bootstrap_servers("kafka:9092")', '.set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE)', '.set_transactional_id_prefix("flink-job-").build()'],
          }),
        }],
      }],
    },
  ],
});

describe('a delivery guarantee given as a string', () => {
  it('names the string where it is chosen and in the hover-facing resolution', async () => {
    const result = (await testAnalyzer()).analyzeText('python', code);
    const finding = result.findings.find((f) => f.ruleId === 'FLINK003')!;
    expect(finding.messageId).toBe('weakerThanJob');
    expect(finding.related?.map((r) => r.message)).toContain("'at-least-once' is chosen here.");
  });
});
