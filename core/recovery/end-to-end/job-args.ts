// The job learns the broker's address for jobs (`kafka:9092`) as it learns any argument: the
// placeholder `{kafka}` in a job argument is replaced by it, so `--arg {kafka}` works on any cluster.

export const KAFKA_ADDRESS_PLACEHOLDER = '{kafka}';

export function withBrokerAddress(args: readonly string[], internalBootstrapServers: string): string[] {
  return args.map((a) => a.split(KAFKA_ADDRESS_PLACEHOLDER).join(internalBootstrapServers));
}

export function usesBrokerAddress(args: readonly string[]): boolean {
  return args.some((a) => a.includes(KAFKA_ADDRESS_PLACEHOLDER));
}
