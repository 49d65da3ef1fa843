import type { DynamicModule, FactoryProvider, ModuleMetadata, Provider } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { createLiveCallbacks, type LiveCallbacksOptions } from '../dispatch/create-live-callbacks.js';
import { createLiveCallbacksController } from './nest/controller.js';
import { createLiveCallbacksExplorer } from './nest/explorer.js';
import { LIVE_CALLBACKS, LIVE_CALLBACKS_EXPLORER, LIVE_CALLBACKS_MODULE_OPTIONS } from './nest/tokens.js';
import { DEFAULT_CALLBACK_PATH, type LiveAdapterOptions } from './shared.js';

export type { LiveAdapterOptions } from './shared.js';
export { LIVE_CALLBACKS } from './nest/tokens.js';
export {
  InjectLiveCallbacks,
  OnAnyLiveCallback,
  OnLiveCallback,
  OnLiveCallbackError,
  OnUnknownLiveCallback,
  type LiveHandlerDecorator,
} from './nest/decorators.js';

/*
 * The Nest integration (Express platform): a module that creates the dispatcher, answers the
 * callback route, and registers methods decorated with @OnLiveCallback(...) on any provider.
 */

/** What the module needs at run time: the dispatcher's options and the body limit. */
export interface LiveCallbacksModuleSettings extends LiveCallbacksOptions, LiveAdapterOptions {}

/** `LiveCallbacksModule.forRoot(...)` options. */
export interface LiveCallbacksModuleOptions extends LiveCallbacksModuleSettings {
  /** The route Tencent POSTs to (after the app's global prefix, if any). Default `/tencent/live/callback`. */
  path?: string;
}

/** `LiveCallbacksModule.forRootAsync(...)` options: the settings come from a factory with injected dependencies. */
export interface LiveCallbacksModuleAsyncOptions {
  /**
   * The route Tencent POSTs to. Given here, not by the factory: Nest registers routes from the
   * controller class before any factory runs. Default `/tencent/live/callback`.
   */
  path?: string;
  /** Modules whose exported providers the factory injects. */
  imports?: ModuleMetadata['imports'];
  /** The factory's arguments, in order. */
  inject?: FactoryProvider['inject'];
  /** Returns the settings; a `path` here would come too late, so it is a type error. */
  // biome-ignore lint/suspicious/noExplicitAny: a registry of handlers whose real types the public signatures give
  useFactory: (...args: any[]) => LiveCallbacksModuleFactorySettings | Promise<LiveCallbacksModuleFactorySettings>;
}

/** What `forRootAsync`'s factory returns. */
export type LiveCallbacksModuleFactorySettings = LiveCallbacksModuleSettings & { path?: never };

function dispatcherFor(settings: LiveCallbacksModuleSettings): ReturnType<typeof createLiveCallbacks> {
  const { bodyLimit: _bodyLimit, bodyTimeoutMs: _bodyTimeoutMs, ...options } = settings;
  return createLiveCallbacks(options);
}

function moduleWith(path: string | undefined, settings: Provider, imports: NonNullable<ModuleMetadata['imports']>): DynamicModule {
  return {
    module: LiveCallbacksModule,
    // One dispatcher per app, injectable everywhere with @InjectLiveCallbacks().
    global: true,
    imports: [DiscoveryModule, ...imports],
    controllers: [createLiveCallbacksController(path ?? DEFAULT_CALLBACK_PATH)],
    providers: [
      settings,
      { provide: LIVE_CALLBACKS, useFactory: dispatcherFor, inject: [LIVE_CALLBACKS_MODULE_OPTIONS] },
      {
        provide: LIVE_CALLBACKS_EXPLORER,
        useFactory: createLiveCallbacksExplorer,
        inject: [LIVE_CALLBACKS, DiscoveryService, MetadataScanner],
      },
    ],
    exports: [LIVE_CALLBACKS],
  };
}

/**
 * Answers Tencent Live callbacks in a Nest app (Express platform). Import it once, in the root module:
 *
 * ```ts
 * @Module({ imports: [LiveCallbacksModule.forRoot({ sdkAppId: 1400000000, token: process.env.LIVE_CALLBACK_TOKEN })] })
 * class AppModule {}
 * const app = await NestFactory.create(AppModule, { rawBody: true }); // rawBody keeps 18-digit account IDs exact
 * ```
 *
 * Handlers are methods of any singleton provider, decorated with `@OnLiveCallback(command)`.
 */
export class LiveCallbacksModule {
  /** The module with settings known up front. */
  static forRoot(options: LiveCallbacksModuleOptions): DynamicModule {
    const { path, ...settings } = options;
    return moduleWith(path, { provide: LIVE_CALLBACKS_MODULE_OPTIONS, useValue: settings }, []);
  }

  /** The module with settings from a factory (a config service, secrets read at start-up ...). */
  static forRootAsync(options: LiveCallbacksModuleAsyncOptions): DynamicModule {
    const settings: FactoryProvider = {
      provide: LIVE_CALLBACKS_MODULE_OPTIONS,
      useFactory: options.useFactory,
      inject: options.inject ?? [],
    };
    return moduleWith(options.path, settings, options.imports ?? []);
  }
}
