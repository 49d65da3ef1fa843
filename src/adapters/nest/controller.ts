import type { IncomingMessage, ServerResponse } from 'node:http';
import { All, Controller, Inject, Req, Res, VERSION_NEUTRAL, type Type } from '@nestjs/common';
import type { LiveCallbacks } from '../../dispatch/create-live-callbacks.js';
import type { LiveCallbackReply } from '../../dispatch/reply.js';
import type { QueryInput } from '../../parse/query.js';
import { queryOf, replyToNodeRequest, writeNodeReply } from '../node-request.js';
import { bodyLimitOf, bodyTooLarge, declaredTooLarge, type LiveAdapterOptions } from '../shared.js';
import { LIVE_CALLBACKS, LIVE_CALLBACKS_MODULE_OPTIONS } from './tokens.js';

/** Express's request as Nest hands it over: the parsed query, and what Nest's body parser left. */
type NestExpressRequest = IncomingMessage & { query?: QueryInput; body?: unknown; rawBody?: Uint8Array };

/**
 * When Nest's own JSON parser already read the body (its limit, Express's 100 kB by default, came
 * first), `bodyLimit` still applies: to the declared length, or to the raw bytes Nest kept.
 */
function readByNestTooLarge(req: NestExpressRequest, limit: number): boolean {
  if (!req.readableEnded) return false;
  return declaredTooLarge(req.headers['content-length'], limit) || (req.rawBody?.length ?? 0) > limit;
}

async function replyTo(live: LiveCallbacks, options: LiveAdapterOptions, req: NestExpressRequest): Promise<LiveCallbackReply> {
  const query = req.query ?? queryOf(req.url);
  const limit = bodyLimitOf(options);
  if (req.method === 'POST' && readByNestTooLarge(req, limit)) return live.handleRequestError(bodyTooLarge(limit), query);
  return replyToNodeRequest(live, req, query, options);
}

/**
 * The controller answering the callback route, made per module because Nest reads the path from
 * the class decorator. Version-neutral, so URI versioning does not move the URL Tencent was given.
 * It answers every method (405 for all but POST) and writes the reply itself (`@Res()`).
 */
export function createLiveCallbacksController(path: string): Type<unknown> {
  @Controller({ path, version: VERSION_NEUTRAL })
  class LiveCallbacksController {
    constructor(
      // Explicit tokens: the published build carries no decorator metadata (tsup/esbuild drops it).
      @Inject(LIVE_CALLBACKS) private readonly live: LiveCallbacks,
      @Inject(LIVE_CALLBACKS_MODULE_OPTIONS) private readonly options: LiveAdapterOptions,
    ) {}

    @All()
    async handle(@Req() req: NestExpressRequest, @Res() res: ServerResponse): Promise<void> {
      writeNodeReply(res, await replyTo(this.live, this.options, req));
    }
  }
  return LiveCallbacksController;
}
