import { parseLiveCallbackBody, validateLiveCallback, type LiveCallback } from '../../src/index.js';

/** The validated event of a body (raw text or parsed JSON) that must pass; throws the library's error otherwise. */
export function parsed(body: object | string): LiveCallback {
  const result = parseLiveCallbackBody(body);
  if (!result.success) throw result.error;
  return result.output;
}

/** `"<code>: <message>"` of a parsed body that must be refused, or `"passed"`. */
export function refusal(body: object): string {
  const result = validateLiveCallback(body);
  return result.success ? 'passed' : `${result.error.code}: ${result.error.message}`;
}
