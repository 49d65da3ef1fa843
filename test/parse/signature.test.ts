import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { verifyLiveCallbackSignature } from '../../src/index.js';
import { SignCache, checkLiveCallbackSignature, fastestSha256, sha256Hex } from '../../src/parse/signature.js';
import { signFor } from '../helpers/sign.js';

const DOC_SIGN = '17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061';

function verify(query: string, now: number, token = 'xxxxyyyy', toleranceSeconds?: number) {
  return verifyLiveCallbackSignature(query, { token, now, ...(toleranceSeconds !== undefined && { toleranceSeconds }) });
}

describe('verifyLiveCallbackSignature', () => {
  test('accepts the documented example (xxxxyyyy + 1669872112)', async () => {
    expect(await verify(`SdkAppid=1&Sign=${DOC_SIGN}&RequestTime=1669872112`, 1669872112_000)).toEqual({
      success: true,
      output: undefined,
    });
  });

  test('accepts upper-case hex of the same hash', async () => {
    expect((await verify(`SdkAppid=1&Sign=${DOC_SIGN.toUpperCase()}&RequestTime=1669872112`, 1669872112_000)).success).toBe(true);
  });

  test('rejects a Sign made with another token', async () => {
    const result = await verify(`SdkAppid=1&Sign=${signFor('another', 1669872112)}&RequestTime=1669872112`, 1669872112_000);
    expect(result.success || result.error.code).toBe('invalid_signature');
  });

  test('rejects a Sign made as sha256(RequestTime + token): the order matters', async () => {
    const reversed = signFor('1669872112', 'xxxxyyyy');
    const result = await verify(`SdkAppid=1&Sign=${reversed}&RequestTime=1669872112`, 1669872112_000);
    expect(result.success || result.error.code).toBe('invalid_signature');
  });

  test.each([
    ['no Sign', 'SdkAppid=1&RequestTime=1669872112'],
    ['no RequestTime', `SdkAppid=1&Sign=${DOC_SIGN}`],
  ])('%s is missing_signature (401)', async (_, query) => {
    const result = await verify(query, 1669872112_000);
    expect(result.success || [result.error.code, result.error.status]).toEqual(['missing_signature', 401]);
  });

  test.each([
    [-60, true],
    [60, true],
    [-61, false],
    [61, false],
    [60.5, false],
  ])('the clock %f s away from RequestTime: accepted = %s', async (offsetSeconds, accepted) => {
    const result = await verify(`SdkAppid=1&Sign=${DOC_SIGN}&RequestTime=1669872112`, (1669872112 + offsetSeconds) * 1000);
    expect(result.success).toBe(accepted);
    if (!result.success) expect(result.error.code).toBe('expired_signature');
  });

  test('toleranceSeconds widens the window', async () => {
    const result = await verify(`SdkAppid=1&Sign=${DOC_SIGN}&RequestTime=1669872112`, (1669872112 + 300) * 1000, 'xxxxyyyy', 300);
    expect(result.success).toBe(true);
  });

  test('many RequestTimes and tokens in a row stay correct (the Sign cache is keyed by both)', async () => {
    for (let i = 0; i < 200; i++) {
      const time = 1669872112 + i;
      const token = `token-${i % 3}`;
      const good = await verify(`SdkAppid=1&Sign=${signFor(token, time)}&RequestTime=${time}`, time * 1000, token);
      const bad = await verify(`SdkAppid=1&Sign=${signFor(token, time)}&RequestTime=${time}`, time * 1000, `token-${(i + 1) % 3}`);
      expect([good.success, bad.success]).toEqual([true, false]);
    }
  });

  test('a Sign of the wrong length is invalid_signature, and the message says where the token is set', async () => {
    const result = await verify('SdkAppid=1&Sign=ab12&RequestTime=1669872112', 1669872112_000);
    expect(result.success || [result.error.code, result.error.status, result.error.message]).toEqual([
      'invalid_signature',
      401,
      expect.stringContaining('v4/live_config/set_callback_token'),
    ]);
  });

  test('without a working Web Crypto the check fails closed, and a later check of the same second works', async () => {
    // The Web Crypto path, as on edge runtimes (Node itself takes node:crypto, see below).
    const cache = new SignCache(60, sha256Hex);
    const query = { sdkAppId: '1', sign: signFor('fresh', 1669872999), requestTime: 1669872999 };
    const digest = vi.spyOn(crypto.subtle, 'digest').mockRejectedValueOnce(new Error('no crypto'));
    try {
      const failed = await checkLiveCallbackSignature(query, 'fresh', 1669872999_000, 60, cache);
      expect(failed.success || [failed.error.code, (failed.error.cause as Error).message]).toEqual(['invalid_signature', 'no crypto']);
    } finally {
      digest.mockRestore();
    }
    const retried = await checkLiveCallbackSignature(query, 'fresh', 1669872999_000, 60, cache);
    expect(retried.success).toBe(true);
  });

  test('node:crypto (through process.getBuiltinModule) and Web Crypto give the same Sign, at once and later', async () => {
    const nodeSha256 = fastestSha256();
    expect(nodeSha256).not.toBe(sha256Hex);
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.integer({ min: 0, max: 2 ** 40 }), async (token, time) => {
        const now = nodeSha256(`${token}${time}`);
        expect(typeof now).toBe('string');
        expect(now).toBe(await sha256Hex(`${token}${time}`));
      }),
      { numRuns: 200 },
    );
  });

  test('a runtime without process.getBuiltinModule (edge) uses Web Crypto', async () => {
    vi.resetModules();
    const lookup = vi.spyOn(process, 'getBuiltinModule').mockReturnValue(undefined as never);
    try {
      const fresh = await import('../../src/parse/signature.js');
      expect(fresh.fastestSha256()).toBe(fresh.sha256Hex);
    } finally {
      lookup.mockRestore();
    }
  });

  test('the last Sign is remembered per token and second: switching back and forth stays correct', () => {
    const cache = new SignCache(60);
    for (const [token, time] of [
      ['a', 1],
      ['b', 1],
      ['a', 1],
      ['a', 2],
      ['b', 2],
      ['a', 1],
    ] as const)
      expect(cache.expected(token, time)).toBe(signFor(token, time));
  });

  test.each([
    ['an empty token', { token: '' }],
    ['no options at all (from JavaScript)', undefined],
  ])('%s is invalid_signature, not a pass or a rejection', async (_, options) => {
    const result = await verifyLiveCallbackSignature(`SdkAppid=1&Sign=${signFor('', 1669872112)}&RequestTime=1669872112`, options as never);
    expect(result.success || result.error.code).toBe('invalid_signature');
  });

  test('a query that does not parse is invalid_query, not a rejection', async () => {
    const result = await verifyLiveCallbackSignature(undefined as never, { token: 't' });
    expect(result.success || result.error.code).toBe('invalid_query');
  });
});
