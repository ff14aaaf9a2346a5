// Flink version awareness: which version a project targets, and which APIs that version has.
export { atLeast, formatVersion, parseFlinkVersion, type FlinkVersion } from './flink-version.js';
export { detectFlinkVersion, isVersionFile } from './detect-flink-version.js';
export { REMOVED_IN_2, removedApiOf, isTrackedApi, type RemovedApi } from './removed-apis.js';
export { versionApi, type VersionApi } from './version-api.js';
