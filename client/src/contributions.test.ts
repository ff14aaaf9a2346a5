// package.json and the code agree. Every contributed command is one core/protocol names and the
// client registers; menus and when-clauses name only known commands, the view, context keys the
// client sets, cluster states that exist and view items the Flink view shows; every setting is one
// Config reads, with core's defaults.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CLUSTER_SETTINGS } from '../../core/cluster/index.js';
import { COMMAND_IDS, CONTEXT_KEYS, VIEW_IDS } from '../../core/protocol/index.js';
import type { Ctx } from './ctx.js';
import * as vscode from './test-support/fake-vscode.js';
import type { JobState } from '../../core/flink-rest/index.js';
import { CONTEXT, type ClusterViewState, type TaskManagerPhase } from './views/cluster-tree-model.js';
import { jobContextValue } from './views/job-view-model.js';

vi.mock('vscode', () => import('./test-support/fake-vscode.js'));
// The real module requires `vscode` through CommonJS, out of vi.mock's reach; only RequestType0 is used.
vi.mock('vscode-languageclient/node', () => ({
  RequestType0: class {
    constructor(readonly method: string) {}
  },
}));
const { registerCommands } = await import('./commands/register-commands.js');
const { Config } = await import('./config.js');

interface Manifest {
  contributes: {
    commands: { command: string; category?: string; enablement?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    views: Record<string, { id: string }[]>;
    viewsWelcome: { view: string; when?: string }[];
    configuration: { properties: Record<string, { default?: unknown }> };
  };
}
const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as Manifest;
const contributes = manifest.contributes;

/** Every kind of ClusterViewState, checked complete by the compiler: `flinkFt.clusterState == <kind>`. */
const CLUSTER_STATES = { none: true, untrusted: true, 'no-folder': true, 'docker-unavailable': true, starting: true, stopping: true, running: true } satisfies Record<
  ClusterViewState['kind'],
  true
>;

/** Every contextValue a Flink view node can have (`viewItem` in when-clauses); the records are checked complete by the compiler. */
const JOB_STATES = { INITIALIZING: true, CREATED: true, RUNNING: true, FAILING: true, FAILED: true, CANCELLING: true, CANCELED: true, FINISHED: true, RESTARTING: true, SUSPENDED: true, RECONCILING: true } satisfies Record<JobState, true>;
const PHASES = { registered: true, starting: true, exited: true } satisfies Record<TaskManagerPhase, true>;
const VIEW_ITEMS: string[] = [
  ...Object.values(CONTEXT).flatMap((v) => (typeof v === 'string' ? [v] : [])),
  ...Object.keys(PHASES).map((phase) => CONTEXT.taskManager(phase as TaskManagerPhase)),
  ...Object.keys(JOB_STATES).map((state) => jobContextValue(state as JobState)),
  'job-info',
  'job-checkpoint',
  'job-checkpoint-failed',
  'job-checkpoints',
  'job-exception',
];

beforeEach(() => vscode.reset());

describe('package.json contributions', () => {
  it('declares exactly the commands core/protocol names, each in the Flink category', () => {
    const declared = contributes.commands.map((c) => c.command);
    expect([...declared].sort()).toEqual(Object.values(COMMAND_IDS).sort());
    expect(contributes.commands.filter((c) => c.category !== 'Flink').map((c) => c.command)).toEqual([]);
  });

  it('has every command registered by the client (the recovery check by its Test Explorer controller)', () => {
    registerCommands({ pushCleanup: () => undefined } as unknown as Ctx);
    const registered = [...vscode.calls.registeredCommands.keys(), COMMAND_IDS.runRecoveryCheck];
    expect(registered.sort()).toEqual(Object.values(COMMAND_IDS).sort());
  });

  it('puts only declared commands into menus', () => {
    const known = new Set<string>(Object.values(COMMAND_IDS));
    const unknown = Object.values(contributes.menus).flat().filter((entry) => !known.has(entry.command));
    expect(unknown).toEqual([]);
  });

  it('declares the view the client creates', () => {
    expect(Object.values(contributes.views).flat().map((v) => v.id)).toEqual(Object.values(VIEW_IDS));
    expect(contributes.viewsWelcome.map((w) => w.view).filter((v) => v !== VIEW_IDS.cluster)).toEqual([]);
  });

  it('reads in when-clauses only the view, the context keys the client sets and cluster states that exist', () => {
    const clauses = [
      ...Object.values(contributes.menus).flat().map((e) => e.when),
      ...contributes.viewsWelcome.map((w) => w.when),
      ...contributes.commands.map((c) => c.enablement),
    ].filter((w): w is string => w !== undefined);
    expect(clauses.length).toBeGreaterThan(20);
    const ours = new Set<string>([...Object.values(VIEW_IDS), ...Object.values(CONTEXT_KEYS)]);
    const names = clauses.flatMap((w) => w.match(/\bflinkFt\.[\w.]+/g) ?? []);
    expect(names.filter((n) => !ours.has(n))).toEqual([]);
    const states = clauses.flatMap((w) => [...w.matchAll(/flinkFt\.clusterState\s*==\s*([\w-]+)/g)].map((m) => m[1]!));
    expect(states.length).toBeGreaterThan(3);
    expect(states.filter((s) => !(s in CLUSTER_STATES))).toEqual([]);
  });
});

describe('package.json view items', () => {
  it('match in every viewItem clause a node the Flink view can show', () => {
    const clauses = Object.values(contributes.menus).flat().map((e) => e.when ?? '');
    const equals = clauses.flatMap((w) => [...w.matchAll(/viewItem\s*==\s*([\w.-]+)/g)].map((m) => m[1]!));
    const patterns = clauses.flatMap((w) => [...w.matchAll(/viewItem\s*=~\s*\/(.+?)\/(?=\s|$)/g)].map((m) => m[1]!));
    expect(equals.length + patterns.length).toBeGreaterThan(10);
    expect(equals.filter((value) => !VIEW_ITEMS.includes(value))).toEqual([]);
    expect(patterns.filter((pattern) => !VIEW_ITEMS.some((value) => new RegExp(pattern).test(value)))).toEqual([]);
  });
});

describe('package.json settings', () => {
  it('are the settings Config reads (trace.server is read by the language client library)', () => {
    const config = new Config();
    config.serverSettings(undefined);
    config.clusterSettings();
    config.kafkaIsolation();
    expect([...vscode.calls.settingsRead, 'flinkFt.trace.server'].sort()).toEqual(Object.keys(contributes.configuration.properties).sort());
  });

  it("default the cluster settings to core's defaults", () => {
    const properties = contributes.configuration.properties;
    for (const [key, value] of Object.entries(DEFAULT_CLUSTER_SETTINGS)) expect(properties[`flinkFt.cluster.${key}`]?.default, key).toEqual(value);
  });
});
