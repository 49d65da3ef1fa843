import type { Context, Middleware } from 'koa';
import type { LiveCallbacks } from '../dispatch/create-live-callbacks.js';
import { bodyStillComing, replyToNodeRequest, writeNodeReply, type ParsedBodyCarrier } from './node-request.js';
import type { LiveAdapterOptions } from './shared.js';

export type { LiveAdapterOptions } from './shared.js';

/**
 * Koa middleware answering Tencent's callbacks; mount it on the callback path (e.g. with
 * @koa/router). With @koa/bodyparser ahead of it, it uses `ctx.request.rawBody`, so long IDs stay exact.
 */
export function createKoaMiddleware(live: LiveCallbacks, options: LiveAdapterOptions = {}): Middleware {
  return async (ctx: Context) => {
    const reply = await replyToNodeRequest(live, ctx.req, ctx.querystring, options, ctx.request as ParsedBodyCarrier);
    ctx.status = reply.status;
    ctx.body = reply.body;
    ctx.set(reply.headers);
    // A reply before the whole request arrived must close the connection after it: written by hand (Koa would end it at once).
    if (bodyStillComing(ctx.req)) {
      ctx.respond = false;
      writeNodeReply(ctx.res, reply);
    }
  };
}
