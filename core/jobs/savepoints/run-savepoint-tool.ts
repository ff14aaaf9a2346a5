import { randomBytes } from 'node:crypto';
import { LABEL_MANAGED, Wait, type BindMount, type RuntimeClient } from '../../cluster/index.js';
import { SavepointCheckFailedError } from '../errors/savepoint-check-failed-error.js';

/** The line a helper prints its answer on; everything else (Flink's logging) is noise around it. */
const ANSWER_PREFIX = 'FLINKFT-JSON ';
export const TOOLS_MOUNT = '/flinkft-tools';
const DEFAULT_TOOL_TIMEOUT_MS = 180_000;

/** The few engine calls a helper run needs. */
export type ToolRuntime = Pick<RuntimeClient, 'createContainer' | 'startContainer' | 'inspectContainer' | 'containerLogs' | 'removeContainer'>;

export interface SavepointToolRun {
  runtime: ToolRuntime;
  image: string;
  toolsDir: string;
  /** What the run is for, in "could not …" form, for the error. */
  step: string;
  /** The helper's source file in the tools folder and its arguments (container paths). */
  tool: string;
  args: readonly string[];
  /** Read-only mounts besides the tools (the jar, the savepoint). */
  mounts: readonly BindMount[];
  labels?: Record<string, string>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Runs one helper in a throw-away container of the cluster image: Flink's own classes on the class
 * path, the helper started from its source (Java's single-file launcher, so nothing is compiled on
 * the host), no network, every mount read-only. Returns the JSON it printed; the container is removed.
 */
export async function runSavepointTool(run: SavepointToolRun): Promise<Record<string, unknown>> {
  const id = await run.runtime.createContainer({
    name: `flinkft-savepoint-check-${randomBytes(4).toString('hex')}`,
    image: run.image,
    cmd: ['java', '-cp', '/opt/flink/lib/*', `${TOOLS_MOUNT}/${run.tool}`, ...run.args],
    env: {},
    labels: { [LABEL_MANAGED]: 'true', 'dev.flinkft.helper': 'savepoint-check', ...run.labels },
    // Flink asks for the local host name; with no network only "localhost" resolves.
    hostname: 'localhost',
    network: 'none',
    binds: [{ hostPath: run.toolsDir, containerPath: TOOLS_MOUNT, readOnly: true }, ...run.mounts.map((m) => ({ ...m, readOnly: true }))],
  });
  try {
    await run.runtime.startContainer(id);
    const exitCode = await Wait.until<number>(`the savepoint helper ${run.tool} to finish`, async () => {
      const details = await run.runtime.inspectContainer(id);
      return details.state === 'exited' || details.state === 'dead' ? { state: 'done', value: details.exitCode } : { state: 'pending', seen: details.state };
    })
      .withTimeout(run.timeoutMs ?? DEFAULT_TOOL_TIMEOUT_MS)
      .waitUntilReady({ ...(run.signal && { signal: run.signal }) });
    const lines = await run.runtime.containerLogs(id, 5000);
    const answer = lines.find((l) => l.startsWith(ANSWER_PREFIX));
    if (exitCode !== 0 || !answer) throw new SavepointCheckFailedError(run.step, failureReason(exitCode, lines, run.image), lines.join('\n'));
    try {
      return JSON.parse(answer.slice(ANSWER_PREFIX.length)) as Record<string, unknown>;
    } catch (error) {
      throw new SavepointCheckFailedError(run.step, `its answer is not JSON (${String(error)})`, lines.join('\n'), { cause: error });
    }
  } finally {
    await run.runtime.removeContainer(id).catch(() => undefined);
  }
}

function failureReason(exitCode: number, lines: readonly string[], image: string): string {
  const text = lines.join('\n');
  if (/jdk\.compiler|Error: Could not find or load main class .*\.java|source-file mode/i.test(text)) {
    return `the image ${image} has no Java compiler module (jdk.compiler), which the helper needs to start from its source. Use the project's image (flinkft/flink, scripts/build-flink-image.sh) with --image.`;
  }
  const cause = [...lines].reverse().find((l) => /^(Caused by: |Exception in thread|Error: |[\w.]+(Exception|Error): )/.test(l.trim())) ?? lines.filter((l) => l.trim()).at(-1) ?? 'no output';
  return `it exited with code ${exitCode}: ${cause.trim()}`;
}
