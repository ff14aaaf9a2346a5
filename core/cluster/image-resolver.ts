import { DockerApiError } from './errors/docker-api-error.js';
import { ImageMissingError } from './errors/image-missing-error.js';
import type { PullProgress, RuntimeClient } from './runtime/runtime-client.js';

/** Newest Flink line the cluster is tested with; the official image tag is `flink:<version>-java17`. */
export const DEFAULT_FLINK_VERSION = '1.20';

/** The official image users get by default. */
export function officialImage(flinkVersion: string): string {
  return `flink:${flinkVersion}-java17`;
}

/** `missing`: pull when absent (default). `never`: fail when absent (offline machines, CI). */
export type PullPolicy = 'missing' | 'never';

/**
 * Makes sure the image is present, pulling it with progress when allowed. Images of our own
 * repository (flinkft/…) are built locally, never pulled: no registry has them.
 */
export async function ensureImage(
  runtime: RuntimeClient,
  image: string,
  policy: PullPolicy,
  onProgress?: (progress: PullProgress) => void,
): Promise<void> {
  if (await runtime.imageExists(image)) return;
  if (policy === 'never' || image.startsWith('flinkft/')) {
    throw new ImageMissingError(image, policy === 'never' ? 'not on this machine and pulling is off' : 'not on this machine; it is built locally, not pulled');
  }
  try {
    await runtime.pullImage(image, onProgress);
  } catch (error) {
    if (error instanceof DockerApiError) throw new ImageMissingError(image, `pull failed: ${error.engineMessage}`, { cause: error });
    throw error;
  }
}
