import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CALLBACK_PATH, type RunningServer } from './adapter-cases.js';

/** Listens on 127.0.0.1, port 0, and describes the running server for the shared cases. */
export async function listenOnLoopback(server: Server): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${CALLBACK_PATH}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
