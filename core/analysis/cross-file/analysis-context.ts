// What the analysis of one file may know beyond the file: the rest of the workspace, the Flink
// configuration outside code, and the project's Flink version. All optional: a lone file is
// analysed as before.
import type { ConfigSource } from '../config/config-source.js';
import type { FlinkVersion } from '../version/flink-version.js';
import type { CrossFileLookup } from './workspace-lookup.js';

export interface AnalysisContext {
  workspace?: CrossFileLookup;
  /** Config files of the workspace; the cluster setting comes from AnalysisSettings. */
  configSources?: readonly ConfigSource[];
  /** Detected from build files; the `flinkVersion` setting wins over it. */
  flinkVersion?: FlinkVersion;
}
