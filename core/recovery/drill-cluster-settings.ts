// The cluster a drill starts when the project has none running, the same from `flink-ft recover`
// and from the editor's recovery tests: the user's cluster settings, tuned for the drill.
import type { ClusterSettings } from '../cluster/index.js';

/**
 * Flink settings the drill relies on, on a cluster it starts: REST answers from caches refreshed
 * every `web.refresh-interval` (Flink's 3 s would add seconds to every observation). The cluster's
 * DEFAULT_FLINK_PROPERTIES say the same today; the drill states it too, so it keeps it if they change.
 */
export const RECOVERY_CLUSTER_PROPERTIES: Readonly<Record<string, string>> = {
  'web.refresh-interval': '200',
};

/**
 * The user's settings with the drill's Flink properties beneath the user's own (a key the user set
 * is theirs), and the next free port allowed: a drill should not fail because 8081 is taken.
 */
export function drillClusterSettings(settings: ClusterSettings): ClusterSettings {
  return {
    ...settings,
    allowNextFreePort: true,
    flinkProperties: { ...RECOVERY_CLUSTER_PROPERTIES, ...settings.flinkProperties },
  };
}
