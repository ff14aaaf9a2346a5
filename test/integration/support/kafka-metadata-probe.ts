import { connect } from 'node:net';

export interface AdvertisedBroker {
  nodeId: number;
  host: string;
  port: number;
}

/**
 * Asks a Kafka listener for its brokers with one Metadata request (API key 3, version 4, no
 * topics), as any client's bootstrap does: proves the listener answers the Kafka protocol from the
 * host and shows the address it advertises, which every later connection of a client goes to.
 */
export function advertisedBrokers(host: string, port: number, timeoutMs = 10_000): Promise<AdvertisedBroker[]> {
  const clientId = Buffer.from('flinkft-probe');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4 + 1);
  let o = 0;
  o = body.writeInt16BE(3, o); // api_key: Metadata
  o = body.writeInt16BE(4, o); // api_version
  o = body.writeInt32BE(42, o); // correlation_id
  o = body.writeInt16BE(clientId.length, o);
  o += clientId.copy(body, o);
  o = body.writeInt32BE(0, o); // topics: empty array (brokers only)
  body.writeInt8(0, o); // allow_auto_topic_creation: false
  const request = Buffer.concat([int32(body.length), body]);

  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => socket.destroy(new Error(`no Metadata answer from ${host}:${port} within ${timeoutMs} ms`)), timeoutMs);
    socket.once('connect', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4 || received.length < 4 + received.readInt32BE(0)) return;
      clearTimeout(timer);
      socket.end();
      try {
        resolve(parseBrokers(received.subarray(4)));
      } catch (error) {
        reject(error);
      }
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function parseBrokers(response: Buffer): AdvertisedBroker[] {
  let o = 0;
  const correlationId = response.readInt32BE(o);
  if (correlationId !== 42) throw new Error(`unexpected correlation id ${correlationId}`);
  o += 4 + 4; // correlation_id, throttle_time_ms
  const count = response.readInt32BE(o);
  o += 4;
  const brokers: AdvertisedBroker[] = [];
  for (let i = 0; i < count; i++) {
    const nodeId = response.readInt32BE(o);
    o += 4;
    const hostLength = response.readInt16BE(o);
    o += 2;
    const host = response.subarray(o, o + hostLength).toString('utf8');
    o += hostLength;
    const port = response.readInt32BE(o);
    o += 4;
    const rackLength = response.readInt16BE(o);
    o += 2 + Math.max(0, rackLength);
    brokers.push({ nodeId, host, port });
  }
  return brokers;
}

function int32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(value);
  return b;
}
