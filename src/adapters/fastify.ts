import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LiveCallbacks } from '../dispatch/create-live-callbacks.js';
import type { LiveCallbackReply } from '../dispatch/reply.js';
import type { QueryInput } from '../parse/query.js';
import { bodyLimitOf, bodyTooLarge, refuseRequest, replyToWrongMethod, type LiveAdapterOptions } from './shared.js';

export type { LiveAdapterOptions } from './shared.js';

export interface LiveFastifyPluginOptions extends LiveAdapterOptions {
  /** The route Tencent POSTs to, relative to the plugin's prefix. Default `/tencent/live/callback`. */
  path?: string;
}

const EVERY_METHOD = ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT'] as const;

function send(reply: FastifyReply, result: LiveCallbackReply): FastifyReply {
  return reply.code(result.status).headers(result.headers).send(JSON.stringify(result.body));
}

/**
 * A Fastify plugin that registers the callback route. It runs in its own encapsulated scope (do not
 * wrap it in fastify-plugin): there it takes every body as raw bytes, so long IDs stay exact, while
 * the app's other routes and content-type parsers are untouched.
 *
 * ```ts
 * await app.register(createFastifyPlugin(live, { path: '/tencent/live/callback' }));
 * ```
 */
export function createFastifyPlugin(live: LiveCallbacks, options: LiveFastifyPluginOptions = {}): (app: FastifyInstance) => Promise<void> {
  const bodyLimit = bodyLimitOf(options);
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body));
    // Fastify refuses an oversized body before the handler runs; answer it like every other refusal.
    app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const query = request.query as QueryInput;
      if (error.statusCode === 413) return send(reply, refuseRequest(live, bodyTooLarge(bodyLimit), query));
      throw error;
    });
    app.route({
      method: [...EVERY_METHOD],
      url: options.path ?? '/tencent/live/callback',
      handler: async (request, reply) => {
        const query = request.query as QueryInput;
        if (request.method !== 'POST') return send(reply, replyToWrongMethod(live, request.method, query));
        return send(reply, await live.handleLiveCallback(query, (request.body as Buffer | undefined) ?? ''));
      },
    });
  };
}
