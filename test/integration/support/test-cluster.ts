import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { DockerRuntimeClient, FlinkCluster, dockerEndpointFromEnv } from '../../../core/cluster/index.js';
import { testRunLabel } from './test-run.js';

/** The Docker runtime for tests: the test process is an edge, so DOCKER_HOST is honoured here. */
export function testRuntime(): DockerRuntimeClient {
  return new DockerRuntimeClient(dockerEndpointFromEnv(process.env));
}

export function testImage(): string {
  return inject('flinkftImage');
}

/** The Kafka image the Docker tier runs (the local one setup-test-env.sh built, or FLINKFT_KAFKA_IMAGE). */
export function testKafkaImage(): string {
  return inject('flinkftKafkaImage');
}

/** A temporary workspace folder, removed (with its .flink/) on dispose. */
export async function tempWorkspace(prefix: string): Promise<{ path: string } & AsyncDisposable> {
  const path = await mkdtemp(join(tmpdir(), `flinkft-${prefix}-`));
  return { path, [Symbol.asyncDispose]: () => rm(path, { recursive: true, force: true }) };
}

/**
 * A cluster builder preset for tests: the test image, a unique name, this run's label, pulling off
 * (no registry here) and a REST port away from 8081 (users' and other engineers' clusters).
 */
export function testClusterBuilder(runtime: DockerRuntimeClient, workspace: string, name: string): FlinkCluster {
  return new FlinkCluster(runtime)
    .withImage(testImage())
    .withWorkspace(workspace)
    .withName(`it-${name}-${process.pid}`)
    .withLabels(testRunLabel())
    .withPullPolicy('never')
    .withRestPort(18081)
    .withNextFreePortAllowed();
}
