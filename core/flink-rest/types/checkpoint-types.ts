// Checkpoint endpoint shapes (flink-reference §3, §5.4).

export type CheckpointType = 'CHECKPOINT' | 'UNALIGNED_CHECKPOINT' | 'SAVEPOINT' | 'SYNC_SAVEPOINT';

export interface CompletedCheckpointStats {
  id: number;
  status: string;
  is_savepoint: boolean;
  trigger_timestamp: number;
  latest_ack_timestamp: number;
  state_size?: number;
  checkpointed_size?: number;
  end_to_end_duration: number;
  num_subtasks?: number;
  num_acknowledged_subtasks?: number;
  checkpoint_type?: CheckpointType;
  external_path?: string;
  discarded?: boolean;
}

export interface FailedCheckpointStats {
  id: number;
  status: string;
  trigger_timestamp: number;
  failure_timestamp: number;
  failure_message?: string | null;
}

export interface RestoredCheckpointStats {
  id: number;
  restore_timestamp: number;
  is_savepoint: boolean;
  external_path?: string;
}

/** GET /jobs/:jobid/checkpoints */
export interface CheckpointingStatistics {
  counts: { restored: number; total: number; in_progress: number; completed: number; failed: number };
  latest: {
    completed: CompletedCheckpointStats | null;
    savepoint: CompletedCheckpointStats | null;
    failed: FailedCheckpointStats | null;
    restored: RestoredCheckpointStats | null;
  };
  history: (CompletedCheckpointStats & { className?: string })[];
}

/** GET /jobs/:jobid/checkpoints/details/:checkpointid: the checkpoint, and per vertex id its share. */
export interface CheckpointDetails extends CompletedCheckpointStats {
  tasks: Record<string, { id: string; status: string; latest_ack_timestamp: number; state_size?: number; checkpointed_size?: number; num_subtasks: number; num_acknowledged_subtasks: number }>;
}

/** GET /jobs/:jobid/checkpoints/config (404/500 when the job has no checkpointing) */
export interface CheckpointConfig {
  mode: 'AT_LEAST_ONCE' | 'EXACTLY_ONCE' | string;
  interval: number;
  timeout: number;
  min_pause: number;
  max_concurrent: number;
  externalization: { enabled: boolean; delete_on_cancellation: boolean };
  state_backend?: string;
  checkpoint_storage?: string;
  unaligned_checkpoints?: boolean;
  tolerable_failed_checkpoints?: number;
}
