// "The output did not start over": compare what the job printed after recovery with what it printed
// before. The per-job assertion is a regex whose named group `value` must keep increasing (optionally
// per `key` group), or an external script that gets both sides as JSON.
import { spawn } from 'node:child_process';
import type { OutputRecord } from './drill-ports.js';

export type ProgressAssertion =
  | { kind: 'regex'; pattern: string }
  | { kind: 'script'; command: string; cwd?: string };

/** The probe jobs' format: seq per key must continue, never return to its start. */
export const PROBE_LINE = /probe key=(?<key>\d+) seq=(?<value>\d+) status=(?<status>\w+)/;
export const PROBE_ASSERTION: ProgressAssertion = { kind: 'regex', pattern: PROBE_LINE.source };

export interface ProgressVerdict {
  status: 'passed' | 'failed' | 'skipped';
  expected: string;
  seen: string;
  evidence: Record<string, unknown>;
}

interface Sample {
  key: string;
  value: number;
}

function samples(records: readonly OutputRecord[], pattern: RegExp): Sample[] {
  const out: Sample[] = [];
  for (const r of records) {
    const m = pattern.exec(r.line);
    const value = m?.groups?.['value'];
    if (value === undefined || !Number.isFinite(Number(value))) continue;
    out.push({ key: m?.groups?.['key'] ?? '', value: Number(value) });
  }
  return out;
}

/** Compiles a user pattern, insisting on the `value` group so a typo cannot make the check vacuous. */
export function compileProgressPattern(pattern: string): RegExp {
  const re = new RegExp(pattern);
  if (!/\(\?<value>/.test(pattern)) throw new Error(`The progress pattern needs a named group 'value' (e.g. "count=(?<value>\\d+)"), got: ${pattern}`);
  return re;
}

/**
 * Regex check. For every key seen on both sides, the lowest value printed after the kill must be
 * above the lowest value printed before it: a source that started over prints its first values
 * again (the negative control, a non-replayable source); a restored one resumes at its checkpoint.
 */
export function checkRegexProgress(before: readonly OutputRecord[], after: readonly OutputRecord[], pattern: RegExp): ProgressVerdict {
  const b = samples(before, pattern);
  const a = samples(after, pattern);
  const expected = 'for each key, the values after the kill stay above where the job began (it resumed from its checkpoint, it did not start over)';
  if (b.length === 0 || a.length === 0) {
    return {
      status: 'skipped',
      expected,
      seen: `${b.length} matching line(s) before the kill and ${a.length} after recovery: nothing to compare`,
      evidence: { pattern: pattern.source, linesBefore: b.length, linesAfter: a.length },
    };
  }
  // Minimums, not first values: the old attempt's last lines may be read after the kill, and they
  // continue the old sequence; a source that started over prints its lowest values again.
  const minBefore = new Map<string, number>();
  const lastBefore = new Map<string, number>();
  for (const s of b) {
    minBefore.set(s.key, Math.min(s.value, minBefore.get(s.key) ?? Infinity));
    lastBefore.set(s.key, s.value);
  }
  const minAfter = new Map<string, number>();
  for (const s of a) minAfter.set(s.key, Math.min(s.value, minAfter.get(s.key) ?? Infinity));
  const perKey: Record<string, { firstBefore: number; lastBefore: number; lowestAfter: number }> = {};
  const startedOver: string[] = [];
  for (const [key, lowest] of minAfter) {
    const start = minBefore.get(key);
    if (start === undefined) continue;
    perKey[key || '(all)'] = { firstBefore: start, lastBefore: lastBefore.get(key) ?? start, lowestAfter: lowest };
    if (lowest <= start) startedOver.push(key || '(all)');
  }
  const evidence = { pattern: pattern.source, linesBefore: b.length, linesAfter: a.length, perKey };
  if (Object.keys(perKey).length === 0) {
    return { status: 'skipped', expected, seen: 'no key printed both before the kill and after recovery', evidence };
  }
  if (startedOver.length > 0) {
    const describe = startedOver.map((k) => `key ${k} printed ${perKey[k]!.lowestAfter} again after recovery (was at ${perKey[k]!.lastBefore} before the kill, began at ${perKey[k]!.firstBefore})`);
    return { status: 'failed', expected, seen: `started over: ${describe.join('; ')}`, evidence };
  }
  const shown = Object.entries(perKey).map(([k, v]) => `key ${k}: ${v.lastBefore} before, resumed at ${v.lowestAfter}`);
  return { status: 'passed', expected, seen: `continued: ${shown.join('; ')}`, evidence };
}

/**
 * Script check: the command runs in a shell with `{"before": [lines], "after": [lines]}` on stdin;
 * exit 0 means the output continued, anything else means it started over (its output is the evidence).
 */
export async function checkScriptProgress(
  before: readonly OutputRecord[],
  after: readonly OutputRecord[],
  command: string,
  cwd: string | undefined,
  signal?: AbortSignal,
): Promise<ProgressVerdict> {
  const input = JSON.stringify({ before: before.map((r) => r.line), after: after.map((r) => r.line) });
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    const child = spawn(command, { shell: true, cwd, signal, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c ?? 1, output: output.trim() }));
    child.stdin.end(input);
  });
  return {
    status: code === 0 ? 'passed' : 'failed',
    expected: `the assertion script '${command}' exits 0`,
    seen: `exit code ${code}${output ? `: ${output.slice(0, 500)}` : ''}`,
    evidence: { command, exitCode: code, output: output.slice(0, 2000), linesBefore: before.length, linesAfter: after.length },
  };
}
