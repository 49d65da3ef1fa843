import type { IncomingMessage, ServerResponse } from 'node:http';
import { All, Controller, Inject, Injectable, Module, Req, Res, SetMetadata, type DynamicModule, type FactoryProvider, type OnModuleInit, type Type } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { createLiveCallbacks, type LiveCallbacks, type LiveCallbacksOptions } from '../dispatch/create-live-callbacks.js';
import type { LiveCallbackCommand } from '../commands.js';
import type { QueryInput } from '../parse/query.js';
import { queryOf, replyToNodeRequest, writeNodeReply } from './node-request.js';
import type { LiveAdapterOptions } from './shared.js';

export type { LiveAdapterOptions } from './shared.js';

/*
 * Nest integration: a global module that creates the dispatcher, answers the callback route, and
 * wires methods decorated with @OnLiveCallback(...) on any provider. Every constructor parameter
 * uses an explicit @Inject: the library is built without decorator metadata (TOOLCHAIN.md, pitfall 8).
 */

/** Injection token of the module's LiveCallbacks instance (also: `@InjectLiveCallbacks()`). */
export const LIVE_CALLBACKS = 'tencent-live-webhooks:LiveCallbacks';
const ADAPTER_OPTIONS = 'tencent-live-webhooks:AdapterOptions';
const HANDLER_METADATA = 'tencent-live-webhooks:handler';
const DEFAULT_PATH = '/tencent/live/callback';

/** `forRoot` options: the dispatcher's, the body limit, and the route. */
export interface LiveCallbacksModuleOptions extends LiveCallbacksOptions, LiveAdapterOptions {
  /** The route Tencent POSTs to. Default `/tencent/live/callback`. */
  path?: string;
}

/** `forRootAsync` options: the dispatcher's options come from a factory; the route must be known up front. */
export interface LiveCallbacksModuleAsyncOptions extends LiveAdapterOptions {
  path?: string;
  imports?: DynamicModule['imports'];
  inject?: FactoryProvider['inject'];
  useFactory: (...args: never[]) => LiveCallbacksOptions | Promise<LiveCallbacksOptions>;
}

type HandlerRegistration = { kind: 'command'; commands: readonly LiveCallbackCommand[] } | { kind: 'any' | 'unknown' | 'error' };

/** Runs the decorated provider method for these commands; for Before commands its return value is the decision. */
export function OnLiveCallback(command: LiveCallbackCommand | readonly LiveCallbackCommand[]): MethodDecorator {
  return SetMetadata<string, HandlerRegistration>(HANDLER_METADATA, { kind: 'command', commands: typeof command === 'string' ? [command] : command });
}

/** Runs the decorated method for every authenticated callback (see `onAny`). */
export const OnAnyLiveCallback = (): MethodDecorator => SetMetadata<string, HandlerRegistration>(HANDLER_METADATA, { kind: 'any' });
/** Runs the decorated method for commands this version does not know (see `onUnknown`). */
export const OnUnknownLiveCallback = (): MethodDecorator => SetMetadata<string, HandlerRegistration>(HANDLER_METADATA, { kind: 'unknown' });
/** Runs the decorated method for every refused request and handler failure (see `onError`). */
export const OnLiveCallbackError = (): MethodDecorator => SetMetadata<string, HandlerRegistration>(HANDLER_METADATA, { kind: 'error' });
/** Injects the module's LiveCallbacks instance. */
export const InjectLiveCallbacks = (): PropertyDecorator & ParameterDecorator => Inject(LIVE_CALLBACKS);

function register(live: LiveCallbacks, registration: HandlerRegistration, handler: (...args: never[]) => unknown): void {
  // The decorator typed the command; the method's own signature is the user's to keep right.
  if (registration.kind === 'command') live.on(registration.commands, handler as never);
  else if (registration.kind === 'any') live.onAny(handler as never);
  else if (registration.kind === 'unknown') live.onUnknown(handler as never);
  else live.onError(handler as never);
}

/** Finds decorated methods on every (singleton) provider once the app has started them. */
@Injectable()
class LiveCallbacksExplorer implements OnModuleInit {
  constructor(
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(MetadataScanner) private readonly scanner: MetadataScanner,
    @Inject(LIVE_CALLBACKS) private readonly live: LiveCallbacks,
  ) {}

  onModuleInit(): void {
    const reflector = new Reflector();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (typeof instance !== 'object' || instance === null) continue;
      for (const name of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const method = (instance as Record<string, unknown>)[name];
        if (typeof method !== 'function') continue;
        const registration = reflector.get<HandlerRegistration | undefined>(HANDLER_METADATA, method as (...args: never[]) => unknown);
        if (registration) register(this.live, registration, (method as (...args: never[]) => unknown).bind(instance));
      }
    }
  }
}

type NestRequest = IncomingMessage & { query?: QueryInput; body?: unknown; rawBody?: unknown };

/** The controller answering the route; made per module because Nest reads the path from a decorator. */
function createController(path: string): Type<unknown> {
  @Controller(path)
  class LiveCallbacksController {
    constructor(
      @Inject(LIVE_CALLBACKS) private readonly live: LiveCallbacks,
      @Inject(ADAPTER_OPTIONS) private readonly options: LiveAdapterOptions,
    ) {}

    @All()
    async handle(@Req() req: NestRequest, @Res() res: ServerResponse): Promise<void> {
      writeNodeReply(res, await replyToNodeRequest(this.live, req, req.query ?? queryOf(req.url), this.options));
    }
  }
  return LiveCallbacksController;
}

/**
 * `LiveCallbacksModule.forRoot({ sdkAppId, token })` in your AppModule's imports. Create the app
 * with `{ rawBody: true }` (or `bodyParser: false`) so 18-digit account IDs stay exact. Express
 * platform only.
 */
@Module({})
export class LiveCallbacksModule {
  static forRoot(options: LiveCallbacksModuleOptions): DynamicModule {
    const { path, bodyLimit, ...liveOptions } = options;
    return moduleWith(path, bodyLimit, { provide: LIVE_CALLBACKS, useFactory: () => createLiveCallbacks(liveOptions) }, []);
  }

  static forRootAsync(options: LiveCallbacksModuleAsyncOptions): DynamicModule {
    const provider: FactoryProvider = {
      provide: LIVE_CALLBACKS,
      useFactory: async (...args: never[]) => createLiveCallbacks(await options.useFactory(...args)),
      inject: options.inject ?? [],
    };
    return moduleWith(options.path, options.bodyLimit, provider, options.imports ?? []);
  }
}

function moduleWith(path: string | undefined, bodyLimit: number | undefined, live: FactoryProvider, imports: NonNullable<DynamicModule['imports']>): DynamicModule {
  return {
    module: LiveCallbacksModule,
    global: true,
    imports: [DiscoveryModule, ...imports],
    controllers: [createController(path ?? DEFAULT_PATH)],
    providers: [live, { provide: ADAPTER_OPTIONS, useValue: bodyLimit === undefined ? {} : { bodyLimit } }, LiveCallbacksExplorer],
    exports: [LIVE_CALLBACKS],
  };
}
