import { DockerRuntimeClient, FlinkCluster, dockerEndpointFromEnv, Wait } from '/work/main/core/cluster/index.js';
import { readFile, readdir, mkdir } from 'node:fs/promises';
async function main() {
const runtime = new DockerRuntimeClient(dockerEndpointFromEnv(process.env));
const ws = '/tmp/jobs-work/ws';
await mkdir(ws, { recursive: true });
const t0 = Date.now();
const cluster = await new FlinkCluster(runtime).withImage('flinkft/flink:local').withWorkspace(ws).withName('jobs-scratch').withRestPort(18091).withPullPolicy('never').withLabels({ 'dev.flinkft.test-run': 'scratch' }).start();
console.log('cluster up', Date.now() - t0);
const mode = process.env.PROBE_MODE ?? 'java';
let jobId: string;
if (mode === 'java') {
  const jar = await cluster.rest.uploadJar('/work/main/examples/probe/java/target/fault-tolerance-probe-1.0.0.jar');
  const t1 = Date.now();
  jobId = await cluster.rest.runJar(jar.id, { programArgsList: ['--rate', '20'] });
  console.log('submitted', jobId, Date.now() - t1);
} else {
  const jm = (await runtime.listContainers({ 'dev.flinkft.cluster': 'jobs-scratch', 'dev.flinkft.role': 'jobmanager' }))[0]!;
  const src = await readFile('/work/main/examples/probe/python/probe.py', 'utf8');
  await runtime.exec(jm.id, ['sh', '-c', `cat > /tmp/probe.py <<'PYEOF'\n${src}\nPYEOF`], { user: 'flink' });
  const t1 = Date.now();
  const r = await runtime.exec(jm.id, ['flink', 'run', '-d', '-py', '/tmp/probe.py'], { user: 'flink' });
  console.log(r.exitCode, r.output, Date.now() - t1);
  jobId = /JobID ([0-9a-f]{32})/.exec(r.output)![1]!;
}
const t2 = Date.now();
await Wait.forJobState(jobId, 'RUNNING').withTimeout(120_000).waitUntilReady(cluster.waitTarget());
console.log('running after', Date.now() - t2);
await Wait.forCompletedCheckpoints(jobId, 3).withTimeout(120_000).waitUntilReady(cluster.waitTarget());
console.log('3 checkpoints after', Date.now() - t2);
const cps = await cluster.rest.checkpoints(jobId);
console.log(JSON.stringify(cps.latest.completed), cps.history.map(h => [h.id, h.trigger_timestamp, h.end_to_end_duration]));
for (const tm of ['tm-1', 'tm-2']) {
  const files = await readdir(`${ws}/.flink/logs/${tm}`);
  console.log(tm, files);
  for (const f of files.filter(f => f.endsWith('.out'))) { const t = await readFile(`${ws}/.flink/logs/${tm}/${f}`, 'utf8'); console.log(t.split('\n').slice(0, 5).join('\n'), '...', t.split('\n').length); }
}

}
import { test } from 'vitest';
test('try', async () => { await main(); }, 600000);
