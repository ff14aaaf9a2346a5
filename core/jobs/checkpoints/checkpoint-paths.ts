import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTAINER_DATA_DIR, projectDirs } from '../../cluster/index.js';

/**
 * The local cluster mounts the workspace's `.flink/` at CONTAINER_DATA_DIR in every container, so a
 * checkpoint has two names: `<workspace>/.flink/checkpoints/<job>/chk-7` on the host (what users
 * see and pick) and `/flink-data/checkpoints/<job>/chk-7` in the cluster (what Flink reports as
 * `external_path` and needs as `savepointPath`).
 */
export interface PathMapping {
  /** Host folder mounted at `containerRoot`. */
  hostRoot: string;
  containerRoot: string;
}

export function workspacePathMapping(workspace: string): PathMapping {
  return { hostRoot: projectDirs(workspace).root, containerRoot: CONTAINER_DATA_DIR };
}

/** Strips Flink's `file:` scheme (`file:/x`, `file:///x`); other schemes stay as they are. */
function stripFileScheme(pathOrUri: string): string {
  const match = /^file:(?:\/\/)?(\/.*)$/.exec(pathOrUri);
  return match ? match[1]! : pathOrUri;
}

/** Host path → path inside the containers, or undefined when it is not under the mounted folder. */
export function toContainerPath(mapping: PathMapping, hostPath: string): string | undefined {
  const rel = relative(mapping.hostRoot, resolve(hostPath));
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel === '' ? mapping.containerRoot : `${mapping.containerRoot}/${rel.split(sep).join('/')}`;
}

/** Container path or `file:` URI (as REST reports it) → host path, or undefined when not under the mount. */
export function toHostPath(mapping: PathMapping, containerPathOrUri: string): string | undefined {
  const path = stripFileScheme(containerPathOrUri).replace(/\/+$/, '');
  if (path === mapping.containerRoot) return mapping.hostRoot;
  if (!path.startsWith(`${mapping.containerRoot}/`)) return undefined;
  return resolve(mapping.hostRoot, ...path.slice(mapping.containerRoot.length + 1).split('/'));
}
