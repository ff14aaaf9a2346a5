// The cluster's REST API read directly: an oracle for what the Flink view should show.
export interface RestJob {
  jid: string;
  name: string;
  state: string;
}

export class FlinkRest {
  constructor(private readonly baseUrl: string) {}

  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as T;
  }

  async flinkVersion(): Promise<string> {
    return (await this.get<{ 'flink-version': string }>('/config'))['flink-version'];
  }

  async jobs(): Promise<RestJob[]> {
    return (await this.get<{ jobs: RestJob[] }>('/jobs/overview')).jobs;
  }

  /** Ids of the checkpoints REST still lists as completed (its history keeps the last few). */
  async completedCheckpointIds(jobId: string): Promise<number[]> {
    const checkpoints = await this.get<{ history: { id: number; status: string; is_savepoint: boolean }[] }>(`/jobs/${jobId}/checkpoints`);
    return checkpoints.history.filter((entry) => entry.status === 'COMPLETED' && !entry.is_savepoint).map((entry) => entry.id);
  }
}
