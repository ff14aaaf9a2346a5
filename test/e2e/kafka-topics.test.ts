// Kafka topics from the editor, as a user drives them, in one trusted session with
// flinkFt.cluster.kafka on: a topic command without a cluster says how to get a broker and its
// button starts the cluster with one; then create a topic, produce numbered test records, follow the
// topic into the Output channel "Kafka <topic>" (records written meanwhile appear too) and stop
// following. The steps build on each other (one cluster per file).
//
// Oracles: Docker (the broker container by its labels), the topic read back by core's KafkaBroker,
// and the consumer processes inside the broker container.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerRuntimeClient, adoptCluster, dockerEndpointFromEnv, type KafkaBroker } from '../../core/cluster/index.js';
import { captureFailures } from './harness/capture-failures.js';
import { labelledContainers, removeLeftovers } from './harness/docker.js';
import { answerInputBox } from './harness/input-box.js';
import { waitForNotification } from './harness/notifications.js';
import { pick, pickRows, runCommandToPick, waitForPick } from './harness/quick-pick.js';
import { startSession, type Session } from './harness/session.js';
import { showFlinkView, waitForFlinkContributions, waitForTreeRows } from './harness/tree-view.js';
import { waitFor } from './harness/wait-for.js';

// Ports of their own, so Docker tests running at the same time never collide with this cluster.
const REST_PORT = 18391;
const KAFKA_PORT = 19391;
const VIEW = 'Local Cluster';
const TOPIC = 'words';
const CHANNEL = `Kafka ${TOPIC}`;

let session: Session | undefined;
let folder = '';
/** The numbered records Produce Test Records… wrote, read from its notification. */
let produced: string[] = [];

function s(): Session {
  if (!session) throw new Error('no UI session');
  return session;
}

beforeAll(async () => {
  session = await startSession({
    name: 'kafka-topics',
    trusted: true,
    settings: {
      // Offline images built by scripts/setup-test-env.sh (docs/image-contract.md, docs/kafka.md).
      'flinkFt.cluster.image': process.env['FLINKFT_IMAGE'] || 'flinkft/flink:local',
      'flinkFt.cluster.kafkaImage': process.env['FLINKFT_KAFKA_IMAGE'] || 'flinkft/kafka:local',
      'flinkFt.cluster.kafka': true,
      'flinkFt.cluster.kafkaPort': KAFKA_PORT,
      'flinkFt.cluster.restPort': REST_PORT,
      // No job runs here: one TaskManager is enough and spares the loaded machine.
      'flinkFt.cluster.taskManagers': 1,
    },
  });
  folder = session.workspace.folder;
  await waitForFlinkContributions(session.page);
}, 900_000);

afterAll(async () => {
  if (folder) await removeLeftovers(folder);
  await session?.stop();
});
captureFailures(() => session);

/** The broker as core finds it for this folder: the oracle for what the editor did. */
async function broker(): Promise<KafkaBroker> {
  const cluster = await adoptCluster(new DockerRuntimeClient(dockerEndpointFromEnv(process.env)), { workspace: folder });
  const found = await cluster?.kafka();
  if (!found) throw new Error(`no Kafka broker for ${folder}`);
  return found;
}

/** Console consumers running in the broker container: JVMs with ConsoleConsumer on their command line ([C] keeps grep itself out). */
async function consumersInBroker(): Promise<number> {
  const runtime = new DockerRuntimeClient(dockerEndpointFromEnv(process.env));
  const { containerId } = (await broker()).status();
  const result = await runtime.exec(containerId, ['sh', '-c', 'grep -l "[C]onsoleConsumer" /proc/[0-9]*/cmdline 2>/dev/null | wc -l']);
  return Number(result.output.trim().split('\n').pop());
}

/** Clicks a button of the toast whose message `matches`. */
async function clickNotificationButton(matches: (message: string) => boolean, button: string): Promise<void> {
  const { page } = s();
  await waitForNotification(page, `with a "${button}" button`, (message) => matches(message));
  const toast = page.locator('.notifications-toasts .notification-list-item').filter({ has: page.locator('.notification-list-item-message', { hasText: /./ }) });
  for (const item of await toast.all()) {
    const message = ((await item.locator('.notification-list-item-message').textContent()) ?? '').trim();
    if (matches(message)) {
      await item.locator('.notification-list-item-buttons-container .monaco-button', { hasText: button }).click();
      return;
    }
  }
  throw new Error(`no toast matched for the button ${button}`);
}

/** The editor renders spaces as no-break spaces: read them back as spaces. */
function lines(text: string): string[] {
  return text.replace(/\u00a0/g, ' ').split('\n').map((line) => line.trim()).filter(Boolean);
}

describe('Kafka topics from the editor', () => {
  it('without a cluster, List Kafka Topics says to start the cluster with Kafka, and its button starts one with the broker', async () => {
    const { page, workbench } = s();
    await workbench.runCommand('Flink: List Kafka Topics');
    const advice = await waitForNotification(page, 'that no cluster with Kafka runs', (message) => message.startsWith('No local cluster is running.'), 120_000);
    expect(advice.message).toBe('No local cluster is running. Start the cluster with Kafka (setting flinkFt.cluster.kafka is on): Start Local Cluster.');
    expect(advice.buttons).toEqual(['Start Local Cluster', 'Open Setting']);
    await clickNotificationButton((message) => message === advice.message, 'Start Local Cluster');
    await waitForNotification(page, 'with the start progress', (message) => message.startsWith('Flink: starting the local cluster with Kafka'));
    await showFlinkView(page, (title) => workbench.runCommand(title));
    await waitForTreeRows(page, VIEW, 'the Kafka broker running', (rows) => rows.some((r) => r.label === 'Kafka' && r.description === `running · kafka:9092 (jobs) · 127.0.0.1:${KAFKA_PORT} (host)`), 600_000);
    expect((await labelledContainers(folder)).map((c) => [c.role, c.state])).toEqual([
      ['jobmanager', 'running'],
      ['kafka', 'running'],
      ['taskmanager', 'running'],
    ]);
    // The command goes on once the broker is there: it has no topics yet and offers to create one.
    await waitForNotification(page, 'that the broker has no topics', (message) => message === `The Kafka broker (127.0.0.1:${KAFKA_PORT}) has no topics yet.`, 180_000);
  }, 900_000);

  it("creates a topic from the notification's Create Kafka Topic… button", async () => {
    const { page } = s();
    await clickNotificationButton((message) => message.endsWith('has no topics yet.'), 'Create Kafka Topic…');
    await answerInputBox(page, 'Create Kafka Topic', TOPIC);
    await answerInputBox(page, `Partitions of '${TOPIC}'`, '2');
    const created = await waitForNotification(page, 'that the topic exists', (message) => message.startsWith(`Topic '${TOPIC}' is there`), 180_000);
    expect(created.message).toBe(`Topic '${TOPIC}' is there: kafka:9092 for jobs, 127.0.0.1:${KAFKA_PORT} from this machine.`);
    expect(created.buttons).toEqual(['Produce Test Records…', 'Follow Topic…']);
    expect(await (await broker()).listTopics()).toContain(TOPIC);
  }, 300_000);

  it('produces numbered test records with Produce Test Records…, which the topic then holds', async () => {
    const { page } = s();
    await runCommandToPick(page, 'Flink: Produce Test Records…', 'Produce Test Records', TOPIC);
    expect(await pickRows(page)).toEqual([`${TOPIC} |  | `]);
    await pick(page, TOPIC);
    await waitForPick(page, `Records for '${TOPIC}'`, 'Numbered test records');
    await pick(page, 'Numbered test records');
    await answerInputBox(page, `Number of test records for '${TOPIC}'`, '5');
    const wrote = await waitForNotification(page, 'that 5 records were written', (message) => message.startsWith(`Wrote 5 record(s) to '${TOPIC}'`), 180_000);
    const stamp = /: (test-\d{8}T\d{6}Z)-1 … test-\d{8}T\d{6}Z-5\.$/.exec(wrote.message)?.[1];
    expect(stamp, wrote.message).toBeDefined();
    produced = [1, 2, 3, 4, 5].map((n) => `${stamp}-${n}`);
    const read: string[] = [];
    await (await broker()).consume(TOPIC, { fromBeginning: true, maxMessages: 5, idleTimeoutMs: 60_000, onRecord: (value) => read.push(value) });
    // Two partitions: the order across them is not fixed.
    expect(read.sort()).toEqual([...produced].sort());
  }, 300_000);

  it("follows the topic from the beginning into the Output channel 'Kafka words', with records written meanwhile", async () => {
    const { page, workbench } = s();
    expect(produced).toHaveLength(5);
    await runCommandToPick(page, 'Flink: Follow Kafka Topic…', 'Follow Kafka Topic', TOPIC);
    // The consumer group of the check above made __consumer_offsets: internal topics are not offered.
    expect(await pickRows(page)).toEqual([`${TOPIC} |  | `]);
    await pick(page, TOPIC);
    await waitForPick(page, `Follow '${TOPIC}' (read_committed; setting flinkFt.kafka.isolation)`, 'From the beginning');
    await pick(page, 'From the beginning');
    const first = await workbench.output((channel, text) => channel === CHANNEL && produced.every((value) => lines(text).includes(value)), { timeoutMs: 180_000 });
    expect(lines(first.text)[0]).toMatch(/^──── following 'words' since \d\d:\d\d:\d\d UTC: read_committed, from the beginning ────$/);
    expect(await consumersInBroker()).toBe(1);
    // Written by another client while the editor follows: they show up too.
    const live = ['live-1', 'live-2'];
    await (await broker()).produce(TOPIC, live);
    const after = await workbench.output((channel, text) => channel === CHANNEL && live.every((value) => lines(text).includes(value)), { timeoutMs: 120_000 });
    expect(lines(after.text).filter((line) => !line.startsWith('────')).sort()).toEqual([...produced, ...live].sort());
    await workbench.screenshot('kafka-follow', { docs: true });
  }, 400_000);

  it('Stop Following Kafka Topic ends the follow and the consumer in the broker container', async () => {
    const { page, workbench } = s();
    await workbench.runCommand('Flink: Stop Following Kafka Topic');
    await waitForNotification(page, 'that the follow stopped', (message) => message === `Stopped following '${TOPIC}' after 7 record(s).`, 120_000);
    await waitFor('no console consumer left in the broker', async () => (await consumersInBroker()) === 0, { timeoutMs: 60_000 });
    await workbench.output((channel, text) => channel === CHANNEL && lines(text).at(-1) === `──── stopped following '${TOPIC}' after 7 record(s) ────`, { timeoutMs: 60_000 });
  }, 300_000);
});
