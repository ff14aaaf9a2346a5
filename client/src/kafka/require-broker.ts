// The check every topic command makes first: a trusted folder with a running cluster that has a
// running Kafka broker. Without one it says how to get one ("start the cluster with Kafka: setting
// flinkFt.cluster.kafka") and offers the button that does it; after that start the command goes on.
import { commands, ProgressLocation, window } from 'vscode';
import type { KafkaBroker } from '../../../core/cluster/index.js';
import { requireFolder, requireTrust } from '../cluster/cluster-guards.js';
import type { Ctx } from '../ctx.js';
import { showClusterError } from '../errors/show-error.js';
import { brokerAdvice } from './broker-advice.js';

export async function requireKafkaBroker(ctx: Ctx): Promise<KafkaBroker | undefined> {
  if (!(await requireTrust()) || !(await requireFolder(ctx.cluster))) return undefined;
  try {
    if (!ctx.cluster.cluster) await ctx.cluster.refresh(); // the CLI may have started one since the last poll
    const cluster = ctx.cluster.cluster;
    const broker = cluster && (await cluster.kafka());
    const advice = brokerAdvice({ cluster: cluster !== undefined, kafkaSetting: ctx.config.clusterSettings().kafka === true, ...(broker ? { broker: broker.status().state } : {}) });
    if (!advice) return broker;
    const choice = await window.showWarningMessage(advice.message, ...advice.actions.map((a) => a.title));
    const action = advice.actions.find((a) => a.title === choice);
    if (action?.kind === 'open-setting') await commands.executeCommand('workbench.action.openSettings', 'flinkFt.cluster.kafka');
    if (action?.kind === 'start-with-kafka') {
      return await startWithKafka(ctx).catch(async (error: unknown) => {
        await showClusterError(error, 'Could not start the local cluster with Kafka', () => ctx.clusterLog);
        return undefined;
      });
    }
    return undefined;
  } catch (error) {
    await showClusterError(error, 'Could not reach the Kafka broker', () => ctx.clusterLog);
    return undefined;
  }
}

/** Turns the setting on for this workspace and starts the cluster; core adds the broker to a running one. */
async function startWithKafka(ctx: Ctx): Promise<KafkaBroker | undefined> {
  if (ctx.config.clusterSettings().kafka !== true) await ctx.config.updateClusterSetting('kafka', true);
  const cluster = await window.withProgress({ location: ProgressLocation.Notification, title: 'Flink: starting the local cluster with Kafka' }, (progress) =>
    ctx.cluster.start((step) => progress.report({ message: step.message })),
  );
  const broker = await cluster.kafka();
  if (!broker) throw new Error('The cluster started without its Kafka broker; see the Flink Cluster output.');
  const { bootstrapServers, internalBootstrapServers } = broker.status();
  void window.showInformationMessage(`Kafka broker running: ${internalBootstrapServers} for jobs, ${bootstrapServers} from this machine.`);
  return broker;
}
