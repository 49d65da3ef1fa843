import type { Delivery } from '../http.js';
import { formatFields, formatIssue, keyFields, type Issue } from '../event.js';
import { jsonOrText } from '../http.js';
import type { Output, Palette } from '../output.js';
import type { Inspection } from './inspect.js';

/* One request `listen` received, and how it is shown: a line for people, or a JSON object. */

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

export interface Exchange {
  receivedAt: Date;
  method: string;
  path: string;
  command: string | undefined;
  inspection: Inspection;
  /** What Tencent was answered. */
  answer: Answer;
  /** The user's server's answer, with --forward-to. */
  forwarded?: { url: string; delivery: Delivery };
}

const PLAIN_OK = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}';

function paintVerdict(verdict: string, paint: Palette): string {
  if (verdict === 'ok') return paint.green(verdict);
  return verdict === 'unknown_command' ? paint.yellow(verdict) : paint.red(verdict);
}

function clock(date: Date): string {
  return date.toTimeString().slice(0, 8);
}

/** The main line: time, verdict, command, key fields, and the status Tencent was answered. */
function headline(exchange: Exchange, paint: Palette): string {
  const { answer, inspection } = exchange;
  const command = exchange.command ?? (exchange.method === 'POST' ? '(no command)' : `${exchange.method} ${exchange.path}`);
  const fields = formatFields(keyFields(inspection.event));
  const status = answer.status === 200 ? paint.green(String(answer.status)) : paint.red(String(answer.status));
  const reply = answer.text === PLAIN_OK || exchange.forwarded !== undefined ? '' : ` ${paint.dim(answer.text)}`;
  return `${paint.dim(clock(exchange.receivedAt))} ${paintVerdict(inspection.verdict, paint)} ${paint.bold(command)}${fields === '' ? '' : ` ${fields}`} -> ${status}${reply}`;
}

function forwardLine({ url, delivery }: NonNullable<Exchange['forwarded']>, answer: Answer, paint: Palette): string {
  if (!delivery.ok) return paint.red(`your server at ${url} did not answer (${delivery.error}); answered Tencent ${answer.status}`);
  const status = `HTTP ${delivery.status}`;
  return `your server: ${delivery.status === 200 ? paint.green(status) : paint.red(status)} ${delivery.text}`;
}

function issueLines(issues: readonly Issue[], paint: Palette): string[] {
  return issues.map((issue) => paint.yellow(formatIssue(issue)));
}

function record(exchange: Exchange): object {
  const { inspection, answer, forwarded } = exchange;
  return {
    time: exchange.receivedAt.toISOString(),
    method: exchange.method,
    path: exchange.path,
    command: exchange.command ?? null,
    fields: keyFields(inspection.event),
    verdict: inspection.verdict,
    issues: inspection.issues,
    status: answer.status,
    reply: jsonOrText(answer.text),
    ...(forwarded && {
      forwarded: forwarded.delivery.ok
        ? { url: forwarded.url, status: forwarded.delivery.status, reply: jsonOrText(forwarded.delivery.text) }
        : { url: forwarded.url, error: forwarded.delivery.error },
    }),
  };
}

export function printExchange(exchange: Exchange, output: Output): void {
  const { paint } = output;
  const details = [
    ...issueLines(exchange.inspection.issues, paint),
    ...(exchange.forwarded === undefined ? [] : [forwardLine(exchange.forwarded, exchange.answer, paint)]),
  ];
  output.emit([headline(exchange, paint), ...details.map((line) => `    ${line}`)].join('\n'), record(exchange));
}
