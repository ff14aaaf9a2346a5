// Per-test set-up for cluster tests against the in-memory Docker: a fresh project folder under a
// temporary base, a FakeDocker and a free REST port, all removed after each test.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { freePort } from '../../flink-rest/test-support/free-port.js';
import { FakeDocker } from './fake-docker.js';

export interface FakeDockerProject {
  /** The temporary folder the project lives in (for files outside the project). */
  readonly base: string;
  readonly workspace: string;
  readonly docker: FakeDocker;
  readonly port: number;
}

/** Registers the set-up and tear-down hooks; read the fields inside a test (they change per test). */
export function useFakeDockerProject(prefix: string): FakeDockerProject {
  let current: FakeDockerProject | undefined;
  beforeEach(async () => {
    const base = await mkdtemp(join(tmpdir(), prefix));
    const workspace = join(base, 'project');
    await mkdir(workspace);
    current = { base, workspace, docker: new FakeDocker(), port: await freePort() };
  });
  afterEach(async () => {
    if (!current) return;
    await current.docker[Symbol.asyncDispose]();
    await rm(current.base, { recursive: true, force: true });
    current = undefined;
  });
  const now = (): FakeDockerProject => {
    if (!current) throw new Error('useFakeDockerProject: read its fields inside a test');
    return current;
  };
  return {
    get base() { return now().base; },
    get workspace() { return now().workspace; },
    get docker() { return now().docker; },
    get port() { return now().port; },
  };
}
