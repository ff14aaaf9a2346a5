// The "Flink" view (flinkFt.clusterView): renders the nodes of cluster-tree-model.ts. Empty without
// a cluster, so the manifest's viewsWelcome content (Start Local Cluster) shows instead.
import { EventEmitter, ThemeColor, ThemeIcon, TreeItem, TreeItemCollapsibleState, type Disposable, type TreeDataProvider } from 'vscode';
import type { ClusterManager } from '../cluster/cluster-manager.js';
import type { JobsMonitor } from '../jobs/jobs-monitor.js';
import { buildClusterTree, type TreeNode } from './cluster-tree-model.js';

export class ClusterTreeProvider implements TreeDataProvider<TreeNode>, Disposable {
  private readonly emitter = new EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: TreeNode[];
  private readonly subscriptions: Disposable[];

  constructor(manager: ClusterManager, jobs: JobsMonitor) {
    const render = () => {
      this.roots = buildClusterTree(manager.state, jobs.summaries);
      this.emitter.fire();
    };
    this.roots = buildClusterTree(manager.state, jobs.summaries);
    this.subscriptions = [manager.onDidChangeState(render), jobs.onDidChange(render)];
  }

  getTreeItem(node: TreeNode): TreeItem {
    const collapsible = node.children ? (node.collapsed ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.Expanded) : TreeItemCollapsibleState.None;
    const item = new TreeItem(node.label, collapsible);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.contextValue;
    item.iconPath = new ThemeIcon(node.icon, node.iconColor ? new ThemeColor(node.iconColor) : undefined);
    if (node.command) item.command = { title: node.label, ...node.command };
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return node ? (node.children ?? []) : this.roots;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.emitter.dispose();
  }
}
