import { describe, expect, it } from 'vitest';
import type { ContainerDetails, ContainerSpec } from '../../cluster/index.js';
import { isJobsError } from '../errors/jobs-error.js';
import { runSavepointTool, type ToolRuntime } from './run-savepoint-tool.js';

/** An engine whose one container exits with `exitCode` after printing `lines`, once inspected `runningFor` times. */
function engine(lines: string[], exitCode = 0, runningFor = 2) {
  const created: ContainerSpec[] = [];
  const removed: string[] = [];
  let inspected = 0;
  const runtime: ToolRuntime = {
    createContainer: async (spec) => (created.push(spec), 'c1'),
    startContainer: async () => undefined,
    inspectContainer: async (id) => ({ id, state: ++inspected > runningFor ? 'exited' : 'running', exitCode } as ContainerDetails),
    containerLogs: async () => lines,
    removeContainer: async (id) => void removed.push(id),
  };
  return { runtime, created, removed };
}

const run = (runtime: ToolRuntime) =>
  runSavepointTool({ runtime, image: 'img', toolsDir: '/t', step: 'read /sp', tool: 'SavepointReader.java', args: ['/flinkft-savepoint'], mounts: [{ hostPath: '/sp', containerPath: '/flinkft-savepoint' }] });

describe('runSavepointTool', () => {
  it('waits for the exit, returns the marked JSON line among the log noise, and removes the container', async () => {
    const e = engine(['WARN something', 'FLINKFT-JSON {"checkpointId":7,"operators":[]}', 'bye']);
    expect(await run(e.runtime)).toEqual({ checkpointId: 7, operators: [] });
    expect(e.removed).toEqual(['c1']);
    const spec = e.created[0]!;
    expect(spec.network).toBe('none');
    expect(spec.cmd).toEqual(['java', '-cp', '/opt/flink/lib/*', '/flinkft-tools/SavepointReader.java', '/flinkft-savepoint']);
    expect(spec.binds?.every((b) => b.readOnly === true)).toBe(true);
    expect(spec.labels['dev.flinkft.managed']).toBe('true');
  });

  it('fails with the helper’s exception when it exits non-zero, and still removes the container', async () => {
    const e = engine(['at x.y(Z.java:1)', 'Caused by: java.io.FileNotFoundException: /flinkft-savepoint/_metadata', '\tat more'], 1);
    const error = await run(e.runtime).catch((x: unknown) => x);
    expect(isJobsError(error)).toBe(true);
    expect((error as Error).message).toBe('The savepoint check could not read /sp: it exited with code 1: Caused by: java.io.FileNotFoundException: /flinkft-savepoint/_metadata');
    expect(e.removed).toEqual(['c1']);
  });

  it('says the image lacks the compiler module when Java cannot start a source file (the wording of a JRE 17 without it)', async () => {
    const error = await run(engine(['Error: A JNI error has occurred, please check your installation and try again', 'Exception in thread "main" java.lang.InternalError: Module jdk.compiler not in boot Layer'], 1).runtime).catch((x: unknown) => x);
    expect((error as Error).message).toMatch(/the image img has no Java compiler module \(jdk\.compiler\)/);
  });

  it('fails when the helper exits 0 without an answer', async () => {
    const error = await run(engine(['nothing useful']).runtime).catch((x: unknown) => x);
    expect((error as Error).message).toBe('The savepoint check could not read /sp: it exited with code 0: nothing useful');
  });
});
