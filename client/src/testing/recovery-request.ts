// A Test Explorer test as the drill set-up every face goes through takes it (no vscode import, so
// the faces' agreement test can call it).
import type { RecoverableJob, RecoveryCheckRequest } from '../../../core/recovery/index.js';

export function recoveryRequestOf(test: { job: RecoverableJob; control: boolean }, folder: string | undefined): RecoveryCheckRequest {
  return { workspace: folder, artifact: test.job.artifact, entryClass: test.job.entryClass, control: test.control };
}
