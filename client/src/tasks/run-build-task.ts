// Runs a project's build task and waits for it: Submit Job builds through the task (terminal,
// problem matchers) rather than a hidden child process, so compiler errors show in Problems.
import { tasks, type Task, type WorkspaceFolder } from 'vscode';
import type { JvmProject } from '../../../core/jobs/index.js';
import { BUILD_TASK_TYPE, createBuildTask } from './build-task.js';

/** The build's exit code; undefined when the task was terminated or ended without a process. */
export async function runBuildTask(folder: WorkspaceFolder, project: JvmProject): Promise<number | undefined> {
  const task = createBuildTask(folder, project);
  // Events carry copies of the task: recognise it by what identifies it, not by object identity.
  const isOurs = (t: Task) => t.source === BUILD_TASK_TYPE && t.name === task.name && t.definition.folder === task.definition.folder && scopeUri(t) === folder.uri.toString();
  let exitCode: number | undefined;
  // Subscribed before starting: a fast failure may end the process before executeTask resolves.
  const ended = new Promise<number | undefined>((resolve) => {
    const onProcess = tasks.onDidEndTaskProcess((e) => {
      if (isOurs(e.execution.task)) exitCode = e.exitCode;
    });
    const onTask = tasks.onDidEndTask((e) => {
      if (!isOurs(e.execution.task)) return;
      onProcess.dispose();
      onTask.dispose();
      resolve(exitCode);
    });
  });
  await tasks.executeTask(task);
  return ended;
}

function scopeUri(task: Task): string | undefined {
  const scope = task.scope;
  return typeof scope === 'object' ? scope.uri.toString() : undefined;
}
