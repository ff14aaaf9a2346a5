// Runs once before the UI tier: installs (or finds cached) Chromium, Node 24 and code-server, then
// packages the extension if its inputs changed. Both steps are idempotent and fast when warm.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { ensureVsix } from './harness/ensure-vsix.js';
import { resultsDir, setupScript } from './harness/paths.js';

export default function setup(): void {
  // Only this run's screenshots and logs: a stale failure screenshot would mislead.
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  execFileSync('bash', [setupScript], { stdio: ['ignore', 'inherit', 'inherit'] });
  ensureVsix();
}
