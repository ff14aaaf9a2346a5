// Queries over the connector data. Front ends ask "what does this call create?", rules ask "which
// guarantee does this configured connector give?"; neither hard-codes connector names.
import { guaranteeRank, type ArgumentInfo, type ConfigCall } from '../model.js';
import type { Guarantee, GuaranteeOrUnknown, LanguageId } from '../types.js';
import type { ConnectorEntry, Requirement } from './connector-entry.js';
import { connectors } from './connectors.js';

export type { ApiPattern, ConnectorEntry, GuaranteeSpec, NamePerLanguage, Requirement } from './connector-entry.js';

export interface ResolvedGuarantee {
  /** `unknown`: the last deciding call is the setter given a value chosen at run time. */
  guarantee: GuaranteeOrUnknown;
  /** The call that chose it; absent when the connector's default applies. */
  decidedBy?: ConfigCall;
  /** With a guarantee taken from a variable's weakest branch: the variable (`g`). */
  chosenBy?: string;
  /** The matched enum constant or method, e.g. `EXACTLY_ONCE`, `buildExactlyOnce`; a string as written, `'at-least-once'`. */
  decidedValue?: string;
  /** The setter's argument that chose it, when one did (a fix replaces it). */
  decidedArgument?: ArgumentInfo;
}

/** `'at-least-once'` / `"EXACTLY_ONCE"` passed where the setter expects the enum: the constant meant. */
function constantOfString(value: string, values: Record<string, Guarantee>): string | undefined {
  const constant = value.trim().toUpperCase().replace(/-/g, '_');
  return constant in values ? constant : undefined;
}

export class Catalog {
  private readonly byId = new Map<string, ConnectorEntry>();
  private readonly byKey = new Map<string, ConnectorEntry>();

  constructor(readonly entries: readonly ConnectorEntry[]) {
    for (const entry of entries) {
      if (this.byId.has(entry.id)) throw new Error(`Duplicate catalog id ${entry.id}`);
      this.byId.set(entry.id, entry);
      for (const [language, patterns] of Object.entries(entry.api)) {
        for (const pattern of patterns ?? []) {
          const keys =
            pattern.kind === 'factory'
              ? pattern.methods.map((m) => `${language}:factory:${pattern.className}.${m}`)
              : pattern.kind === 'constructor'
                ? [`${language}:new:${pattern.className}`]
                : pattern.kind === 'sqlConnector'
                  ? [`${language}:sql:${pattern.connector}`]
                  : [`${language}:${pattern.kind}:${pattern.method}`];
          for (const key of keys) this.byKey.set(key, entry);
        }
      }
    }
  }

  /** Class names the catalog knows in a language (factories and constructors), simple names included. */
  classNames(language: LanguageId): Set<string> {
    const names = new Set<string>();
    for (const entry of this.entries) {
      for (const pattern of entry.api[language] ?? []) {
        if (pattern.kind === 'factory' || pattern.kind === 'constructor') {
          names.add(pattern.className);
          names.add(pattern.className.slice(pattern.className.lastIndexOf('.') + 1));
          names.add(pattern.className.split('.')[0]!);
        }
      }
    }
    return names;
  }

  get(id: string): ConnectorEntry | undefined {
    return this.byId.get(id);
  }

  /** `ClassName.method(...)`, e.g. `KafkaSink.builder`. */
  factory(language: LanguageId, className: string, method: string): ConnectorEntry | undefined {
    return this.byKey.get(`${language}:factory:${className}.${method}`);
  }

  /** `new ClassName(...)`; nested classes as `Outer.Inner`. */
  constructorOf(language: LanguageId, className: string): ConnectorEntry | undefined {
    return this.byKey.get(`${language}:new:${className}`);
  }

  envMethod(language: LanguageId, method: string): ConnectorEntry | undefined {
    return this.byKey.get(`${language}:envMethod:${method}`);
  }

  /** The Table API / SQL connector named `'connector' = '<name>'`. */
  sqlConnector(language: LanguageId, connector: string): ConnectorEntry | undefined {
    return this.byKey.get(`${language}:sql:${connector.trim().toLowerCase()}`);
  }

  streamMethod(language: LanguageId, method: string): ConnectorEntry | undefined {
    return this.byKey.get(`${language}:streamMethod:${method}`);
  }

  /** The guarantee a connector gives given the calls made on it (last decision wins). */
  resolveGuarantee(entry: ConnectorEntry, calls: readonly ConfigCall[], language: LanguageId): ResolvedGuarantee {
    const spec = entry.guarantee;
    let result: ResolvedGuarantee = { guarantee: spec.default };
    const setterNames = this.guaranteeSetterNames(entry, language);
    calls.forEach((call, index) => {
      if (spec.argEnum && index === 0) {
        const value = call.enumArgs.find((arg) => arg in spec.argEnum!);
        if (value) result = { guarantee: spec.argEnum[value]!, decidedBy: call, decidedValue: value };
      }
      if (spec.setter && setterNames.has(call.method)) {
        const values = spec.setter.values;
        const argument = call.args.find((a) => a.enumName !== undefined && a.enumName in values);
        // A string is read as the guarantee it names (PyFlink code that skips the enum), and reported as written.
        const text = argument ? undefined : call.args.find((a) => a.stringValue !== undefined && constantOfString(a.stringValue, values));
        const value = argument?.enumName ?? call.enumArgs.find((arg) => arg in values);
        const chosen = value ? undefined : weakestChoice(call, values);
        if (value) result = { guarantee: values[value]!, decidedBy: call, decidedValue: value, ...(argument ? { decidedArgument: argument } : {}) };
        else if (text?.stringValue !== undefined) {
          const quote = language === 'python' ? "'" : '"';
          result = { guarantee: values[constantOfString(text.stringValue, values)!]!, decidedBy: call, decidedValue: `${quote}${text.stringValue}${quote}`, decidedArgument: text };
        } else if (chosen) {
          // A local chosen by a switch or a ternary of constants: it can be the weakest of them.
          const { variable, weakest } = chosen;
          result = { guarantee: values[weakest.name]!, decidedBy: call, decidedValue: weakest.name, decidedArgument: { range: weakest.range, enumName: weakest.name }, chosenBy: variable };
        } else if (call.args.length > 0) {
          // A variable, a parameter, a call: chosen at run time. Reading it as "not set" (the
          // default, NONE for KafkaSink) would report data loss the job may not have.
          result = { guarantee: 'unknown', decidedBy: call };
        }
      }
      const byMethod = spec.methods?.[call.method];
      if (byMethod) result = { guarantee: byMethod, decidedBy: call, decidedValue: call.method };
    });
    return result;
  }

  /** Requirements for the given guarantee that no call satisfies. */
  missingRequirements(entry: ConnectorEntry, guarantee: GuaranteeOrUnknown, calls: readonly ConfigCall[], language: LanguageId): Requirement[] {
    return (entry.requirements ?? []).filter((requirement) => {
      if (requirement.guarantee !== guarantee) return false;
      const method = requirement.method[language];
      return method !== undefined && !calls.some((call) => call.method === method);
    });
  }

  /** The setter that chooses the guarantee in this language, if the connector has one. */
  guaranteeSetter(entry: ConnectorEntry, language: LanguageId): string | undefined {
    return entry.guarantee.setter?.method[language];
  }

  /** The setter's names in this language, deprecated aliases included (for reading code). */
  guaranteeSetterNames(entry: ConnectorEntry, language: LanguageId): Set<string> {
    const setter = entry.guarantee.setter;
    const all = setter ? [setter.method, ...(setter.aliases ?? [])] : [];
    return new Set(all.flatMap((n) => (n[language] ? [n[language]!] : [])));
  }

  commitsOnCheckpoint(entry: ConnectorEntry, guarantee: GuaranteeOrUnknown): boolean {
    return guarantee !== 'unknown' && (entry.commitsOnCheckpointAt?.includes(guarantee) ?? false);
  }
}

export const defaultCatalog = new Catalog(connectors);

/** A setter argument that is a variable of known enum choices, all guarantees: the weakest choice. */
function weakestChoice(call: ConfigCall, values: Readonly<Record<string, Guarantee>>): { variable: string; weakest: { name: string; range: ArgumentInfo['range'] } } | undefined {
  const argument = call.args.find((a) => a.enumChoices && a.enumChoices.every((c) => c.name in values));
  if (!argument?.enumChoices || argument.variable === undefined) return undefined;
  const weakest = argument.enumChoices.reduce((a, b) => (guaranteeRank[values[b.name]!] < guaranteeRank[values[a.name]!] ? b : a));
  return { variable: argument.variable, weakest };
}
