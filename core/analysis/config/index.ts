// Flink configuration outside code: config files, FLINK_PROPERTIES, the extension's cluster settings.
export { readConfigSource, settingsSource, configSourceKind, describeEntry, type ConfigSource, type ConfigEntry, type ConfigSourceKind } from './config-source.js';
export { ClusterConfig } from './cluster-config.js';
export { checkConfigSource } from './config-checks.js';
export { unknownConfigKey, CHECKPOINTING_KEYS, KEYS_REMOVED_IN_2 } from './known-keys.js';
