import { bodyParser } from '@koa/bodyparser';
import Koa from 'koa';
import { createServer } from 'node:http';
import { createKoaMiddleware } from '../../src/adapters/koa.js';
import type { LiveCallbacks } from '../../src/index.js';
import { ADAPTER_OPTIONS, CALLBACK_PATH, describeAdapter, type StartServer } from './adapter-cases.js';
import { listenOnLoopback } from './listen.js';

/** A Koa app, optionally with @koa/bodyparser app-wide, the adapter answering every method on the callback path. */
function koaWith(withBodyParser: boolean): StartServer {
  return (live: LiveCallbacks) => {
    const app = new Koa();
    if (withBodyParser) app.use(bodyParser());
    const callback = createKoaMiddleware(live, ADAPTER_OPTIONS);
    app.use((ctx, next) => (ctx.path === CALLBACK_PATH ? callback(ctx, next) : next()));
    return listenOnLoopback(createServer(app.callback()));
  };
}

describeAdapter('Koa (no body parser)', koaWith(false));

// @koa/bodyparser keeps the raw text (ctx.request.rawBody), so long IDs stay exact and bodyLimit
// holds. The parser itself refuses malformed JSON (400) and a body over its own limit (1 MB for JSON:
// its 413 closes the connection under the client, out of the adapter's hands), and reads the body on
// its own terms (no time limit of the adapter's; a cut-off upload is its error).
describeAdapter('Koa after @koa/bodyparser', koaWith(true), {
  except: ['malformedJson', 'hugeDeclaredUpload', 'slowBody', 'abortedUpload'],
});
