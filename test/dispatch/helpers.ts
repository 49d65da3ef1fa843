import { signedQuery } from '../helpers/sign.js';
import { fixtureJson } from '../helpers/fixtures.js';

export const APP = 1400000001;
export const TOKEN = 'test-token-abc';
/** A fixed clock: 2026-11-24T08:00:00Z. */
export const NOW_MS = 1_795_507_200_000;
export const NOW_S = NOW_MS / 1000;

/** An unsigned query for `command`, as Tencent appends it when no token is configured. */
export function query(command: string, sdkAppId: number | string = APP): string {
  return signedQuery({ sdkAppId, command });
}

/** A query signed with TOKEN at NOW (or the given RequestTime). */
export function signed(command: string, requestTime: number = NOW_S): string {
  return signedQuery({ sdkAppId: APP, command, token: TOKEN, requestTime });
}

/** A valid body of `command`, from the bundled fixtures, with `changes` applied on top. */
export function body(command: string, changes: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...fixtureJson(command), ...changes });
}

/** A promise plus its settle functions, for handlers the test finishes by hand. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
