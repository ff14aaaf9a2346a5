import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error.js';
import { parseClusterArgs, taskManagerIdArg } from './cluster-options.js';
import { parseLogsOptions } from './logs-options.js';

describe('parseClusterArgs', () => {
  it('asks for help without a subcommand, with --help, or with `help`', () => {
    expect(parseClusterArgs([])).toEqual({ kind: 'help' });
    expect(parseClusterArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseClusterArgs(['help'])).toEqual({ kind: 'help' });
    expect(parseClusterArgs(['up', '-h'])).toEqual({ kind: 'help', subcommand: 'up' });
    expect(parseClusterArgs(['kill-tm', '--help'])).toEqual({ kind: 'help', subcommand: 'kill-tm' });
  });

  it('reads every flag of up, in long and short forms', () => {
    expect(parseClusterArgs(['up'])).toEqual({ kind: 'up', json: false, nextFreePort: false, kafka: false, ha: false, localRecovery: false });
    expect(parseClusterArgs(['up', '--local-recovery'])).toMatchObject({ localRecovery: true });
    expect(
      parseClusterArgs(['up', '--taskmanagers', '3', '-s', '4', '--port=18085', '--next-free-port', '--image', 'flinkft/flink:local', '--json', '-w', 'proj']),
    ).toEqual({
      kind: 'up',
      taskManagers: 3,
      slots: 4,
      port: 18085,
      nextFreePort: true,
      image: 'flinkft/flink:local',
      json: true,
      workspace: 'proj',
      kafka: false,
      ha: false,
      localRecovery: false,
    });
    expect(parseClusterArgs(['up', '-n', '0', '--flink-version', '1.19.1'])).toMatchObject({ taskManagers: 0, flinkVersion: '1.19.1' });
  });

  it('rejects out-of-range and non-numeric counts and ports, naming the range', () => {
    expect(() => parseClusterArgs(['up', '--taskmanagers', 'two'])).toThrow(new UsageError("Invalid value 'two' for --taskmanagers. Use a whole number from 0 to 64."));
    expect(() => parseClusterArgs(['up', '--slots', '0'])).toThrow(new UsageError("Invalid value '0' for --slots. Use a whole number from 1 to 128."));
    expect(() => parseClusterArgs(['up', '--port', '70000'])).toThrow(new UsageError("Invalid value '70000' for --port. Use a whole number from 1 to 65535."));
    expect(() => parseClusterArgs(['up', '--port', '-1'])).toThrow(/^Option '--port' needs a value/);
    expect(() => parseClusterArgs(['up', '--flink-version', 'latest'])).toThrow(
      new UsageError("Invalid value 'latest' for --flink-version. Use a Flink version such as 1.20 or 1.20.1."),
    );
  });

  it('rejects unknown subcommands, unknown flags and stray arguments', () => {
    expect(() => parseClusterArgs(['start'])).toThrow(
      new UsageError("Unknown cluster subcommand 'start'. Use one of: up, status, add-tm, kill-tm, stop-tm, kill-jm, down. Run 'flink-ft cluster --help' for details."),
    );
    expect(() => parseClusterArgs(['status', '--purge'])).toThrow(
      new UsageError("Unknown option '--purge' for 'flink-ft cluster status'. Run 'flink-ft cluster status --help' to see its options."),
    );
    expect(() => parseClusterArgs(['down', 'now'])).toThrow(new UsageError("Unexpected argument 'now' for 'flink-ft cluster down'. Usage: flink-ft cluster down [--purge]"));
    expect(() => parseClusterArgs(['kill-tm', 'tm-1', 'tm-2'])).toThrow(/^Unexpected argument 'tm-2' for 'flink-ft cluster kill-tm'/);
  });

  it('takes an optional TaskManager id for kill-tm and stop-tm, also as a bare number', () => {
    expect(parseClusterArgs(['kill-tm'])).toEqual({ kind: 'kill-tm', json: false });
    expect(parseClusterArgs(['kill-tm', 'tm-2', '--json'])).toEqual({ kind: 'kill-tm', id: 'tm-2', json: true });
    expect(parseClusterArgs(['stop-tm', '3'])).toEqual({ kind: 'stop-tm', id: 'tm-3', json: false });
    expect(() => taskManagerIdArg('jobmanager')).toThrow(new UsageError("Invalid TaskManager id 'jobmanager'. Use tm-N (as listed by 'flink-ft cluster status') or just N."));
  });

  it('reads up --ha and --job-managers (which implies --ha), and kill-jm with an optional JobManager id', () => {
    expect(parseClusterArgs(['up', '--ha'])).toMatchObject({ kind: 'up', ha: true });
    expect(parseClusterArgs(['up', '--job-managers', '3'])).toMatchObject({ kind: 'up', ha: true, jobManagers: 3 });
    expect(() => parseClusterArgs(['up', '--ha', '--job-managers', '0'])).toThrow(new UsageError("Invalid value '0' for --job-managers. Use a whole number from 1 to 9."));
    expect(parseClusterArgs(['kill-jm'])).toEqual({ kind: 'kill-jm', json: false });
    expect(parseClusterArgs(['kill-jm', '2', '--json'])).toEqual({ kind: 'kill-jm', id: 'jm-2', json: true });
    expect(parseClusterArgs(['kill-jm', 'jm-1'])).toEqual({ kind: 'kill-jm', id: 'jm-1', json: false });
    expect(() => parseClusterArgs(['kill-jm', 'tm-1'])).toThrow(/^Invalid JobManager id 'tm-1'/);
  });

  it('reads add-tm --no-wait, down --purge and status --json', () => {
    expect(parseClusterArgs(['add-tm'])).toEqual({ kind: 'add-tm', wait: true, json: false });
    expect(parseClusterArgs(['add-tm', '--no-wait'])).toEqual({ kind: 'add-tm', wait: false, json: false });
    expect(parseClusterArgs(['down', '--purge', '--workspace', '/p'])).toEqual({ kind: 'down', purge: true, workspace: '/p' });
    expect(parseClusterArgs(['status', '--json'])).toEqual({ kind: 'status', json: true });
    expect(() => parseClusterArgs(['down', '--json'])).toThrow(/^Unknown option '--json' for 'flink-ft cluster down'/);
  });
});

describe('parseLogsOptions', () => {
  it('defaults to every TaskManager, once, unfiltered', () => {
    expect(parseLogsOptions([])).toEqual({ follow: false, jobOnly: false, help: false });
  });

  it('reads a TaskManager id and the flags', () => {
    expect(parseLogsOptions(['2', '-f', '--job-only', '--workspace', 'p'])).toEqual({ taskManager: 'tm-2', follow: true, jobOnly: true, workspace: 'p', help: false });
    expect(parseLogsOptions(['tm-10', '--follow'])).toMatchObject({ taskManager: 'tm-10', follow: true });
  });

  it('rejects two ids and bad ids', () => {
    expect(() => parseLogsOptions(['tm-1', 'tm-2'])).toThrow(new UsageError("Expected at most one TaskManager id, got 'tm-1', 'tm-2'. Usage: flink-ft logs [TM] [--follow]"));
    expect(() => parseLogsOptions(['x'])).toThrow(/^Invalid TaskManager id 'x'/);
  });
});
