import { describe, expect, it } from 'vitest';
import { brokerAdvice } from './broker-advice.js';

describe('brokerAdvice', () => {
  it('lets the command go ahead only when the broker runs', () => {
    expect(brokerAdvice({ cluster: true, kafkaSetting: true, broker: 'running' })).toBeUndefined();
    expect(brokerAdvice({ cluster: true, kafkaSetting: false, broker: 'running' })).toBeUndefined();
  });

  it('without a cluster, names the setting and offers to turn it on and start', () => {
    const off = brokerAdvice({ cluster: false, kafkaSetting: false })!;
    expect(off.message).toContain('Start the cluster with Kafka: setting flinkFt.cluster.kafka');
    expect(off.actions).toEqual([
      { title: 'Turn On Kafka and Start', kind: 'start-with-kafka' },
      { title: 'Open Setting', kind: 'open-setting' },
    ]);
    const on = brokerAdvice({ cluster: false, kafkaSetting: true })!;
    expect(on.message).toContain('setting flinkFt.cluster.kafka is on');
    expect(on.actions.map((a) => a.title)).toEqual(['Start Local Cluster', 'Open Setting']);
  });

  it('with a cluster but no broker, offers to add one to the running cluster', () => {
    const off = brokerAdvice({ cluster: true, kafkaSetting: false })!;
    expect(off.message).toContain('Start the cluster with Kafka: setting flinkFt.cluster.kafka');
    expect(off.actions[0]).toEqual({ title: 'Turn On Kafka and Add Broker', kind: 'start-with-kafka' });
    expect(brokerAdvice({ cluster: true, kafkaSetting: true })!.actions[0]).toEqual({ title: 'Add Kafka Broker', kind: 'start-with-kafka' });
  });

  it('with a broker that is not running, says its state; starting again would adopt the dead broker, so it offers no start', () => {
    const advice = brokerAdvice({ cluster: true, kafkaSetting: true, broker: 'exited' })!;
    expect(advice.message).toMatch(/^The Kafka broker of the local cluster is exited\. Stop the local cluster and start it again/);
    expect(advice.actions.map((a) => a.kind)).toEqual(['open-setting']);
  });
});
