// `$(server) Flink: 2 TMs` while a local cluster runs (or starts/stops); a click opens the Flink view.
import { StatusBarAlignment, window, type Disposable, type StatusBarItem } from 'vscode';
import type { ClusterManager } from './cluster/cluster-manager.js';
import { statusBarText, type ClusterViewState } from './views/cluster-tree-model.js';

/** VS Code's command that reveals the view container `flink` (package.json viewsContainers.activitybar). */
const SHOW_FLINK_VIEW = 'workbench.view.extension.flink';

export class ClusterStatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscription: Disposable;

  constructor(manager: ClusterManager) {
    this.item = window.createStatusBarItem('flinkFt.cluster', StatusBarAlignment.Left, 0);
    this.item.name = 'Flink Local Cluster';
    this.item.command = SHOW_FLINK_VIEW;
    this.update(manager.state);
    this.subscription = manager.onDidChangeState((state) => this.update(state));
  }

  private update(state: ClusterViewState): void {
    const shown = statusBarText(state);
    if (!shown) return this.item.hide();
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
