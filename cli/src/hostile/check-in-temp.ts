// Runs `flink-ft check` in-process on a throw-away folder, for the hostile-input tests: the files
// they need (odd names, big or binary content, FIFOs, links) are made at test time, never committed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIo } from '../command.js';
import { runCli } from '../run-cli.js';

export interface CheckRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `io` replaces parts of the outside world, e.g. `readDirectory` to make a folder fail to list. */
export async function runCheck(cwd: string, args: readonly string[] = [], io: Pick<CliIo, 'readDirectory'> = {}): Promise<CheckRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', ...args], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
    stderrIsTTY: false,
    now: () => 0,
    ...io,
  });
  return { code, stdout, stderr };
}

/** A fresh folder under the system's temporary folder; `dispose` removes it. */
export function tempFolder(prefix: string): { dir: string; write(path: string, content: string | Buffer): string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), `flinkft-${prefix}-`));
  return {
    dir,
    write(path, content) {
      const full = join(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      return full;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A job that never enables checkpointing: FLINK001 reports it, so a checked file is visible. */
export const UNCHECKPOINTED_JOB = `import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.fromSequence(1, 10).print();
    env.execute("job");
  }
}
`;
