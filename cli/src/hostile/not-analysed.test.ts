// Issue 18, items 3, 4 and 7: deep call chains are analysed (every front end walks chains in a
// loop). A file the check did not analyse (a front end overflowed its stack on deep nesting, a parse ran away, too large, binary, a FIFO, a link to /dev/zero; unreadable folders: unreadable-folder.test.ts) used to leave a
// green run behind. Now each is named in text, JSON and SARIF, and the run exits 2 (incomplete).
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck, tempFolder, UNCHECKPOINTED_JOB } from './check-in-temp.js';

let folder: ReturnType<typeof tempFolder>;
afterEach(() => folder?.dispose());

interface Json {
  findings: { file: string; rule: string }[];
  notAnalysed: { file: string; kind: string; reason: string }[];
}

interface Sarif {
  runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[];
}

/** A Java statement chaining `links` calls: deep enough to overflow a recursive walk of the tree. */
function deepJavaChain(links: number): string {
  return UNCHECKPOINTED_JOB.replace('env.fromSequence(1, 10).print();', `env.fromSequence(1, 10)${'.map(x -> x)'.repeat(links)}.print();`);
}

/** The same in PyFlink. */
function deepPythonChain(links: number): string {
  return `env = StreamExecutionEnvironment.get_execution_environment()\nenv.from_collection([1])${'.map(lambda x: x)'.repeat(links)}.print()\nenv.execute()\n`;
}

/**
 * The same in Scala, one link a line: tree-sitter-scala is quadratic on a long line (see the
 * runaway parse below), not on many short ones, so this size parses and overflowed the old walk.
 */
function deepScalaChain(links: number): string {
  return `object Deep {\n  def main(args: Array[String]): Unit = {\n    val env = StreamExecutionEnvironment.getExecutionEnvironment\n    env.fromSequence(1, 10)${'\n      .map(x => x)'.repeat(links)}\n      .print()\n    env.execute()\n  }\n}\n`;
}

/** A deep chain is analysed like any other job: FLINK001 (no checkpointing), nothing left out. */
async function expectAnalysedWithFinding(dir: string): Promise<void> {
  const run = await runCheck(dir, ['--format', 'json']);
  expect(run.code).toBe(1);
  const json = JSON.parse(run.stdout) as Json;
  expect(json.notAnalysed).toEqual([]);
  expect(json.findings.map((f) => f.rule)).toContain('FLINK001');
}

async function expectNotAnalysed(dir: string, args: string[], file: string, kind: string, reason: RegExp): Promise<void> {
  const text = await runCheck(dir, args);
  expect(text.code).toBe(2);
  expect(text.stdout).not.toContain('✔');
  expect(text.stdout).toMatch(/✖ 1 file not analysed/);
  expect(text.stdout).toMatch(new RegExp(`not analysed: ${reason.source}`));
  const json = JSON.parse((await runCheck(dir, [...args, '--format', 'json'])).stdout) as Json;
  expect(json.notAnalysed).toEqual([{ file, kind, reason: expect.stringMatching(reason) }]);
  const sarif = JSON.parse((await runCheck(dir, [...args, '--format', 'sarif'])).stdout) as Sarif;
  const invocation = sarif.runs[0]!.invocations[0]!;
  expect(invocation.executionSuccessful).toBe(false);
  expect(invocation.toolExecutionNotifications).toEqual([expect.objectContaining({ level: kind === 'failed' ? 'error' : 'warning', message: { text: expect.stringMatching(reason) } })]);
}

describe('check: files that were not analysed are never green', () => {
  it.each([
    ['a Java call chain of 20,000 links', 'Deep.java', () => deepJavaChain(20_000)],
    ['a PyFlink call chain of 20,000 links', 'deep.py', () => deepPythonChain(20_000)],
    ['a Scala call chain of 5,000 links, one a line', 'Deep.scala', () => deepScalaChain(5_000)],
  ])('analyses %s (chains are walked without recursion)', async (_, name, source) => {
    folder = tempFolder('deep-chain');
    folder.write(name, source());
    await expectAnalysedWithFinding(folder.dir);
  });

  it('reports a front end that overflows its stack (20,000 nested PyFlink calls, not a chain) as not analysed, not as clean', async () => {
    folder = tempFolder('nested-python');
    const nested = `env = StreamExecutionEnvironment.get_execution_environment()\nenv.from_collection(${'f('.repeat(20_000)}1${')'.repeat(20_000)}).print()\nenv.execute()\n`;
    const path = folder.write('nested.py', nested);
    await expectNotAnalysed(folder.dir, [], path, 'failed', /the code nests too deeply to analyse/);
  });

  it('stops a parse that runs away (tree-sitter-scala is quadratic on long call chains) and says so', { timeout: 30_000 }, async () => {
    folder = tempFolder('runaway');
    const chain = `object Chain { def main(a: Array[String]): Unit = { env.fromSequence(1, 10)${'.map(x => x)'.repeat(20_000)}.print() } }\n`;
    const path = folder.write('Chain.scala', chain);
    const run = await runCheck(folder.dir, ['--format', 'json']);
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as Json).notAnalysed).toEqual([{ file: path, kind: 'failed', reason: expect.stringMatching(/^the analysis failed \(parsing took longer than 3 s/) }]);
  });

  it('skips a file over --max-file-size with a note, and checks it under a larger cap', async () => {
    folder = tempFolder('big');
    const path = folder.write('Big.java', UNCHECKPOINTED_JOB + `// ${'x'.repeat(4096)}\n`);
    await expectNotAnalysed(folder.dir, ['--max-file-size', '4k'], path, 'skipped', /too large \(4\.\d KiB, limit 4\.0 KiB\)/);
    expect((await runCheck(folder.dir, ['--max-file-size', '1m'])).code).toBe(1);
  });

  it('skips binary content named .py', async () => {
    folder = tempFolder('binary');
    const bytes = Buffer.alloc(200_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const path = folder.write('blob.py', bytes);
    await expectNotAnalysed(folder.dir, [], path, 'skipped', /not text/);
  });

  it('skips a .java link to /dev/zero and a FIFO named .java, walked or named on the command line', async () => {
    folder = tempFolder('special');
    const zero = join(folder.dir, 'Zero.java');
    symlinkSync('/dev/zero', zero);
    await expectNotAnalysed(folder.dir, ['Zero.java'], zero, 'skipped', /not a regular file/);
    const fifo = join(folder.dir, 'sub', 'Pipe.java');
    folder.write('sub/Job.java', UNCHECKPOINTED_JOB);
    execFileSync('mkfifo', [fifo]);
    await expectNotAnalysed(folder.dir, ['sub/Pipe.java'], fifo, 'skipped', /not a regular file/);
  });

  it('decodes a UTF-16 file with a byte order mark instead of reporting it clean', async () => {
    folder = tempFolder('utf16');
    folder.write('Job.java', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UNCHECKPOINTED_JOB, 'utf16le')]));
    const run = await runCheck(folder.dir, ['--format', 'json']);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Json).findings.map((f) => f.rule)).toContain('FLINK001');
  });

  it('escapes control characters of a file name in text output', async () => {
    folder = tempFolder('control');
    folder.write('Evil\u001b[2K\r.java', UNCHECKPOINTED_JOB);
    const run = await runCheck(folder.dir);
    expect(run.stdout).toContain('Evil\\x1b[2K\\r.java');
    expect(run.stdout).not.toMatch(/[\u001b\r]/);
  });
});
