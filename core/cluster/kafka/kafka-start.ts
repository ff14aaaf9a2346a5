import type { ClusterBlueprint } from '../cluster-blueprint.js';
import { ClusterError } from '../errors/cluster-error.js';
import { PortInUseError } from '../errors/port-in-use-error.js';
import { ensureImage, type PullPolicy } from '../image-resolver.js';
import { isPortFree } from '../port-probe.js';
import type { PullProgress, RuntimeClient } from '../runtime/runtime-client.js';
import { KafkaBroker } from './kafka-broker.js';
import { DEFAULT_KAFKA_HOST_PORT, kafkaBrokerSpec, officialKafkaImage, type KafkaOptions } from './kafka-blueprint.js';

const NEXT_FREE_PORT_ATTEMPTS = 50;

/** The broker's host port: the wanted one, or with `nextFreeAllowed` the next free one after it. */
export async function chooseKafkaHostPort(preferred: number, nextFreeAllowed: boolean): Promise<number> {
  const attempts = nextFreeAllowed ? NEXT_FREE_PORT_ATTEMPTS : 1;
  for (let port = preferred; port < preferred + attempts && port <= 65535; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new PortInUseError(preferred, { kind: 'other' }, { flag: '--kafka-port' });
}

export interface KafkaStartInput {
  runtime: RuntimeClient;
  blueprint: ClusterBlueprint;
  options: KafkaOptions;
  nextFreePortAllowed: boolean;
  pullPolicy: PullPolicy;
  onPull?: (image: string, progress: PullProgress) => void;
}

/**
 * Creates and starts the broker container on the cluster's network (which must exist) and returns
 * its host port; FlinkCluster.start() then waits for it with KafkaBroker.waitUntilStarted.
 */
export async function createKafkaBroker(input: KafkaStartInput): Promise<{ containerId: string; hostPort: number; image: string }> {
  const { runtime, blueprint, options } = input;
  const image = options.image ?? officialKafkaImage();
  await ensureImage(runtime, image, input.pullPolicy, (progress) => input.onPull?.(image, progress));
  const hostPort = await chooseKafkaHostPort(options.hostPort ?? DEFAULT_KAFKA_HOST_PORT, input.nextFreePortAllowed);
  const containerId = await runtime.createContainer(kafkaBrokerSpec(blueprint, image, hostPort, options.properties));
  await runtime.startContainer(containerId);
  return { containerId, hostPort, image };
}

/** Creates the broker, then waits until it has started (fails at once when its container exits). */
export async function startKafkaBroker(input: KafkaStartInput, timeoutMs: number, signal?: AbortSignal): Promise<KafkaBroker> {
  await createKafkaBroker(input);
  const broker = await KafkaBroker.find(input.runtime, input.blueprint.name);
  if (!broker) throw new ClusterError(`The Kafka broker of cluster '${input.blueprint.name}' vanished right after it was created. Run 'flink-ft cluster up --kafka' again.`);
  await broker.waitUntilStarted(timeoutMs, signal);
  return broker;
}
