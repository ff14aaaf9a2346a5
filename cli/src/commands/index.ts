import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { clusterCommand } from './cluster.js';
import { logsCommand } from './logs.js';

/** Every `flink-ft` subcommand, in the order `--help` lists them. A new subcommand is one line. */
export const commands: readonly Command[] = [checkCommand, clusterCommand, logsCommand];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
