import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A PyFlink entry script and what it needs next to it. */
export interface PythonJob {
  scriptPath: string;
  /** `requirements.txt` beside the script, if any. */
  requirementsPath: string | undefined;
  /** Other .py files beside the script (shipped with -pyfs so imports work). */
  modulePaths: string[];
  /** Jars beside the script or referenced by path in it (add_jars, pipeline.jars), e.g. the Kafka SQL connector. */
  jarPaths: string[];
}

const JAR_URI = /file:\/\/(\/[^'";\s]+\.jar)/g;

/** Whether a .py file looks like a PyFlink job: imports pyflink and executes something. */
export function isPyFlinkJob(text: string): boolean {
  return /^\s*(?:from|import)\s+pyflink\b/m.test(text) && /\.\s*(?:execute|execute_sql|execute_insert|wait)\s*\(/.test(text);
}

/** Describes a PyFlink script's dependencies; nothing is installed or copied here. */
export async function describePythonJob(scriptPath: string): Promise<PythonJob> {
  const dir = dirname(scriptPath);
  const text = await readFile(scriptPath, 'utf8');
  const siblings = await readdir(dir).catch(() => [] as string[]);
  const referenced = [...text.matchAll(JAR_URI)].map((m) => m[1]!);
  const besides = siblings.filter((n) => n.endsWith('.jar')).map((n) => join(dir, n));
  return {
    scriptPath,
    requirementsPath: siblings.includes('requirements.txt') ? join(dir, 'requirements.txt') : undefined,
    modulePaths: siblings.filter((n) => n.endsWith('.py') && n !== basename(scriptPath)).map((n) => join(dir, n)),
    jarPaths: [...new Set([...besides, ...referenced])],
  };
}
