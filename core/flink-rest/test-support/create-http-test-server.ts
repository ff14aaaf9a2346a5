import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export type Handler = (req: RecordedRequest, res: ServerResponse) => void;

export interface HttpTestServer extends AsyncDisposable {
  url: string;
  requests: RecordedRequest[];
  /** Routes by `METHOD /path?query`; unknown routes answer 404 the way Flink does. */
  on(route: string, handler: Handler): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 with a random port, so the client is tested over real sockets. */
export async function createHttpTestServer(): Promise<HttpTestServer> {
  const routes = new Map<string, Handler>();
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      requests.push(recorded);
      const handler = routes.get(`${recorded.method} ${recorded.url}`);
      if (handler) return handler(recorded, res);
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: ['Not found: ' + recorded.url] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on: (route, handler) => routes.set(route, handler),
    close,
    [Symbol.asyncDispose]: close,
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
