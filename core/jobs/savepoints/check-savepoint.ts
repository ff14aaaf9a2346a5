import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { resolveClusterImage, type RuntimeClient } from '../../cluster/index.js';
import { detectProjectFlinkVersion } from '../../cluster/project-flink-version.js';
import { validateRestorePath } from '../checkpoints/validate-restore-path.js';
import { SavepointCheckFailedError } from '../errors/savepoint-check-failed-error.js';
import { buildIfStale } from '../project/build-if-stale.js';
import { compareSavepoint, type SavepointCheck } from './compare-savepoint.js';
import { parseJobOperators, parseSavepointContents } from './savepoint-contents.js';
import { runSavepointTool } from './run-savepoint-tool.js';
import { savepointToolsDir } from './savepoint-tools-dir.js';

export interface SavepointCheckRequest {
  /** On this machine: a savepoint folder, a `chk-N` folder or its `_metadata` file. */
  savepointPath: string;
  /** The new job: a jar, or a project folder (built first when its jar is stale). */
  artifact: string;
  entryClass?: string;
  args?: readonly string[];
  parallelism?: number;
  /** The cluster image: its Flink reads the savepoint and builds the job graph. */
  image: string;
  /** Extra container labels (a test run's). */
  labels?: Record<string, string>;
  onProgress?: (line: string) => void;
  signal?: AbortSignal;
}

export interface SavepointCheckReport extends SavepointCheck {
  savepointPath: string;
  jarPath: string;
}

const SAVEPOINT_MOUNT = '/flinkft-savepoint';
const JAR_MOUNT = '/flinkft-job';

/**
 * Will the savepoint's state come back in the job as it is now? Flink itself answers both halves
 * in the cluster image: it reads `_metadata`, and it builds the new job's graph from the jar (the
 * operator ids state is restored by); core compares them as Flink's restore does.
 */
export async function checkSavepoint(runtime: RuntimeClient, request: SavepointCheckRequest): Promise<SavepointCheckReport> {
  const progress = request.onProgress ?? (() => undefined);
  const { path: savepointPath } = await validateRestorePath(resolve(request.savepointPath));
  const jarPath = await jarOf(request.artifact, progress);
  const common = { runtime, image: request.image, toolsDir: savepointToolsDir(), ...(request.labels && { labels: request.labels }), ...(request.signal && { signal: request.signal }) };
  progress(`Reading ${savepointPath} and listing the operators of ${basename(jarPath)} with Flink (${request.image})…`);
  const jobArgs = [
    ...(request.entryClass ? ['--class', request.entryClass] : []),
    ...(request.parallelism !== undefined ? ['--parallelism', String(request.parallelism)] : []),
    '--',
    ...(request.args ?? []),
  ];
  const [savepointDoc, jobDoc] = await Promise.all([
    runSavepointTool({ ...common, step: `read ${savepointPath}`, tool: 'SavepointReader.java', args: [SAVEPOINT_MOUNT], mounts: [{ hostPath: savepointPath, containerPath: SAVEPOINT_MOUNT }] }),
    runSavepointTool({
      ...common,
      step: `list the operators of ${jarPath}`,
      tool: 'JobGraphLister.java',
      args: [`${JAR_MOUNT}/${basename(jarPath)}`, ...jobArgs],
      mounts: [{ hostPath: jarPath, containerPath: `${JAR_MOUNT}/${basename(jarPath)}` }],
    }),
  ]);
  const parsed = parseBoth(savepointDoc, jobDoc);
  return { ...compareSavepoint(parsed.savepoint, parsed.job), savepointPath, jarPath };
}

async function jarOf(artifact: string, progress: (line: string) => void): Promise<string> {
  const path = resolve(artifact);
  const stats = await stat(path).catch(() => undefined);
  if (stats?.isFile()) return path;
  progress(`Building ${path} if its jar is stale…`);
  return (await buildIfStale(stats?.isDirectory() ? path : dirname(path))).jarPath;
}

function parseBoth(savepointDoc: Record<string, unknown>, jobDoc: Record<string, unknown>) {
  try {
    return { savepoint: parseSavepointContents(savepointDoc), job: parseJobOperators(jobDoc) };
  } catch (error) {
    throw new SavepointCheckFailedError('understand a helper', `${String(error)} (the helper and this version disagree: rebuild)`, JSON.stringify({ savepointDoc, jobDoc }), { cause: error });
  }
}

/**
 * The image the check runs Flink from when the face has no running cluster's image: the cluster's
 * image precedence (`--image`, $FLINKFT_IMAGE, the project's Flink version), so the savepoint is
 * read by the Flink that would restore it.
 */
export async function savepointCheckImage(artifact: string, image: string | undefined, env: Readonly<Record<string, string | undefined>>): Promise<string> {
  const path = resolve(artifact);
  const dir = (await stat(path).catch(() => undefined))?.isDirectory() ? path : dirname(path);
  return resolveClusterImage({ image }, { env, projectFlinkVersion: await detectProjectFlinkVersion(dir) });
}
