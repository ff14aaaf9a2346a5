// TaskManager deaths and starts, found by comparing two snapshots of the cluster's containers, and
// the marker lines the output channels show for them. No `vscode` import: unit-tested.

/** What the comparison needs of a TaskManager (a subset of core's TaskManagerHandle). */
export interface TaskManagerSample {
  id: string;
  containerId: string;
  state: string;
}

/** How a TaskManager went away: our own kill/stop, else read from the container's exit code. */
export type DeathCause = 'killed' | 'stopped' | 'removed' | `exited with code ${number}` | 'exited';

export type LifecycleEvent =
  | { kind: 'died'; tmId: string; containerId: string; at: Date; cause?: DeathCause }
  | { kind: 'started'; tmId: string; containerId: string; at: Date; restarted: boolean };

/**
 * Events between two snapshots. `previous` undefined (first look at a cluster) reports nothing: a
 * TaskManager that was already running did not just start.
 */
export function diffTaskManagers(previous: readonly TaskManagerSample[] | undefined, next: readonly TaskManagerSample[], at: Date): LifecycleEvent[] {
  if (!previous) return [];
  const events: LifecycleEvent[] = [];
  const before = new Map(previous.map((tm) => [tm.id, tm]));
  const after = new Map(next.map((tm) => [tm.id, tm]));
  for (const tm of next) {
    const old = before.get(tm.id);
    const wasUp = old?.state === 'running';
    const isUp = tm.state === 'running';
    if (isUp && (!wasUp || old?.containerId !== tm.containerId)) {
      events.push({ kind: 'started', tmId: tm.id, containerId: tm.containerId, at, restarted: old !== undefined });
    } else if (wasUp && !isUp) {
      events.push({ kind: 'died', tmId: tm.id, containerId: tm.containerId, at });
    }
  }
  for (const old of previous) {
    if (old.state === 'running' && !after.has(old.id)) events.push({ kind: 'died', tmId: old.id, containerId: old.containerId, at, cause: 'removed' });
  }
  return events;
}

/**
 * Our own action wins (we know we killed or stopped it); otherwise the exit code tells: 137 is
 * SIGKILL (an OOM kill or `docker kill`), 143 SIGTERM.
 */
export function deathCause(ownAction: 'kill' | 'stop' | undefined, exitCode: number | undefined): DeathCause {
  if (ownAction === 'kill') return 'killed';
  if (ownAction === 'stop') return 'stopped';
  if (exitCode === 137) return 'killed';
  if (exitCode === 143) return 'stopped';
  return exitCode === undefined ? 'exited' : `exited with code ${exitCode}`;
}

/** `HH:MM:SS` in local time. */
export function clockTime(at: Date): string {
  return [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** `──── tm-2 died (killed) at 12:03:04 ────`, `──── tm-3 started at 12:03:10 ────`. */
export function formatMarker(event: LifecycleEvent): string {
  const what =
    event.kind === 'died'
      ? `${event.tmId} died${event.cause ? ` (${event.cause})` : ''}`
      : `${event.tmId} ${event.restarted ? 'restarted' : 'started'}`;
  return `──── ${what} at ${clockTime(event.at)} ────`;
}
