import type { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { LiveCallbacks } from '../../dispatch/create-live-callbacks.js';
import { registrationsOf, type LiveHandlerRegistration } from './decorators.js';

type InstanceWrapper = ReturnType<DiscoveryService['getProviders']>[number];
// biome-ignore lint/suspicious/noExplicitAny: a registry of handlers whose real types the public signatures give
type BoundMethod = (...args: any[]) => any;

/** The lifecycle hooks Nest calls on the explorer provider. */
export interface LiveCallbacksExplorer {
  onModuleInit(): void;
  onModuleDestroy(): void;
}

function register(live: LiveCallbacks, registration: LiveHandlerRegistration, handler: BoundMethod): () => void {
  // The decorator already checked the method's type against the command at compile time.
  switch (registration.kind) {
    case 'on':
      return live.on(registration.commands, handler as never);
    case 'onAny':
      return live.onAny(handler);
    case 'onUnknown':
      return live.onUnknown(handler);
    case 'onError':
      return live.onError(handler);
  }
}

/**
 * A request-scoped or transient provider has no one instance to call (Nest makes one per request or
 * per consumer, and the callback route is not a request of the provider's), so it cannot carry handlers.
 */
function assertSingleton(wrapper: InstanceWrapper, method: string): void {
  if (wrapper.isDependencyTreeStatic() && !wrapper.isTransient) return;
  throw new Error(
    `[tencent-live-webhooks] ${String(wrapper.name)}.${method} has a live callback decorator, but ${String(wrapper.name)} is request-scoped or transient ` +
      '(or depends on a request-scoped provider); put the decorated method on a singleton provider',
  );
}

/** Registers every decorated method of one instance; returns the functions that remove them. */
function wireInstance(live: LiveCallbacks, scanner: MetadataScanner, wrapper: InstanceWrapper, instance: object): (() => void)[] {
  const removers: (() => void)[] = [];
  for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object | null)) {
    const method = (instance as Record<string, unknown>)[name];
    const registrations = registrationsOf(method);
    if (registrations.length === 0) continue;
    assertSingleton(wrapper, name);
    const handler = (method as BoundMethod).bind(instance);
    for (const registration of registrations) removers.push(register(live, registration, handler));
  }
  return removers;
}

/**
 * Once every provider exists (onModuleInit), finds the methods decorated with `@OnLiveCallback()` and
 * friends on every provider and controller of the app and registers them with `live`; on shutdown
 * removes them again. A plain object with hooks, made by a factory provider, so the library needs no
 * decorator metadata of its own (tsup does not emit it).
 */
export function createLiveCallbacksExplorer(
  live: LiveCallbacks,
  discovery: DiscoveryService,
  scanner: MetadataScanner,
): LiveCallbacksExplorer {
  const removers: (() => void)[] = [];
  return {
    onModuleInit(): void {
      // One instance can sit behind several tokens (useExisting aliases): wire it once.
      const seen = new Set<object>();
      for (const wrapper of [...discovery.getProviders(), ...discovery.getControllers()]) {
        const instance: unknown = wrapper.instance;
        if (typeof instance !== 'object' || instance === null || seen.has(instance)) continue;
        seen.add(instance);
        removers.push(...wireInstance(live, scanner, wrapper, instance));
      }
    },
    onModuleDestroy(): void {
      for (const remove of removers.splice(0)) remove();
    },
  };
}
