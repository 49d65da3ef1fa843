import type { LiveCallback } from '../commands.js';
import { ok, type Result } from '../errors.js';
import { parseLiveCallbackBody } from './body.js';
import type { BodyInput } from './json.js';
import { parseLiveCallbackQuery, type LiveCallbackQuery, type QueryInput } from './query.js';

/**
 * Reads the query and the body of one callback: the body's `CallbackCommand` decides, the query's is
 * the fallback. Does not check the signature (see `verifyLiveCallbackSignature`). Never throws.
 */
export function parseLiveCallback(query: QueryInput, body: BodyInput): Result<{ query: LiveCallbackQuery; event: LiveCallback }> {
  const parsedQuery = parseLiveCallbackQuery(query);
  if (!parsedQuery.success) return parsedQuery;
  const event = parseLiveCallbackBody(body, parsedQuery.output.command === undefined ? {} : { command: parsedQuery.output.command });
  return event.success ? ok({ query: parsedQuery.output, event: event.output }) : event;
}
