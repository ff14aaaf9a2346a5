import type { ClusterSettings } from './cluster-settings.js';
import { DockerApiError } from './errors/docker-api-error.js';
import { ImageMissingError } from './errors/image-missing-error.js';
import type { PullProgress, RuntimeClient } from './runtime/runtime-client.js';

/** Newest Flink line the cluster is tested with; the official image tag is `flink:<version>-java17`. */
export const DEFAULT_FLINK_VERSION = '1.20';

/** The official image users get by default. */
export function officialImage(flinkVersion: string): string {
  return `flink:${flinkVersion}-java17`;
}

/** What the image choice may read besides the settings: the machine and the project. */
export interface ImageContext {
  /** The process environment of the face (the CLI's, the extension host's); only FLINKFT_IMAGE and FLINKFT_KAFKA_IMAGE are read. */
  env: Readonly<Record<string, string | undefined>>;
  /** The version the project builds against (detectProjectFlinkVersion), if any. */
  projectFlinkVersion?: string | undefined;
}

/**
 * The image a cluster starts with, the same in every face. What the user chose for this cluster
 * first, then what the machine says, then what the project says:
 * 1. `settings.image` (`--image`, `flinkFt.cluster.image`);
 * 2. the official image of `settings.flinkVersion` (`--flink-version`, `flinkFt.cluster.flinkVersion`);
 * 3. `$FLINKFT_IMAGE` (offline machines name their locally built flinkft/flink image there, and
 *    nothing can be pulled, so it wins over the project's version);
 * 4. the official image of the project's Flink version (pom.xml, Gradle files);
 * 5. the official image of DEFAULT_FLINK_VERSION.
 * Blank values count as absent.
 */
export function resolveClusterImage(settings: Pick<ClusterSettings, 'image' | 'flinkVersion'>, context: ImageContext): string {
  const image = settings.image?.trim();
  if (image) return image;
  const version = settings.flinkVersion?.trim();
  if (version) return officialImage(version);
  const fromEnv = context.env['FLINKFT_IMAGE']?.trim();
  if (fromEnv) return fromEnv;
  return officialImage(context.projectFlinkVersion?.trim() || DEFAULT_FLINK_VERSION);
}

/** `missing`: pull when absent (default). `never`: fail when absent (offline machines, CI). */
export type PullPolicy = 'missing' | 'never';

/**
 * `flink:2.3-java17` → `flinkft/flink:2.3-java17`: the stand-in scripts/build-flink-image.sh builds
 * offline for an official image (FLINK_VERSION=2.3.0 tags 2.3.0-java17 and 2.3-java17).
 */
export function localStandInOf(image: string): string | undefined {
  const version = /^flink:(\d+\.\d+(?:\.\d+)?)-java17$/.exec(image)?.[1];
  return version ? `flinkft/flink:${version}-java17` : undefined;
}

/**
 * Makes sure the image is present, pulling it with progress when allowed, and returns the image to
 * start. Images of our own repository (flinkft/…) are built locally, never pulled: no registry has
 * them. An official image that is absent and cannot be pulled (offline, pulling off) is replaced by
 * its locally built stand-in when that exists.
 */
export async function ensureImage(
  runtime: Pick<RuntimeClient, 'imageExists' | 'pullImage'>,
  image: string,
  policy: PullPolicy,
  onProgress?: (progress: PullProgress) => void,
): Promise<string> {
  if (await runtime.imageExists(image)) return image;
  const standIn = localStandInOf(image);
  const present = async (candidate: string | undefined) => candidate !== undefined && (await runtime.imageExists(candidate));
  if (policy === 'never' || image.startsWith('flinkft/')) {
    if (await present(standIn)) return standIn!;
    throw new ImageMissingError(image, policy === 'never' ? 'not on this machine and pulling is off' : 'not on this machine; it is built locally, not pulled');
  }
  try {
    await runtime.pullImage(image, onProgress);
    return image;
  } catch (error) {
    if (!(error instanceof DockerApiError)) throw error;
    if (await present(standIn)) return standIn!;
    throw new ImageMissingError(image, `pull failed: ${error.engineMessage}`, { cause: error });
  }
}
