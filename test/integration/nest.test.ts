import 'reflect-metadata';
import {
  Body,
  Controller,
  Get,
  Injectable,
  Module,
  Post,
  Scope,
  VersioningType,
  type INestApplication,
  type ModuleMetadata,
  type NestApplicationOptions,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  LIVE_CALLBACKS,
  InjectLiveCallbacks,
  LiveCallbacksModule,
  OnAnyLiveCallback,
  OnLiveCallback,
  OnLiveCallbackError,
  OnUnknownLiveCallback,
} from '../../src/adapters/nest.js';
import {
  allow,
  reject,
  type LiveCallback,
  type LiveCallbackAfterModifyAdmin,
  type LiveCallbackBeforeSendGift,
  type LiveCallbackContext,
  type LiveCallbackError,
  type LiveCallbacks,
  type LiveDecisionFor,
  type LiveUnknownCallback,
} from '../../src/index.js';
import { fixtureJson, fixtureText } from '../helpers/fixtures.js';
import { signedQuery } from '../helpers/sign.js';
import { trickleBody } from './clients.js';
import {
  ADAPTER_OPTIONS,
  APP,
  BODY_LIMIT,
  CALLBACK_PATH,
  TOKEN,
  describeAdapter,
  send,
  signed,
  type RunningServer,
} from './adapter-cases.js';

/*
 * A real Nest 12 app (Express platform) built with @nestjs/testing, over 127.0.0.1. The shared
 * adapter cases run against the module's own route with Nest's body parser off (the module reads
 * the body itself); the rest is the Nest way of using it: decorated providers, rawBody: true.
 */

interface StartedApp extends RunningServer {
  app: INestApplication;
  /** The app's origin, e.g. `http://127.0.0.1:54321`. */
  origin: string;
}

async function startNest(
  metadata: ModuleMetadata,
  options: NestApplicationOptions,
  setUp?: (app: INestApplication) => void,
): Promise<StartedApp> {
  const testingModule = await Test.createTestingModule(metadata).compile();
  const app = testingModule.createNestApplication({ logger: false, forceCloseConnections: true, ...options });
  setUp?.(app);
  await app.listen(0, '127.0.0.1');
  const origin = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, origin, url: `${origin}${CALLBACK_PATH}`, close: () => app.close() };
}

describeAdapter('Nest (bodyParser: false)', async (live) => {
  const testingModule = await Test.createTestingModule({
    imports: [LiveCallbacksModule.forRoot({ sdkAppId: APP, token: TOKEN, ...ADAPTER_OPTIONS })],
  })
    // The shared cases bring their own dispatcher; Nest's testing override puts it behind the module's token.
    .overrideProvider(LIVE_CALLBACKS)
    .useValue(live)
    .compile();
  const app = testingModule.createNestApplication({ logger: false, forceCloseConnections: true, bodyParser: false });
  await app.listen(0, '127.0.0.1');
  return { url: `${await app.getUrl()}${CALLBACK_PATH}`, close: () => app.close() };
});

/** A service the handlers depend on: records what they saw, for the tests to read. */
@Injectable()
class AuditLog {
  readonly events: unknown[] = [];
  readonly errors: string[] = [];
  readonly sdkAppIds: string[] = [];
}

/** Handlers the way an app writes them: methods of a provider that injects something of its own. */
@Injectable()
class RoomHandlers {
  constructor(private readonly audit: AuditLog) {}

  @OnLiveCallback('Live.CallbackAfterModifyAdmin')
  adminsChanged(event: LiveCallbackAfterModifyAdmin, ctx: LiveCallbackContext): void {
    this.audit.events.push(event);
    this.audit.sdkAppIds.push(ctx.sdkAppId);
  }

  @OnLiveCallback('Live.CallbackBeforeSendGift')
  checkGift(event: LiveCallbackBeforeSendGift): LiveDecisionFor<'Live.CallbackBeforeSendGift'> {
    return event.GiftWater.Coins > 10_000 ? reject(102_101, `${event.GiftWater.Coins} coins is over the limit`) : allow();
  }

  @OnLiveCallback(['Live.CallbackAfterDestroyRoom', 'Live.CallbackAfterChangeOwner'])
  async roomGone(): Promise<void> {
    await Promise.resolve();
    throw new Error('database down');
  }

  @OnLiveCallbackError()
  failed(error: LiveCallbackError): void {
    this.audit.errors.push(error.code);
  }
}

/** Another of the app's controllers: Nest's JSON body parsing must still work for it. */
@Controller('orders')
class OrdersController {
  @Post()
  create(@Body() body: unknown): { received: unknown } {
    return { received: body };
  }

  @Get()
  list(): string[] {
    return ['order-1'];
  }
}

const ADMIN = 'Live.CallbackAfterModifyAdmin';
const GIFT = 'Live.CallbackBeforeSendGift';

function giftBody(coins: number): string {
  const gift = fixtureJson(GIFT) as { GiftWater: Record<string, unknown> };
  return JSON.stringify({ ...gift, GiftWater: { ...gift.GiftWater, Coins: coins } });
}

describe('LiveCallbacksModule.forRoot in an app created with rawBody: true', () => {
  let server: StartedApp;
  let audit: AuditLog;

  beforeAll(async () => {
    server = await startNest(
      {
        imports: [LiveCallbacksModule.forRoot({ sdkAppId: APP, token: TOKEN, bodyLimit: BODY_LIMIT })],
        providers: [AuditLog, RoomHandlers],
        controllers: [OrdersController],
      },
      { rawBody: true },
    );
    audit = server.app.get(AuditLog);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    audit.events.length = 0;
    audit.errors.length = 0;
    audit.sdkAppIds.length = 0;
  });

  test('hands a signed fixture to the @OnLiveCallback method of a provider with its own dependencies', async () => {
    const answer = await send(server.url, signed(ADMIN), fixtureText(ADMIN));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    expect(audit.events).toEqual([fixtureJson(ADMIN)]);
    expect(audit.sdkAppIds).toEqual([String(APP)]);
  });

  test('keeps an unquoted 18-digit account ID exact through Nest’s rawBody', async () => {
    const text = fixtureText(ADMIN).replace('"host_lily"', '144115212345678901');
    const answer = await send(server.url, signed(ADMIN), text);
    expect(answer.status).toBe(200);
    expect(audit.events).toMatchObject([{ Operator_Account: '144115212345678901' }]);
  });

  test('carries the decorated Before gift method’s decision into the HTTP reply', async () => {
    const refused = await send(server.url, signed(GIFT), giftBody(50_000));
    const allowed = await send(server.url, signed(GIFT), giftBody(500));
    expect(refused.body).toEqual({ ActionStatus: 'OK', ErrorCode: 102_101, ErrorInfo: '50000 coins is over the limit' });
    expect(allowed.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
  });

  test('answers 403 to another SdkAppid and tells the @OnLiveCallbackError method', async () => {
    const answer = await send(server.url, signed(ADMIN, APP + 1), fixtureText(ADMIN));
    expect(answer.status).toBe(403);
    expect(audit.events).toEqual([]);
    expect(audit.errors).toEqual(['sdk_app_id_mismatch']);
  });

  test('answers 401 to a Sign made with another token', async () => {
    const answer = await send(server.url, signedQuery({ sdkAppId: APP, command: ADMIN, token: 'not-the-token' }), fixtureText(ADMIN));
    expect(answer.status).toBe(401);
    expect(audit.errors).toEqual(['invalid_signature']);
  });

  test('answers 413 to a body over bodyLimit that Nest’s parser already read', async () => {
    const answer = await send(server.url, signed(ADMIN), `{"pad":"${'x'.repeat(BODY_LIMIT)}"}`);
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ ActionStatus: 'FAIL', ErrorInfo: 'body_too_large' });
    expect(audit.errors).toEqual(['body_too_large']);
  });

  test('answers 405 with Allow: POST to a PUT', async () => {
    const answer = await send(server.url, signed(ADMIN), fixtureText(ADMIN), { method: 'PUT' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });

  test('answers 400 to malformed JSON (Nest’s own JSON parser refuses it first)', async () => {
    const answer = await send(server.url, signed(ADMIN), '{"CallbackCommand":');
    expect(answer.status).toBe(400);
    expect(audit.events).toEqual([]);
  });

  test('answers 400 in its own words to malformed JSON sent without a JSON content type', async () => {
    const answer = await send(server.url, signed(ADMIN), '{"CallbackCommand":', { contentType: 'text/plain' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ ActionStatus: 'FAIL', ErrorInfo: 'invalid_json' });
    expect(audit.errors).toEqual(['invalid_json']);
  });

  test('answers a throwing handler with 200 FAIL, tells onError and keeps serving', async () => {
    const failed = await send(server.url, signed('Live.CallbackAfterDestroyRoom'), fixtureText('Live.CallbackAfterDestroyRoom'));
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ ActionStatus: 'FAIL' });
    expect(JSON.stringify(failed.body)).not.toContain('database down');
    expect(audit.errors).toEqual(['handler_failed']);

    const next = await send(server.url, signed(ADMIN), fixtureText(ADMIN));
    expect(next.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
  });

  test('registers a method decorated for several commands for each of them', async () => {
    const answer = await send(server.url, signed('Live.CallbackAfterChangeOwner'), fixtureText('Live.CallbackAfterChangeOwner'));
    expect(answer.body).toMatchObject({ ActionStatus: 'FAIL' });
    expect(audit.errors).toEqual(['handler_failed']);
  });

  test('answers 200 concurrent gifts, each with the decision for its own amount', async () => {
    const amounts = Array.from({ length: 200 }, (_, index) => 9_900 + index);
    const answers = await Promise.all(amounts.map((coins) => send(server.url, signed(GIFT), giftBody(coins))));
    expect(answers.map((answer) => answer.body.ErrorCode)).toEqual(amounts.map((coins) => (coins > 10_000 ? 102_101 : 0)));
  });

  test('leaves the app’s other controllers and their JSON bodies alone', async () => {
    const posted = await fetch(`${server.origin}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"sku":"A-1","qty":2}',
    });
    expect(posted.status).toBe(201);
    expect(await posted.json()).toEqual({ received: { sku: 'A-1', qty: 2 } });
    const listed = await fetch(`${server.origin}/orders`);
    expect(await listed.json()).toEqual(['order-1']);
  });

  test('offers the dispatcher under LIVE_CALLBACKS, with the decorated handlers on it', async () => {
    const live = server.app.get<LiveCallbacks>(LIVE_CALLBACKS);
    const reply = await live.handleLiveCallback(signed(GIFT), giftBody(20_000));
    expect(reply.body.ErrorCode).toBe(102_101);
  });
});

describe('LiveCallbacksModule.forRoot with Nest’s default body parser', () => {
  let server: StartedApp;
  let audit: AuditLog;

  beforeAll(async () => {
    server = await startNest(
      { imports: [LiveCallbacksModule.forRoot({ sdkAppId: APP, token: TOKEN })], providers: [AuditLog, RoomHandlers] },
      {},
    );
    audit = server.app.get(AuditLog);
  });
  afterAll(() => server.close());

  test('still takes the body Nest parsed', async () => {
    const answer = await send(server.url, signed(ADMIN), fixtureText(ADMIN));
    expect(answer.status).toBe(200);
    expect(audit.events).toEqual([fixtureJson(ADMIN)]);
  });

  test('refuses an unquoted 18-digit account ID that JSON.parse rounded, rather than pass on a wrong ID', async () => {
    const text = fixtureText(ADMIN).replace('"host_lily"', '144115212345678901');
    const answer = await send(server.url, signed(ADMIN), text);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ ErrorInfo: 'invalid_payload' });
  });
});

/** Stands in for an app's config service. */
@Injectable()
class LiveConfig {
  readonly sdkAppId = APP;
  readonly token = 'token-from-config';
  readonly bodyLimit = 2048;
}

@Module({ providers: [LiveConfig], exports: [LiveConfig] })
class LiveConfigModule {}

describe('LiveCallbacksModule.forRootAsync', () => {
  let server: StartedApp;
  const path = '/hooks/tencent-live';

  beforeAll(async () => {
    server = await startNest(
      {
        imports: [
          LiveCallbacksModule.forRootAsync({
            path,
            imports: [LiveConfigModule],
            inject: [LiveConfig],
            useFactory: (config: LiveConfig) => ({ sdkAppId: config.sdkAppId, token: config.token, bodyLimit: config.bodyLimit }),
          }),
        ],
        providers: [AuditLog, RoomHandlers],
      },
      { rawBody: true },
    );
  });
  afterAll(() => server.close());

  test('checks the Sign with the token the factory read from the config provider', async () => {
    const good = await send(
      `${server.origin}${path}`,
      signedQuery({ sdkAppId: APP, command: ADMIN, token: 'token-from-config' }),
      fixtureText(ADMIN),
    );
    const stale = await send(`${server.origin}${path}`, signed(ADMIN), fixtureText(ADMIN));
    expect(good.status).toBe(200);
    expect(stale.status).toBe(401);
  });

  test('takes bodyLimit from the factory too', async () => {
    const query = signedQuery({ sdkAppId: APP, command: ADMIN, token: 'token-from-config' });
    const answer = await send(`${server.origin}${path}`, query, `{"pad":"${'x'.repeat(4096)}"}`);
    expect(answer.status).toBe(413);
  });

  test('answers only at the path it was given', async () => {
    const response = await fetch(`${server.origin}${CALLBACK_PATH}?${signed(ADMIN)}`, { method: 'POST', body: fixtureText(ADMIN) });
    expect(response.status).toBe(404);
  });
});

/** Uses every other decorator, and two on one method. */
@Injectable()
class Watchers {
  readonly seen: string[] = [];

  constructor(@InjectLiveCallbacks() readonly live: LiveCallbacks) {}

  @OnAnyLiveCallback()
  @OnUnknownLiveCallback()
  watch(event: LiveCallback | LiveUnknownCallback): void {
    this.seen.push(String(event.CallbackCommand));
  }
}

describe('the other decorators and the module’s wiring', () => {
  let server: StartedApp;
  let watchers: Watchers;

  beforeAll(async () => {
    server = await startNest(
      {
        imports: [LiveCallbacksModule.forRoot({ sdkAppId: APP, token: TOKEN })],
        // An alias resolves to the same instance: its methods must still run once, not twice.
        providers: [Watchers, { provide: 'WatchersAlias', useExisting: Watchers }],
      },
      { rawBody: true },
      (app) => app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' }),
    );
    watchers = server.app.get(Watchers);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    watchers.seen.length = 0;
  });

  test('runs @OnAnyLiveCallback for a known command, once despite an alias', async () => {
    await send(server.url, signed(ADMIN), fixtureText(ADMIN));
    expect(watchers.seen).toEqual([ADMIN]);
  });

  test('runs a method under both @OnAnyLiveCallback and @OnUnknownLiveCallback for an unknown command', async () => {
    const answer = await send(
      server.url,
      signed('Live.CallbackAfterSomethingNew'),
      '{"CallbackCommand":"Live.CallbackAfterSomethingNew","RoomId":"r1"}',
    );
    expect(answer.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    expect(watchers.seen).toEqual(['Live.CallbackAfterSomethingNew', 'Live.CallbackAfterSomethingNew']);
  });

  test('keeps the callback route where it was under URI versioning', async () => {
    const answer = await send(server.url, signed(ADMIN), fixtureText(ADMIN));
    expect(answer.status).toBe(200);
  });

  test('injects the same dispatcher with @InjectLiveCallbacks()', () => {
    expect(watchers.live).toBe(server.app.get(LIVE_CALLBACKS));
  });

  test('removes the decorated handlers when the app closes', async () => {
    const { live } = watchers;
    await server.app.close();
    await live.handleLiveCallback(signed(ADMIN), fixtureText(ADMIN));
    expect(watchers.seen).toEqual([]);
  });
});

@Injectable({ scope: Scope.REQUEST })
class RequestScopedHandlers {
  @OnLiveCallback('Live.CallbackAfterModifyAdmin')
  adminsChanged(): void {}
}

test('gives the body the module’s deadlineMs when bodyTimeoutMs is not set', async () => {
  const server = await startNest(
    { imports: [LiveCallbacksModule.forRoot({ sdkAppId: APP, token: TOKEN, deadlineMs: 200 })], providers: [AuditLog, RoomHandlers] },
    { bodyParser: false },
  );
  try {
    const { response, closedAfterMs } = await trickleBody(`${server.url}?${signed(ADMIN)}`, 100, 3000);
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAfterMs).toBeLessThan(200 + 500);
    expect(server.app.get(AuditLog).errors).toEqual(['request_timeout']);
  } finally {
    await server.close();
  }
});

test('refuses to start with a decorated method on a request-scoped provider, naming it', async () => {
  const testingModule = await Test.createTestingModule({
    imports: [LiveCallbacksModule.forRoot({ sdkAppId: APP })],
    providers: [RequestScopedHandlers],
  }).compile();
  const app = testingModule.createNestApplication({ logger: false });
  await expect(app.init()).rejects.toThrow(/RequestScopedHandlers\.adminsChanged .*request-scoped/);
  await app.close();
});

test('fails at start-up, not at the first callback, without an sdkAppId', async () => {
  const compiling = Test.createTestingModule({ imports: [LiveCallbacksModule.forRoot({ token: TOKEN })] }).compile();
  await expect(compiling).rejects.toThrow(/needs sdkAppId/);
});

test('throws when @OnLiveCallback is put on something that is not a method', () => {
  const decorate = OnLiveCallback(ADMIN) as (target: object, key: string, descriptor: PropertyDescriptor) => void;
  expect(() => decorate({}, 'handler', { get: () => () => undefined })).toThrow(/goes on a method/);
});
