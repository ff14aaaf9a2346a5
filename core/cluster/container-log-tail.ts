import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RuntimeClient } from './runtime/runtime-client.js';

/**
 * The last lines that explain a failed start. With stdout redirected to files the console only
 * carries the entrypoint's own lines, so the newest .err and .log files of the container's log
 * folder are read as well.
 */
export async function collectLogTail(runtime: RuntimeClient, containerId: string, logDir: string, lines = 25): Promise<string[]> {
  const console = await runtime.containerLogs(containerId, lines).catch(() => [] as string[]);
  const files: string[] = [];
  for (const suffix of ['.err', '.log']) {
    const newest = await newestFile(logDir, suffix);
    if (newest) files.push(...tailLines(await readFile(newest, 'utf8').catch(() => ''), lines));
  }
  return [...console, ...files].filter((l) => l.trim().length > 0).slice(-lines);
}

async function newestFile(dir: string, suffix: string): Promise<string | undefined> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let best: { path: string; mtime: number } | undefined;
  for (const name of names.filter((n) => n.endsWith(suffix))) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && (!best || info.mtimeMs > best.mtime)) best = { path, mtime: info.mtimeMs };
  }
  return best?.path;
}

function tailLines(text: string, count: number): string[] {
  return text.split('\n').filter((l) => l.length > 0).slice(-count);
}
