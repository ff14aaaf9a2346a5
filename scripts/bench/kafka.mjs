#!/usr/bin/env node
// Kafka benchmark (issue 14): how long the cluster's broker takes to start (container created →
// "Kafka Server started"), what it adds to `up`, and a produce → consume round trip of 10,000
// records through Kafka's own tools in the broker. A measurement, never a test. Writes
// docs/performance.md between the bench:kafka markers. Run alone: `node scripts/bench/kafka.mjs`.
// Needs Docker and the images (FLINKFT_IMAGE / FLINKFT_KAFKA_IMAGE, else flinkft/flink:local and
// flinkft/kafka:local; scripts/setup-test-env.sh builds both).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore, sweepBench, writePerformanceSection } from './cluster.mjs';

const START = '<!-- bench:kafka:start -->';
const END = '<!-- bench:kafka:end -->';
const log = (text) => console.error(`» kafka bench: ${text}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

function builder(core, runtime, image, workspace, name) {
  return new core.FlinkCluster(runtime)
    .withImage(image)
    .withWorkspace(workspace)
    .withName(`bench-${name}-${process.pid}`)
    .withLabels({ 'dev.flinkft.bench': String(process.pid) })
    .withPullPolicy('never')
    .withRestPort(28181)
    .withNextFreePortAllowed()
    .withTaskManagers(2);
}

/** One `up`, with or without the broker: total time, and the broker's own start (progress timestamps). */
async function measureUp(core, runtime, image, kafkaImage, workspace, withKafka) {
  let brokerCreated;
  let brokerStarted;
  const b = builder(core, runtime, image, workspace, withKafka ? 'kafka' : 'plain').withProgress((p) => {
    if (p.message.startsWith('Starting the Kafka broker')) brokerCreated = performance.now();
    if (p.message.startsWith('Kafka broker started')) brokerStarted = performance.now();
  });
  if (withKafka) b.withKafka({ image: kafkaImage, hostPort: 29392 });
  const started = performance.now();
  const cluster = await b.start();
  const upMs = performance.now() - started;
  return { cluster, upMs, brokerMs: withKafka ? brokerStarted - brokerCreated : undefined };
}

async function measureRoundTrip(broker, records) {
  await broker.createTopic('bench-round-trip');
  const values = Array.from({ length: records }, (_, i) => `id-${i}`);
  const produceStart = performance.now();
  await broker.produce('bench-round-trip', values);
  const produceMs = performance.now() - produceStart;
  const consumeStart = performance.now();
  const read = await broker.consume('bench-round-trip', { fromBeginning: true, maxMessages: records });
  const consumeMs = performance.now() - consumeStart;
  if (read !== records) throw new Error(`read ${read} of ${records} records`);
  return { produceMs, consumeMs };
}

function renderMarkdown(r) {
  return [
    START,
    '',
    '## Kafka broker in the local cluster',
    '',
    `Measured ${r.date} on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, images \`${r.image}\` and ` +
      `\`${r.kafkaImage}\`, by \`node scripts/bench/kafka.mjs\` (1-minute load average ${r.load.start.toFixed(1)} at the start, ` +
      `${r.load.end.toFixed(1)} at the end; other work on the 2 cores inflates every number).`,
    '',
    '| Measure | Result |',
    '|---|---|',
    `| Broker start: container created → "Kafka Server started" (median of ${r.brokerMs.length}: ${r.brokerMs.map(fmt).join(', ')}) | ${fmt(median(r.brokerMs))} |`,
    `| \`up --kafka\` → web UI, 2 TaskManagers and the broker ready (median of ${r.upKafkaMs.length}: ${r.upKafkaMs.map(fmt).join(', ')}) | ${fmt(median(r.upKafkaMs))} |`,
    `| \`up\` without Kafka, same run (median of ${r.upPlainMs.length}: ${r.upPlainMs.map(fmt).join(', ')}) | ${fmt(median(r.upPlainMs))} |`,
    `| Produce ${r.records.toLocaleString('en')} records (console producer in the broker, stdin through the exec API, acks=all) | ${fmt(r.roundTrip.produceMs)} |`,
    `| Consume them from the beginning, read_committed (console consumer, until ${r.records.toLocaleString('en')} read) | ${fmt(r.roundTrip.consumeMs)} |`,
    '',
    "**How.** The broker is created right after the cluster's network and boots while the JobManager and TaskManagers start; `up --kafka` " +
      'returns when both the Flink waits and the broker\'s start line are seen, so the broker adds to `up` only what it takes beyond Flink. ' +
      'Each tool call starts a JVM in the broker container (about 1–3 s of the produce and consume figures).',
    '',
    END,
  ].join('\n');
}

export async function benchKafka({
  image = process.env.FLINKFT_IMAGE || 'flinkft/flink:local',
  kafkaImage = process.env.FLINKFT_KAFKA_IMAGE || 'flinkft/kafka:local',
  runs = 3,
  records = 10_000,
  write = true,
} = {}) {
  const core = await loadCore();
  const runtime = new core.DockerRuntimeClient(core.dockerEndpointFromEnv(process.env));
  await runtime.ping();
  const workspace = mkdtempSync(join(tmpdir(), 'flinkft-kafka-bench-'));
  const load = { start: loadavg()[0] };
  const brokerMs = [];
  const upKafkaMs = [];
  const upPlainMs = [];
  let roundTrip;
  try {
    for (let i = 0; i < runs; i++) {
      const plain = await measureUp(core, runtime, image, kafkaImage, workspace, false);
      upPlainMs.push(plain.upMs);
      await plain.cluster.down({ purge: true });
      const withKafka = await measureUp(core, runtime, image, kafkaImage, workspace, true);
      upKafkaMs.push(withKafka.upMs);
      brokerMs.push(withKafka.brokerMs);
      log(`up ${fmt(plain.upMs)}, up --kafka ${fmt(withKafka.upMs)}, broker ${fmt(withKafka.brokerMs)}`);
      if (i === runs - 1) {
        roundTrip = await measureRoundTrip(await withKafka.cluster.kafka(), records);
        log(`produce ${fmt(roundTrip.produceMs)}, consume ${fmt(roundTrip.consumeMs)}`);
      }
      await withKafka.cluster.down({ purge: true });
    }
    const results = { date: new Date().toISOString().slice(0, 10), image, kafkaImage, brokerMs, upKafkaMs, upPlainMs, records, roundTrip, load: { ...load, end: loadavg()[0] } };
    const markdown = renderMarkdown(results);
    if (write) writePerformanceSection(markdown, START, END);
    return { results, markdown };
  } finally {
    await sweepBench(runtime);
    rmSync(workspace, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { markdown } = await benchKafka();
  console.log(markdown);
}
