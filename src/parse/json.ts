import { fail, ok, type Result } from '../errors.js';

/** A request body: raw text or bytes (best: long IDs stay exact), or JSON some middleware already parsed. */
export type BodyInput = string | Uint8Array | ArrayBuffer | object;

/** Integers longer than this many digits may not survive `JSON.parse` (2^53 has 16 digits). */
const SAFE_DIGITS = 15;

let utf8: TextDecoder | undefined;

/** The body as text; undefined for a value that is neither text, bytes nor parsed JSON. */
function bodyText(body: string | Uint8Array | ArrayBuffer): string {
  if (typeof body === 'string') return body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  // fatal: a body that is not UTF-8 is refused rather than silently turned into U+FFFD.
  utf8 ??= new TextDecoder('utf-8', { fatal: true });
  return utf8.decode(body);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a number token can start right after this character: `:`, `,`, `[` or JSON whitespace. */
function canPrecedeNumber(code: number): boolean {
  return code === 58 /* : */ || code === 44 /* , */ || code === 91 /* [ */ || code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * Whether the text may hold an integer of more than 15 digits outside a string: the cheap test before
 * the full, string-aware scan. Any run of 16 digits covers one of every 16 positions, so only those
 * are looked at; a run counts only where a JSON number can start (after `:`, `,`, `[` or whitespace,
 * with an optional `-`, or at the very start), so the long digit runs inside strings that Chat bodies
 * carry (`"MsgId":"144115233406643804-..."`) cost nothing more. A run inside a string that happens to
 * follow such a character only costs the full scan, never a wrong answer.
 */
function mayHoldLongInteger(text: string): boolean {
  for (let i = SAFE_DIGITS; i < text.length; i += SAFE_DIGITS + 1) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let start = i;
    let end = i + 1;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (end - start > SAFE_DIGITS) {
      const sign = text.charCodeAt(start - 1) === 45 /* - */ ? 1 : 0;
      if (start - sign === 0 || canPrecedeNumber(text.charCodeAt(start - sign - 1))) return true;
    }
    // On from the end of this run: the next sample is still at most 16 positions past it.
    i = end - 1;
  }
  return false;
}

/** Index of the quote that closes the string opened at `open`, or the text's length if none does. */
function closingQuote(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}

/** Whether the character continues a number after its integer digits (fraction or exponent). */
function isNumberTail(code: number): boolean {
  return isDigit(code) || code === 46 /* . */ || code === 101 /* e */ || code === 69 /* E */ || code === 43 /* + */ || code === 45; /* - */
}

/**
 * Puts quotes around every unquoted integer longer than 15 digits, so `JSON.parse` keeps its exact
 * digits as a string. Tencent's samples send 18-digit account IDs unquoted (647/64423, 647/64425,
 * 647/68261) and plain `JSON.parse` rounds them. Strings are skipped whole (native indexOf), so
 * digits inside them are never touched; fractions and exponents are left as numbers.
 */
export function quoteLongIntegers(text: string): string {
  let quoted = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34 /* " */) {
      i = closingQuote(text, i);
      continue;
    }
    if (!isDigit(code) && code !== 45 /* - */) continue;
    let end = i + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    const digits = end - i - (code === 45 ? 1 : 0);
    if (digits > SAFE_DIGITS && !isNumberTail(text.charCodeAt(end))) {
      quoted += `${text.slice(copiedUpTo, i)}"${text.slice(i, end)}"`;
      copiedUpTo = end;
    }
    // Skip the rest of a fraction or exponent so its digits are not read as a new number.
    while (end < text.length && isNumberTail(text.charCodeAt(end))) end++;
    i = end - 1;
  }
  return copiedUpTo === 0 ? text : quoted + text.slice(copiedUpTo);
}

/**
 * Decodes a request body into JSON. Text and bytes are parsed (integers past 15 digits kept exact, as
 * strings); an object is taken as already parsed. Never throws: anything else, empty or broken JSON,
 * or bytes that are not UTF-8 give `invalid_json`.
 */
export function decodeJsonBody(body: BodyInput): Result<unknown> {
  const isRaw = typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer;
  if (!isRaw) {
    return typeof body === 'object' && body !== null
      ? ok(body)
      : fail('invalid_json', `expected the request body (text, bytes or parsed JSON), got ${body === null ? 'null' : typeof body}`);
  }
  let text: string | undefined;
  try {
    text = bodyText(body);
    return ok(JSON.parse(mayHoldLongInteger(text) ? quoteLongIntegers(text) : text));
  } catch (error) {
    // JSON.parse throws SyntaxError, or RangeError for absurdly deep nesting; TextDecoder a TypeError.
    const problem =
      text?.trim() === ''
        ? 'is empty; Tencent always sends a JSON object'
        : `is not valid UTF-8 JSON: ${error instanceof Error ? error.message : String(error)}`;
    return fail('invalid_json', `the request body ${problem}`, { cause: error });
  }
}
