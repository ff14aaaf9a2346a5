// Markdown hovers on sources, sinks and checkpoint calls explaining what each guarantees.
import type { Catalog } from './catalog/catalog.js';
import type { JobModel } from './model.js';
import type { HoverInfo } from './types.js';

export function buildHovers(model: JobModel, catalog: Catalog): HoverInfo[] {
  void model;
  void catalog;
  return [];
}
