import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTAINER_WORKSPACE_DIR, Wait, projectDirs } from '../../core/cluster/index.js';
import { JobOutputFilter, TaskManagerOutput, type OutputLine } from '../../core/logs/index.js';
import { tempWorkspace, testClusterBuilder, testRuntime } from './support/test-cluster.js';
import { PRINT_JOB_PY } from './support/print-job.js';
import { waitFor } from './support/wait-for.js';

const runtime = testRuntime();

describe('TaskManager stdout', () => {
  it("a running job's prints appear in the TaskManager's .out file and in our tail, filtered to the job's own lines", async () => {
    await using workspace = await tempWorkspace('stdout');
    await writeFile(join(workspace.path, 'print_job.py'), PRINT_JOB_PY);
    await using cluster = await testClusterBuilder(runtime, workspace.path, 'stdout').withTaskManagers(1).start();

    const lines: OutputLine[] = [];
    const filter = new JobOutputFilter();
    await using _tail = await new TaskManagerOutput({
      logsRoot: projectDirs(workspace.path).logs,
      runtime,
      taskManagers: () => cluster.taskManagers(),
      onLine: (line) => {
        if (filter.accept(line.line)) lines.push(line);
      },
    }).start();

    const submitted = await cluster.execInJobManager(['flink', 'run', '-d', '-py', `${CONTAINER_WORKSPACE_DIR}/print_job.py`]);
    expect(submitted.exitCode, submitted.output).toBe(0);
    const jobId = /JobID ([0-9a-f]{32})/.exec(submitted.output)?.[1];
    expect(jobId, submitted.output).toMatch(/^[0-9a-f]{32}$/);
    await Wait.forJobState(jobId!, 'RUNNING', { allTasksRunning: true }).withTimeout(120_000).waitUntilReady(cluster.waitTarget());

    await waitFor(() => lines.filter((l) => l.line.includes('probe')).length >= 3, 'three printed rows in the tail', 60_000);
    const probe = lines.filter((l) => l.line.includes('probe'));
    expect(probe[0]).toMatchObject({ tmId: 'tm-1', source: 'file' });
    expect(probe[0]!.line).toMatch(/^probe(:\d+)?> \+I\[\d+, /);
    // Only the job's prints passed the filter: nothing that looks like a log record.
    expect(lines.filter((l) => /\b(INFO|WARN|ERROR)\b/.test(l.line))).toEqual([]);

    // The same lines are in the file the user can open, and REST serves it too.
    const stdout = await cluster.rest.taskManagerStdout('tm-1');
    expect(stdout).toContain(probe[0]!.line);
    await cluster.rest.cancelJob(jobId!);
  });
});
