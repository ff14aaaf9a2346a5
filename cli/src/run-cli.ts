import type { CliIo } from './command.js';
import { commands, findCommand } from './commands/index.js';
import { ExitCode } from './exit-code.js';
import { commandHelp, generalHelp } from './help.js';
import { isUsageError } from './usage-error.js';
import { VERSION } from './version.js';

/** Dispatches `flink-ft <command> ...` and turns every failure into a message and an exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(generalHelp(commands, VERSION));
    return ExitCode.usage;
  }
  if (first === '--help' || first === '-h') {
    io.stdout.write(generalHelp(commands, VERSION));
    return ExitCode.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return ExitCode.ok;
  }
  if (first === 'help') {
    const command = rest[0] === undefined ? undefined : findCommand(rest[0]);
    io.stdout.write(command ? commandHelp(command) : generalHelp(commands, VERSION));
    return ExitCode.ok;
  }
  const command = findCommand(first);
  if (!command) {
    const names = commands.map((c) => c.name).join(', ');
    io.stderr.write(`flink-ft: unknown command '${first}'. Commands: ${names}. Run 'flink-ft --help' for details.\n`);
    return ExitCode.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr.write(`flink-ft ${command.name}: ${error.message}\n`);
      return ExitCode.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`flink-ft ${command.name}: internal error, please report it.\n${detail}\n`);
    return ExitCode.usage;
  }
}
