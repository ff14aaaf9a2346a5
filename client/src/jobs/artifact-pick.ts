// Submit Job's questions: which artifact (a Maven/Gradle project, built by its task when its jar is
// stale; a jar; a PyFlink script) and which entry class. Quick picks only, so the command works
// from the palette and needs no path typed.
import { basename, relative } from 'node:path';
import { readFile } from 'node:fs/promises';
import { ProgressLocation, RelativePattern, Uri, window, workspace, type WorkspaceFolder } from 'vscode';
import { BuildFailedError, findEntryClasses, isPyFlinkJob, jobJarStatus, readJarContents } from '../../../core/jobs/index.js';
import { projectDirs } from '../tasks/build-task.js';
import { runBuildTask } from '../tasks/run-build-task.js';

export type ArtifactChoice = { kind: 'project'; folder: WorkspaceFolder; dir: string } | { kind: 'file'; path: string };

const NOT_SOURCES = '**/{node_modules,target,build,.git,.flink,out,.venv,venv,site-packages}/**';
const MAX_SCRIPTS = 200;

export async function pickArtifact(title: string): Promise<ArtifactChoice | undefined> {
  type Item = { label: string; description?: string; detail?: string; choice?: ArtifactChoice; browse?: true };
  const items: Item[] = [];
  for (const folder of workspace.workspaceFolders ?? []) {
    for (const dir of await projectDirs(folder)) {
      const status = await jobJarStatus(dir).catch(() => undefined);
      if (!status) continue;
      const name = relative(folder.uri.fsPath, dir) || folder.name;
      items.push({
        label: `$(package) ${name}`,
        description: status.stale ? `builds first (${status.jarPath ? 'sources changed' : 'no jar yet'})` : basename(status.jarPath ?? ''),
        detail: `${status.project.tool === 'maven' ? 'Maven' : 'Gradle'} project: ${status.project.command} ${status.project.args.join(' ')}`,
        choice: { kind: 'project', folder, dir },
      });
    }
    for (const script of await pyFlinkScripts(folder)) {
      items.push({ label: `$(file-code) ${relative(folder.uri.fsPath, script)}`, description: 'PyFlink script', choice: { kind: 'file', path: script } });
    }
  }
  items.push({ label: '$(folder-opened) Browse…', description: 'a jar or .py file elsewhere', browse: true });
  const picked = await window.showQuickPick(items, { title, placeHolder: 'Which job? A project is built when its jar is older than its sources.' });
  if (!picked) return undefined;
  if (!picked.browse) return picked.choice;
  const [uri] = (await window.showOpenDialog({ title, canSelectMany: false, filters: { 'Flink job': ['jar', 'py'] } })) ?? [];
  return uri && { kind: 'file', path: uri.fsPath };
}

/** A project becomes its jar, built by the build task first when stale; files are used as they are. */
export async function artifactPath(choice: ArtifactChoice): Promise<{ artifact: string; projectDir?: string }> {
  if (choice.kind === 'file') return { artifact: choice.path };
  const status = await jobJarStatus(choice.dir);
  if (status.stale) {
    const exitCode = await window.withProgress({ location: ProgressLocation.Notification, title: `Flink: building ${basename(choice.dir)}` }, () =>
      runBuildTask(choice.folder, status.project),
    );
    const command = `${status.project.command} ${status.project.args.join(' ')}`;
    // The task's problem matchers already put the compiler's locations into Problems.
    if (exitCode !== 0) throw new BuildFailedError({ command, exitCode: exitCode ?? null, errors: [], outputTail: 'See the Problems view and the task terminal.' });
  }
  const built = status.stale ? await jobJarStatus(choice.dir) : status;
  if (!built.jarPath) throw new BuildFailedError({ command: status.project.command, exitCode: 0, errors: [], outputTail: `The build left no jar in ${built.project.outputDir}.` });
  return { artifact: built.jarPath, projectDir: choice.dir };
}

/**
 * The entry class of a jar: the manifest's Main-Class when it is the only candidate, else a pick
 * among classes with `main` (those whose source calls `execute` first). `null` when cancelled.
 */
export async function pickEntryClass(jarPath: string, projectDir: string | undefined): Promise<string | undefined | null> {
  const contents = await readJarContents(jarPath);
  const executing = projectDir ? new Set((await findEntryClasses(projectDir)).map((c) => c.className)) : new Set<string>();
  const candidates = [...new Set([...(contents.mainClass ? [contents.mainClass] : []), ...contents.mainCandidates])];
  if (candidates.length === 0) return undefined; // submitJob explains a jar without entry class
  if (contents.mainClass && candidates.length === 1) return contents.mainClass;
  const ranked = candidates.sort((a, b) => Number(executing.has(b)) - Number(executing.has(a)) || Number(b === contents.mainClass) - Number(a === contents.mainClass) || a.localeCompare(b));
  const picked = await window.showQuickPick(
    ranked.map((name) => ({
      label: name,
      description: [name === contents.mainClass ? 'Main-Class' : undefined, executing.has(name) ? 'calls execute()' : undefined].filter(Boolean).join(' · '),
    })),
    { title: `Entry class in ${basename(jarPath)}`, placeHolder: 'Which main class starts the job?' },
  );
  return picked ? picked.label : null;
}

async function pyFlinkScripts(folder: WorkspaceFolder): Promise<string[]> {
  const files = await workspace.findFiles(new RelativePattern(folder, '**/*.py'), NOT_SOURCES, MAX_SCRIPTS);
  const scripts: string[] = [];
  for (const uri of files) {
    const text = await readFile(uri.fsPath, 'utf8').catch(() => '');
    if (isPyFlinkJob(text)) scripts.push(uri.fsPath);
  }
  return scripts.sort();
}

export function isArtifactUri(arg: unknown): arg is Uri {
  return arg instanceof Uri && arg.scheme === 'file' && /\.(jar|py)$/.test(arg.fsPath);
}
