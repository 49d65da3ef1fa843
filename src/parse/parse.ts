import type { LiveCallback } from '../commands.js';
import { ok, type Result } from '../errors.js';
import { parseLiveCallbackBody } from './body.js';
import type { BodyInput } from './json.js';
import { parseLiveCallbackQuery, type LiveCallbackQuery, type QueryInput } from './query.js';

/**
 * Reads the query and the body of one callback: the body's `CallbackCommand` decides, the query's is
 * the fallback. Does not check the signature (see {@link verifyLiveCallbackSignature}). Never throws.
 *
 * @example
 * ```ts
 * const result = parseLiveCallback(url.search, rawBody);
 * if (!result.success) return console.warn(result.error.code, result.error.message);
 * if (result.output.event.CallbackCommand === 'Live.CallbackAfterCreateRoom') {
 *   console.log(result.output.event.RoomInfo.RoomId); // typed by the narrowing
 * }
 * ```
 */
export function parseLiveCallback(query: QueryInput, body: BodyInput): Result<{ query: LiveCallbackQuery; event: LiveCallback }> {
  const parsedQuery = parseLiveCallbackQuery(query);
  if (!parsedQuery.success) return parsedQuery;
  const event = parseLiveCallbackBody(body, parsedQuery.output.command === undefined ? {} : { command: parsedQuery.output.command });
  return event.success ? ok({ query: parsedQuery.output, event: event.output }) : event;
}
