// "Show Exceptions" opens a read-only document `flink-ft-exceptions:/<job> exceptions.log?<jobId>`
// whose text this provider fetches from REST each time it is opened or refreshed.
import { EventEmitter, Uri, workspace, type Disposable, type TextDocumentContentProvider } from 'vscode';
import type { ClusterManager } from '../cluster/cluster-manager.js';
import { formatExceptions } from './format-exceptions.js';

export const EXCEPTIONS_SCHEME = 'flink-ft-exceptions';

export function exceptionsUri(jobId: string, jobName: string): Uri {
  // The path is what the editor tab shows; the query carries the job id.
  return Uri.parse(`${EXCEPTIONS_SCHEME}:/${encodeURIComponent(`${jobName.replace(/[\\/]/g, '_')} exceptions.log`)}?${jobId}`);
}

export class ExceptionsDocumentProvider implements TextDocumentContentProvider, Disposable {
  private readonly emitter = new EventEmitter<Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly registration: Disposable;

  constructor(private readonly manager: ClusterManager) {
    this.registration = workspace.registerTextDocumentContentProvider(EXCEPTIONS_SCHEME, this);
  }

  /** Re-reads an open document (Show Exceptions again on the same job). */
  refresh(uri: Uri): void {
    this.emitter.fire(uri);
  }

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const jobId = uri.query;
    const rest = this.manager.cluster?.rest;
    if (!rest) return 'No local cluster is running: the exception history lives in the JobManager. Start the cluster (Flink: Start Local Cluster).\n';
    try {
      const [job, exceptions] = await Promise.all([rest.job(jobId), rest.jobExceptions(jobId, 50)]);
      return formatExceptions(job.name, jobId, exceptions);
    } catch (error) {
      return `Could not read the exception history of job ${jobId}: ${error instanceof Error ? error.message : String(error)}\n`;
    }
  }

  dispose(): void {
    this.registration.dispose();
    this.emitter.dispose();
  }
}
