import { ClusterError } from './cluster-error.js';

export type UnsafeDataDirProblem = 'symlink' | 'not-a-folder' | 'not-accessible';

/**
 * A folder flink-ft writes, mounts or deletes under the project (`.flink/…`) is a symbolic link,
 * not a folder, or an existing folder the Flink containers cannot use. flink-ft refuses rather than
 * follow the link out of the project or loosen the permissions of a folder it did not create.
 */
export class UnsafeDataDirError extends ClusterError {
  override name = 'UnsafeDataDirError';
  readonly path: string;
  readonly problem: UnsafeDataDirProblem;

  constructor(details: { path: string; problem: 'symlink'; target: string } | { path: string; problem: 'not-a-folder' } | { path: string; problem: 'not-accessible'; needs: string; owner: number; mode: number }) {
    super(describe(details));
    this.path = details.path;
    this.problem = details.problem;
  }
}

function describe(details: ConstructorParameters<typeof UnsafeDataDirError>[0]): string {
  switch (details.problem) {
    case 'symlink':
      return (
        `${details.path} is a symbolic link (to ${details.target}). flink-ft keeps cluster data inside the project folder and ` +
        `does not follow links there, so it will not create, mount or delete anything through it. ` +
        `Remove the link (\`rm ${details.path}\`) and run again; flink-ft then creates a real folder in its place.`
      );
    case 'not-a-folder':
      return `${details.path} exists but is not a folder. Move it out of the way and run again; flink-ft creates the folder itself.`;
    case 'not-accessible':
      return (
        `${details.path} exists, but the Flink containers (uid 9999) cannot ${details.needs} it ` +
        `(owner uid ${details.owner}, mode ${(details.mode & 0o777).toString(8).padStart(4, '0')}), and flink-ft does not change ` +
        `the permissions of folders it did not create. Delete it (flink-ft creates it anew) or give uid 9999 access.`
      );
  }
}

export function isUnsafeDataDirError(error: unknown): error is UnsafeDataDirError {
  return error instanceof UnsafeDataDirError || (error as { name?: unknown } | null)?.name === 'UnsafeDataDirError';
}
