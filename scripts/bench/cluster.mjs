#!/usr/bin/env node
// Cluster benchmark (issue 3, point 8): `up` → all TaskManagers registered (cold and warm), SIGKILL →
// REST noticing (our settings and Flink's defaults), and a line printed in a TaskManager → seen by
// our tail. A measurement, never a test: missed targets are reported, not failed. Writes
// docs/performance.md between the bench:cluster markers. Run alone (`node scripts/bench/cluster.mjs`)
// or through benchCluster() from scripts/bench.mjs. Needs Docker and the image (FLINKFT_IMAGE or
// flinkft/flink:local; scripts/setup-test-env.sh builds it).
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const START = '<!-- bench:cluster:start -->';
const END = '<!-- bench:cluster:end -->';
const TARGETS = { warmUpMs: 20_000, killNoticedMs: 5_000, printVisibleMs: 1_000 };
const FLINK_DEFAULT_HEARTBEAT = { 'heartbeat.interval': '10000', 'heartbeat.timeout': '50000', 'heartbeat.rpc-failure-threshold': '2' };

const log = (text) => console.error(`» cluster bench: ${text}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (msValue) => (msValue >= 1000 ? `${(msValue / 1000).toFixed(2)} s` : `${msValue.toFixed(0)} ms`);
const verdict = (ok) => (ok ? '✅ met' : '❌ missed');

/** Bundles the cluster code the benchmarks drive (also used by scripts/bench/kafka.mjs). */
export async function loadCore() {
  return loadBundle('cluster-entry.ts', 'cluster-entry.cjs', { external: ['dockerode'] });
}

async function until(condition, what, timeoutMs, intervalMs = 20) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Drops the page cache so the first start reads the image from disk; needs root, else says so. */
function dropCaches() {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

function builder(core, runtime, image, workspace, name) {
  return new core.FlinkCluster(runtime)
    .withImage(image)
    .withWorkspace(workspace)
    .withName(`bench-${name}-${process.pid}`)
    .withLabels({ 'dev.flinkft.bench': String(process.pid) })
    .withPullPolicy('never')
    .withRestPort(28081)
    .withNextFreePortAllowed();
}

async function measureUp(core, runtime, image, workspace, taskManagers) {
  const started = performance.now();
  const cluster = await builder(core, runtime, image, workspace, 'up').withTaskManagers(taskManagers).start();
  const elapsed = performance.now() - started;
  await cluster.down({ purge: true });
  return elapsed;
}

/** Kill → gone from REST /taskmanagers, polled every 50 ms; the TM is restarted between rounds. */
async function measureKills(core, runtime, image, workspace, name, properties, rounds) {
  const cluster = await builder(core, runtime, image, workspace, name).withTaskManagers(2).withFlinkProperties(properties).start();
  const samples = [];
  try {
    for (let i = 0; i < rounds; i++) {
      await cluster.restartTaskManager('tm-2').catch(() => undefined);
      await core.Wait.forTaskManagers({ count: 2, present: ['tm-2'] }).withTimeout(120_000).waitUntilReady(cluster.waitTarget());
      const started = performance.now();
      await cluster.killTaskManager('tm-2');
      await core.Wait.forTaskManagerGone('tm-2').withPollInterval(50).withTimeout(120_000).waitUntilReady(cluster.waitTarget());
      samples.push(performance.now() - started);
      log(`${name}: kill noticed after ${fmt(samples.at(-1))}`);
    }
  } finally {
    await cluster.down({ purge: true });
  }
  return samples;
}

const PRINT_JOB = `
from pyflink.table import EnvironmentSettings, TableEnvironment
t_env = TableEnvironment.create(EnvironmentSettings.in_streaming_mode())
t_env.execute_sql("CREATE TABLE src (n BIGINT) WITH ('connector'='datagen','rows-per-second'='5','fields.n.kind'='sequence','fields.n.start'='1','fields.n.end'='1000000')")
t_env.execute_sql("CREATE TABLE printed (n BIGINT, ts TIMESTAMP_LTZ(3)) WITH ('connector'='print','print-identifier'='probe')")
t_env.execute_sql("INSERT INTO printed SELECT n, CURRENT_ROW_TIMESTAMP() FROM src")
`;

/** Print → our tail: the print sink stamps each row (CURRENT_ROW_TIMESTAMP, UTC); we compare with arrival. */
async function measurePrints(core, runtime, image, workspace, samplesWanted) {
  writeFileSync(join(workspace, 'bench_print_job.py'), PRINT_JOB);
  const cluster = await builder(core, runtime, image, workspace, 'print').withTaskManagers(1).start();
  const delays = [];
  let example = '';
  const filter = new core.JobOutputFilter();
  const tail = await new core.TaskManagerOutput({
    logsRoot: join(workspace, '.flink/logs'),
    onLine: ({ line, time }) => {
      if (!filter.accept(line)) return;
      const stamp = /(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?)/.exec(line);
      if (!line.startsWith('probe') || !stamp) return;
      example ||= line;
      delays.push(time.getTime() - Date.parse(`${stamp[1]}T${stamp[2]}Z`));
    },
  }).start();
  try {
    const run = await cluster.execInJobManager(['flink', 'run', '-d', '-py', '/workspace/bench_print_job.py']);
    if (run.exitCode !== 0) throw new Error(`flink run failed:\n${run.output}`);
    await until(() => delays.length >= samplesWanted, `${samplesWanted} printed rows`, 180_000, 100);
  } finally {
    await tail.stop();
    await cluster.down({ purge: true });
  }
  return { delays: delays.slice(0, samplesWanted), example };
}

/** Our tail alone: lines appended to a .out file → emitted (no Flink in the path). */
async function measureTailOnly(core, workspace, samplesWanted) {
  const dir = join(workspace, '.flink/logs/tm-9');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'flink--taskexecutor-0-tm-9.out');
  writeFileSync(file, '');
  const sent = new Map();
  const delays = [];
  const tail = await new core.TaskManagerOutput({
    logsRoot: join(workspace, '.flink/logs'),
    onLine: ({ line, time }) => sent.has(line) && delays.push(time.getTime() - sent.get(line)),
  }).start();
  for (let i = 0; i < samplesWanted; i++) {
    const line = `line-${i}`;
    sent.set(line, Date.now());
    appendFileSync(file, `${line}\n`);
    await until(() => delays.length > i, `line ${i}`, 5_000, 5);
    await new Promise((resolve) => setTimeout(resolve, 37)); // spread the writes over the poll period
  }
  await tail.stop();
  return delays;
}

/** Removes what this run created (by its bench label), should a measurement have thrown midway. */
export async function sweepBench(runtime) {
  const filter = { 'dev.flinkft.bench': String(process.pid) };
  for (const v of await runtime.listVolumes(filter)) await runtime.removeVolume(v.name);
  for (const c of await runtime.listContainers(filter)) await runtime.removeContainer(c.id);
  for (const n of await runtime.listNetworks(filter)) await runtime.removeNetwork(n.id);
}

function renderMarkdown(r) {
  const out = [START, '', '## Local cluster (Docker)', ''];
  out.push(
    `Measured ${r.date} on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, image \`${r.image}\`, ` +
      `by \`node scripts/bench/cluster.mjs\` (1-minute load average ${r.load.start.toFixed(1)} at the start, ${r.load.end.toFixed(1)} at the end; ` +
      'other work on the 2 cores inflates every number).',
    '',
  );
  out.push('| Measure | Result | Target | |', '|---|---|---|---|');
  out.push(`| \`up\` → web UI + 2 TaskManagers registered, cold (${r.coldNote}) | ${fmt(r.coldUpMs)} | — | |`);
  out.push(`| \`up\` → web UI + 2 TaskManagers registered, warm (median of ${r.warmUpMs.length}: ${r.warmUpMs.map(fmt).join(', ')}) | ${fmt(median(r.warmUpMs))} | ≤ ${TARGETS.warmUpMs / 1000} s | ${verdict(median(r.warmUpMs) <= TARGETS.warmUpMs)} |`);
  out.push(`| SIGKILL → gone from REST \`/taskmanagers\`, our settings (median of ${r.killOurs.length}: ${r.killOurs.map(fmt).join(', ')}) | ${fmt(median(r.killOurs))} | ≤ ${TARGETS.killNoticedMs / 1000} s | ${verdict(Math.max(...r.killOurs) <= TARGETS.killNoticedMs)} |`);
  out.push(`| SIGKILL → gone from REST, Flink's defaults (10 s / 50 s / 2; ${r.killDefaults.map(fmt).join(', ')}) | ${fmt(median(r.killDefaults))} | — | |`);
  out.push(`| Job print → our tail, through Flink (median / max of ${r.prints.delays.length} rows) | ${fmt(median(r.prints.delays))} / ${fmt(Math.max(...r.prints.delays))} | ≤ ${TARGETS.printVisibleMs / 1000} s | ${verdict(Math.max(...r.prints.delays) <= TARGETS.printVisibleMs)} |`);
  out.push(`| Line appended to a \`.out\` file → our tail (median / max of ${r.tailOnly.length}) | ${fmt(median(r.tailOnly))} / ${fmt(Math.max(...r.tailOnly))} | — | |`);
  out.push('');
  out.push(
    '**How.** `up` is `FlinkCluster.start()` until `Wait.forHttp(\'/\')` and `Wait.forTaskManagers(2)` pass (JobManager + 2 TaskManagers, 2 slots each); ' +
      'warm runs reuse the image in the page cache, the cold run follows a page-cache drop. Kills: `docker kill -s KILL` of tm-2, then REST polled every 50 ms ' +
      `until tm-2 is no longer listed; our settings are heartbeat.interval 1 s, heartbeat.timeout 4 s, rpc-failure-threshold 1. Prints: a PyFlink job ` +
      '(datagen → print connector, 5 rows/s) stamps each row with `CURRENT_ROW_TIMESTAMP()`; the delay is our tail\'s arrival time minus that stamp ' +
      `(ms resolution, same kernel clock). Example line: \`${r.prints.example}\`. The tail polls every 200 ms, which bounds the delay.`,
  );
  out.push('', END);
  return out.join('\n');
}

/** Replaces docs/performance.md between `start` and `end` (appends the section the first time). */
export function writePerformanceSection(section, start = START, end = END) {
  const docPath = join(root, 'docs/performance.md');
  const header = '# Performance\n\nMeasured numbers, regenerated by the benchmarks; each section is replaced between its own markers.\n\n';
  const current = existsSync(docPath) ? readFileSync(docPath, 'utf8') : header;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? current.slice(0, from) + section + current.slice(to + end.length) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docPath, next);
}

/** Runs every measurement; returns the results and the Markdown section. */
export async function benchCluster({ image = process.env.FLINKFT_IMAGE || 'flinkft/flink:local', warmRuns = 3, killRounds = 5, defaultKillRounds = 2, prints = 20, write = true } = {}) {
  const core = await loadCore();
  const runtime = new core.DockerRuntimeClient(core.dockerEndpointFromEnv(process.env));
  await runtime.ping();
  const workspace = mkdtempSync(join(tmpdir(), 'flinkft-bench-'));
  const load = { start: loadavg()[0] };
  try {
    const dropped = dropCaches();
    log(dropped ? 'page cache dropped; cold up' : 'cannot drop the page cache (not root?); first up of this run');
    const coldUpMs = await measureUp(core, runtime, image, workspace, 2);
    log(`cold up ${fmt(coldUpMs)}`);
    const warmUpMs = [];
    for (let i = 0; i < warmRuns; i++) {
      warmUpMs.push(await measureUp(core, runtime, image, workspace, 2));
      log(`warm up ${fmt(warmUpMs.at(-1))}`);
    }
    const killOurs = await measureKills(core, runtime, image, workspace, 'kill-ours', {}, killRounds);
    const killDefaults = await measureKills(core, runtime, image, workspace, 'kill-defaults', FLINK_DEFAULT_HEARTBEAT, defaultKillRounds);
    const printResult = await measurePrints(core, runtime, image, workspace, prints);
    log(`print delays ${printResult.delays.map(fmt).join(', ')}`);
    const tailOnly = await measureTailOnly(core, workspace, prints);
    const results = {
      date: new Date().toISOString().slice(0, 10),
      image,
      coldNote: dropped ? 'after dropping the page cache' : 'first start of the run; page cache not dropped',
      coldUpMs,
      warmUpMs,
      killOurs,
      killDefaults,
      prints: printResult,
      tailOnly,
      load: { ...load, end: loadavg()[0] },
    };
    const markdown = renderMarkdown(results);
    if (write) writePerformanceSection(markdown);
    return { results, markdown };
  } finally {
    await sweepBench(runtime);
    rmSync(workspace, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { markdown } = await benchCluster();
  console.log(markdown);
}
