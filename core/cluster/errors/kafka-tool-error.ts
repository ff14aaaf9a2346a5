import { ClusterError } from './cluster-error.js';

/** One of Kafka's command-line tools, run in the broker container, exited with an error. */
export class KafkaToolError extends ClusterError {
  override name = 'KafkaToolError';

  constructor(
    readonly tool: string,
    readonly exitCode: number,
    readonly outputTail: string,
  ) {
    super(
      `${tool} in the Kafka broker exited with code ${exitCode}${outputTail ? `:\n${outputTail}` : ''}\n` +
        "Check the broker with 'flink-ft cluster status'; its log: docker logs <kafka container>.",
    );
  }
}

export function isKafkaToolError(error: unknown): error is KafkaToolError {
  return error instanceof Error && error.name === 'KafkaToolError';
}
