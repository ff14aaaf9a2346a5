// The job-lifecycle pieces the job commands share: what was submitted as which job, the
// exceptions documents and the checkpoint chart panels. Created on first use and disposed with the Ctx.
import type { Ctx } from '../ctx.js';
import { CheckpointChartPanels } from '../webviews/checkpoint-chart-panels.js';
import { ExceptionsDocumentProvider } from './exceptions-document.js';
import { SubmissionMemory } from './submission-memory.js';

export interface JobsUi {
  submissions: SubmissionMemory;
  exceptions: ExceptionsDocumentProvider;
  charts: CheckpointChartPanels;
}

const created = new WeakMap<Ctx, JobsUi>();

export function jobsUi(ctx: Ctx): JobsUi {
  let ui = created.get(ctx);
  if (!ui) {
    ui = {
      submissions: new SubmissionMemory(ctx.extension.workspaceState),
      exceptions: new ExceptionsDocumentProvider(ctx.cluster),
      charts: new CheckpointChartPanels(ctx.cluster, ctx.extension.extensionUri),
    };
    ctx.pushCleanup(ui.exceptions);
    ctx.pushCleanup(ui.charts);
    created.set(ctx, ui);
  }
  return ui;
}
