// Rule documentation: opened from the "Show documentation for FLINKnnn" quick fix (which passes
// the rule and its URL) or from the command palette (which asks the server for the rule list).
import { env, Uri, window } from 'vscode';
import { RequestType0 } from 'vscode-languageclient/node';
import { ListRulesRequest } from '../../../core/protocol/index.js';
import type { Ctx } from '../ctx.js';
import type { Cmd } from './cmd.js';

const listRules = new RequestType0<ListRulesRequest.Result, void>(ListRulesRequest.method);

export function openRuleDocs(ctx: Ctx): Cmd {
  return async (ruleId?: unknown, docsUrl?: unknown) => {
    if (typeof docsUrl === 'string') return openWebPage(docsUrl, ruleId);
    const client = ctx.client;
    if (!client) {
      void window.showWarningMessage('The Flink language server is not running, so the rule list is unavailable. Run "Flink: Restart Language Server" and try again.');
      return;
    }
    const rules = await client.sendRequest(listRules);
    const picked = await window.showQuickPick(
      rules.map((rule) => ({ label: rule.id, description: rule.name, detail: rule.description, docsUrl: rule.docsUrl })),
      { title: 'Open Rule Documentation', placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true },
    );
    if (picked) await openWebPage(picked.docsUrl, picked.label);
  };
}

async function openWebPage(url: string, ruleId: unknown): Promise<void> {
  const uri = Uri.parse(url);
  // The URL arrives through a command argument; only hand web pages to the browser.
  if (uri.scheme !== 'https' && uri.scheme !== 'http') {
    void window.showErrorMessage(`Not opening documentation for ${String(ruleId)}: "${url}" is not a web address.`);
    return;
  }
  await env.openExternal(uri);
}
