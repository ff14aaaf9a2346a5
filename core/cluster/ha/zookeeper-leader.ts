// Who leads an HA cluster, as ZooKeeper says: the leading Dispatcher publishes its RPC address
// (`pekko.tcp://flink@jm-2:41234/user/rpc/dispatcher_1`, Java-serialised) in an ephemeral node that
// disappears with its session. Read with the ZooKeeper shell shipped (shaded) in flink-dist, inside
// the ZooKeeper container, so no host port and no client library are needed.
import type { RuntimeClient } from '../runtime/runtime-client.js';

const ZK_MAIN = 'org.apache.flink.shaded.zookeeper3.org.apache.zookeeper.ZooKeeperMain';
const READ_TIMEOUT_MS = 30_000;

export interface LeaderInfo {
  /** The leading JobManager's host name (jm-N), absent while an election runs (no leader published). */
  jobManager?: string;
  /** What ZooKeeper holds, for evidence. */
  address?: string;
}

/** The node the leading Dispatcher writes (Flink 1.15+ layout: one latch, one node per component). */
export function leaderNodePath(clusterId: string): string {
  return `/flink/${clusterId}/leader/dispatcher/connection_info`;
}

export function zooKeeperShell(args: readonly string[]): string[] {
  return ['java', '-cp', '/opt/flink/lib/*', ZK_MAIN, '-server', 'localhost:2181', ...args];
}

/** Parses the shell's `get` output: the address inside the serialised leader information. */
export function parseLeaderAddress(output: string): LeaderInfo {
  const match = /([a-z]+\.tcp:\/\/flink@([A-Za-z0-9.-]+):\d+\/user\/rpc\/dispatcher(?:_\d+)?)/.exec(output);
  return match ? { address: match[1]!, jobManager: match[2]! } : {};
}

export async function readLeader(runtime: RuntimeClient, zooKeeperContainer: string, clusterId: string): Promise<LeaderInfo> {
  const result = await runtime.exec(zooKeeperContainer, zooKeeperShell(['get', leaderNodePath(clusterId)]), { timeoutMs: READ_TIMEOUT_MS });
  return parseLeaderAddress(result.output);
}

/** Checkpoint ids of a job in ZooKeeper's completed-checkpoint store (what a new leader restores from). */
export async function checkpointIdsInZooKeeper(runtime: RuntimeClient, zooKeeperContainer: string, clusterId: string, jobId: string): Promise<number[]> {
  const result = await runtime.exec(zooKeeperContainer, zooKeeperShell(['ls', `/flink/${clusterId}/jobs/${jobId}/checkpoints`]), { timeoutMs: READ_TIMEOUT_MS });
  // `ls` prints the children as [0000000000000000007, …]; the ids are zero-padded.
  const list = /\[([0-9, ]*)\]\s*$/m.exec(result.output);
  return list ? list[1]!.split(',').map((s) => s.trim()).filter(Boolean).map(Number) : [];
}
