import { CliError } from './args.js';

/*
 * `send --set Path=value`, modelled on the Stripe CLI's `trigger --override`: a dotted path into the
 * payload (array items by index, `MemberList.0.Member_Account`), and a value read as JSON when it
 * is JSON (`Count=3`, `IsSeatEnabled=false`, `To_Account=["a","b"]`), else taken as a string.
 */

export interface Assignment {
  readonly path: readonly string[];
  readonly value: unknown;
}

const INDEX = /^(0|[1-9]\d*)$/;

export function parseAssignment(text: string): Assignment {
  const equals = text.indexOf('=');
  const path = equals <= 0 ? [] : text.slice(0, equals).split('.');
  if (path.length === 0 || path.some((key) => key === '' || key === '__proto__')) {
    throw new CliError(`--set takes Path=value (e.g. --set GiftWater.Coins=5000), got ${JSON.stringify(text)}`);
  }
  const raw = text.slice(equals + 1);
  try {
    return { path, value: JSON.parse(raw) };
  } catch {
    return { path, value: raw };
  }
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** The key checked against its container: arrays take indexes only. */
function keyIn(container: Container, key: string, where: string): string | number {
  if (!Array.isArray(container)) return key;
  if (!INDEX.test(key)) throw new CliError(`--set ${where}: ${JSON.stringify(key)} is not an index of the array there`);
  return Number(key);
}

/** Sets `value` at `path` in `target`, creating the objects (or arrays, before an index) on the way. */
export function applyAssignment(target: Record<string, unknown>, { path, value }: Assignment): void {
  const where = path.join('.');
  let container: Container = target;
  for (const [i, key] of path.entries()) {
    const slot = keyIn(container, key, where);
    const record = container as Record<string | number, unknown>;
    if (i === path.length - 1) {
      record[slot] = value;
      return;
    }
    const next = record[slot] ?? (INDEX.test(path[i + 1] ?? '') ? [] : {});
    if (!isContainer(next)) {
      throw new CliError(`--set ${where}: ${path.slice(0, i + 1).join('.')} is ${JSON.stringify(next)}, not an object`);
    }
    record[slot] = next;
    container = next;
  }
}
