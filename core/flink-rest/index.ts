// The public surface of the Flink REST client. Import from here, not from the files.
export { FlinkRestClient, type FlinkRestClientOptions } from './flink-rest-client.js';
export type { RequestOptions } from './rest-transport.js';
export { redactUrl } from './rest-url.js';
export { FlinkRestError, isFlinkRestError } from './errors/flink-rest-error.js';
export { HttpStatusError, isHttpStatusError } from './errors/http-status-error.js';
export { RestTimeoutError, isRestTimeoutError } from './errors/rest-timeout-error.js';
export { ClusterUnreachableError, isClusterUnreachableError } from './errors/cluster-unreachable-error.js';
export { InvalidRestUrlError, isInvalidRestUrlError } from './errors/invalid-rest-url-error.js';
export { UnexpectedResponseError, isUnexpectedResponseError } from './errors/unexpected-response-error.js';
export { ResponseTooLargeError, isResponseTooLargeError } from './errors/response-too-large-error.js';
export type * from './types/cluster-types.js';
export type * from './types/job-types.js';
export { TERMINAL_JOB_STATES } from './types/job-types.js';
export type * from './types/checkpoint-types.js';
export type * from './types/jar-types.js';
export type * from './types/savepoint-types.js';
