import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { clusterCommand } from './cluster.js';
import { kafkaCommand } from './kafka.js';
import { logsCommand } from './logs.js';
import { recoverCommand } from './recover.js';
import { submitCommand } from './submit.js';
import { jobsCommand } from './jobs.js';
import { cancelCommand } from './cancel.js';
import { savepointCommand } from './savepoint.js';

/** Every `flink-ft` subcommand, in the order `--help` lists them. A new subcommand is one line. */
export const commands: readonly Command[] = [checkCommand, clusterCommand, kafkaCommand, logsCommand, submitCommand, jobsCommand, cancelCommand, savepointCommand, recoverCommand];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
