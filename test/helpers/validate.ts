import * as v from 'valibot';
import { parseLiveCallbackBody, validateLiveCallback, type LiveCallback } from '../../src/index.js';

/* Small assertions the catalogue tests share: run a body through a schema or the parse layer. */

/** The validated output of a body that must pass `schema`; throws the issues with their paths otherwise. */
export function valid(schema: v.GenericSchema, body: unknown): unknown {
  const result = v.safeParse(schema, body);
  if (!result.success) throw new Error(result.issues.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`).join('; '));
  return result.output;
}

/** The dot paths of the issues that rejected a body (none when it passed). */
export function issuePaths(schema: v.GenericSchema, body: unknown): string[] {
  const result = v.safeParse(schema, body);
  return result.success ? [] : result.issues.map((issue) => v.getDotPath(issue) ?? '');
}

/** A body (raw text keeps long integers exact; an object maps aliases) through the parse layer; throws when invalid. */
export function parsed(body: string | object, command?: string): LiveCallback {
  const result = parseLiveCallbackBody(body, command === undefined ? {} : { command });
  if (!result.success) throw result.error;
  return result.output;
}

/** `"<code>: <message>"` of a parsed body that must be refused, or `"passed"`. */
export function refusal(body: object): string {
  const result = validateLiveCallback(body);
  return result.success ? 'passed' : `${result.error.code}: ${result.error.message}`;
}

/** The dot paths of the issues that refused a body through the parse layer (empty when it passed). */
export function refusedAt(body: object, command?: string): string[] {
  const result = parseLiveCallbackBody(body, command === undefined ? {} : { command });
  return result.success ? [] : (result.error.issues ?? []).map((issue) => v.getDotPath(issue) ?? '');
}
