import * as v from 'valibot';
import { LIVE_CALLBACK_TABLE, resolveLiveCallbackCommand, type LiveCallback, type LiveCallbackCommand } from '../commands.js';
import { fail, ok, type Result } from '../errors.js';
import { decodeJsonBody, type BodyInput } from './json.js';
import { isUnchangedBy } from './unchanged.js';

/** A decoded body: a known command's validated event, or the raw object of a command this version does not know. */
export type ClassifiedCallback =
  | { known: true; command: LiveCallbackCommand; event: LiveCallback }
  | { known: false; command: string | undefined; raw: Record<string, unknown> };

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The command a body is for: its own `CallbackCommand` wins; the query's is used only when it has none. */
export function sentCommand(raw: unknown, fallbackCommand: string | undefined): string | undefined {
  const own = typeof raw === 'object' && raw !== null ? (raw as { CallbackCommand?: unknown }).CallbackCommand : undefined;
  return typeof own === 'string' && own !== '' ? own : fallbackCommand;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path === null ? issue.message : `${path}: ${issue.message}`;
}

/** Validates a body as `command`, with `CallbackCommand` set to that canonical name. */
function validateAs(command: LiveCallbackCommand, raw: Record<string, unknown>): Result<ClassifiedCallback> {
  // Spread copies own properties only, so a "__proto__" key in the body stays a plain key.
  const input = raw.CallbackCommand === command ? raw : { ...raw, CallbackCommand: command };
  const { schema } = LIVE_CALLBACK_TABLE[command];
  // Most bodies are already what valibot would return: then the parsed object is the event, uncopied.
  if (isUnchangedBy(schema, input)) return ok({ known: true, command, event: input as unknown as LiveCallback });
  const result = v.safeParse(schema, input);
  if (!result.success) {
    const [first] = result.issues;
    const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more issue(s) in error.issues)` : '';
    return fail('invalid_payload', `${command} body does not match its documented fields: ${describeIssue(first)}${more}`, {
      issues: result.issues,
    });
  }
  return ok({ known: true, command, event: result.output as unknown as LiveCallback });
}

/**
 * Validates a decoded body against its command's schema. When the command came from an alias
 * (`Live.CallbackMemberStateChanged`) or from the query, the event's `CallbackCommand` is set to the
 * canonical name, so narrowing on it works; the rest of the body is kept as sent.
 */
export function classifyLiveCallback(raw: unknown, fallbackCommand?: string): Result<ClassifiedCallback> {
  // A body that is not an object is refused by classifyResolved; sentCommand reads only objects.
  let sent: string | undefined;
  try {
    sent = sentCommand(raw, fallbackCommand);
  } catch (error) {
    return unreadable(error);
  }
  return classifyResolved(raw, sent, sent === undefined ? undefined : resolveLiveCallbackCommand(sent));
}

/**
 * `classifyLiveCallback` for a caller that has already read the body's command (`sent`) and resolved
 * it (`command`: undefined when this version does not know it), so it is looked up once per request.
 */
export function classifyResolved(
  raw: unknown,
  sent: string | undefined,
  command: LiveCallbackCommand | undefined,
): Result<ClassifiedCallback> {
  if (!isJsonObject(raw)) return notAnObject(raw);
  try {
    return command === undefined ? ok({ known: false, command: sent, raw }) : validateAs(command, raw);
  } catch (error) {
    return unreadable(error);
  }
}

function notAnObject(raw: unknown): Result<never> {
  return fail(
    'invalid_payload',
    `the body must be a JSON object, got ${Array.isArray(raw) ? 'an array' : raw === null ? 'null' : typeof raw}`,
  );
}

/** Parsed JSON cannot throw when read; an object some middleware built can (a getter, a Proxy). */
function unreadable(error: unknown): Result<never> {
  return fail('invalid_payload', 'the body could not be read as a plain JSON object', { cause: error });
}

/** The event of a known command; an unknown command is an `unknown_command` error. */
function knownEvent(classified: Result<ClassifiedCallback>): Result<LiveCallback> {
  if (!classified.success) return classified;
  if (classified.output.known) return ok(classified.output.event);
  const { command } = classified.output;
  return fail(
    'unknown_command',
    command === undefined
      ? 'the body has no CallbackCommand'
      : `${command} is not a command this version knows (createLiveCallbacks hands such bodies to onUnknown)`,
  );
}

/**
 * Validates a body that is already parsed JSON (a string is not parsed). Never throws.
 *
 * @example
 * ```ts
 * const result = validateLiveCallback(JSON.parse(pasted));
 * if (!result.success) console.log(result.error.message); // names the first wrong field
 * ```
 */
export function validateLiveCallback(value: unknown): Result<LiveCallback> {
  return knownEvent(classifyLiveCallback(value));
}

/**
 * Decodes and validates a callback body (text, bytes, or parsed JSON). `options.command` is the
 * query's `CallbackCommand`, used only when the body has none. An unknown command is an
 * `unknown_command` error here; the dispatcher instead hands such bodies to `onUnknown`. Never throws.
 */
export function parseLiveCallbackBody(body: BodyInput, options: { command?: string } = {}): Result<LiveCallback> {
  const decoded = decodeJsonBody(body);
  return decoded.success ? knownEvent(classifyLiveCallback(decoded.output, options.command)) : decoded;
}
