import { formatOptions } from './args.js';
import type { Command } from './command.js';

export function generalHelp(commands: readonly Command[], version: string): string {
  const width = Math.max(0, ...commands.map((c) => c.name.length));
  return [
    `flink-ft ${version}: fault tolerance checks and tools for Apache Flink jobs`,
    '',
    'Usage: flink-ft <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     Show help; `flink-ft <command> --help` for a command.',
    '  -v, --version  Print the version.',
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  return [
    `Usage: flink-ft ${command.synopsis}`,
    '',
    command.summary,
    '',
    'Options:',
    formatOptions(command.options),
    ...(command.epilog ? ['', command.epilog] : []),
    '',
  ].join('\n');
}
