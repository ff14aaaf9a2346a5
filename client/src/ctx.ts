// The extension's state: the language client and everything that must be disposed with the
// extension. Later areas (local cluster, views, status bar, testing) hang off this object too.
import { tasks, window, type Disposable, type ExtensionContext, type OutputChannel } from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { ClusterManager } from './cluster/cluster-manager.js';
import { createClusterUi } from './cluster/cluster-ui.js';
import { Config } from './config.js';
import { JobsMonitor } from './jobs/jobs-monitor.js';
import { createLanguageClient } from './language-client.js';
import { BUILD_TASK_TYPE, BuildTaskProvider } from './tasks/build-task.js';
import { TaskManagerChannels } from './output/task-manager-channels.js';
import { showClusterError } from './errors/show-error.js';
import { KafkaTopicFollows } from './kafka/kafka-topic-follows.js';

export class Ctx {
  readonly config = new Config();
  private languageClient: LanguageClient | undefined;
  private readonly cleanups: Disposable[] = [];
  /** The workspace's local Flink cluster; touches Docker only in a trusted workspace. */
  readonly cluster: ClusterManager;
  /** One output channel per TaskManager. */
  readonly taskManagerOutput: TaskManagerChannels;
  private clusterLogChannel: OutputChannel | undefined;
  /** Details of the jobs in the Flink view, refreshed with the cluster poll. */
  readonly jobs: JobsMonitor;
  /** Kafka topics followed into "Kafka <topic>" channels; they end when the cluster goes away. */
  readonly kafkaFollows: KafkaTopicFollows;

  constructor(readonly extension: ExtensionContext) {
    this.cluster = new ClusterManager(this.config);
    this.taskManagerOutput = new TaskManagerChannels(this.cluster, extension.workspaceState);
    this.jobs = new JobsMonitor(this.cluster);
    this.pushCleanup(this.cluster);
    this.pushCleanup(this.taskManagerOutput);
    this.pushCleanup(this.jobs);
    this.kafkaFollows = new KafkaTopicFollows(
      (name) => window.createOutputChannel(name),
      (topic, error) => void showClusterError(error, `Stopped following Kafka topic '${topic}'`, () => this.clusterLog),
    );
    this.pushCleanup(this.kafkaFollows);
    this.pushCleanup(this.cluster.onDidChangeCluster((cluster) => (cluster ? undefined : void this.kafkaFollows.stopAll('cluster gone'))));
  }

  /** The Flink view, the status bar and the poll loop; never throws when Docker is absent. */
  startClusterUi(): void {
    for (const disposable of createClusterUi(this.cluster, this.jobs)) this.pushCleanup(disposable);
    // "flink-ft: build …" tasks (Run Task…, and Submit Job when the jar is stale).
    this.pushCleanup(tasks.registerTaskProvider(BUILD_TASK_TYPE, new BuildTaskProvider()));
  }

  /** "Flink Cluster": last log lines of containers that failed to start. */
  get clusterLog(): OutputChannel {
    if (!this.clusterLogChannel) {
      this.clusterLogChannel = window.createOutputChannel('Flink Cluster');
      this.pushCleanup(this.clusterLogChannel);
    }
    return this.clusterLogChannel;
  }

  /** The language client, if it is running; commands that need the server check this. */
  get client(): LanguageClient | undefined {
    return this.languageClient?.state === State.Running ? this.languageClient : undefined;
  }

  /** The server's log, created with the client; undefined before the first start. */
  get serverOutput(): OutputChannel | undefined {
    return this.languageClient?.outputChannel;
  }

  /** Registers something to dispose when the extension deactivates. */
  pushCleanup(disposable: Disposable): void {
    this.cleanups.push(disposable);
  }

  async startServer(): Promise<void> {
    this.languageClient ??= createLanguageClient(this.extension, this.config);
    await this.languageClient.start();
  }

  async restartServer(): Promise<void> {
    if (!this.languageClient) return this.startServer();
    await this.languageClient.restart();
  }

  async dispose(): Promise<void> {
    for (const disposable of this.cleanups.splice(0).reverse()) disposable.dispose();
    const client = this.languageClient;
    this.languageClient = undefined;
    if (client?.needsStop()) await client.stop();
    await client?.dispose();
  }
}
