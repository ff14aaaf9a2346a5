// Entry point of the VS Code extension: creates the Ctx and nothing else.
import type { ExtensionContext } from 'vscode';
import { registerCommands } from './commands/register-commands.js';
import { Ctx } from './ctx.js';
import { recoveryTestingDeps } from './testing/recovery-testing-deps.js';
import { registerRecoveryTesting } from './testing/register-recovery-testing.js';

let ctx: Ctx | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  ctx = new Ctx(context);
  registerCommands(ctx);
  ctx.startClusterUi();
  for (const disposable of registerRecoveryTesting(recoveryTestingDeps(ctx))) ctx.pushCleanup(disposable);
  await ctx.startServer();
}

export async function deactivate(): Promise<void> {
  await ctx?.dispose();
  ctx = undefined;
}
