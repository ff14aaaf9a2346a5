import { describe, expect, it } from 'vitest';
import { leaderNodePath, parseLeaderAddress } from './zookeeper-leader.js';
import { haProperties, isHighAvailability } from './ha-blueprint.js';

describe('the leader as ZooKeeper publishes it', () => {
  it('reads the host of the leading Dispatcher from the serialised leader information', () => {
    // What `ZooKeeperMain get` printed on 1.20.5: ObjectOutputStream bytes around the address, then the UUID.
    const output = 'WatchedEvent state:SyncConnected type:None path:null\n\uFFFD\uFFFD\u0000\u0005w4\u00002pekko.tcp://flink@jm-2:37485/user/rpc/dispatcher_1sr\u0000\u000ejava.util.UUID\uFFFD';
    expect(parseLeaderAddress(output)).toEqual({ jobManager: 'jm-2', address: 'pekko.tcp://flink@jm-2:37485/user/rpc/dispatcher_1' });
    expect(parseLeaderAddress('akka.tcp://flink@jm-10:6123/user/rpc/dispatcher_1')).toEqual({ jobManager: 'jm-10', address: 'akka.tcp://flink@jm-10:6123/user/rpc/dispatcher_1' });
  });

  it('says nothing leads when the node is missing (election running)', () => {
    expect(parseLeaderAddress('org.apache.zookeeper.KeeperException$NoNodeException: KeeperErrorCode = NoNode for /flink/x/leader/dispatcher/connection_info')).toEqual({});
  });

  it('uses the cluster name as the HA cluster id in paths and properties', () => {
    expect(leaderNodePath('proj-abc123')).toBe('/flink/proj-abc123/leader/dispatcher/connection_info');
    const props = haProperties('proj-abc123');
    expect(props['high-availability.cluster-id']).toBe('proj-abc123');
    expect(isHighAvailability(props)).toBe(true);
    expect(isHighAvailability({ 'high-availability.type': 'NONE' })).toBe(false);
  });
});
