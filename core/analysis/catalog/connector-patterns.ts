// Building blocks of catalog entries: API patterns per language and the delivery-guarantee setter.
import type { ApiPattern, NamePerLanguage } from './connector-entry.js';
import type { Guarantee, LanguageId } from '../types.js';

export const deliveryGuaranteeValues = { NONE: 'none', AT_LEAST_ONCE: 'at-least-once', EXACTLY_ONCE: 'exactly-once' } as const;

/** Scala jobs call the Java API, so they share its names unless an entry says otherwise. */
export function jvm(patterns: ApiPattern[], python: ApiPattern[] = []): Partial<Record<LanguageId, ApiPattern[]>> {
  return python.length > 0 ? { java: patterns, scala: patterns, python } : { java: patterns, scala: patterns };
}

export function constructor(className: string): ApiPattern {
  return { kind: 'constructor', className };
}

/** A Table API / SQL connector, the same name in every language. */
export function sql(...connectorNames: string[]): Partial<Record<LanguageId, ApiPattern[]>> {
  const pattern = connectorNames.map((connector): ApiPattern => ({ kind: 'sqlConnector', connector }));
  return { java: pattern, scala: pattern, python: pattern };
}

/** `'sink.delivery-guarantee' = '...'` of the SQL Kafka connectors, read like a setter. */
export const sqlDeliveryGuarantee = {
  method: names('sink.delivery-guarantee', 'sink.delivery-guarantee'),
  values: deliveryGuaranteeValues,
  enumType: 'DeliveryGuarantee',
  enumImport: {},
};

export function names(javaName: string, pythonName?: string): NamePerLanguage {
  return pythonName ? { java: javaName, scala: javaName, python: pythonName } : { java: javaName, scala: javaName };
}



/** `setDeliveryGuarantee(DeliveryGuarantee.X)` of the unified connector base. */
export function deliveryGuaranteeSetter(values: Record<string, Guarantee> = deliveryGuaranteeValues) {
  return {
    method: names('setDeliveryGuarantee', 'set_delivery_guarantee'),
    // KafkaSinkBuilder's deprecated spelling, still common in Flink 1.14/1.15-era jobs.
    aliases: [names('setDeliverGuarantee', 'set_deliver_guarantee')],
    values,
    enumType: 'DeliveryGuarantee',
    enumImport: { java: 'org.apache.flink.connector.base.DeliveryGuarantee', scala: 'org.apache.flink.connector.base.DeliveryGuarantee', python: 'pyflink.datastream.connectors.base.DeliveryGuarantee' },
  };
}
