import { decodeJsonBody } from '../../parse/json.js';
import { parseLiveCallbackBody } from '../../parse/body.js';
import { JSON_OPTION } from '../args.js';
import { bodyTextOf, isCapturedRequest } from '../capture.js';
import { defineCommand } from '../command.js';
import { commandOf, formatFields, formatIssue, issuesOf, keyFields, type Issue } from '../event.js';
import { jsonLines, readInput } from '../files.js';
import type { Output } from '../output.js';

/** One payload found in a file, and where. */
interface Found {
  where: string;
  /** Text when we have it (long integers stay exact), else the parsed value. */
  body: string | object;
  /** The query's CallbackCommand of a saved request: the library's fallback when the body names none. */
  queryCommand?: string;
}

interface Checked {
  where: string;
  command: string | null;
  valid: boolean;
  fields: Record<string, string>;
  issues: Issue[];
}

/** A parsed value as a payload: a request saved by `listen` stands for its body. */
function found(where: string, value: unknown, text: string | undefined): Found {
  if (!isCapturedRequest(value))
    return { where, body: text ?? (typeof value === 'object' && value !== null ? value : JSON.stringify(value)) };
  const queryCommand = new URLSearchParams(value.query).get('CallbackCommand');
  return { where, body: bodyTextOf(value), ...(queryCommand !== null && { queryCommand }) };
}

/** A JSON object, an array of them, or JSON Lines (payloads or saved requests). Lines that are not JSON are kept, to be reported. */
function payloadsIn(file: string, text: string): Found[] {
  const whole = decodeJsonBody(text);
  if (whole.success && Array.isArray(whole.output)) return whole.output.map((item, index) => found(`${file}[${index}]`, item, undefined));
  if (whole.success) return [found(file, whole.output, text)];
  return jsonLines(file, text).map((line) => {
    const parsed = decodeJsonBody(line.text);
    return parsed.success ? found(line.where, parsed.output, line.text) : { where: line.where, body: line.text };
  });
}

function check(payload: Found): Checked {
  const result = parseLiveCallbackBody(payload.body, payload.queryCommand === undefined ? {} : { command: payload.queryCommand });
  if (result.success)
    return { where: payload.where, command: result.output.CallbackCommand, valid: true, fields: keyFields(result.output), issues: [] };
  const decoded = decodeJsonBody(payload.body);
  const raw = decoded.success ? decoded.output : undefined;
  return {
    where: payload.where,
    command: commandOf(raw) ?? payload.queryCommand ?? null,
    valid: false,
    fields: keyFields(raw),
    issues: issuesOf(result.error),
  };
}

function print(checked: Checked, output: Output): void {
  const { paint } = output;
  const mark = checked.valid ? paint.green('valid  ') : paint.red('invalid');
  const fields = formatFields(checked.fields);
  const head = `${mark} ${paint.dim(checked.where)} ${paint.bold(checked.command ?? '(no command)')}${fields === '' ? '' : ` ${fields}`}`;
  output.emit([head, ...checked.issues.map((issue) => `    ${paint.yellow(formatIssue(issue))}`)].join('\n'), checked);
}

export const validate = defineCommand({
  name: 'validate',
  synopsis: 'FILE.json|FILE.jsonl|- ...',
  summary: 'check payloads against the catalogue and print each issue with its path',
  description: [
    'Checks callback payloads as the library would: a JSON object, an array of them, or JSON Lines',
    '(payloads, or the requests `listen --save` writes). `-` reads stdin, for a payload pasted from',
    'production. Prints every issue with its path; exits 1 if any payload is invalid.',
  ].join('\n'),
  options: JSON_OPTION,
  positionals: { min: 1, max: Number.POSITIVE_INFINITY, missing: 'missing the file to check (FILE.json, FILE.jsonl, or - for stdin)' },
  examples: ['validate payload.json', 'validate callbacks.jsonl --json', 'validate - < pasted.json'],
  async run({ positionals }, output) {
    const payloads = positionals.flatMap((file) => payloadsIn(file, readInput(file)));
    let invalid = 0;
    for (const payload of payloads) {
      const checked = check(payload);
      if (!checked.valid) invalid++;
      print(checked, output);
    }
    const summary = `${payloads.length} payload${payloads.length === 1 ? '' : 's'}: ${payloads.length - invalid} valid, ${invalid} invalid`;
    output.emit(invalid > 0 ? output.paint.red(summary) : output.paint.green(summary), {
      summary: { total: payloads.length, valid: payloads.length - invalid, invalid },
    });
    return invalid > 0 || payloads.length === 0 ? 1 : 0;
  },
});
