// Entry point of the VS Code extension: creates the Ctx and nothing else.
import type { ExtensionContext } from 'vscode';
import { registerCommands } from './commands/register-commands.js';
import { Ctx } from './ctx.js';

let ctx: Ctx | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  ctx = new Ctx(context);
  registerCommands(ctx);
  ctx.startClusterUi();
  await ctx.startServer();
}

export async function deactivate(): Promise<void> {
  await ctx?.dispose();
  ctx = undefined;
}
