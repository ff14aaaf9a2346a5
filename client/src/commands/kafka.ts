// Topic commands on the cluster's Kafka broker: create, list, produce test records, follow a topic
// into an output channel and stop following. core's KafkaBroker runs Kafka's own tools in the broker
// container; these factories only ask, show progress and report.
import { commands, ProgressLocation, window, type QuickPickItem } from 'vscode';
import { isValidTopicName, type KafkaBroker } from '../../../core/cluster/index.js';
import { COMMAND_IDS } from '../../../core/protocol/index.js';
import type { Ctx } from '../ctx.js';
import { showClusterError } from '../errors/show-error.js';
import { requireKafkaBroker } from '../kafka/require-broker.js';
import { describeRecords, numberedTestRecords, recordCountProblem, recordsFromText } from '../kafka/test-records.js';
import { userTopics } from '../kafka/user-topics.js';
import type { Cmd } from './cmd.js';

const TOPIC_RULE = "Letters, digits, '.', '_' and '-' (at most 249)";

export function createKafkaTopic(ctx: Ctx): Cmd {
  return async (name?: unknown) => {
    const broker = await requireKafkaBroker(ctx);
    if (!broker) return;
    const topic =
      typeof name === 'string'
        ? name
        : await window.showInputBox({ title: 'Create Kafka Topic', prompt: 'Name of the new topic', validateInput: (v) => (isValidTopicName(v) ? undefined : TOPIC_RULE) });
    if (topic === undefined) return;
    const partitions = await window.showInputBox({
      title: `Partitions of '${topic}'`,
      prompt: 'One is enough for a local test; more let a parallel source read in parallel.',
      value: '1',
      validateInput: (v) => (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10_000 ? undefined : 'From 1 to 10000'),
    });
    if (partitions === undefined) return;
    try {
      await window.withProgress({ location: ProgressLocation.Notification, title: `Flink: creating Kafka topic '${topic}'` }, () =>
        broker.createTopic(topic, { partitions: Number(partitions) }),
      );
      const { bootstrapServers, internalBootstrapServers } = broker.status();
      const produce = 'Produce Test Records…';
      const follow = 'Follow Topic…';
      const picked = await window.showInformationMessage(`Topic '${topic}' is there: ${internalBootstrapServers} for jobs, ${bootstrapServers} from this machine.`, produce, follow);
      if (picked === produce) await commands.executeCommand(COMMAND_IDS.produceKafkaRecords, topic);
      if (picked === follow) await commands.executeCommand(COMMAND_IDS.followKafkaTopic, topic);
    } catch (error) {
      await showClusterError(error, `Could not create topic '${topic}'`, () => ctx.clusterLog);
    }
  };
}

export function listKafkaTopics(ctx: Ctx): Cmd {
  return async () => {
    const broker = await requireKafkaBroker(ctx);
    if (!broker) return;
    const topic = await pickTopic(ctx, broker, `Kafka topics on ${broker.status().bootstrapServers}`);
    if (topic === undefined) return;
    const follow: { label: string; command: string } = { label: ctx.kafkaFollows.isFollowing(topic) ? 'Follow Again…' : 'Follow…', command: COMMAND_IDS.followKafkaTopic };
    const actions = [follow, { label: 'Produce Test Records…', command: COMMAND_IDS.produceKafkaRecords }];
    if (ctx.kafkaFollows.isFollowing(topic)) actions.push({ label: 'Stop Following', command: COMMAND_IDS.stopFollowingKafkaTopic });
    const action = await window.showQuickPick(actions, { title: `Topic '${topic}'` });
    if (action) await commands.executeCommand(action.command, topic);
  };
}

export function produceKafkaRecords(ctx: Ctx): Cmd {
  return async (name?: unknown, given?: unknown) => {
    const broker = await requireKafkaBroker(ctx);
    if (!broker) return;
    const topic = typeof name === 'string' ? name : await pickTopic(ctx, broker, 'Produce Test Records');
    if (topic === undefined) return;
    const values = Array.isArray(given) && given.every((v) => typeof v === 'string') ? (given as string[]) : await askForRecords(topic);
    if (values === undefined) return;
    try {
      const count = await window.withProgress({ location: ProgressLocation.Notification, title: `Flink: writing ${values.length} record(s) to '${topic}'` }, () => broker.produce(topic, values));
      const follow = 'Follow Topic…';
      const offer = ctx.kafkaFollows.isFollowing(topic) ? [] : [follow];
      const picked = await window.showInformationMessage(`Wrote ${count} record(s) to '${topic}': ${describeRecords(values)}.`, ...offer);
      if (picked === follow) await commands.executeCommand(COMMAND_IDS.followKafkaTopic, topic);
    } catch (error) {
      await showClusterError(error, `Could not write to '${topic}'`, () => ctx.clusterLog);
    }
  };
}

export function followKafkaTopic(ctx: Ctx): Cmd {
  return async (name?: unknown, start?: unknown) => {
    const broker = await requireKafkaBroker(ctx);
    if (!broker) return;
    const topic = typeof name === 'string' ? name : await pickTopic(ctx, broker, 'Follow Kafka Topic');
    if (topic === undefined) return;
    const isolation = ctx.config.kafkaIsolation();
    const fromBeginning = isStart(start) ? start.fromBeginning : await askStart(topic, isolation);
    if (fromBeginning === undefined) return;
    await ctx.kafkaFollows.follow(broker, topic, { fromBeginning, isolation });
  };
}

export function stopFollowingKafkaTopic(ctx: Ctx): Cmd {
  return async (name?: unknown) => {
    const followed = ctx.kafkaFollows.followed;
    const topic =
      typeof name === 'string'
        ? name
        : followed.length <= 1
          ? followed[0]
          : (await window.showQuickPick(followed, { title: 'Stop Following Kafka Topic' }));
    if (topic === undefined) {
      if (followed.length === 0) void window.showInformationMessage('No Kafka topic is being followed.');
      return;
    }
    const records = await ctx.kafkaFollows.stop(topic);
    void window.showInformationMessage(records === undefined ? `'${topic}' is not being followed.` : `Stopped following '${topic}' after ${records} record(s).`);
  };
}

/** A topic of the broker, picked by the user; offers to create one when there is none. */
async function pickTopic(ctx: Ctx, broker: KafkaBroker, title: string): Promise<string | undefined> {
  let topics: string[];
  try {
    topics = userTopics(await window.withProgress({ location: ProgressLocation.Notification, title: 'Flink: listing Kafka topics' }, () => broker.listTopics()));
  } catch (error) {
    await showClusterError(error, 'Could not list the Kafka topics', () => ctx.clusterLog);
    return undefined;
  }
  if (topics.length === 0) {
    const create = 'Create Kafka Topic…';
    if ((await window.showInformationMessage(`The Kafka broker (${broker.status().bootstrapServers}) has no topics yet.`, create)) === create) {
      await commands.executeCommand(COMMAND_IDS.createKafkaTopic);
    }
    return undefined;
  }
  const items: QuickPickItem[] = topics.map((topic) => ({ label: topic, ...(ctx.kafkaFollows.isFollowing(topic) ? { description: 'following' } : {}) }));
  return (await window.showQuickPick(items, { title, placeHolder: 'Topic' }))?.label;
}

async function askForRecords(topic: string): Promise<string[] | undefined> {
  const editor = window.activeTextEditor;
  const numbered = { label: 'Numbered test records…', detail: 'test-<time>-1, test-<time>-2, … (unique per run)' };
  const lines = editor && {
    label: editor.selection.isEmpty ? 'Lines of the active editor' : 'Selected lines',
    detail: `One record per non-empty line of ${editor.document.uri.path.split('/').pop() ?? 'the editor'}`,
  };
  const source = await window.showQuickPick(lines ? [numbered, lines] : [numbered], { title: `Records for '${topic}'` });
  if (!source) return undefined;
  if (source === lines && editor) {
    const values = recordsFromText(editor.document.getText(editor.selection.isEmpty ? undefined : editor.selection));
    if (values.length === 0) void window.showWarningMessage('The editor has no non-empty lines to send.');
    return values.length > 0 ? values : undefined;
  }
  const count = await window.showInputBox({ title: `Number of test records for '${topic}'`, value: '10', validateInput: recordCountProblem });
  return count === undefined ? undefined : numberedTestRecords(Number(count), new Date());
}

async function askStart(topic: string, isolation: string): Promise<boolean | undefined> {
  const items = [
    { label: 'From the beginning', detail: 'Every record the topic holds, then new ones', fromBeginning: true },
    { label: 'New records only', detail: 'Records written from now on', fromBeginning: false },
  ];
  const picked = await window.showQuickPick(items, { title: `Follow '${topic}' (${isolation}; setting flinkFt.kafka.isolation)` });
  return picked?.fromBeginning;
}

function isStart(value: unknown): value is { fromBeginning: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { fromBeginning?: unknown }).fromBeginning === 'boolean';
}
