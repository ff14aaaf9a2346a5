// Local-cluster commands: start, stop, open the web UI, refresh the view, and the actions behind
// error notifications (another port, pull the image, how to build the local image).
import { commands, env, ProgressLocation, Uri, window } from 'vscode';
import { COMMAND_IDS } from '../../../core/protocol/index.js';
import { requireCluster, requireFolder, requireTrust } from '../cluster/cluster-guards.js';
import type { Ctx } from '../ctx.js';
import { showClusterError } from '../errors/show-error.js';
import type { Cmd } from './cmd.js';

export function startCluster(ctx: Ctx): Cmd {
  return async () => {
    if (!(await requireTrust()) || !(await requireFolder(ctx.cluster))) return;
    const running = ctx.cluster.cluster;
    if (running) {
      const open = 'Open Web UI';
      if ((await window.showInformationMessage(`The local Flink cluster is already running at ${running.restUrl}.`, open)) === open) {
        await env.openExternal(Uri.parse(running.restUrl));
      }
      return;
    }
    try {
      const cluster = await window.withProgress(
        { location: ProgressLocation.Notification, title: 'Flink: starting the local cluster' },
        (progress) => ctx.cluster.start((step) => progress.report({ message: step.message })),
      );
      const status = await cluster.status();
      const registered = status.taskManagers.filter((tm) => tm.registered).length;
      const open = 'Open Web UI';
      const picked = await window.showInformationMessage(
        `${cluster.adopted ? 'Using the local Flink cluster that was already running' : 'Local Flink cluster started'} at ${cluster.restUrl} with ${registered} TaskManager(s).`,
        open,
      );
      if (picked === open) await env.openExternal(Uri.parse(cluster.restUrl));
    } catch (error) {
      await showClusterError(error, 'Could not start the local cluster', () => ctx.clusterLog);
    }
  };
}

export function stopCluster(ctx: Ctx): Cmd {
  return async () => {
    if (!(await requireCluster(ctx.cluster))) return;
    try {
      await window.withProgress({ location: ProgressLocation.Notification, title: 'Flink: stopping the local cluster' }, () => ctx.cluster.stop());
      void window.showInformationMessage('Local Flink cluster stopped. Checkpoints, savepoints and logs stay in .flink/.');
    } catch (error) {
      await showClusterError(error, 'Could not stop the local cluster', () => ctx.clusterLog);
    }
  };
}

export function openWebUi(ctx: Ctx): Cmd {
  return async () => {
    const cluster = await requireCluster(ctx.cluster);
    if (cluster) await env.openExternal(Uri.parse(cluster.restUrl));
  };
}

export function refreshClusterView(ctx: Ctx): Cmd {
  return () => ctx.cluster.refresh();
}

/** Behind "Use Another Port": asks for a port, saves it in the workspace settings, starts again. */
export function useAnotherPort(ctx: Ctx): Cmd {
  return async (taken?: unknown) => {
    const suggested = typeof taken === 'number' ? taken + 1 : ctx.config.clusterSettings().restPort + 1;
    const answer = await window.showInputBox({
      title: 'Port for the Flink web UI and REST API',
      prompt: 'Saved as flinkFt.cluster.restPort in the workspace settings.',
      value: String(suggested),
      validateInput: (value) => (/^\d+$/.test(value) && Number(value) >= 1024 && Number(value) <= 65535 ? undefined : 'A port from 1024 to 65535'),
    });
    if (answer === undefined) return;
    await ctx.config.updateClusterSetting('restPort', Number(answer));
    await commands.executeCommand(COMMAND_IDS.startCluster);
  };
}

/** Behind "Pull Image": pulls with progress, then offers to start. */
export function pullImage(ctx: Ctx): Cmd {
  return async (image?: unknown) => {
    if (!(await requireTrust())) return;
    const ref = typeof image === 'string' ? image : await ctx.cluster.imageToStart();
    try {
      await window.withProgress({ location: ProgressLocation.Notification, title: `Flink: pulling ${ref}`, cancellable: false }, (progress) => {
        return ctx.cluster.pullImage(ref, (p) => {
          // Per-layer numbers: a message, not `increment` (which adds up across reports).
          const percent = p.current !== undefined && p.total ? Math.floor((100 * p.current) / p.total) : undefined;
          progress.report({ message: `${p.status}${p.id ? ` ${p.id}` : ''}${percent !== undefined ? ` ${percent}%` : ''}` });
        });
      });
      const start = 'Start Local Cluster';
      if ((await window.showInformationMessage(`Pulled ${ref}.`, start)) === start) await commands.executeCommand(COMMAND_IDS.startCluster);
    } catch (error) {
      await showClusterError(error, `Could not pull ${ref}`, () => ctx.clusterLog);
    }
  };
}

/** Behind "How to Build the Local Image": for machines that reach no registry. */
export function showImageBuildHelp(ctx: Ctx): Cmd {
  return async () => {
    const useLocal = 'Use flinkft/flink:local';
    const picked = await window.showInformationMessage(
      'Build the Flink image locally',
      {
        modal: true,
        detail:
          'Without access to a container registry, build a compatible image from Debian packages and the Flink wheels on PyPI: ' +
          'run `bash scripts/build-flink-image.sh` in a checkout of this extension\'s repository (docs/image-contract.md). ' +
          'It tags flinkft/flink:<version>-java17 and flinkft/flink:local. Then set flinkFt.cluster.image to flinkft/flink:local.',
      },
      useLocal,
    );
    if (picked === useLocal) await ctx.config.updateClusterSetting('image', 'flinkft/flink:local');
  };
}
