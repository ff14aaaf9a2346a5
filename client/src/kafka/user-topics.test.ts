import { describe, expect, it } from 'vitest';
import { userTopics } from './user-topics.js';

describe('userTopics', () => {
  it("leaves out Kafka's internal topics and sorts the rest", () => {
    expect(userTopics(['words', '__consumer_offsets', 'input', '__transaction_state', '_single'])).toEqual(['_single', 'input', 'words']);
  });
});
