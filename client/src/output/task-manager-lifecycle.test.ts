import { describe, expect, it } from 'vitest';
import { deathCause, diffTaskManagers, formatMarker } from './task-manager-lifecycle.js';

const at = new Date(2026, 10, 22, 12, 3, 4);

describe('diffTaskManagers', () => {
  it('reports nothing on the first look at a cluster', () => {
    expect(diffTaskManagers(undefined, [{ id: 'tm-1', containerId: 'a', state: 'running' }], at)).toEqual([]);
  });

  it('reports a death, a new TaskManager, a restart and a removal', () => {
    const before = [
      { id: 'tm-1', containerId: 'a', state: 'running' },
      { id: 'tm-2', containerId: 'b', state: 'running' },
      { id: 'tm-3', containerId: 'c', state: 'exited' },
      { id: 'tm-4', containerId: 'd', state: 'running' },
    ];
    const after = [
      { id: 'tm-1', containerId: 'a', state: 'running' },
      { id: 'tm-2', containerId: 'b', state: 'exited' },
      { id: 'tm-3', containerId: 'c', state: 'running' },
      { id: 'tm-5', containerId: 'e', state: 'running' },
    ];
    expect(diffTaskManagers(before, after, at)).toEqual([
      { kind: 'died', tmId: 'tm-2', containerId: 'b', at },
      { kind: 'started', tmId: 'tm-3', containerId: 'c', at, restarted: true },
      { kind: 'started', tmId: 'tm-5', containerId: 'e', at, restarted: false },
      { kind: 'died', tmId: 'tm-4', containerId: 'd', at, cause: 'removed' },
    ]);
  });

  it('treats a new container under the same id as a start', () => {
    expect(diffTaskManagers([{ id: 'tm-1', containerId: 'a', state: 'running' }], [{ id: 'tm-1', containerId: 'z', state: 'running' }], at)).toEqual([
      { kind: 'started', tmId: 'tm-1', containerId: 'z', at, restarted: true },
    ]);
  });
});

describe('deathCause and formatMarker', () => {
  it('prefers our own action, then reads the exit code', () => {
    expect(deathCause('kill', 0)).toBe('killed');
    expect(deathCause('stop', 137)).toBe('stopped');
    expect(deathCause(undefined, 137)).toBe('killed');
    expect(deathCause(undefined, 143)).toBe('stopped');
    expect(deathCause(undefined, 1)).toBe('exited with code 1');
    expect(deathCause(undefined, undefined)).toBe('exited');
  });

  it('formats the markers the output channels show', () => {
    expect(formatMarker({ kind: 'died', tmId: 'tm-2', containerId: 'b', at, cause: 'killed' })).toBe('──── tm-2 died (killed) at 12:03:04 ────');
    expect(formatMarker({ kind: 'died', tmId: 'tm-2', containerId: 'b', at })).toBe('──── tm-2 died at 12:03:04 ────');
    expect(formatMarker({ kind: 'started', tmId: 'tm-3', containerId: 'c', at, restarted: false })).toBe('──── tm-3 started at 12:03:04 ────');
    expect(formatMarker({ kind: 'started', tmId: 'tm-2', containerId: 'b', at: new Date(2026, 0, 1, 9, 5, 0), restarted: true })).toBe(
      '──── tm-2 restarted at 09:05:00 ────',
    );
  });
});
