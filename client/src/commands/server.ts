// Language-server commands: restart it after it stopped, and show its log.
import { window } from 'vscode';
import type { Ctx } from '../ctx.js';
import type { Cmd } from './cmd.js';

export function restartServer(ctx: Ctx): Cmd {
  return async () => {
    try {
      await ctx.restartServer();
    } catch (error) {
      void window.showErrorMessage(`The Flink language server could not start: ${error instanceof Error ? error.message : String(error)}. See "Flink: Show Language Server Output" for details.`);
    }
  };
}

export function showServerOutput(ctx: Ctx): Cmd {
  return () => {
    const output = ctx.serverOutput;
    if (output) output.show(true);
    else void window.showInformationMessage('The Flink language server has not started yet: open a Java, Scala or Python file.');
  };
}
