import { resolve } from 'node:path';
import { parseCommandLine, type OptionSpec } from '../args.js';
import { UsageError } from '../usage-error.js';
import { parseIntFlag, taskManagerIdArg } from './cluster-options.js';
import { FAULT_OPTION_SPEC, parseFaultValues } from './recover-fault-option.js';
import type { FaultSpec } from '../../../core/recovery/index.js';

export interface RecoverOptions {
  /** Absolute path of the jar, .py script or project folder. */
  artifact: string;
  entryClass?: string;
  args: string[];
  checkpoints: number;
  kills: number;
  control: boolean;
  json: boolean;
  target?: string;
  /** --fault values, parsed; absent: the default kill. */
  faults?: FaultSpec[];
  assertRegex?: string;
  assertScript?: string;
  /** As typed; undefined = the working folder. */
  workspace?: string;
  port?: number;
  image?: string;
  /** The end-to-end check of a Kafka pipeline (`--verify-topic`). */
  endToEnd?: { outputTopic: string; inputTopic?: string; records?: number; idField?: string; guarantee: 'exactly-once' | 'at-least-once' };
  help: boolean;
}

export const RECOVER_OPTION_SPECS: readonly OptionSpec[] = [
  { name: 'class', short: 'c', type: 'string', valueName: 'C', description: 'Entry class (default: the jar manifest\'s Main-Class).' },
  { name: 'arg', short: 'a', type: 'string', multiple: true, valueName: 'A', description: 'A program argument; repeat for more; values starting with - need "=" (--arg=--keys --arg 4).' },
  { name: 'checkpoints', short: 'k', type: 'string', valueName: 'K', description: 'Completed checkpoints to wait for before the kill (default: 2).' },
  { name: 'kills', short: 'n', type: 'string', valueName: 'N', description: 'Kill rounds; each must recover (default: 1).' },
  { name: 'control', type: 'boolean', description: 'Negative control: checkpointing off (probe jobs get --checkpointing false --restart-attempts 3); must fail.' },
  FAULT_OPTION_SPEC,
  { name: 'target', type: 'string', valueName: 'TM', description: 'Kill this TaskManager instead of the one running the source.' },
  { name: 'assert-regex', type: 'string', valueName: 'RE', description: 'Output progress: a regex with a group named value (and optionally key) that must keep increasing.' },
  { name: 'assert-script', type: 'string', valueName: 'CMD', description: 'Output progress: a command given {"before":[...],"after":[...]} on stdin; exit 0 = continued.' },
  { name: 'workspace', short: 'w', type: 'string', valueName: 'dir', description: 'Project folder whose cluster runs the drill (default: the current folder).' },
  { name: 'port', short: 'p', type: 'string', valueName: 'P', description: 'REST port when a cluster has to be started (default: 8081, next free one if taken).' },
  { name: 'image', type: 'string', valueName: 'I', description: "Flink image when a cluster has to be started (default: $FLINKFT_IMAGE, else the project's flink:<version>-java17, else flink:1.20-java17)." },
  { name: 'verify-topic', type: 'string', valueName: 'OUT', description: 'End-to-end check: read this Kafka topic (read_committed) after recovery; every input id must be in it once (starts the cluster with Kafka; {kafka} in an --arg is the broker address for jobs).' },
  { name: 'input-topic', type: 'string', valueName: 'IN', description: 'With --verify-topic: write the ids to this topic (half before the job starts, the rest just before the fault).' },
  { name: 'records', type: 'string', valueName: 'N', description: 'With --input-topic: how many unique ids to write (default: 1000).' },
  { name: 'id-field', type: 'string', valueName: 'F', description: 'With --verify-topic: the id is this field of a JSON output value (default: the whole value).' },
  { name: 'guarantee', type: 'string', valueName: 'G', description: "With --verify-topic: what the pipeline promises, 'exactly-once' (default: each id once) or 'at-least-once' (duplicates allowed)." },
  { name: 'json', type: 'boolean', description: 'Print the verdict with steps, evidence and timings as JSON on stdout.' },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help.' },
];

export function parseRecoverOptions(argv: readonly string[], cwd: string): RecoverOptions {
  const { values, positionals } = parseCommandLine(argv, RECOVER_OPTION_SPECS, 'recover');
  const help = values.help === true;
  if (help) return { artifact: '', args: [], checkpoints: 2, kills: 1, control: false, json: false, help };
  if (positionals.length !== 1) {
    throw new UsageError(
      `Expected one job: a jar, a PyFlink script or a project folder${positionals.length > 1 ? `, got ${positionals.map((p) => `'${p}'`).join(', ')}` : ''}. ` +
        'Usage: flink-ft recover <jar|script.py|project dir> [--class C] [--arg A]... [--checkpoints K] [--kills N] [--control] [--json]',
    );
  }
  const text = (name: string): string | undefined => {
    const v = values[name];
    if (typeof v !== 'string') return undefined;
    if (v.trim() === '') throw new UsageError(`Option '--${name}' needs a non-empty value.`);
    return v;
  };
  if (values['assert-regex'] !== undefined && values['assert-script'] !== undefined) {
    throw new UsageError('Use either --assert-regex or --assert-script, not both.');
  }
  const assertRegex = text('assert-regex');
  if (assertRegex !== undefined) {
    try {
      new RegExp(assertRegex);
    } catch (error) {
      throw new UsageError(`Invalid --assert-regex: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!assertRegex.includes('(?<value>')) throw new UsageError('--assert-regex needs a named group value, e.g. "count=(?<value>\\d+)".');
  }
  const endToEnd = endToEndOf(text);
  const target = text('target');
  const port = text('port');
  const checkpoints = text('checkpoints');
  const kills = text('kills');
  return {
    artifact: resolve(cwd, positionals[0]!),
    ...(text('class') !== undefined && { entryClass: text('class') }),
    args: Array.isArray(values.arg) ? values.arg : [],
    checkpoints: checkpoints === undefined ? 2 : parseIntFlag(checkpoints, 'checkpoints', 1, 100),
    kills: kills === undefined ? 1 : parseIntFlag(kills, 'kills', 1, 20),
    control: values.control === true,
    json: values.json === true,
    ...faultsOption(parseFaultValues(values.fault)),
    ...(target !== undefined && { target: taskManagerIdArg(target) }),
    ...(assertRegex !== undefined && { assertRegex }),
    ...(text('assert-script') !== undefined && { assertScript: text('assert-script') }),
    ...(text('workspace') !== undefined && { workspace: text('workspace') }),
    ...(port !== undefined && { port: parseIntFlag(port, 'port', 1, 65535) }),
    ...(text('image') !== undefined && { image: text('image') }),
    ...(endToEnd && { endToEnd }),
    help,
  };
}

const TOPIC = /^[a-zA-Z0-9._-]{1,249}$/;

function endToEndOf(text: (name: string) => string | undefined): RecoverOptions['endToEnd'] {
  const outputTopic = text('verify-topic');
  const inputTopic = text('input-topic');
  const records = text('records');
  const idField = text('id-field');
  const guarantee = text('guarantee');
  if (outputTopic === undefined) {
    const stray = [inputTopic !== undefined && 'input-topic', records !== undefined && 'records', idField !== undefined && 'id-field', guarantee !== undefined && 'guarantee'].filter(Boolean);
    if (stray.length > 0) throw new UsageError(`--${stray[0]} needs --verify-topic OUT (the output topic to check).`);
    return undefined;
  }
  for (const [flag, topic] of [['verify-topic', outputTopic], ['input-topic', inputTopic]] as const) {
    if (topic !== undefined && !TOPIC.test(topic)) throw new UsageError(`Invalid --${flag} '${topic}'. Use letters, digits, '.', '_' and '-'.`);
  }
  if (records !== undefined && inputTopic === undefined) throw new UsageError('--records needs --input-topic IN (where the ids are written).');
  if (guarantee !== undefined && guarantee !== 'exactly-once' && guarantee !== 'at-least-once') {
    throw new UsageError(`Invalid value '${guarantee}' for --guarantee. Use exactly-once or at-least-once.`);
  }
  return {
    outputTopic,
    ...(inputTopic !== undefined && { inputTopic }),
    ...(records !== undefined && { records: parseIntFlag(records, 'records', 1, 1_000_000) }),
    ...(idField !== undefined && { idField }),
    guarantee: guarantee ?? 'exactly-once',
  };
}

function faultsOption(faults: FaultSpec[]): { faults?: FaultSpec[] } {
  return faults.length > 0 ? { faults } : {};
}
