import { appendFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogFollow, RuntimeClient } from '../cluster/runtime/runtime-client.js';
import { TaskManagerOutput, type OutputEvent, type OutputLine } from './task-manager-output.js';
import { until } from './test-support/until.js';

let root: string;
let lines: OutputLine[];
let events: OutputEvent[];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'flinkft-tmout-'));
  lines = [];
  events = [];
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function tmFile(tmId: string, name: string, content: string): Promise<string> {
  await mkdir(join(root, tmId), { recursive: true });
  const path = join(root, tmId, name);
  await writeFile(path, content);
  return path;
}

function output(extra: Partial<ConstructorParameters<typeof TaskManagerOutput>[0]> = {}) {
  return new TaskManagerOutput({ logsRoot: root, pollIntervalMs: 10, onLine: (l) => lines.push(l), onEvent: (e) => events.push(e), ...extra });
}

const texts = () => lines.map((l) => `${l.tmId}:${l.line}`);

describe('TaskManagerOutput over .out files', () => {
  it('follows each TaskManager from now on and tags lines with the TaskManager id', async () => {
    const tm1 = await tmFile('tm-1', 'flink--taskexecutor-0-tm-1.out', 'printed before we started\n');
    const tm2 = await tmFile('tm-2', 'flink--taskexecutor-0-tm-2.out', '');
    await tmFile('tm-1', 'flink--taskexecutor-0-tm-1.log', '2026-01-01 00:00:00,000 INFO x [] - not stdout\n');
    await using out = await output().start();
    await appendFile(tm1, 'a\n');
    await appendFile(tm2, 'b\n');
    await until(() => lines.length >= 2, 'two lines');
    expect(texts().sort()).toEqual(['tm-1:a', 'tm-2:b']);
    expect(lines.every((l) => l.source === 'file' && l.time instanceof Date)).toBe(true);
    await out.stop();
  });

  it("replays existing content with from: 'start'", async () => {
    await tmFile('tm-1', 'x.out', 'old-1\nold-2\n');
    await using _out = await output({ from: 'start' }).start();
    await until(() => lines.length >= 2, 'replayed lines');
    expect(texts()).toEqual(['tm-1:old-1', 'tm-1:old-2']);
  });

  it('picks up a TaskManager that appears later, from the start of its file', async () => {
    await mkdir(join(root, 'tm-1'));
    await using _out = await output().start();
    await tmFile('tm-3', 'flink--taskexecutor-0-tm-3.out', 'first line of tm-3\n');
    await until(() => lines.length >= 1, 'the new TaskManager');
    expect(texts()).toEqual(['tm-3:first line of tm-3']);
    expect(events).toContainEqual({ kind: 'file-opened', tmId: 'tm-3', path: join(root, 'tm-3', 'flink--taskexecutor-0-tm-3.out') });
  });

  it('follows a rotation (restart of the TaskManager) without losing lines', async () => {
    const path = await tmFile('tm-1', 'flink--taskexecutor-0-tm-1.out', '');
    await using _out = await output().start();
    await appendFile(path, 'before restart\n');
    await until(() => lines.length >= 1, 'the first line');
    await rename(path, path + '.1');
    await writeFile(path, 'after restart\n');
    await until(() => lines.length >= 2, 'the line of the new file');
    expect(texts()).toEqual(['tm-1:before restart', 'tm-1:after restart']);
    expect(events.map((e) => e.kind)).toContain('file-rotated');
  });

  it('ignores the JobManager folder and rotated copies', async () => {
    await tmFile('jobmanager', 'flink--standalonesession-0-jobmanager.out', '');
    const rotated = await tmFile('tm-1', 'x.out.1', '');
    await using _out = await output().start();
    await appendFile(join(root, 'jobmanager', 'flink--standalonesession-0-jobmanager.out'), 'jm\n');
    await appendFile(rotated, 'rotated\n');
    const marker = await tmFile('tm-1', 'x.out', 'marker\n');
    await until(() => lines.length >= 1, 'the marker');
    expect(texts()).toEqual(['tm-1:marker']);
    expect(marker).toContain('x.out');
  });
});

describe('TaskManagerOutput fallback to container output', () => {
  class FakeStreams implements Pick<RuntimeClient, 'followContainerLogs'> {
    readonly emitters = new Map<string, (line: string) => void>();
    readonly stopped: string[] = [];

    async followContainerLogs(id: string, onLine: (line: string, stream: 'stdout' | 'stderr') => void): Promise<LogFollow> {
      let finish!: () => void;
      const done = new Promise<void>((resolve) => (finish = resolve));
      this.emitters.set(id, (line) => onLine(line, 'stdout'));
      return {
        stop: () => {
          this.stopped.push(id);
          finish();
        },
        done,
      };
    }
  }

  it('reads the container stream while no .out file exists, and switches to the file once it does', async () => {
    const streams = new FakeStreams();
    await using _out = await output({
      runtime: streams,
      taskManagers: async () => [{ id: 'tm-1', containerId: 'c1', state: 'running' }],
    }).start();
    await until(() => streams.emitters.has('c1'), 'the container stream');
    streams.emitters.get('c1')!('from the container');
    expect(lines.map((l) => [l.tmId, l.line, l.source])).toEqual([['tm-1', 'from the container', 'container']]);

    await tmFile('tm-1', 'flink--taskexecutor-0-tm-1.out', 'from the file\n');
    await until(() => lines.length >= 2, 'the file line');
    expect(lines[1]).toMatchObject({ tmId: 'tm-1', line: 'from the file', source: 'file' });
    // The container stream is stopped once the file is open; that may land just after its first line.
    await until(() => streams.stopped.length > 0, 'the container stream to stop');
    expect(streams.stopped).toEqual(['c1']);
    expect(events.map((e) => e.kind)).toEqual(['container-attached', 'file-opened', 'container-detached']);
  });
});
