import type { FastifyInstance, FastifyReply } from 'fastify';
import type { LiveCallbacks } from '../dispatch/create-live-callbacks.js';
import type { LiveCallbackReply } from '../dispatch/reply.js';
import type { BodyInput } from '../parse/json.js';
import type { QueryInput } from '../parse/query.js';
import type { LiveCallbackError } from '../errors.js';
import { bodyStillComing, readUnreadBody, writeNodeReply } from './node-request.js';
import { DEFAULT_CALLBACK_PATH, bodyLimitsOf, replyToBody, replyToWrongMethod, type LiveAdapterOptions } from './shared.js';

export type { LiveAdapterOptions } from './shared.js';

export interface LiveFastifyPluginOptions extends LiveAdapterOptions {
  /** The route Tencent POSTs to, relative to the plugin's prefix. Default `/tencent/live/callback`. */
  path?: string;
}

function send(reply: FastifyReply, result: LiveCallbackReply): FastifyReply {
  // A reply before the whole request arrived closes the connection once the rest is discarded: node-request.ts does that.
  if (bodyStillComing(reply.request.raw)) {
    reply.hijack();
    writeNodeReply(reply.raw, result);
    return reply;
  }
  return reply.code(result.status).headers(result.headers).send(JSON.stringify(result.body));
}

/**
 * A Fastify plugin that registers the callback route. It runs in its own encapsulated scope (do not
 * wrap it in fastify-plugin): there it reads every body itself as raw bytes, under the same limits
 * as the other adapters, so long IDs stay exact, while the app's other routes and content-type
 * parsers are untouched.
 *
 * ```ts
 * await app.register(createFastifyPlugin(live, { path: '/tencent/live/callback' }));
 * ```
 */
export function createFastifyPlugin(live: LiveCallbacks, options: LiveFastifyPluginOptions = {}): (app: FastifyInstance) => Promise<void> {
  const limits = bodyLimitsOf(options);
  return async (app) => {
    app.removeAllContentTypeParsers();
    // A refused body is handed to the route as its body, so it is answered like every other refusal.
    app.addContentTypeParser('*', (request, payload, done) => {
      void readUnreadBody(payload, request.headers['content-length'], limits).then((body) => done(null, body));
    });
    // Before any body is read: other methods are refused whatever they carry.
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'POST') return send(reply, replyToWrongMethod(live, request.method, request.query as QueryInput));
    });
    app.route({
      // Every method Fastify routes (TRACE and QUERY too), so that each gets 405 rather than Fastify's 404.
      method: app.supportedMethods,
      url: options.path ?? DEFAULT_CALLBACK_PATH,
      handler: async (request, reply) => {
        const query = request.query as QueryInput;
        return send(reply, await replyToBody(live, query, (request.body as BodyInput | LiveCallbackError | undefined) ?? ''));
      },
    });
  };
}
