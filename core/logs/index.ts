// TaskManager stdout: files under .flink/logs/<tm-id>/ (or container streams), and a filter for the job's own prints.
export { TaskManagerOutput, type OutputEvent, type OutputLine, type TaskManagerLister, type TaskManagerOutputOptions } from './task-manager-output.js';

export { JobOutputFilter } from './job-output-filter.js';
