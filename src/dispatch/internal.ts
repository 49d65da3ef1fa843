import type { LiveCallbackError } from '../errors.js';
import type { QueryInput } from '../parse/query.js';
import type { LiveCallbackReply } from './reply.js';
import type { LiveCallbacks } from './types.js';

/*
 * What adapters need from a dispatcher beyond its public face, kept off the object users hold (and
 * off the public exports): a refusal that happens before `handleLiveCallback` could run.
 */

export interface DispatcherInternals {
  /** Tells onError about a request refused before dispatch (413, 405, 408) and returns the reply to send. */
  refuseRequest(error: LiveCallbackError, query?: QueryInput): LiveCallbackReply;
}

const internals = new WeakMap<LiveCallbacks, DispatcherInternals>();

export function registerInternals(live: LiveCallbacks, parts: DispatcherInternals): void {
  internals.set(live, parts);
}

/** The internals of a dispatcher made by `createLiveCallbacks`; a TypeError for anything else. */
export function internalsOf(live: LiveCallbacks): DispatcherInternals {
  const parts = internals.get(live);
  if (parts === undefined) throw new TypeError('[tencent-live-webhooks] expected a dispatcher made by createLiveCallbacks()');
  return parts;
}
