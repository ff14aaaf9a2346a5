import { ClusterError } from './cluster-error.js';

/** The Flink image is not on this machine and could not be pulled. */
export class ImageMissingError extends ClusterError {
  override name = 'ImageMissingError';
  readonly image: string;
  readonly fix: string;

  constructor(image: string, detail: string, options?: { cause?: unknown }) {
    // An official flink:<v>-java17 has a local stand-in of the same version (ensureImage uses it).
    const version = /^flink:(\d+\.\d+(?:\.\d+)?)-java17$/.exec(image)?.[1];
    const offline = version
      ? `build its local stand-in with \`FLINK_VERSION=${version.split('.').length === 2 ? `<a ${version}.x release>` : version} bash scripts/build-flink-image.sh\` (flinkft/flink:${version}-java17, used automatically)`
      : 'build the local image with `bash scripts/build-flink-image.sh` and use `flinkft/flink:local`';
    const fix = `Pull it with \`docker pull ${image}\` (needs access to a registry), or, offline, ${offline}.`;
    super(`The Flink image ${image} is not available (${detail}). ${fix}`, options);
    this.image = image;
    this.fix = fix;
  }
}

export function isImageMissingError(error: unknown): error is ImageMissingError {
  return error instanceof ImageMissingError || (error as { name?: unknown } | null)?.name === 'ImageMissingError';
}
