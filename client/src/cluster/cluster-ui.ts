// Wires the cluster's faces in the editor: the Flink view (with its visibility driving the poll
// rate), the status bar, and the `flinkFt.clusterState` context key the manifest's `when` clauses read.
import { commands, window, workspace, type Disposable } from 'vscode';
import { CONTEXT_KEYS, VIEW_IDS } from '../../../core/protocol/index.js';
import { ClusterStatusBar } from '../status-bar.js';
import { ClusterTreeProvider } from '../views/cluster-tree-provider.js';
import type { JobsMonitor } from '../jobs/jobs-monitor.js';
import type { ClusterManager } from './cluster-manager.js';

export function createClusterUi(manager: ClusterManager, jobs: JobsMonitor): Disposable[] {
  const provider = new ClusterTreeProvider(manager, jobs);
  const view = window.createTreeView(VIEW_IDS.cluster, { treeDataProvider: provider, showCollapseAll: false });
  const setContext = () => void commands.executeCommand('setContext', CONTEXT_KEYS.clusterState, manager.state.kind);
  setContext();
  manager.setViewVisible(view.visible);
  const disposables: Disposable[] = [
    provider,
    view,
    new ClusterStatusBar(manager),
    manager.onDidChangeState(setContext),
    view.onDidChangeVisibility((e) => manager.setViewVisible(e.visible)),
    // Granting trust (or opening a folder) makes cluster features available without a reload.
    workspace.onDidGrantWorkspaceTrust(() => void manager.refresh()),
    workspace.onDidChangeWorkspaceFolders(() => void manager.refresh()),
  ];
  manager.initialize();
  return disposables;
}
