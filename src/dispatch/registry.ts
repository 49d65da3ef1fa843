import { resolveLiveCallbackCommand } from '../commands.js';

/** A registered function; the public `on`/`onAny`/... signatures give it its real type. */
// biome-ignore lint/suspicious/noExplicitAny: a registry of handlers whose real types the public signatures give
export type AnyHandler = (...args: any[]) => unknown;

/** The handlers of one dispatcher, per command and for the catch-all hooks. */
export interface Registry {
  byCommand: Map<string, AnyHandler[]>;
  any: AnyHandler[];
  unknown: AnyHandler[];
  error: AnyHandler[];
}

export function createRegistry(): Registry {
  return { byCommand: new Map(), any: [], unknown: [], error: [] };
}

function assertFunction(handler: unknown, where: string): asserts handler is AnyHandler {
  if (typeof handler !== 'function') throw new TypeError(`[tencent-live-webhooks] ${where} needs a function, got ${typeof handler}`);
}

/**
 * The canonical command a registration is for. A misspelt command would silently never fire, so it
 * fails at registration; commands this version does not know yet belong in `onUnknown`.
 */
function canonicalForRegistration(command: unknown): string {
  const canonical = typeof command === 'string' ? resolveLiveCallbackCommand(command) : undefined;
  if (canonical === undefined) {
    throw new TypeError(
      `[tencent-live-webhooks] on(): unknown command ${JSON.stringify(command)}; see LIVE_CALLBACK_COMMANDS, or use onUnknown() for commands this version does not know`,
    );
  }
  return canonical;
}

/** Adds `handler` for each command; returns a function that removes exactly these registrations. */
export function addCommandHandler(registry: Registry, commands: unknown, handler: unknown): () => void {
  assertFunction(handler, 'on()');
  const canonicals = (Array.isArray(commands) ? commands : [commands]).map(canonicalForRegistration);
  for (const command of canonicals) {
    const list = registry.byCommand.get(command);
    if (list) list.push(handler);
    else registry.byCommand.set(command, [handler]);
  }
  return () => removeCommandHandler(registry, canonicals, handler);
}

/** Removes one registration of `handler` per command (the most recent one, like EventEmitter). */
export function removeCommandHandler(registry: Registry, commands: unknown, handler: unknown): void {
  for (const command of Array.isArray(commands) ? commands : [commands]) {
    const canonical = typeof command === 'string' ? resolveLiveCallbackCommand(command) : undefined;
    const list = canonical === undefined ? undefined : registry.byCommand.get(canonical);
    if (list) removeLast(list, handler);
  }
}

/** Adds to one of the catch-all lists; returns its remover. */
export function addHook(list: AnyHandler[], handler: unknown, where: string): () => void {
  assertFunction(handler, where);
  list.push(handler);
  return () => removeLast(list, handler);
}

function removeLast(list: AnyHandler[], handler: unknown): void {
  const index = list.lastIndexOf(handler as AnyHandler);
  if (index !== -1) list.splice(index, 1);
}
