// Flink configuration outside code: config files, FLINK_PROPERTIES, the extension's cluster settings.
export { readConfigSource, settingsSource, configSourceKind, describeEntry, type ConfigSource, type ConfigEntry, type ConfigSourceKind } from './config-source.js';
export { ClusterConfig } from './cluster-config.js';
export { checkConfigSource } from './config-checks.js';
export { unknownCheckpointingKey, CHECKPOINTING_KEYS } from './known-keys.js';
