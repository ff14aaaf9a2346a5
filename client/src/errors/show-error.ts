// Shows an error as a notification with the buttons error-actions.ts chose, and runs the one picked.
import { commands, env, Uri, window, type OutputChannel } from 'vscode';
import { presentError, type ErrorAction } from './error-actions.js';

/** `doing` names what failed, e.g. "Could not start the local cluster". */
export async function showClusterError(error: unknown, doing: string, logChannel: () => OutputChannel): Promise<void> {
  const shown = presentError(error, doing);
  const show = shown.severity === 'error' ? window.showErrorMessage : window.showWarningMessage;
  const picked = await show(shown.message, ...shown.actions.map((a) => a.title));
  const action = shown.actions.find((a) => a.title === picked);
  if (action) await runAction(action, logChannel);
}

async function runAction(action: ErrorAction, logChannel: () => OutputChannel): Promise<void> {
  switch (action.kind) {
    case 'open-url':
      await env.openExternal(Uri.parse(action.url));
      return;
    case 'command':
      await commands.executeCommand(action.command, ...action.args);
      return;
    case 'open-settings':
      await commands.executeCommand('workbench.action.openSettings', action.query);
      return;
    case 'show-log': {
      const channel = logChannel();
      channel.appendLine(`──── ${action.heading} ────`);
      for (const line of action.lines) channel.appendLine(line);
      channel.show(true);
      return;
    }
  }
}
