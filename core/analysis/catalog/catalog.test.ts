import { describe, expect, it } from 'vitest';
import type { ConfigCall } from '../model.js';
import { defaultCatalog } from './catalog.js';
import { connectors } from './connectors.js';

const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
function call(method: string, ...enumArgs: string[]): ConfigCall {
  return { method, range: at, enumArgs, args: enumArgs.map((enumName) => ({ range: at, enumName })) };
}

describe('connector catalog', () => {
  it('has unique ids, a role, Java names and an explanation for every entry', () => {
    expect(new Set(connectors.map((c) => c.id)).size).toBe(connectors.length);
    for (const entry of connectors) {
      expect(entry.api.java?.length, entry.id).toBeGreaterThan(0);
      expect(entry.explanation.length, entry.id).toBeGreaterThan(20);
      if (entry.role === 'source') expect(entry.replayable, entry.id).toBeTypeOf('boolean');
    }
  });

  it('finds connectors by factory, constructor, environment method and stream method', () => {
    expect(defaultCatalog.factory('java', 'KafkaSink', 'builder')?.id).toBe('kafka-sink');
    expect(defaultCatalog.factory('java', 'JdbcSink', 'sink')?.id).toBe('jdbc-sink');
    expect(defaultCatalog.factory('java', 'JdbcSink', 'exactlyOnceSink')?.id).toBe('jdbc-exactly-once-sink');
    expect(defaultCatalog.constructorOf('java', 'ElasticsearchSink.Builder')?.id).toBe('elasticsearch-sink');
    expect(defaultCatalog.envMethod('java', 'socketTextStream')?.id).toBe('socket-source');
    expect(defaultCatalog.streamMethod('java', 'printToErr')?.id).toBe('print-sink');
    expect(defaultCatalog.streamMethod('python', 'print')?.id).toBe('print-sink');
    expect(defaultCatalog.factory('java', 'KafkaSink', 'build')).toBeUndefined();
  });

  it('resolves the delivery guarantee from setters, constructor enums and terminal methods (last wins)', () => {
    const kafka = defaultCatalog.get('kafka-sink')!;
    expect(defaultCatalog.resolveGuarantee(kafka, [call('builder'), call('build')], 'java').guarantee).toBe('none');
    const twice = [call('builder'), call('setDeliveryGuarantee', 'AT_LEAST_ONCE'), call('setDeliveryGuarantee', 'EXACTLY_ONCE')];
    expect(defaultCatalog.resolveGuarantee(kafka, twice, 'java')).toMatchObject({ guarantee: 'exactly-once', decidedValue: 'EXACTLY_ONCE' });
    expect(defaultCatalog.resolveGuarantee(kafka, [call('set_delivery_guarantee', 'AT_LEAST_ONCE')], 'python').guarantee).toBe('at-least-once');
    // A setter given a variable or a parameter: the guarantee is chosen at run time, not the default.
    const variable: ConfigCall = { method: 'setDeliveryGuarantee', range: at, enumArgs: [], args: [{ range: at }] };
    expect(defaultCatalog.resolveGuarantee(kafka, [call('builder'), variable], 'java')).toMatchObject({ guarantee: 'unknown', decidedBy: variable });
    expect(defaultCatalog.resolveGuarantee(kafka, [variable, call('setDeliveryGuarantee', 'AT_LEAST_ONCE')], 'java').guarantee).toBe('at-least-once');
    expect(defaultCatalog.commitsOnCheckpoint(kafka, 'unknown')).toBe(false);
    const producer = defaultCatalog.get('flink-kafka-producer')!;
    expect(defaultCatalog.resolveGuarantee(producer, [call('new', 'EXACTLY_ONCE')], 'java').guarantee).toBe('exactly-once');
    expect(defaultCatalog.resolveGuarantee(producer, [call('new')], 'java').guarantee).toBe('at-least-once');
    const jdbc = defaultCatalog.get('jdbc-sink-v2')!;
    expect(defaultCatalog.resolveGuarantee(jdbc, [call('builder'), call('buildExactlyOnce')], 'java').guarantee).toBe('exactly-once');
  });

  it('knows what exactly-once Kafka requires and which sinks commit on checkpoints', () => {
    const kafka = defaultCatalog.get('kafka-sink')!;
    expect(defaultCatalog.missingRequirements(kafka, 'exactly-once', [call('builder')], 'java').map((r) => r.method.java)).toEqual(['setTransactionalIdPrefix']);
    expect(defaultCatalog.missingRequirements(kafka, 'exactly-once', [call('setTransactionalIdPrefix')], 'java')).toEqual([]);
    expect(defaultCatalog.missingRequirements(kafka, 'at-least-once', [], 'java')).toEqual([]);
    expect(defaultCatalog.commitsOnCheckpoint(defaultCatalog.get('file-sink')!, 'exactly-once')).toBe(true);
    expect(defaultCatalog.commitsOnCheckpoint(kafka, 'at-least-once')).toBe(false);
  });
  it('knows legacy and third-party connectors, SQL tables and the deprecated setDeliverGuarantee spelling', () => {
    expect(defaultCatalog.constructorOf('java', 'FlinkKafkaConsumer011')?.id).toBe('flink-kafka-consumer');
    expect(defaultCatalog.constructorOf('scala', 'FlinkKafkaConsumer082')?.id).toBe('flink-kafka-consumer');
    expect(defaultCatalog.constructorOf('scala', 'FlinkKafkaProducer011')?.id).toBe('flink-kafka-producer');
    expect(defaultCatalog.constructorOf('java', 'SocketTextStreamFunction')?.replayable).toBe(false);
    expect(defaultCatalog.factory('java', 'MySqlSource', 'builder')?.replayable).toBe(true);
    expect(defaultCatalog.factory('java', 'HybridSource', 'builder')?.id).toBe('hybrid-source');
    expect(defaultCatalog.constructorOf('java', 'PrintSinkFunction')?.guarantee.default).toBe('at-least-once');
    expect(defaultCatalog.sqlConnector('python', 'Upsert-Kafka')?.id).toBe('sql-upsert-kafka');
    expect(defaultCatalog.sqlConnector('java', 'opensearch-2')?.id).toBe('sql-elasticsearch');
    const kafka = defaultCatalog.get('kafka-sink')!;
    expect(defaultCatalog.resolveGuarantee(kafka, [call('builder'), call('setDeliverGuarantee', 'AT_LEAST_ONCE')], 'java')).toMatchObject({ guarantee: 'at-least-once', decidedValue: 'AT_LEAST_ONCE' });
    const table = defaultCatalog.get('sql-kafka')!;
    expect(defaultCatalog.resolveGuarantee(table, [], 'python').guarantee).toBe('at-least-once');
    expect(defaultCatalog.resolveGuarantee(table, [call('sink.delivery-guarantee', 'EXACTLY_ONCE')], 'python').guarantee).toBe('exactly-once');
  });
});
