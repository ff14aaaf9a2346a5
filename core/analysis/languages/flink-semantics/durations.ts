// Flink durations as the API takes them: a number of milliseconds, a duration string (`10 s`,
// `1min`) or a factory (`Duration.ofSeconds(10)`, `Time.seconds(10)`, PyFlink's `Duration.of_seconds(10)`).
import type { ArgumentReader, Keyword } from './argument-reader.js';

const UNIT_MS: Record<string, number> = {
  ms: 1, milli: 1, millis: 1, millisecond: 1, milliseconds: 1,
  s: 1000, sec: 1000, secs: 1000, second: 1000, seconds: 1000,
  min: 60_000, m: 60_000, minute: 60_000, minutes: 60_000,
  h: 3_600_000, hour: 3_600_000, hours: 3_600_000,
};

/** Flink duration strings: `10 s`, `1min`, `5000 ms`, `5000` (milliseconds). */
export function parseDurationText(text: string): number | undefined {
  const match = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = match[2]!.toLowerCase();
  const factor = unit === '' ? 1 : UNIT_MS[unit];
  return factor === undefined ? undefined : Number(match[1]) * factor;
}

/** Factories by their camelCase name: `java.time.Duration` and Flink's `Time`. */
const FACTORY_MS: Record<string, number> = {
  ofMillis: 1, milliseconds: 1,
  ofSeconds: 1000, seconds: 1000,
  ofMinutes: 60_000, minutes: 60_000,
  ofHours: 3_600_000, hours: 3_600_000,
};

/** The milliseconds an argument stands for, or undefined when it is not a constant duration. */
export function durationArgument(args: ArgumentReader, index: number, keyword?: Keyword): number | undefined {
  const plain = args.number(index, keyword);
  if (plain !== undefined) return plain;
  const text = args.string(index, keyword);
  if (text !== undefined) return parseDurationText(text);
  const factory = args.call(index, keyword);
  const factor = factory ? FACTORY_MS[factory.name] : undefined;
  const amount = factor !== undefined ? factory!.args.number(0) : undefined;
  return factor !== undefined && amount !== undefined ? amount * factor : undefined;
}
