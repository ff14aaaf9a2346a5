// Wires the recovery tests into VS Code: one TestController, its Run profile, rescans on save,
// the CodeLens, and the command the CodeLens (and the palette) runs.
import {
  CancellationTokenSource,
  TestRunProfileKind,
  TestRunRequest,
  commands,
  languages,
  tests,
  window,
  workspace,
  type Disposable,
} from 'vscode';
import { COMMAND_IDS } from '../../../core/protocol/index.js';
import { RecoveryCodeLensProvider } from './recovery-code-lens.js';
import { RecoveryTestTree } from './recovery-test-tree.js';
import { runRecoveryTests, type RecoveryTestingDeps } from './run-recovery-tests.js';

const WATCHED = /\.(java|scala|kt|py)$|(^|[\\/])(pom\.xml|build\.gradle(\.kts)?)$/;

export function registerRecoveryTesting(deps: RecoveryTestingDeps): Disposable[] {
  const controller = tests.createTestController('flinkFtRecovery', 'Flink recovery');
  const tree = new RecoveryTestTree(controller);
  const lenses = new RecoveryCodeLensProvider(tree);
  let scanning: Promise<void> | undefined;
  const rescan = (): Promise<void> => {
    scanning ??= tree.refresh(deps.folder()).finally(() => {
      scanning = undefined;
      lenses.refresh();
    });
    return scanning;
  };
  controller.resolveHandler = async (item) => {
    if (!item) await rescan();
  };
  controller.refreshHandler = () => rescan();
  const profile = controller.createRunProfile('Run recovery check', TestRunProfileKind.Run, (request, token) => runRecoveryTests(controller, tree, deps, request, token), true);

  const runFromLens = async (jobId?: unknown, control?: unknown): Promise<void> => {
    await (scanning ?? (tree.knownJobs.length === 0 ? rescan() : Promise.resolve()));
    let id = typeof jobId === 'string' ? jobId : undefined;
    if (!id) {
      const picked = await window.showQuickPick(tree.knownJobs.map((j) => ({ label: j.label, description: j.entryClass ?? j.artifact, id: j.id })), { placeHolder: 'Which job should prove it recovers from a TaskManager crash?' });
      id = picked?.id;
    }
    const item = id ? tree.find(id, control === true) : undefined;
    if (!item) {
      if (id) void window.showWarningMessage(`No Flink job '${id}' in this workspace (any more): the Test Explorer lists the jobs it found.`);
      return;
    }
    // A run outside the handler shows in Test Results like any other; its Stop button cancels run.token.
    const cts = new CancellationTokenSource();
    try {
      await runRecoveryTests(controller, tree, deps, new TestRunRequest([item], undefined, profile), cts.token);
    } finally {
      cts.dispose();
    }
  };

  void rescan();
  return [
    controller,
    lenses,
    languages.registerCodeLensProvider([{ language: 'java' }, { language: 'scala' }, { language: 'python' }], lenses),
    commands.registerCommand(COMMAND_IDS.runRecoveryCheck, runFromLens),
    workspace.onDidSaveTextDocument((doc) => {
      if (WATCHED.test(doc.uri.fsPath)) void rescan();
    }),
    workspace.onDidGrantWorkspaceTrust(() => lenses.refresh()),
  ];
}
