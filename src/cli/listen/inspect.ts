import { AsyncLocalStorage } from 'node:async_hooks';
import { createFetchHandler } from '../../adapters/fetch.js';
import { createLiveCallbacks } from '../../dispatch/create-live-callbacks.js';
import { signedWithChatToken, type Tokens } from '../credentials.js';
import { issuesOf, type Issue } from '../event.js';

/*
 * The library's own answer to a request, with what it found on the way. A real dispatcher and a
 * real adapter do the work; its onAny/onUnknown/onError hooks fill in an Inspection, and an
 * AsyncLocalStorage ties each hook call to the request it belongs to (requests overlap).
 */

/** What the library made of one request. */
export interface Inspection {
  /** `ok`, `unknown_command`, or the code of the error that refused it (`invalid_signature`, `invalid_payload` ...). */
  verdict: string;
  /** The event (validated) or the body as decoded, when there was one. */
  event?: unknown;
  /** Every problem, with its path for a payload that does not match its schema. */
  issues: Issue[];
}

export interface Inspected {
  inspection: Inspection;
  /** The library's answer, as its fetch adapter builds it. */
  response: Response;
}

export type Inspector = (request: Request, command: string | undefined) => Promise<Inspected>;

function handlerFor(
  storage: AsyncLocalStorage<Inspection>,
  sdkAppId: string,
  token: string | undefined,
): (request: Request) => Promise<Response> {
  const live = createLiveCallbacks({ sdkAppId, ...(token !== undefined && { token }) });
  live.onAny((event) => {
    const inspection = storage.getStore();
    if (inspection !== undefined) inspection.event = event;
  });
  live.onUnknown(() => {
    const inspection = storage.getStore();
    if (inspection !== undefined) inspection.verdict = 'unknown_command';
  });
  live.onError((error, ctx) => {
    const inspection = storage.getStore();
    if (inspection === undefined) return;
    inspection.verdict = error.code;
    inspection.issues = issuesOf(error);
    if (ctx.event !== undefined) inspection.event ??= ctx.event;
  });
  return createFetchHandler(live);
}

/**
 * One dispatcher per token: a Chat command (by the command the request claims) is checked with the
 * Chat token, everything else with the Live one, as the two callback URLs would be.
 */
export function createInspector(sdkAppId: string, tokens: Tokens): Inspector {
  const storage = new AsyncLocalStorage<Inspection>();
  const live = handlerFor(storage, sdkAppId, tokens.live);
  const chat = tokens.chat === tokens.live ? live : handlerFor(storage, sdkAppId, tokens.chat);
  return async (request, command) => {
    const handler = signedWithChatToken(command) ? chat : live;
    const inspection: Inspection = { verdict: 'ok', issues: [] };
    const response = await storage.run(inspection, () => handler(request));
    return { inspection, response };
  };
}
