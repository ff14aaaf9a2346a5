// The ids the extension contributes in package.json, by name: commands (the client registers them,
// the server puts openRuleDocs into code actions, tree nodes and notifications invoke them), the
// view, and the context keys its when-clauses read. client/src/contributions.test.ts compares them
// with package.json.

export const COMMAND_IDS = {
  /** Arguments: `(ruleId?: string, docsUrl?: string)`. Without arguments the client asks which rule. Sent by the server in code actions. */
  openRuleDocs: 'flinkFt.openRuleDocs',
  restartServer: 'flinkFt.restartServer',
  showServerOutput: 'flinkFt.showServerOutput',
  startCluster: 'flinkFt.startCluster',
  stopCluster: 'flinkFt.stopCluster',
  addTaskManager: 'flinkFt.addTaskManager',
  killTaskManager: 'flinkFt.killTaskManager',
  stopTaskManager: 'flinkFt.stopTaskManager',
  restartTaskManager: 'flinkFt.restartTaskManager',
  showTaskManagerOutput: 'flinkFt.showTaskManagerOutput',
  openWebUi: 'flinkFt.openWebUi',
  toggleJobPrintsOnly: 'flinkFt.toggleJobPrintsOnly',
  refreshClusterView: 'flinkFt.refreshClusterView',
  /** Run by error notifications (hidden from the palette). */
  useAnotherPort: 'flinkFt.useAnotherPort',
  pullImage: 'flinkFt.pullImage',
  /** Run by error notifications (hidden from the palette). */
  showImageBuildHelp: 'flinkFt.showImageBuildHelp',
  /** The CodeLens and the palette; registered with the Test Explorer's controller. */
  runRecoveryCheck: 'flinkFt.runRecoveryCheck',
  submitJob: 'flinkFt.submitJob',
  cancelJob: 'flinkFt.cancelJob',
  stopJobWithSavepoint: 'flinkFt.stopJobWithSavepoint',
  triggerSavepoint: 'flinkFt.triggerSavepoint',
  restartFromLatestCheckpoint: 'flinkFt.restartFromLatestCheckpoint',
  restartFromSavepoint: 'flinkFt.restartFromSavepoint',
  showJobExceptions: 'flinkFt.showJobExceptions',
  showCheckpointChart: 'flinkFt.showCheckpointChart',
  /** Topic commands on the cluster's Kafka broker. Arguments (optional): `(topic?: string)`; produce also `(topic, values: string[])`. */
  createKafkaTopic: 'flinkFt.createKafkaTopic',
  listKafkaTopics: 'flinkFt.listKafkaTopics',
  produceKafkaRecords: 'flinkFt.produceKafkaRecords',
  /** Arguments (optional): `(topic?: string, start?: { fromBeginning: boolean })`. */
  followKafkaTopic: 'flinkFt.followKafkaTopic',
  /** Arguments (optional): `(topic?: string)`; without one and several followed, asks which. */
  stopFollowingKafkaTopic: 'flinkFt.stopFollowingKafkaTopic',
} as const;

export type CommandName = keyof typeof COMMAND_IDS;
export type CommandId = (typeof COMMAND_IDS)[CommandName];

/** `contributes.views`. */
export const VIEW_IDS = {
  cluster: 'flinkFt.clusterView',
} as const;

/** Context keys the client sets (`setContext`) and package.json's when-clauses read. */
export const CONTEXT_KEYS = {
  /** The cluster view state's kind: none, running, docker-unavailable, … */
  clusterState: 'flinkFt.clusterState',
  /** The TaskManager output channels show only the job's prints. */
  jobPrintsOnly: 'flinkFt.jobPrintsOnly',
} as const;
