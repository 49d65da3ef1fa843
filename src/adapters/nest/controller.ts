import type { IncomingMessage, ServerResponse } from 'node:http';
import { All, Controller, Inject, Req, Res, VERSION_NEUTRAL, type Type } from '@nestjs/common';
import type { LiveCallbacks } from '../../dispatch/create-live-callbacks.js';
import type { QueryInput } from '../../parse/query.js';
import { queryOf, replyToNodeRequest, writeNodeReply } from '../node-request.js';
import { DEFAULT_BODY_TIMEOUT_MS, type LiveAdapterOptions } from '../shared.js';
import { LIVE_CALLBACKS, LIVE_CALLBACKS_MODULE_OPTIONS } from './tokens.js';

/** Express's request as Nest hands it over: the parsed query, and what Nest's body parser left. */
type NestExpressRequest = IncomingMessage & { query?: QueryInput; body?: unknown; rawBody?: Uint8Array };

/**
 * The controller answering the callback route, made per module because Nest reads the path from
 * the class decorator. Version-neutral, so URI versioning does not move the URL Tencent was given.
 * It answers every method (405 for all but POST) and writes the reply itself (`@Res()`).
 */
export function createLiveCallbacksController(path: string): Type<unknown> {
  @Controller({ path, version: VERSION_NEUTRAL })
  class LiveCallbacksController {
    private readonly options: LiveAdapterOptions;

    constructor(
      // Explicit tokens: the published build carries no decorator metadata (tsup/esbuild drops it).
      @Inject(LIVE_CALLBACKS) private readonly live: LiveCallbacks,
      @Inject(LIVE_CALLBACKS_MODULE_OPTIONS) settings: LiveAdapterOptions & { deadlineMs?: number },
    ) {
      // Here the dispatcher's deadline is known: the body's time limit follows it unless set apart.
      this.options = { ...settings, bodyTimeoutMs: settings.bodyTimeoutMs ?? settings.deadlineMs ?? DEFAULT_BODY_TIMEOUT_MS };
    }

    @All()
    async handle(@Req() req: NestExpressRequest, @Res() res: ServerResponse): Promise<void> {
      // Express's parsed query as it is; node-request.ts takes Nest's rawBody first, else reads the stream itself.
      writeNodeReply(res, await replyToNodeRequest(this.live, req, req.query ?? queryOf(req.url), this.options));
    }
  }
  return LiveCallbacksController;
}
