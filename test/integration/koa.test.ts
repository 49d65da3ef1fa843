import { bodyParser } from '@koa/bodyparser';
import Koa from 'koa';
import { createServer } from 'node:http';
import { createKoaMiddleware } from '../../src/adapters/koa.js';
import type { LiveCallbacks } from '../../src/index.js';
import { BODY_LIMIT, CALLBACK_PATH, describeAdapter, type StartServer } from './adapter-cases.js';
import { listenOnLoopback } from './listen.js';

/** A Koa app, optionally with @koa/bodyparser app-wide, the adapter answering every method on the callback path. */
function koaWith(withBodyParser: boolean): StartServer {
  return (live: LiveCallbacks) => {
    const app = new Koa();
    if (withBodyParser) app.use(bodyParser());
    const callback = createKoaMiddleware(live, { bodyLimit: BODY_LIMIT });
    app.use((ctx, next) => (ctx.path === CALLBACK_PATH ? callback(ctx, next) : next()));
    return listenOnLoopback(createServer(app.callback()));
  };
}

describeAdapter('Koa (no body parser)', koaWith(false));

// @koa/bodyparser keeps the raw text (ctx.request.rawBody), so long IDs stay exact and bodyLimit
// holds; malformed JSON is refused by the parser itself (400) before the adapter runs.
describeAdapter('Koa after @koa/bodyparser', koaWith(true), { except: ['malformedJson'] });
