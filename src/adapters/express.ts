import type { NextFunction, Request, Response } from 'express';
import type { LiveCallbacks } from '../dispatch/create-live-callbacks.js';
import { queryOf, replyToNodeRequest, writeNodeReply } from './node-request.js';
import type { LiveAdapterOptions } from './shared.js';

export type { LiveAdapterOptions } from './shared.js';

/**
 * Express 4/5 middleware answering Tencent's callbacks. Mount it on the callback path, ideally
 * before any JSON body parser: it reads the raw body itself, which keeps 18-digit account IDs exact.
 * After `express.json()`, `express.raw()` or `express.text()` it takes what they parsed.
 *
 * ```ts
 * app.all('/tencent/live/callback', createExpressMiddleware(live)); // all: other methods get 405
 * ```
 */
export function createExpressMiddleware(
  live: LiveCallbacks,
  options: LiveAdapterOptions = {},
): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    // Only writing can fail (a response someone else already sent): that is Express's error handler's to report.
    // The raw query string, not req.query: the core reads Tencent's query faster than a parsed object.
    replyToNodeRequest(live, req, queryOf(req.originalUrl ?? req.url), options)
      .then((reply) => writeNodeReply(res, reply))
      .catch(next);
  };
}
