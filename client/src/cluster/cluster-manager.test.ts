// The manager's behaviour where the editor starts without a usable Docker: it must settle into a
// state the view explains (never throw), and it must not touch Docker in an untrusted workspace.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as vscode from './test-support/fake-vscode-cluster.js';

vi.mock('vscode', () => import('./test-support/fake-vscode-cluster.js'));
const { Config } = await import('../config.js');
const { ClusterManager } = await import('./cluster-manager.js');

let folder: string;
let manager: InstanceType<typeof ClusterManager>;
let states: string[];

beforeEach(async () => {
  vscode.reset();
  folder = await mkdtemp(join(tmpdir(), 'flinkft-manager-'));
  // A socket that cannot exist: any Docker call fails with DockerUnavailableError.
  vscode.settings.set('flinkFt.docker.socket', join(folder, 'no-docker.sock'));
  manager = new ClusterManager(new Config());
  states = [];
  manager.onDidChangeState((s) => states.push(s.kind));
});

afterEach(async () => {
  manager.dispose();
  await rm(folder, { recursive: true, force: true });
});

describe('ClusterManager without Docker', () => {
  it('settles on docker-unavailable, naming the socket, without throwing', async () => {
    vscode.workspace.workspaceFolders = [{ uri: { fsPath: folder } }];
    await manager.refresh();
    expect(manager.state.kind).toBe('docker-unavailable');
    if (manager.state.kind !== 'docker-unavailable') return;
    expect(manager.state.message).toContain(`unix://${join(folder, 'no-docker.sock')}`);
    expect(manager.cluster).toBeUndefined();
  });

  it('does not touch Docker in an untrusted workspace', async () => {
    vscode.workspace.workspaceFolders = [{ uri: { fsPath: folder } }];
    vscode.workspace.isTrusted = false;
    await manager.refresh();
    expect(states).toEqual(['untrusted']);
  });

  it('asks for a folder when none is open, and refuses to start', async () => {
    await manager.refresh();
    expect(manager.state.kind).toBe('no-folder');
    await expect(manager.start(() => undefined)).rejects.toThrow(/^Open a folder first/);
  });

  it('fails a start with the typed Docker error and returns to docker-unavailable', async () => {
    vscode.workspace.workspaceFolders = [{ uri: { fsPath: folder } }];
    await expect(manager.start(() => undefined)).rejects.toMatchObject({ name: 'DockerUnavailableError', reason: 'not-found' });
    expect(states).toEqual(['starting', 'docker-unavailable']);
  });
});
