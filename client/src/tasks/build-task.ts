// The `flink-ft` task type: "flink-ft: build <project>" packages a Maven or Gradle project into its
// job jar with the same command the CLI runs (core/jobs detectProject), in the terminal, with
// problem matchers so compiler errors land in the Problems view at their source lines.
import { join, relative } from 'node:path';
import { RelativePattern, ShellExecution, Task, TaskGroup, TaskRevealKind, TaskScope, workspace, type TaskDefinition, type TaskProvider, type WorkspaceFolder } from 'vscode';
import { detectProject, type JvmProject } from '../../../core/jobs/index.js';
import { BUILD_PROBLEM_MATCHERS } from './problem-matchers.js';

export const BUILD_TASK_TYPE = 'flink-ft';

export interface BuildTaskDefinition extends TaskDefinition {
  type: typeof BUILD_TASK_TYPE;
  task: 'build';
  /** Project folder relative to the workspace folder; the folder itself when absent. */
  folder?: string;
}

// Build output and dependency folders hold copies of pom.xml files that are not projects to build.
const PROJECT_FILES = '**/{pom.xml,build.gradle,build.gradle.kts}';
const NOT_PROJECTS = '**/{node_modules,target,build,.git,.flink,out}/**';
const MAX_PROJECTS = 50;

/** The build task of one project; `definition.folder` makes it stable across sessions (tasks.json). */
export function createBuildTask(folder: WorkspaceFolder, project: JvmProject): Task {
  const rel = relative(folder.uri.fsPath, project.dir);
  const definition: BuildTaskDefinition = { type: BUILD_TASK_TYPE, task: 'build', ...(rel ? { folder: rel } : {}) };
  // A shell execution, so mvn.cmd / gradle.bat resolve on Windows and the user's PATH applies.
  const execution = new ShellExecution(project.command, project.args, { cwd: project.dir });
  const task = new Task(definition, folder, `build ${rel || folder.name}`, BUILD_TASK_TYPE, execution, BUILD_PROBLEM_MATCHERS);
  task.group = TaskGroup.Build;
  task.detail = `${project.tool === 'maven' ? 'Maven' : 'Gradle'}: ${project.command} ${project.args.join(' ')}`;
  // Silent: the terminal comes forward only when no problem matcher explains the failure.
  task.presentationOptions = { reveal: TaskRevealKind.Silent, clear: true };
  return task;
}

/** The build tasks of every Maven/Gradle project in the workspace (Run Task… and Submit Job…). */
export class BuildTaskProvider implements TaskProvider {
  async provideTasks(): Promise<Task[]> {
    const tasks: Task[] = [];
    for (const folder of workspace.workspaceFolders ?? []) {
      for (const dir of await projectDirs(folder)) {
        const project = await detectProject(dir).catch(() => undefined);
        if (project) tasks.push(createBuildTask(folder, project));
      }
    }
    return tasks;
  }

  /** Fills in the execution of a task listed in tasks.json (which stores only the definition). */
  async resolveTask(task: Task): Promise<Task | undefined> {
    const definition = task.definition as Partial<BuildTaskDefinition>;
    if (definition.type !== BUILD_TASK_TYPE || definition.task !== 'build') return undefined;
    const scope = task.scope;
    if (scope === undefined || scope === TaskScope.Global || scope === TaskScope.Workspace) return undefined;
    const dir = definition.folder ? join(scope.uri.fsPath, definition.folder) : scope.uri.fsPath;
    const project = await detectProject(dir).catch(() => undefined);
    if (!project) return undefined;
    const resolved = createBuildTask(scope, project);
    // VS Code requires the very definition object it passed in.
    return new Task(task.definition, scope, resolved.name, BUILD_TASK_TYPE, resolved.execution, BUILD_PROBLEM_MATCHERS);
  }
}

/** Folders that hold a build file, shortest path first (a parent pom before its modules). */
export async function projectDirs(folder: WorkspaceFolder): Promise<string[]> {
  const files = await workspace.findFiles(new RelativePattern(folder, PROJECT_FILES), NOT_PROJECTS, MAX_PROJECTS);
  const dirs = new Set(files.map((uri) => uri.fsPath.replace(/[\\/][^\\/]+$/, '')));
  return [...dirs].sort((a, b) => a.length - b.length || a.localeCompare(b));
}
