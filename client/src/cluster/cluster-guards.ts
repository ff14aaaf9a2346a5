// Checks every cluster command makes first, each explaining itself with a way forward.
import { commands, window, workspace } from 'vscode';
import type { StartedFlinkCluster } from '../../../core/cluster/index.js';
import { COMMAND_IDS } from '../../../core/protocol/index.js';
import type { ClusterManager } from './cluster-manager.js';

/** Docker runs containers with the workspace mounted: only in a trusted workspace. */
export async function requireTrust(): Promise<boolean> {
  if (workspace.isTrusted) return true;
  const manage = 'Manage Workspace Trust';
  const picked = await window.showWarningMessage(
    'The local Flink cluster runs Docker containers with this folder mounted, so it needs a trusted workspace. Analysis keeps working in Restricted Mode.',
    manage,
  );
  if (picked === manage) await commands.executeCommand('workbench.trust.manage');
  return false;
}

export async function requireFolder(manager: ClusterManager): Promise<string | undefined> {
  const folder = manager.folder;
  if (folder) return folder;
  const open = 'Open Folder';
  const picked = await window.showWarningMessage('Open a folder first: the local cluster belongs to a project folder (.flink/ holds its checkpoints and logs).', open);
  if (picked === open) await commands.executeCommand('vscode.openFolder');
  return undefined;
}

/** The running cluster, or undefined after telling the user how to start one. */
export async function requireCluster(manager: ClusterManager): Promise<StartedFlinkCluster | undefined> {
  if (!(await requireTrust())) return undefined;
  if (!(await requireFolder(manager))) return undefined;
  if (!manager.cluster) await manager.refresh(); // the CLI may have started one since the last poll
  const cluster = manager.cluster;
  if (cluster) return cluster;
  const start = 'Start Local Cluster';
  const picked = await window.showInformationMessage('No local cluster — Start Local Cluster first.', start);
  if (picked === start) await commands.executeCommand(COMMAND_IDS.startCluster);
  return undefined;
}
