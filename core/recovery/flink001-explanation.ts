// The words of FLINK001 (docs/rules/FLINK001.md), for a drill that finds checkpointing off at runtime.

export function checkpointingOffMessage(): string {
  return (
    'FLINK001 checkpointing-disabled: checkpointing is not enabled for this job (GET /jobs/:id/checkpoints/config), ' +
    'so after a TaskManager crash its state and source positions are lost: there is nothing to recover. ' +
    'Fix: call env.enableCheckpointing(10000) right after creating the StreamExecutionEnvironment ' +
    '(PyFlink: env.enable_checkpointing(10000)), or set execution.checkpointing.interval in the job\'s or the cluster\'s configuration. ' +
    'See docs/rules/FLINK001.md.'
  );
}

export function controlHasCheckpointingMessage(): string {
  return 'The negative control needs the job to run without checkpointing (the probe: --checkpointing false); this job checkpoints, so the control shows nothing.';
}
