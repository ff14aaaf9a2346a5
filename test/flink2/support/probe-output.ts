// The probe's lines in the TaskManagers' .out files (the project's .flink/logs), read from a mark
// on, so a job sees only what it printed itself.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Wait } from '../../../core/cluster/index.js';

const LINE = /probe key=(\d+) seq=(\d+) status=(\w+)/;

export interface ProbeLine {
  key: number;
  seq: number;
  status: string;
}

/** Byte offsets of every TaskManager .out file. */
export type OutputMark = Map<string, number>;

async function outFiles(workspace: string): Promise<string[]> {
  const logs = join(workspace, '.flink', 'logs');
  const files: string[] = [];
  for (const tm of (await readdir(logs)).filter((n) => n.startsWith('tm-'))) {
    for (const f of await readdir(join(logs, tm))) if (f.endsWith('.out')) files.push(join(logs, tm, f));
  }
  return files;
}

export async function markOutput(workspace: string): Promise<OutputMark> {
  const mark: OutputMark = new Map();
  for (const f of await outFiles(workspace)) mark.set(f, (await stat(f)).size);
  return mark;
}

export async function probeLinesSince(workspace: string, mark: OutputMark): Promise<ProbeLine[]> {
  const lines: ProbeLine[] = [];
  for (const f of await outFiles(workspace)) {
    const text = (await readFile(f)).subarray(mark.get(f) ?? 0).toString('utf8');
    for (const l of text.split('\n')) {
      const m = LINE.exec(l);
      if (m) lines.push({ key: Number(m[1]), seq: Number(m[2]), status: m[3]! });
    }
  }
  return lines;
}

/** Waits until every key has printed at least `perKey` lines since the mark. */
export function awaitProbeLines(workspace: string, mark: OutputMark, keys: number, perKey: number): Promise<ProbeLine[]> {
  return Wait.until<ProbeLine[]>(`the probe to print ${perKey} lines per key`, async () => {
    const lines = await probeLinesSince(workspace, mark);
    const counts = Array.from({ length: keys }, (_, k) => lines.filter((l) => l.key === k).length);
    return counts.every((c) => c >= perKey) ? { state: 'done', value: lines } : { state: 'pending', seen: `lines per key: ${counts.join(', ')}` };
  })
    .withTimeout(120_000)
    .withPollInterval(500)
    .waitUntilReady({});
}

export function lastSeqPerKey(lines: readonly ProbeLine[], keys: number): number[] {
  return Array.from({ length: keys }, (_, k) => Math.max(...lines.filter((l) => l.key === k).map((l) => l.seq)));
}

export function firstSeqPerKey(lines: readonly ProbeLine[], keys: number): number[] {
  return Array.from({ length: keys }, (_, k) => lines.find((l) => l.key === k)!.seq);
}
