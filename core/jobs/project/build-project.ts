import { spawn } from 'node:child_process';
import { BuildFailedError } from '../errors/build-failed-error.js';
import { parseCompilerMessages, type CompilerMessage } from './compiler-messages.js';
import { detectProject, type JvmProject } from './detect-project.js';
import { findJobJar } from './find-job-jars.js';

export interface BuildOptions {
  /** Output as it arrives (for an output channel or the terminal); chunks, not lines. */
  onOutput?: (chunk: string) => void;
  signal?: AbortSignal;
  /** Extra environment for the build tool (the caller's edge decides; nothing is read here). */
  env?: NodeJS.ProcessEnv;
}

export interface BuildResult {
  project: JvmProject;
  /** The job jar the build produced. */
  jarPath: string;
  /** Compiler warnings (errors would have thrown). */
  warnings: CompilerMessage[];
  durationMs: number;
}

const OUTPUT_TAIL_LINES = 30;

/**
 * Packages a Maven or Gradle project as a child process (the CLI's path; the editor runs the same
 * command as a task with problem matchers) and returns the job jar. A failing build throws
 * BuildFailedError with the compiler's locations.
 */
export async function buildProject(dir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const project = await detectProject(dir);
  const started = performance.now();
  const { exitCode, output } = await run(project, options);
  const messages = parseCompilerMessages(output);
  if (exitCode !== 0) {
    throw new BuildFailedError({
      command: [project.command, ...project.args].join(' '),
      exitCode,
      errors: messages.filter((m) => m.severity === 'error'),
      outputTail: output.trimEnd().split('\n').slice(-OUTPUT_TAIL_LINES).join('\n'),
    });
  }
  return {
    project,
    jarPath: await findJobJar(project.outputDir),
    warnings: messages.filter((m) => m.severity === 'warning'),
    durationMs: performance.now() - started,
  };
}

function run(project: JvmProject, options: BuildOptions): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(project.command, project.args, {
      cwd: project.dir,
      ...(options.env ? { env: options.env } : {}),
      signal: options.signal,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: string[] = [];
    const collect = (data: Buffer): void => {
      const text = data.toString('utf8');
      chunks.push(text);
      options.onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(new BuildFailedError({ command: project.command, exitCode: null, errors: [], outputTail: `${project.command} was not found on PATH: install ${project.tool === 'maven' ? 'Maven' : 'Gradle'} or add a wrapper (${project.tool === 'maven' ? 'mvnw' : 'gradlew'}) to the project.` }));
      } else {
        reject(error);
      }
    });
    child.on('close', (code) => resolve({ exitCode: code, output: chunks.join('') }));
  });
}
