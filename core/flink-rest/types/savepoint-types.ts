// Savepoint and stop-with-savepoint shapes (flink-reference §3).

export interface SavepointTriggerRequest {
  targetDirectory?: string;
  cancelJob?: boolean;
  formatType?: 'CANONICAL' | 'NATIVE';
}

export interface StopWithSavepointRequest {
  targetDirectory?: string;
  /** Emit MAX_WATERMARK before stopping (ends event-time windows). */
  drain?: boolean;
  formatType?: 'CANONICAL' | 'NATIVE';
}

/** GET /jobs/:jobid/savepoints/:triggerid */
export type SavepointStatus =
  | { state: 'IN_PROGRESS' }
  | { state: 'COMPLETED'; location: string }
  | { state: 'FAILED'; failureCause: string };
