import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LiveCallbacks } from '../dispatch/create-live-callbacks.js';
import { queryOf, replyToNodeRequest, writeNodeReply } from './node-request.js';
import type { LiveAdapterOptions } from './shared.js';

export type { LiveAdapterOptions } from './shared.js';

/**
 * A `(req, res)` handler for `node:http` / `node:https` servers and anything that takes one. It
 * answers every request it is given: mount it on the callback path only.
 *
 * ```ts
 * createServer(createNodeHandler(live)).listen(8080);
 * ```
 */
export function createNodeHandler(
  live: LiveCallbacks,
  options: LiveAdapterOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    // Only writing can fail (a response already sent elsewhere); end the exchange rather than crash the process.
    replyToNodeRequest(live, req, queryOf(req.url), options)
      .then((reply) => writeNodeReply(res, reply))
      .catch((error: unknown) => res.destroy(error instanceof Error ? error : undefined));
  };
}
