import { createServer } from 'node:http';
import express from 'express';
import { describe, expect, test } from 'vitest';
import { createExpressMiddleware } from '../../src/adapters/express.js';
import type { LiveCallbackError, LiveCallbacks } from '../../src/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import {
  ADAPTER_OPTIONS,
  CALLBACK_PATH,
  describeAdapter,
  send,
  signed,
  testDispatcher,
  type Answer,
  type StartServer,
} from './adapter-cases.js';
import { listenOnLoopback } from './listen.js';

/** An Express 5 app with `parsers` app-wide ahead of the adapter, which answers every method on the callback path. */
function expressWith(parsers: express.RequestHandler[]): StartServer {
  return (live: LiveCallbacks) => {
    const app = express();
    for (const parser of parsers) app.use(parser);
    app.all(CALLBACK_PATH, createExpressMiddleware(live, ADAPTER_OPTIONS));
    return listenOnLoopback(createServer(app));
  };
}

describeAdapter('Express (no body parser)', expressWith([]));

// A body parser ahead reads the body on its own terms: to the end of an endless upload before it
// answers 413 (body-parser drains the request), with no time limit of the adapter's, and it answers a
// cut-off upload itself. Those cases are only the adapter's own when it reads the body itself.
// express.raw() and express.text() keep the bytes, so every other case holds.
const PARSER_READS_BODY = ['endlessUpload', 'slowBody', 'abortedUpload'] as const;
describeAdapter('Express after express.raw()', expressWith([express.raw({ type: '*/*' })]), { except: PARSER_READS_BODY });
describeAdapter('Express after express.text()', expressWith([express.text({ type: '*/*' })]), { except: PARSER_READS_BODY });

// express.json() answers malformed JSON itself (400, its own HTML page) and has already turned the
// body into numbers, so exact long IDs and the byte limit are out of the adapter's hands there.
describeAdapter('Express after express.json()', expressWith([express.json()]), {
  except: ['longId', 'malformedJson', 'tooLarge', ...PARSER_READS_BODY],
});

describe('Express and body parsers', () => {
  const LONG_ID = '144115212345678901';
  const withLongId = fixtureText('Live.CallbackAfterModifyAdmin').replace('"host_lily"', LONG_ID);

  /** Sends the long-ID fixture to an app with `express.json()` app-wide, the adapter mounted before or after it. */
  async function sendLongId(mount: 'before' | 'after'): Promise<{ answer: Answer; operator: unknown; errors: LiveCallbackError[] }> {
    const { live, errors } = testDispatcher();
    let operator: unknown;
    live.on('Live.CallbackAfterModifyAdmin', (event) => {
      operator = event.Operator_Account;
    });
    const app = express();
    if (mount === 'before') app.post(CALLBACK_PATH, createExpressMiddleware(live));
    app.use(express.json());
    if (mount === 'after') app.post(CALLBACK_PATH, createExpressMiddleware(live));
    const server = await listenOnLoopback(createServer(app));
    try {
      const answer = await send(server.url, signed('Live.CallbackAfterModifyAdmin'), withLongId);
      return { answer, operator, errors };
    } finally {
      await server.close();
    }
  }

  test('after express.json() refuses a long unquoted account ID that JSON.parse already rounded, and says why', async () => {
    const { answer, operator, errors } = await sendLongId('after');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ ActionStatus: 'FAIL', ErrorInfo: 'invalid_payload' });
    expect(operator).toBeUndefined();
    expect(errors.flatMap((error) => error.issues ?? []).map((issue) => issue.message)).toContainEqual(expect.stringContaining('rounded'));
  });

  test('mounted before express.json() it keeps the long account ID exact', async () => {
    const { answer, operator } = await sendLongId('before');
    expect(answer.status).toBe(200);
    expect(operator).toBe(LONG_ID);
  });

  test("leaves the app's own JSON routes to express.json()", async () => {
    const { live } = testDispatcher();
    const app = express();
    app.post(CALLBACK_PATH, createExpressMiddleware(live));
    app.use(express.json());
    app.post('/echo', (req, res) => {
      res.json({ got: req.body as unknown });
    });
    const server = await listenOnLoopback(createServer(app));
    try {
      const response = await fetch(server.url.replace(CALLBACK_PATH, '/echo'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"a":[1,2]}',
      });
      expect(await response.json()).toEqual({ got: { a: [1, 2] } });
    } finally {
      await server.close();
    }
  });
});
