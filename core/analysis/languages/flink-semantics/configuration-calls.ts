// What a call on a `Configuration` does, once for Java, Scala and PyFlink: `set(KEY, value)`,
// `setString("key", "value")`, `set_integer(...)`; and one entry's key and value as Flink reads them.
import type { EnvironmentModel } from '../../model.js';
import type { Range } from '../../types.js';
import { configKeyForOption, type ConfigEntry, type ModelBuilder } from '../model-builder.js';
import type { ArgumentReader, FlinkCall } from './argument-reader.js';
import { durationArgument, parseDurationText } from './durations.js';

const SETTER = /^set(String|Long|Integer|Boolean|Float|Double)?$/;

/** A Configuration being filled; one that belongs to an environment applies each entry at once. */
export interface ConfigurationState {
  entries: ConfigEntry[];
  env?: EnvironmentModel;
}

/** Returns whether the call was a setter (setters return the configuration). */
export function configurationCall(builder: ModelBuilder, conf: ConfigurationState, call: FlinkCall): boolean {
  const { args } = call;
  if (!SETTER.test(call.name) || args.count < 2) return false;
  const key = configKeyOf(args, 0);
  if (key === undefined) return true;
  const entry = configEntryOf(key, args, 1, call.at);
  const keyRange = args.literalRange(0);
  if (keyRange) entry.keyRange = keyRange;
  if (conf.env) builder.applyConfiguration(conf.env, [entry]);
  else conf.entries.push(entry);
  return true;
}

/** A key given as a string or a ConfigOption constant (`CheckpointingOptions.CHECKPOINTING_INTERVAL`). */
export function configKeyOf(args: ArgumentReader, index: number): string | undefined {
  const text = args.string(index);
  if (text !== undefined) return text;
  const option = args.option(index);
  return option ? configKeyForOption(option.holder, option.field) : undefined;
}

/** One entry whose value is the argument at `index`: a string, an enum constant, a duration. */
export function configEntryOf(key: string, args: ArgumentReader, index: number, range: Range): ConfigEntry {
  const entry: ConfigEntry = { key, range };
  const text = args.string(index);
  if (text !== undefined) entry.stringValue = text;
  const constant = args.enumName(index);
  if (constant) entry.enumName = constant;
  const ms = durationArgument(args, index);
  if (ms !== undefined) entry.ms = ms;
  return entry;
}

/** One entry from text, as `SET 'key' = 'value'` in SQL gives it. */
export function configEntryOfText(key: string, value: string, range: Range): ConfigEntry {
  const entry: ConfigEntry = { key, range, stringValue: value };
  const ms = parseDurationText(value);
  if (ms !== undefined) entry.ms = ms;
  return entry;
}
