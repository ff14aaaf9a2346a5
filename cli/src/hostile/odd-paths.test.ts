// Issue 18, item 1: `%`, `#` and `?` are ordinary characters in a file system path. They used to be
// read as URI syntax: `coverage 100%.html` threw URIError, and the files under `C#` or `a?b`
// vanished from the check (a green run with 0 files checked).
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck, tempFolder, UNCHECKPOINTED_JOB } from './check-in-temp.js';

let folder: ReturnType<typeof tempFolder>;
afterEach(() => folder?.dispose());

describe('check: odd characters in paths', () => {
  it('checks a folder holding a file with % in its name', async () => {
    folder = tempFolder('percent');
    folder.write('docs/coverage 100%.html', '<html></html>');
    folder.write('src/Job.java', UNCHECKPOINTED_JOB);
    const run = await runCheck(folder.dir, ['--format', 'json']);
    expect(run.stderr).not.toContain('URIError');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('FLINK001');
  });

  it.each(['C#', 'a?b', '100%', 'x%41y'])('checks the files under a folder named %s', async (name) => {
    folder = tempFolder('odd');
    const path = folder.write(`${name}/Job.java`, UNCHECKPOINTED_JOB);
    folder.write(`${name}/Job.py`, 'print(1)\n');
    const run = await runCheck(folder.dir, ['--format', 'json']);
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file);
    expect(files).toContain(path);
    const text = await runCheck(folder.dir);
    expect(text.stdout).toMatch(/in 2 files checked\n$/);
  });

  it('checks a file named on the command line whose name holds # and %', async () => {
    folder = tempFolder('explicit');
    folder.write('Job#1 100%.java', UNCHECKPOINTED_JOB);
    const run = await runCheck(folder.dir, ['Job#1 100%.java']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Job#1 100%.java');
  });
});
