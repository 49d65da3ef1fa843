import { Inject } from '@nestjs/common';
import type { LiveCallbackCommand } from '../../commands.js';
import type { LiveAnyHandler, LiveCallbackHandler, LiveErrorHandler, LiveUnknownHandler } from '../../dispatch/create-live-callbacks.js';
import { LIVE_CALLBACKS, LIVE_HANDLER_METADATA } from './tokens.js';

/** What one decorator asks for: which dispatcher list the method joins. */
export type LiveHandlerRegistration =
  | { readonly kind: 'on'; readonly commands: readonly LiveCallbackCommand[] }
  | { readonly kind: 'onAny' | 'onUnknown' | 'onError' };

/**
 * A method decorator that accepts only methods shaped like `H`, so a wrong event type or (for a
 * Before command) a return value that is not a decision is a compile error at the method.
 */
export type LiveHandlerDecorator<H> = <M extends H>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>) => void;

/** The registrations already on a method: several decorators may stack on one. */
export function registrationsOf(method: unknown): readonly LiveHandlerRegistration[] {
  if (typeof method !== 'function') return [];
  return (Reflect.getMetadata(LIVE_HANDLER_METADATA, method) as readonly LiveHandlerRegistration[] | undefined) ?? [];
}

function handlerDecorator<H>(registration: LiveHandlerRegistration, name: string): LiveHandlerDecorator<H> {
  return (_target, key, descriptor) => {
    const method = descriptor.value;
    if (typeof method !== 'function') {
      throw new TypeError(`[tencent-live-webhooks] @${name}() goes on a method; ${String(key)} is not one`);
    }
    Reflect.defineMetadata(LIVE_HANDLER_METADATA, [...registrationsOf(method), registration], method);
  };
}

/**
 * Runs the decorated provider method for one command (or each of several), like `live.on(...)`.
 * For a Before command its return value is the decision (`allow()`, `reject(code, info)` ...).
 *
 * ```ts
 * @OnLiveCallback('Live.CallbackBeforeSendGift')
 * checkGift(event: LiveCallbackBeforeSendGift) { return event.GiftWater.Coins > 10_000 ? reject(102101, 'limit') : allow(); }
 * ```
 */
export function OnLiveCallback<const C extends LiveCallbackCommand>(
  command: C | readonly C[],
): LiveHandlerDecorator<LiveCallbackHandler<C>> {
  const commands: readonly LiveCallbackCommand[] = typeof command === 'string' ? [command] : [...command];
  return handlerDecorator({ kind: 'on', commands }, 'OnLiveCallback');
}

/** Runs the decorated method for every authenticated callback, known or not (`live.onAny`). It observes; its return value decides nothing. */
export function OnAnyLiveCallback(): LiveHandlerDecorator<LiveAnyHandler> {
  return handlerDecorator({ kind: 'onAny' }, 'OnAnyLiveCallback');
}

/** Runs the decorated method for commands this version does not know yet (`live.onUnknown`). */
export function OnUnknownLiveCallback(): LiveHandlerDecorator<LiveUnknownHandler> {
  return handlerDecorator({ kind: 'onUnknown' }, 'OnUnknownLiveCallback');
}

/** Runs the decorated method for every refused request and handler failure (`live.onError`). */
export function OnLiveCallbackError(): LiveHandlerDecorator<LiveErrorHandler> {
  return handlerDecorator({ kind: 'onError' }, 'OnLiveCallbackError');
}

/** Injects the module's `LiveCallbacks` instance: `constructor(@InjectLiveCallbacks() live: LiveCallbacks)`. */
export function InjectLiveCallbacks(): PropertyDecorator & ParameterDecorator {
  return Inject(LIVE_CALLBACKS);
}
