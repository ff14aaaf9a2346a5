// FLINK003 points at the call that attaches the sink; the builder and the guarantee setter are
// related locations (what reviewers and the Problems panel expect for a long builder chain).
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../test-support.js';
import { kafkaSinkJob } from './test-support/job-source.js';

const code = kafkaSinkJob(['.setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)'], { name: 'Orders' });

describe('FLINK003 location', () => {
  it('reports on sinkTo(...) with the builder and the setter as related information', async () => {
    const analyzer = await testAnalyzer();
    const finding = analyzer.analyzeText('java', code).findings.find((f) => f.ruleId === 'FLINK003');
    expect(finding?.range).toEqual({ start: { line: 8, character: 49 }, end: { line: 8, character: 61 } });
    expect(finding?.related.map((r) => `${r.range.start.line + 1}:${r.range.start.character + 1} ${r.message}`)).toEqual([
      '4:9 Checkpointing is enabled here; its default mode is EXACTLY_ONCE.',
      '7:10 AT_LEAST_ONCE is chosen here.',
      '5:30 KafkaSink is built here.',
    ]);
  });
});
