// Flink semantics shared by every front end: Table API / SQL sinks declared in code. A table is
// declared by `CREATE TABLE t (...) WITH ('connector' = 'kafka', ...)` or a
// `TableDescriptor.forConnector("kafka").option(...)` and becomes a sink of the job where rows are
// inserted into it (`INSERT INTO t ...`, `executeInsert("t")`). Its WITH options are read as the
// connector's calls, so the catalog judges `'sink.delivery-guarantee' = '...'` like a setter.
import type { ConfigCall } from '../model.js';
import type { Range } from '../types.js';

/**
 * Table-environment calls (camelCase) that turn a table back into a DataStream of the same job:
 * sinks attached to it belong to the environment the table environment wraps.
 */
export const TABLE_TO_STREAM: ReadonlySet<string> = new Set(['toDataStream', 'toChangelogStream', 'toAppendStream', 'toRetractStream']);

export interface SqlTableDeclaration {
  /** Lower-case name without quotes or catalog prefix. */
  name: string;
  connector: string;
  options: { key: string; value: string }[];
}

/** `a.b.`Orders`` → `orders`: how a table is named in INSERT statements and `executeInsert`. */
export function tableKey(name: string): string {
  return name.replace(/`/g, '').split('.').pop()!.trim().toLowerCase();
}

export function parseCreateTable(sql: string): SqlTableDeclaration | undefined {
  const head = /^\s*CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([`\w.]+)/i.exec(sql);
  const withAt = sql.search(/\bWITH\s*\(/i);
  if (!head || withAt < 0) return undefined;
  const options = [...sql.slice(withAt).matchAll(/'([^']+)'\s*=\s*'([^']*)'/g)].map((m) => ({ key: m[1]!.trim(), value: m[2]!.trim() }));
  const connector = options.find((o) => o.key === 'connector')?.value;
  return connector ? { name: tableKey(head[1]!), connector, options } : undefined;
}

/** The table an `INSERT INTO t ...` / `INSERT OVERWRITE t ...` writes to. */
export function insertTarget(sql: string): string | undefined {
  const m = /^\s*INSERT\s+(?:INTO|OVERWRITE)\s+(?:TABLE\s+)?([`\w.]+)/i.exec(sql);
  return m ? tableKey(m[1]!) : undefined;
}

/** One table option as a connector call: `'sink.delivery-guarantee' = 'exactly-once'` → method + `EXACTLY_ONCE`. */
export function optionCall(key: string, value: string, range: Range): ConfigCall {
  const constant = value.trim().toUpperCase().replace(/-/g, '_');
  return { method: key, range, enumArgs: [constant], args: [{ range, stringValue: value, enumName: constant }] };
}
