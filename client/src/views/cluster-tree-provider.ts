// The "Flink" view (flinkFt.clusterView): renders the nodes of cluster-tree-model.ts. Empty without
// a cluster, so the manifest's viewsWelcome content (Start Local Cluster) shows instead.
import { EventEmitter, ThemeColor, ThemeIcon, TreeItem, TreeItemCollapsibleState, type Disposable, type TreeDataProvider } from 'vscode';
import type { ClusterManager } from '../cluster/cluster-manager.js';
import { buildClusterTree, type TreeNode } from './cluster-tree-model.js';

export const CLUSTER_VIEW_ID = 'flinkFt.clusterView';

export class ClusterTreeProvider implements TreeDataProvider<TreeNode>, Disposable {
  private readonly emitter = new EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: TreeNode[];
  private readonly subscription: Disposable;

  constructor(manager: ClusterManager) {
    this.roots = buildClusterTree(manager.state);
    this.subscription = manager.onDidChangeState((state) => {
      this.roots = buildClusterTree(state);
      this.emitter.fire();
    });
  }

  getTreeItem(node: TreeNode): TreeItem {
    const item = new TreeItem(node.label, node.children ? TreeItemCollapsibleState.Expanded : TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.contextValue;
    item.iconPath = new ThemeIcon(node.icon, node.iconColor ? new ThemeColor(node.iconColor) : undefined);
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return node ? (node.children ?? []) : this.roots;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
