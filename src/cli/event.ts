import * as v from 'valibot';
import type { LiveCallbackError } from '../errors.js';

/* How the CLI shows a callback: its command and key fields on one line, and every issue with its path. */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : undefined;
}

/** The first of `paths` (dotted) that holds a string or a number. */
function pick(event: Json, paths: readonly string[]): string | undefined {
  for (const path of paths) {
    let value: unknown = event;
    for (const key of path.split('.')) value = isObject(value) ? value[key] : undefined;
    const found = text(value);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Where the key fields of a callback sit, across the families (rooms, groups, follows). */
const KEY_FIELDS: readonly (readonly [label: string, paths: readonly string[]])[] = [
  ['room', ['RoomId', 'RoomInfo.RoomId', 'EventInfo.RoomId', 'FromRoomId', 'FromRoomInfo.RoomId']],
  ['group', ['GroupId']],
  ['by', ['Operator_Account', 'From_Account', 'GiftWater.From_Account']],
  ['type', ['EventType', 'opType']],
];

/** `room=r1 by=alice type=Enter`: what a person wants to see of a callback at a glance. */
export function keyFields(event: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!isObject(event)) return fields;
  for (const [label, paths] of KEY_FIELDS) {
    const value = pick(event, paths);
    if (value !== undefined) fields[label] = value;
  }
  // A group id that is the room id says nothing new.
  if (fields.group !== undefined && fields.group === fields.room) delete fields.group;
  return fields;
}

export function formatFields(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([label, value]) => `${label}=${value}`)
    .join(' ');
}

/** The command a body names, if it names one. */
export function commandOf(event: unknown): string | undefined {
  return isObject(event) && typeof event.CallbackCommand === 'string' ? event.CallbackCommand : undefined;
}

/** One problem with a payload: where (a dotted path, or empty for the whole body) and what. */
export interface Issue {
  path: string;
  message: string;
}

/** The library's message without its package prefix: the CLI already says who is talking. */
export function plainMessage(error: Error): string {
  return error.message.replace(/^\[tencent-live-webhooks\] /, '');
}

/** Every issue of a refused payload; an error without schema issues is one issue about the whole body. */
export function issuesOf(error: LiveCallbackError): Issue[] {
  if (error.issues === undefined || error.issues.length === 0) return [{ path: '', message: plainMessage(error) }];
  return error.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
}

export function formatIssue(issue: Issue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}
