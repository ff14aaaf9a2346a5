// "Run recovery check" above each job's execute call. Client-side rather than from the language
// server: it runs a Test Explorer item, which only the client has, and it must appear only in a
// trusted workspace; the server's own lens above execute (the job's guarantee) stays as it is.
import { CodeLens, EventEmitter, workspace, type CodeLensProvider, type TextDocument } from 'vscode';
import { COMMAND_IDS } from '../../../core/protocol/index.js';
import { executeRange, type RecoveryTestTree } from './recovery-test-tree.js';

export class RecoveryCodeLensProvider implements CodeLensProvider {
  private readonly changed = new EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly tree: RecoveryTestTree) {}

  /** After a rescan or a trust change. */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: TextDocument): CodeLens[] {
    if (!workspace.isTrusted) return [];
    const path = document.uri.fsPath;
    return this.tree.knownJobs
      .filter((job) => job.file === path && job.executeLine > 0)
      .flatMap((job) => {
        const range = executeRange(job);
        const lenses = [new CodeLens(range, { title: 'Run recovery check', command: COMMAND_IDS.runRecoveryCheck, arguments: [job.id, false], tooltip: 'Kill a TaskManager running this job and check that it recovers from its checkpoint' })];
        if (job.probe) lenses.push(new CodeLens(range, { title: 'Negative control', command: COMMAND_IDS.runRecoveryCheck, arguments: [job.id, true], tooltip: 'The same drill with checkpointing off: must fail' }));
        return lenses;
      });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
