import { createHash } from 'node:crypto';

/** Test signer, written independently of the library: Sign = lowercase hex sha256(token + RequestTime). */
export function signFor(token: string, requestTime: number | string): string {
  return createHash('sha256').update(`${token}${requestTime}`).digest('hex');
}

export interface SignedQueryOptions {
  sdkAppId: number | string;
  command?: string;
  token?: string;
  /** Unix seconds; defaults to now. */
  requestTime?: number;
  clientIp?: string;
  optPlatform?: string;
}

/** The query string Tencent appends to the callback URL (without the leading `?`). */
export function signedQuery(options: SignedQueryOptions): string {
  const params = new URLSearchParams({ SdkAppid: String(options.sdkAppId) });
  if (options.command !== undefined) params.set('CallbackCommand', options.command);
  params.set('contenttype', 'json');
  params.set('ClientIP', options.clientIp ?? '203.0.113.7');
  params.set('OptPlatform', options.optPlatform ?? 'RESTAPI');
  if (options.token !== undefined) {
    const requestTime = options.requestTime ?? Math.floor(Date.now() / 1000);
    params.set('Sign', signFor(options.token, requestTime));
    params.set('RequestTime', String(requestTime));
  }
  return params.toString();
}
