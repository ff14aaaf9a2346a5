// FLINK011 across files: a user function declared in one file and created by a job in another.
// The job's file records the classes of other files it creates; the function's file learns from the
// index how the jobs that create them checkpoint, and its plain fields are judged as theirs.
import { blankCommentsAndStrings } from '../languages/class-scan.js';
import type { JobModel } from '../model.js';
import { LineIndex } from '../parse/line-index.js';
import { mostDemanding } from './file-facts.js';
import type { CrossFileLookup } from './workspace-lookup.js';

/** `new CountWords(...)` (Java, Scala) or `CountWords(...)` (Python) for a class another file declares. */
export function recordInstantiations(model: JobModel, text: string, workspace: CrossFileLookup | undefined): void {
  if (!workspace || model.environments.length === 0) return;
  const masked = blankCommentsAndStrings(text, model.languageId);
  const pattern = model.languageId === 'python' ? /(?<![\w.])([A-Z]\w*)\s*\(/g : /\bnew\s+(?:[\w]+\.)*([A-Z]\w*)\s*[(<[{]?/g;
  const own = new Set(model.declaredClasses ?? []);
  const seen = new Set<string>();
  let lines: LineIndex | undefined;
  for (const m of masked.matchAll(pattern)) {
    const name = m[1]!;
    if (seen.has(name) || own.has(name) || !workspace.declares(name)) continue;
    seen.add(name);
    lines ??= new LineIndex(text);
    const at = lines.positionAt(m.index);
    (model.instantiatedClasses ??= []).push({ name, at: { start: at, end: at } });
  }
}

/** Marks this file's functions that other files' jobs create with how those jobs checkpoint. */
export function applyInstantiators(model: JobModel, workspace: CrossFileLookup | undefined): void {
  if (!workspace?.instantiatorsOf) return;
  for (const use of model.fieldStates ?? []) {
    if (use.instantiated) continue;
    const job = mostDemanding(workspace.instantiatorsOf(use.className));
    if (job) use.usedBy = { origin: job.origin, checkpointed: job.facts.checkpointingEnabled && job.facts.runtimeMode !== 'batch' };
  }
}
