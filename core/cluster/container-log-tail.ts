import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RuntimeClient } from './runtime/runtime-client.js';

/**
 * The last lines that explain a failed start. With stdout redirected to files the console only
 * carries the entrypoint's own lines, so the newest .err and .log files of the container's log
 * folder are read as well.
 */
export async function collectLogTail(runtime: RuntimeClient, containerId: string, logDir: string, lines = 25): Promise<string[]> {
  const console = await runtime.containerLogs(containerId, SCAN_LINES).catch(() => [] as string[]);
  const files: string[] = [];
  for (const suffix of ['.err', '.log']) {
    const newest = await newestFile(logDir, suffix);
    if (newest) files.push(...tailLines(await readFile(newest, 'utf8').catch(() => ''), SCAN_LINES));
  }
  return withHeadline([...console, ...files].filter((l) => l.trim().length > 0), lines);
}

/** Lines read to find the exception's headline, which a long stack trace pushes out of the tail. */
const SCAN_LINES = 200;
const HEADLINE = /^(?:Exception in thread |Caused by: )|^\S*(?:Exception|Error): /;

/**
 * The last `count` lines; when they are all stack frames, the exception's last headline
 * (`Caused by: …`) goes first, since it is the line that says what went wrong.
 */
export function withHeadline(all: readonly string[], count: number): string[] {
  const tail = all.slice(-count);
  if (tail.some((l) => HEADLINE.test(l))) return tail;
  const headline = all.findLast((l) => HEADLINE.test(l));
  return headline ? [headline, '…', ...tail.slice(2)] : tail;
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
