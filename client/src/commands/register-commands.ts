// Maps command ids (declared in package.json `contributes.commands`) to their factories. To add a
// command: write a factory in the file of its area, list it here, declare it in package.json.
import { commands } from 'vscode';
import { CommandIds } from '../../../server/src/protocol.js';
import type { Ctx } from '../ctx.js';
import type { Cmd } from './cmd.js';
import { openWebUi, pullImage, refreshClusterView, showImageBuildHelp, startCluster, stopCluster, useAnotherPort } from './cluster.js';
import { openRuleDocs } from './docs.js';
import { cancelJob, restartFromLatestCheckpoint, restartFromSavepoint, showCheckpointChart, showJobExceptions, stopJobWithSavepoint, submitJob, triggerSavepoint } from './jobs.js';
import { restartServer, showServerOutput } from './server.js';
import { addTaskManager, killTaskManager, restartTaskManager, showTaskManagerOutput, stopTaskManager, toggleJobPrintsOnly } from './task-manager.js';

const factories: Record<string, (ctx: Ctx) => Cmd> = {
  [CommandIds.openRuleDocs]: openRuleDocs,
  'flinkFt.restartServer': restartServer,
  'flinkFt.showServerOutput': showServerOutput,
  'flinkFt.startCluster': startCluster,
  'flinkFt.stopCluster': stopCluster,
  'flinkFt.addTaskManager': addTaskManager,
  'flinkFt.killTaskManager': killTaskManager,
  'flinkFt.stopTaskManager': stopTaskManager,
  'flinkFt.restartTaskManager': restartTaskManager,
  'flinkFt.showTaskManagerOutput': showTaskManagerOutput,
  'flinkFt.openWebUi': openWebUi,
  'flinkFt.toggleJobPrintsOnly': toggleJobPrintsOnly,
  'flinkFt.refreshClusterView': refreshClusterView,
  'flinkFt.useAnotherPort': useAnotherPort,
  'flinkFt.pullImage': pullImage,
  'flinkFt.showImageBuildHelp': showImageBuildHelp,
  'flinkFt.submitJob': submitJob,
  'flinkFt.cancelJob': cancelJob,
  'flinkFt.stopJobWithSavepoint': stopJobWithSavepoint,
  'flinkFt.triggerSavepoint': triggerSavepoint,
  'flinkFt.restartFromLatestCheckpoint': restartFromLatestCheckpoint,
  'flinkFt.restartFromSavepoint': restartFromSavepoint,
  'flinkFt.showJobExceptions': showJobExceptions,
  'flinkFt.showCheckpointChart': showCheckpointChart,
};

export function registerCommands(ctx: Ctx): void {
  for (const [id, factory] of Object.entries(factories)) ctx.pushCleanup(commands.registerCommand(id, factory(ctx)));
}
