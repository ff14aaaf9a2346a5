// A helper of another file reached through `import static`: its connector is judged at the caller.
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../test-support.js';
import { analyzeWorkspace } from './analyze-workspace.js';

const consumers = `package jobs.kafka;

public class Consumers {
  public static FlinkKafkaConsumer011<String> createConsumer(String topic) {
    return new FlinkKafkaConsumer011<>(topic, new SimpleStringSchema(), new Properties());
  }

  public static KafkaSink<String> createSink() {
    return KafkaSink.<String>builder().setBootstrapServers("kafka:9092").build();
  }
}`;

const job = `package jobs;

import static jobs.kafka.Consumers.createConsumer;
import static jobs.kafka.Consumers.createSink;

public class Pipeline {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    FlinkKafkaConsumer011<String> consumer = createConsumer("in");
    env.addSource(consumer).sinkTo(createSink());
    env.execute();
  }
}`;

describe('static imports', () => {
  it('resolves statically imported helpers of another file (source position, sink guarantee)', async () => {
    const { results } = analyzeWorkspace(await testAnalyzer(), [
      { uri: 'file:///w/src/jobs/kafka/Consumers.java', text: consumers },
      { uri: 'file:///w/src/jobs/Pipeline.java', text: job },
    ]);
    const pipeline = results.get('file:///w/src/jobs/Pipeline.java')!;
    expect(pipeline.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.messageId}`)).toEqual([
      '11:9 FLINK004 positionSource',
      '11:29 FLINK003 defaultNoGuarantee',
    ]);
  });
});
