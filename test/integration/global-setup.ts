import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DockerRuntimeClient, dockerEndpointFromEnv } from '../../core/cluster/index.js';
import { sweepTestResources } from './support/test-run.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Flink image the Docker tier runs (FLINKFT_IMAGE, or what setup-test-env.sh built). */
    flinkftImage: string;
    /** The Kafka image (FLINKFT_KAFKA_IMAGE, or what setup-test-env.sh built). */
    flinkftKafkaImage: string;
  }
}

/**
 * Docker tier set-up: the engine and the local Flink and Kafka images (idempotent, cached), then a sweep of
 * what crashed runs left behind. Nothing is skipped: without Docker the whole tier fails here.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  const output = execFileSync('bash', ['scripts/setup-test-env.sh'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const built = /^FLINKFT_IMAGE=(.+)$/m.exec(output)?.[1]?.trim();
  const image = process.env['FLINKFT_IMAGE'] || built || 'flinkft/flink:local';
  project.provide('flinkftImage', image);
  const kafkaBuilt = /^FLINKFT_KAFKA_IMAGE=(.+)$/m.exec(output)?.[1]?.trim();
  project.provide('flinkftKafkaImage', process.env['FLINKFT_KAFKA_IMAGE'] || kafkaBuilt || 'flinkft/kafka:local');

  // The edge of the test process: this is where DOCKER_HOST may be read.
  const runtime = new DockerRuntimeClient(dockerEndpointFromEnv(process.env));
  await runtime.ping();
  const swept = await sweepTestResources(runtime);
  if (swept > 0) console.log(`[global-setup] removed ${swept} container(s)/network(s) left by crashed test runs`);

  return async () => {
    // Workers are separate processes labelled with their own pids, all gone by now.
    await sweepTestResources(runtime);
  };
}
