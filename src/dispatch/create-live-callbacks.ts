import { LiveCallbackError } from '../errors.js';
export type * from './types.js';
import type { BodyInput } from '../parse/json.js';
import { parseLiveCallbackQuery, type QueryInput } from '../parse/query.js';
import { createAuthenticator } from './authenticate.js';
import { createDelivery } from './deliver.js';
import { raceDeadline } from './deadline.js';
import { registerInternals } from './internal.js';
import { resolveOptions } from './options.js';
import { addCommandHandler, addHook, createRegistry, removeCommandHandler } from './registry.js';
import { errorReply, type LiveCallbackReply } from './reply.js';
import { createReporter } from './report.js';
import { createRouter } from './route.js';
import { createRunner } from './run.js';
import type { LiveCallbackErrorContext, LiveCallbacks, LiveCallbacksOptions } from './types.js';

/**
 * Creates the dispatcher: register handlers with `on`, then hand every request to
 * `handleLiveCallback(query, body)` and send back the reply it returns. This only wires the parts:
 * options.ts checks the options, authenticate.ts the SdkAppid and Sign, route.ts the body, run.ts
 * the handlers and the reply, deliver.ts the dedupe claim and the queue (when configured).
 *
 * @example
 * ```ts
 * const live = createLiveCallbacks({ sdkAppId: 1400000000, token: { live: process.env.LIVE_TOKEN, chat: process.env.CHAT_TOKEN } });
 * live.on('Live.CallbackAfterCreateRoom', (event) => console.log(event.RoomId));
 * const reply = await live.handleLiveCallback(req.url, rawBody); // { status, headers, body }
 * ```
 */
export function createLiveCallbacks(options: LiveCallbacksOptions): LiveCallbacks {
  const settings = resolveOptions(options);
  const registry = createRegistry();
  const report = createReporter(registry.error);
  const authenticate = createAuthenticator(settings);
  const run = createRunner(settings, report);
  const delivery = createDelivery(settings, registry, report, run);
  const route = createRouter(settings, registry, report, run, delivery);
  const { deadlineMs } = settings;

  function refuse(error: LiveCallbackError, ctx: LiveCallbackErrorContext): LiveCallbackReply {
    report(error, ctx);
    return errorReply(error);
  }

  const authTooSlow = () =>
    ({
      success: false,
      error: new LiveCallbackError(
        'deadline_exceeded',
        `the token lookup or Sign check took longer than deadlineMs (${deadlineMs} ms); the callback was refused unauthenticated`,
      ),
    }) as const;

  /**
   * The whole request: query, authentication, body. Awaits only what is really pending (a digest not
   * yet cached, a token function, async handlers): each await costs every request measurable time.
   * A slow token lookup counts against the same deadline as the handlers (wall-clock time).
   */
  async function handleLiveCallback(queryInput: QueryInput, body: BodyInput): Promise<LiveCallbackReply> {
    // try/catch inside the async function rather than .catch() on its promise: one promise less per call.
    try {
      const parsedQuery = parseLiveCallbackQuery(queryInput);
      if (!parsedQuery.success) return refuse(parsedQuery.error, {});
      const query = parsedQuery.output;
      let auth = authenticate(query);
      let budgetMs = deadlineMs;
      if (auth instanceof Promise) {
        const startedAt = Date.now();
        auth = await raceDeadline(auth, deadlineMs, authTooSlow);
        budgetMs = Math.max(0, deadlineMs - (Date.now() - startedAt));
      }
      if (!auth.success) return refuse(auth.error, { query });
      const reply = route(query, auth.output, body, budgetMs);
      // Returning a promise from an async function costs more ticks than awaiting it.
      return reply instanceof Promise ? await reply : reply;
    } catch (error) {
      return internalFailure(error);
    }
  }

  /** Only a bug in this library gets here; the request still gets an answer, and onError the cause. */
  function internalFailure(error: unknown): LiveCallbackReply {
    return refuse(new LiveCallbackError('internal_error', 'unexpected failure while handling a callback', { cause: error }), {});
  }

  const live: LiveCallbacks = {
    on: (command, handler) => addCommandHandler(registry, command, handler),
    off: (command, handler) => removeCommandHandler(registry, command, handler),
    onAny: (handler) => addHook(registry.any, handler, 'onAny()'),
    onUnknown: (handler) => addHook(registry.unknown, handler, 'onUnknown()'),
    onError: (handler) => addHook(registry.error, handler, 'onError()'),
    handleLiveCallback,
    handleDeferredCallback: delivery.handleDeferredCallback,
  };
  // For adapters: a request refused before handleLiveCallback could run (too large, wrong method).
  registerInternals(live, {
    refuseRequest(error, query) {
      const parsed = query === undefined ? undefined : parseLiveCallbackQuery(query);
      return refuse(error, parsed?.success ? { query: parsed.output } : {});
    },
  });
  return live;
}
