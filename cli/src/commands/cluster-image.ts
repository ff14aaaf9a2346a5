import { DEFAULT_FLINK_VERSION, officialImage } from '../../../core/cluster/index.js';

/**
 * The image `flink-ft cluster up` starts. Command line first, then the environment:
 * --image, else --flink-version (the official flink:<V>-java17), else $FLINKFT_IMAGE (set on
 * offline machines to the locally built flinkft/flink image), else the official image of the
 * default Flink version.
 */
export function resolveCliImage(options: { image?: string; flinkVersion?: string }, env: Readonly<Record<string, string | undefined>>): string {
  if (options.image) return options.image;
  if (options.flinkVersion) return officialImage(options.flinkVersion);
  const fromEnv = env['FLINKFT_IMAGE']?.trim();
  return fromEnv ? fromEnv : officialImage(DEFAULT_FLINK_VERSION);
}
