// Maps command names (core/protocol COMMAND_IDS, declared in package.json `contributes.commands`) to
// their factories. To add a command: its id in COMMAND_IDS, a factory in the file of its area, a line
// here, an entry in package.json (the contributions test checks the last).
import { commands } from 'vscode';
import { COMMAND_IDS, type CommandName } from '../../../core/protocol/index.js';
import type { Ctx } from '../ctx.js';
import type { Cmd } from './cmd.js';
import { openWebUi, pullImage, refreshClusterView, showImageBuildHelp, startCluster, stopCluster, useAnotherPort } from './cluster.js';
import { openRuleDocs } from './docs.js';
import { createKafkaTopic, followKafkaTopic, listKafkaTopics, produceKafkaRecords, stopFollowingKafkaTopic } from './kafka.js';
import { cancelJob, restartFromLatestCheckpoint, restartFromSavepoint, showCheckpointChart, showJobExceptions, stopJobWithSavepoint, submitJob, triggerSavepoint } from './jobs.js';
import { restartServer, showServerOutput } from './server.js';
import { addTaskManager, killTaskManager, restartTaskManager, showTaskManagerOutput, stopTaskManager, toggleJobPrintsOnly } from './task-manager.js';

/** Every command but the recovery check, which its Test Explorer controller registers; the type makes the list complete. */
const factories: Record<Exclude<CommandName, 'runRecoveryCheck'>, (ctx: Ctx) => Cmd> = {
  openRuleDocs,
  restartServer,
  showServerOutput,
  startCluster,
  stopCluster,
  addTaskManager,
  killTaskManager,
  stopTaskManager,
  restartTaskManager,
  showTaskManagerOutput,
  openWebUi,
  toggleJobPrintsOnly,
  refreshClusterView,
  useAnotherPort,
  pullImage,
  showImageBuildHelp,
  submitJob,
  cancelJob,
  stopJobWithSavepoint,
  triggerSavepoint,
  restartFromLatestCheckpoint,
  restartFromSavepoint,
  showJobExceptions,
  showCheckpointChart,
  createKafkaTopic,
  listKafkaTopics,
  produceKafkaRecords,
  followKafkaTopic,
  stopFollowingKafkaTopic,
};

export function registerCommands(ctx: Ctx): void {
  for (const [name, factory] of Object.entries(factories) as [keyof typeof factories, (ctx: Ctx) => Cmd][]) {
    ctx.pushCleanup(commands.registerCommand(COMMAND_IDS[name], factory(ctx)));
  }
}
