// What a Python or Scala call on a table environment or its config does to the job model: table
// environments created, SQL and descriptor tables declared, inserts attached as sinks, SET keys.
import type { EnvironmentModel } from '../../model.js';
import type { Range } from '../../types.js';
import { TABLE_TO_STREAM, insertTarget, optionCall, parseCreateTable, tableKey } from '../sql-tables.js';
import { connectorUse } from '../model-builder.js';
import type { Expr } from './lowered-ast.js';
import type { Frame, LoweredEvaluator } from './lowered-evaluator.js';
import { type Args, type CallSite, argExpr } from './lowered-args.js';
import { LoweredCall } from './lowered-arguments.js';
import { configEntryOf, configEntryOfText, configKeyOf } from '../flink-semantics/configuration-calls.js';
import { callRange, classifySql, stringValue } from './lowered-literals.js';
import type { Value } from './lowered-values.js';
import { UNKNOWN } from './lowered-values.js';

export function createTableEnv(ev: LoweredEvaluator, site: CallSite, api: string, args: Args): Value {
  const settings = args.all.find((v): v is Extract<Value, { kind: 'settings' }> => v.kind === 'settings');
  const given = args.all.find((v): v is Extract<Value, { kind: 'env' }> => v.kind === 'env');
  const env = given?.env ?? ev.builder.createEnvironment(site.range, api, settings?.mode ?? 'streaming');
  if (settings && given && settings.mode === 'batch') ev.builder.setRuntimeMode(env, 'BATCH', settings.at);
  if (settings?.conf) ev.builder.applyConfiguration(env, settings.conf.entries);
  return { kind: 'tableEnv', env };
}

export function tableEnvCall(ev: LoweredEvaluator, site: CallSite, env: EnvironmentModel, name: string, args: Args, frame: Frame): Value {
  const at = callRange(site);
  // `t_env.to_data_stream(table)`: a DataStream of the same job; sinks attached to it belong to env.
  if (TABLE_TO_STREAM.has(name)) return { kind: 'stream', stream: { envId: env.id, sourceIds: [] } };
  switch (name) {
    case 'createTemporaryTable':
    case 'createTable': {
      const tableName = stringValue(argExpr(args, 0));
      const descriptor = args.all[1];
      if (tableName !== undefined && descriptor?.kind === 'connector' && descriptor.state.entry.sql) {
        ev.sqlTables.set(tableKey(tableName), { entry: descriptor.state.entry, api: descriptor.state.api, calls: descriptor.state.calls, range: descriptor.range });
      }
      return UNKNOWN;
    }
    case 'addInsertSql': {
      const target = insertTarget(stringValue(argExpr(args, 0)) ?? '');
      if (target !== undefined) attachTable(ev, env, { kind: 'string', value: target, range: at }, undefined, at, frame);
      return { kind: 'tableEnv', env };
    }
    case 'getConfig':
      return { kind: 'tableConfig', env };
    case 'executeSql': {
      const sql = stringValue(argExpr(args, 0));
      const statement = sql === undefined ? { kind: 'other' as const } : classifySql(sql);
      if (statement.kind === 'set') ev.builder.applyConfiguration(env, [configEntryOfText(statement.key, statement.value, at)]);
      if (statement.kind === 'dml') ev.builder.addExecute(at, env.id);
      const declared = sql !== undefined ? parseCreateTable(sql) : undefined;
      const sqlEntry = declared ? ev.catalog.sqlConnector(ev.languageId, declared.connector) : undefined;
      if (declared && sqlEntry) {
        ev.sqlTables.set(declared.name, { entry: sqlEntry, api: 'CREATE TABLE', calls: declared.options.map((o) => optionCall(o.key, o.value, at)), range: at });
      }
      const target = sql !== undefined ? insertTarget(sql) : undefined;
      if (target !== undefined) attachTable(ev, env, { kind: 'string', value: target, range: at }, undefined, at, frame);
      return UNKNOWN;
    }
    case 'execute':
      ev.builder.addExecute(at, env.id);
      return UNKNOWN;
    case 'createStatementSet':
    case 'addInsert':
      return { kind: 'tableEnv', env };
    case 'sqlQuery':
    case 'fromPath':
    case 'from':
    case 'fromDataStream':
    case 'fromElements':
      return { kind: 'table', env };
    default:
      return UNKNOWN;
  }
}

/** Rows inserted into a declared table (by name) or a `TableDescriptor`: the table is a sink of the job. */
export function attachTable(ev: LoweredEvaluator, env: EnvironmentModel, nameExpr: Expr | undefined, value: Value | undefined, at: Range, frame: Frame): void {
  const tableName = stringValue(nameExpr);
  const table = tableName !== undefined
    ? ev.sqlTables.get(tableKey(tableName))
    : value?.kind === 'connector' && value.state.entry.sql ? { ...value.state, range: value.range } : undefined;
  if (!table) return;
  ev.builder.addSink({
    envId: env.id, range: table.range, attachRange: at, displayName: table.entry.displayName, connectorId: table.entry.id,
    connector: connectorUse(table.entry, table.api, table.calls, table.range), sourceIds: [], contextName: frame.contextName,
  });
}

export function tableConfigCall(ev: LoweredEvaluator, site: CallSite, env: EnvironmentModel, name: string, args: Args): Value {
  if (name === 'getConfiguration') return { kind: 'configuration', conf: { entries: [], env } };
  if ((name === 'set' || name === 'setString') && args.exprs.length >= 2) {
    const call = new LoweredCall(ev, site, args.exprs, args);
    const key = configKeyOf(call.args, 0);
    if (key !== undefined) ev.builder.applyConfiguration(env, [configEntryOf(key, call.args, 1, call.at)]);
  }
  return { kind: 'tableConfig', env };
}
