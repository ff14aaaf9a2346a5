// Kafka's own bookkeeping topics (__consumer_offsets once anything consumed, __transaction_state
// once a transactional producer ran) are no place for test records: the topic picks leave them out.
export function userTopics(topics: readonly string[]): string[] {
  return topics.filter((topic) => !topic.startsWith('__')).sort((a, b) => a.localeCompare(b));
}
