// `recover --fault`: which fault each round injects, checked against core's fault registry before
// any cluster starts. Repeatable; absent: kill-tm.
import { FaultSpecError, parseFaultSpec, validFaultsText, type FaultSpec } from '../../../core/recovery/index.js';
import type { OptionSpec, OptionValue } from '../args.js';
import { UsageError } from '../usage-error.js';

export const FAULT_OPTION_SPEC: OptionSpec = {
  name: 'fault',
  type: 'string',
  multiple: true,
  valueName: 'F',
  description: `The fault to inject; repeat for one per round, in turn (default: kill-tm). One of: ${validFaultsText()}.`,
};

export function parseFaultValues(value: OptionValue | undefined): FaultSpec[] {
  const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return values.map((v) => {
    try {
      return parseFaultSpec(v);
    } catch (error) {
      if (error instanceof FaultSpecError) throw new UsageError(`Invalid --fault: ${error.message}`);
      throw error;
    }
  });
}
