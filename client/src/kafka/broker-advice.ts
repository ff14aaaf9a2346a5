// What the topic commands say when there is no broker to talk to, and which button fixes it. No
// `vscode` import, so every case is unit-tested; require-broker.ts shows it and runs the button.
import type { ContainerState } from '../../../core/cluster/index.js';

/** What the editor knows when a topic command starts. */
export interface BrokerSituation {
  /** A local cluster runs for this folder. */
  cluster: boolean;
  /** `flinkFt.cluster.kafka` is on. */
  kafkaSetting: boolean;
  /** The broker container's state, when the cluster has one. */
  broker?: ContainerState;
}

/**
 * `start-with-kafka`: turn the setting on (if off) and start the cluster, which adds the broker to a
 * running cluster (core adopts it). `open-setting`: show the setting.
 */
export type BrokerFix = { title: string; kind: 'start-with-kafka' } | { title: string; kind: 'open-setting' };

export interface BrokerAdvice {
  message: string;
  actions: BrokerFix[];
}

const SETTING = 'flinkFt.cluster.kafka';
const openSetting: BrokerFix = { title: 'Open Setting', kind: 'open-setting' };

/** undefined when the broker runs and the command can go ahead. */
export function brokerAdvice(situation: BrokerSituation): BrokerAdvice | undefined {
  if (situation.broker === 'running') return undefined;
  if (situation.broker !== undefined) {
    return {
      message: `The Kafka broker of the local cluster is ${situation.broker}. Stop the local cluster and start it again (setting ${SETTING} on) to get a fresh broker.`,
      actions: [openSetting],
    };
  }
  const start: BrokerFix = { title: situation.kafkaSetting ? 'Start Local Cluster' : 'Turn On Kafka and Start', kind: 'start-with-kafka' };
  if (!situation.cluster) {
    return {
      message: situation.kafkaSetting
        ? `No local cluster is running. Start the cluster with Kafka (setting ${SETTING} is on): Start Local Cluster.`
        : `No local cluster with Kafka is running. Start the cluster with Kafka: setting ${SETTING}, then Start Local Cluster.`,
      actions: [start, openSetting],
    };
  }
  return {
    message: situation.kafkaSetting
      ? `The local cluster has no Kafka broker yet. Start Local Cluster adds one to the running cluster (setting ${SETTING} is on).`
      : `The local cluster runs without Kafka. Start the cluster with Kafka: setting ${SETTING} (the running cluster keeps its jobs; the broker is added).`,
    actions: [{ title: situation.kafkaSetting ? 'Add Kafka Broker' : 'Turn On Kafka and Add Broker', kind: 'start-with-kafka' }, openSetting],
  };
}
