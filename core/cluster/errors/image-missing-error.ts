import { ClusterError } from './cluster-error.js';

/** The Flink image is not on this machine and could not be pulled. */
export class ImageMissingError extends ClusterError {
  override name = 'ImageMissingError';
  readonly image: string;
  readonly fix: string;

  constructor(image: string, detail: string, options?: { cause?: unknown }) {
    const fix =
      `Pull it with \`docker pull ${image}\` (needs access to a registry), or, offline, build the local image with ` +
      '`bash scripts/build-flink-image.sh` and use `flinkft/flink:local`.';
    super(`The Flink image ${image} is not available (${detail}). ${fix}`, options);
    this.image = image;
    this.fix = fix;
  }
}

export function isImageMissingError(error: unknown): error is ImageMissingError {
  return error instanceof ImageMissingError || (error as { name?: unknown } | null)?.name === 'ImageMissingError';
}
