import { describe, expect, it } from 'vitest';
import { parseClusterArgs } from './cluster-options.js';
import { parseKafkaArgs } from './kafka-options.js';

describe('parseKafkaArgs', () => {
  it('reads each subcommand with its flags', () => {
    expect(parseKafkaArgs(['topics', '--json'])).toEqual({ kind: 'topics', json: true });
    expect(parseKafkaArgs(['create', 'in', '--partitions', '3', '-w', 'proj'])).toEqual({ kind: 'create', topic: 'in', partitions: 3, workspace: 'proj' });
    expect(parseKafkaArgs(['produce', 'in', '--value', 'a', '--value', 'b'])).toEqual({ kind: 'produce', topic: 'in', values: ['a', 'b'] });
    expect(parseKafkaArgs(['produce', 'in'])).toEqual({ kind: 'produce', topic: 'in' });
  });

  it('consumes read_committed by default, read_uncommitted on request', () => {
    expect(parseKafkaArgs(['consume', 'out'])).toEqual({ kind: 'consume', topic: 'out', fromBeginning: false, isolation: 'read_committed' });
    expect(parseKafkaArgs(['consume', 'out', '--from-beginning', '--read-uncommitted', '--max-messages', '10', '--timeout-ms', '5000'])).toEqual({
      kind: 'consume',
      topic: 'out',
      fromBeginning: true,
      isolation: 'read_uncommitted',
      maxMessages: 10,
      timeoutMs: 5000,
    });
  });

  it('turns mistakes into usage errors that say what to do', () => {
    expect(() => parseKafkaArgs(['consume'])).toThrow("A topic name is missing for 'flink-ft kafka consume'. Usage: flink-ft kafka consume TOPIC");
    expect(() => parseKafkaArgs(['topics', 'extra'])).toThrow("Unexpected argument 'extra' for 'flink-ft kafka topics'");
    expect(() => parseKafkaArgs(['create', 't', '--partitions', '0'])).toThrow("Invalid value '0' for --partitions. Use a whole number from 1 to 10000.");
    expect(() => parseKafkaArgs(['list'])).toThrow("Unknown kafka subcommand 'list'. Use one of: topics, create, produce, consume.");
    expect(parseKafkaArgs([])).toEqual({ kind: 'help' });
    expect(parseKafkaArgs(['consume', '--help'])).toEqual({ kind: 'help', subcommand: 'consume' });
  });
});

describe('cluster up --kafka', () => {
  it('is off by default and implied by --kafka-port or --kafka-image', () => {
    expect(parseClusterArgs(['up'])).toMatchObject({ kind: 'up', kafka: false });
    expect(parseClusterArgs(['up', '--kafka'])).toMatchObject({ kind: 'up', kafka: true });
    expect(parseClusterArgs(['up', '--kafka-port', '29092'])).toMatchObject({ kind: 'up', kafka: true, kafkaPort: 29092 });
    expect(parseClusterArgs(['up', '--kafka-image', 'flinkft/kafka:local'])).toMatchObject({ kind: 'up', kafka: true, kafkaImage: 'flinkft/kafka:local' });
    expect(() => parseClusterArgs(['up', '--kafka-image', ' '])).toThrow("Option '--kafka-image' needs a non-empty value.");
  });
});
