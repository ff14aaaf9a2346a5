// The end-to-end guarantee of each job (one per execute site): the weakest link among the
// checkpointing mode, the sources and the sinks.
import type { Catalog } from './catalog/catalog.js';
import type { JobModel } from './model.js';
import type { JobSummary } from './types.js';

export function summarizeJobs(model: JobModel, catalog: Catalog): JobSummary[] {
  void catalog;
  return model.executions.map((execute) => ({ executeRange: execute.range, guarantee: 'none', reason: 'not computed yet', title: 'Flink: none' }));
}
