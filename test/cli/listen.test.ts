import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createLiveCallbacks, LIVE_CALLBACK_COMMANDS, verifyLiveCallbackSignature } from '../../src/index.js';
import { fixtures } from '../../src/testing/index.js';
import { closedPort, jsonLines, runCli, startCli, startServer, stopLeftovers, type TestServer } from './run-cli.js';

afterEach(stopLeftovers);

const dir = mkdtempSync(join(tmpdir(), 'tlw-listen-'));
const APP = ['--sdk-app-id', '1400000000'];

/** A user's server built on the library: it verifies the Sign with `token` and answers as the library does. */
function libraryServer(token: string): Promise<TestServer> {
  const live = createLiveCallbacks({ sdkAppId: 1400000000, token });
  live.onError(() => undefined);
  return startServer(async (request) => {
    const reply = await live.handleLiveCallback(request.query, new Uint8Array(request.body));
    return { status: reply.status, body: JSON.stringify(reply.body) };
  });
}

interface Saved {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
}

function savedLines(file: string): Saved[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Saved);
}

describe('listen --save, then replay', () => {
  test('round trip: every request saved as received, replayed byte for byte with a fresh, valid Sign', async () => {
    const save = join(dir, 'round-trip.jsonl');
    const listen = await startCli(['listen', '--port', '0', ...APP, '--token', 'capture-token', '--save', save]);
    const url = `${listen.url}/tencent/live/callback`;
    const send = (...args: string[]) => runCli(['send', ...args, '--url', url, ...APP]);

    expect((await send('all', '--token', 'capture-token')).code).toBe(0);
    const odd = `{"CallbackCommand":"Live.CallbackAfterModifyAdmin" , "RoomId":"r-ü","Admin_Account":[144115212345678901],\n"opType":"add","Operator_Account":"a","EventTime":1}`;
    writeFileSync(join(dir, 'odd.json'), odd);
    expect((await send('--data', join(dir, 'odd.json'), '--token', 'capture-token')).stdout).toContain('HTTP 200');
    expect((await send('Live.CallbackAfterCreateRoom', '--set', 'RoomInfo.RoomId=42', '--token', 'capture-token')).stdout).toContain(
      'HTTP 400',
    );
    expect((await send('Live.CallbackBeforeSendGift', '--token', 'wrong')).stdout).toContain('HTTP 401');
    expect((await fetch(url)).status).toBe(405);
    const stopped = await listen.stop('SIGINT');

    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toMatch(/ ok Live\.CallbackAfterCreateRoom room=live_lily_0412 by=host_lily -> 200/);
    expect(stopped.stdout).toMatch(
      / invalid_payload Live\.CallbackAfterCreateRoom room=42 by=host_lily -> 400 .*\n {4}RoomInfo\.RoomId: Invalid type: Expected string but received 42/,
    );
    expect(stopped.stdout).toMatch(/ invalid_signature Live\.CallbackBeforeSendGift room=live_lily_0412 by=viewer_8841 -> 401/);
    expect(stopped.stdout).toMatch(/ method_not_allowed GET \/tencent\/live\/callback -> 405/);
    expect(stopped.stdout).toContain(`${LIVE_CALLBACK_COMMANDS.length + 4} requests received`);
    expect(stopped.stdout).toMatch(new RegExp(`^ +ok +${LIVE_CALLBACK_COMMANDS.length + 1}$`, 'm'));
    expect(stopped.stdout).toMatch(/^ +invalid_payload +1$/m);
    expect(stopped.stdout).toMatch(/^ +Live\.CallbackAfterCreateRoom +2$/m);

    const saved = savedLines(save);
    expect(saved).toHaveLength(LIVE_CALLBACK_COMMANDS.length + 3); // every POST; the GET is no callback
    expect(saved.find((request) => request.body.startsWith('{"CallbackCommand":"Live.CallbackAfterModifyAdmin" ,'))?.body).toBe(odd);
    expect(saved[0]).toMatchObject({ method: 'POST', path: '/tencent/live/callback', headers: { 'content-type': 'application/json' } });

    // The receiving server has another token: only a fresh Sign made with it gets through.
    const target = await libraryServer('replay-token');
    try {
      const replayStartedAt = Math.floor(Date.now() / 1000);
      const replayed = await runCli(['replay', save, '--url', `${target.url}/hook`, '--token', 'replay-token']);
      expect(replayed.code).toBe(1); // the invalid payload is refused again
      expect(replayed.stdout).toContain(
        `Replayed ${saved.length} requests to ${target.url}/hook: ${saved.length - 1} answered 200, 1 failed`,
      );
      expect(target.received).toHaveLength(saved.length);
      for (const [index, request] of target.received.entries()) {
        expect(request.body.equals(Buffer.from(saved[index]?.body ?? '', 'utf8')), `body ${index}`).toBe(true);
        const query = new URLSearchParams(request.query);
        const before = new URLSearchParams(saved[index]?.query);
        expect(Number(query.get('RequestTime'))).toBeGreaterThanOrEqual(replayStartedAt);
        expect((await verifyLiveCallbackSignature(query, { token: 'replay-token' })).success).toBe(true);
        for (const name of ['SdkAppid', 'CallbackCommand', 'ClientIP', 'OptPlatform']) expect(query.get(name)).toBe(before.get(name));
      }
    } finally {
      await target.close();
    }

    const checked = await runCli(['validate', save]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(
      /invalid \S*round-trip\.jsonl:\d+ Live\.CallbackAfterCreateRoom room=42 by=host_lily\n {4}RoomInfo\.RoomId: Invalid type/,
    );
    expect(checked.stdout).toContain(`${saved.length} payloads: ${saved.length - 1} valid, 1 invalid`);
  });

  test('a saved request an hour old is replayed with a fresh RequestTime and accepted', async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const query = `SdkAppid=1400000000&CallbackCommand=Live.CallbackAfterDelMetadata&contenttype=json&ClientIP=203.0.113.7&OptPlatform=RESTAPI&Sign=${'0'.repeat(64)}&RequestTime=${hourAgo}`;
    const body = '{"CallbackCommand":"Live.CallbackAfterDelMetadata","Operator_Account":"a","RoomId":"r","Keys":["k"],"EventTime":1}';
    const file = join(dir, 'old.jsonl');
    writeFileSync(file, `${JSON.stringify({ method: 'POST', path: '/', query, headers: { 'content-type': 'application/json' }, body })}\n`);
    const target = await libraryServer('t');
    try {
      expect((await verifyLiveCallbackSignature(query, { token: 't' })).success).toBe(false);
      const { code } = await runCli(['replay', file, '--url', `${target.url}/cb`, '--token', 't']);
      expect(code).toBe(0);
      const sent = new URLSearchParams(target.received[0]?.query);
      expect(Number(sent.get('RequestTime'))).toBeGreaterThan(hourAgo + 3000);
      expect(target.received[0]?.body.toString('utf8')).toBe(body);
    } finally {
      await target.close();
    }
  });
});

describe('listen --forward-to', () => {
  test("the user's server gets the request as received, and Tencent gets its answer", async () => {
    const decision = JSON.stringify({ ActionStatus: 'OK', ErrorCode: 102101, ErrorInfo: 'too generous' });
    const user = await startServer(() => ({ status: 200, body: decision }));
    const listen = await startCli(['listen', '--port', '0', ...APP, '--token', 'fw', '--forward-to', `${user.url}/mine?x=1`]);
    try {
      const sent = await runCli(['send', 'Live.CallbackBeforeSendGift', '--url', `${listen.url}/cb`, ...APP, '--token', 'fw']);
      expect(sent.stdout).toContain(`HTTP 200 ${decision}`);
      const [forwarded] = user.received;
      expect(forwarded?.path).toBe('/mine');
      expect((await verifyLiveCallbackSignature(forwarded?.query ?? '', { token: 'fw' })).success).toBe(true);
      expect(new URLSearchParams(forwarded?.query).get('x')).toBe('1');
      expect(JSON.parse(forwarded?.body.toString('utf8') ?? '')).toMatchObject({ CallbackCommand: 'Live.CallbackBeforeSendGift' });
      await listen.waitFor('your server: HTTP 200');
    } finally {
      await listen.stop();
      await user.close();
    }
  });

  test("with the user's server down: a clear line, 502 to Tencent, and it keeps running", async () => {
    const down = `http://127.0.0.1:${await closedPort()}/cb`;
    const listen = await startCli(['listen', '--port', '0', ...APP, '--forward-to', down]);
    const first = await runCli(['send', 'Live.CallbackBeforeSendGift', '--url', `${listen.url}/cb`, ...APP]);
    expect([first.code, first.stdout]).toEqual([1, expect.stringContaining('HTTP 502')]);
    const second = await runCli(['send', 'Live.CallbackAfterCreateRoom', '--url', `${listen.url}/cb`, ...APP]);
    expect(second.stdout).toContain('HTTP 502');
    const stopped = await listen.stop('SIGTERM');
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toContain(`your server at ${down} did not answer (ECONNREFUSED); answered Tencent 502`);
    expect(stopped.stdout).toContain('2 requests received');
  });
});

describe('listen', () => {
  test('Chat commands are checked with --chat-token, Live ones with --token', async () => {
    const listen = await startCli(['listen', '--port', '0', ...APP, '--token', 'L', '--chat-token', 'C', '--json']);
    const url = `${listen.url}/cb`;
    expect((await runCli(['send', 'Group.CallbackAfterSendMsg', '--url', url, ...APP, '--chat-token', 'C', '--token', 'x'])).code).toBe(0);
    expect((await runCli(['send', 'Group.CallbackAfterSendMsg', '--url', url, ...APP, '--token', 'L'])).code).toBe(1);
    expect((await runCli(['send', 'Live.CallbackAfterCreateRoom', '--url', url, ...APP, '--token', 'L'])).code).toBe(0);
    const records = jsonLines((await listen.stop()).stdout);
    expect(records[0]).toMatchObject({ listening: listen.url, sdkAppId: '1400000000', signed: true });
    expect(records.slice(1, 4).map((record) => [record.command, record.verdict, record.status])).toEqual([
      ['Group.CallbackAfterSendMsg', 'ok', 200],
      ['Group.CallbackAfterSendMsg', 'invalid_signature', 401],
      ['Live.CallbackAfterCreateRoom', 'ok', 200],
    ]);
    const message = fixtures['Group.CallbackAfterSendMsg'];
    expect(records[1]).toMatchObject({
      fields: { group: message.GroupId, by: message.From_Account },
      issues: [],
      reply: { ActionStatus: 'OK' },
    });
    expect(records[4]).toEqual({
      summary: {
        total: 3,
        byVerdict: { ok: 2, invalid_signature: 1 },
        byCommand: { 'Group.CallbackAfterSendMsg': 2, 'Live.CallbackAfterCreateRoom': 1 },
      },
    });
  });

  test('--json shows every issue of an invalid payload with its path', async () => {
    const listen = await startCli(['listen', '--port', '0', ...APP, '--json']);
    await runCli(['send', 'Live.CallbackAfterModifyAdmin', '--set', 'RoomId=1', '--set', 'opType=[]', '--url', `${listen.url}/cb`, ...APP]);
    const [, record] = jsonLines((await listen.stop()).stdout);
    expect(record).toMatchObject({ verdict: 'invalid_payload', status: 400 });
    const issues = (record?.issues ?? []) as { path: string }[];
    expect(issues.map((issue) => issue.path)).toEqual(['RoomId', 'opType']);
  });

  test('colour only when asked for on a pipe (FORCE_COLOR), never with NO_COLOR', async () => {
    for (const [env, coloured] of [
      [{ FORCE_COLOR: '1' }, true],
      [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false],
      [{}, false],
    ] as const) {
      const listen = await startCli(['listen', '--port', '0', ...APP], env);
      await runCli(['send', 'Live.CallbackAfterCreateRoom', '--url', `${listen.url}/cb`, ...APP]);
      const { stdout } = await listen.stop();
      expect(stdout.includes('\u001b[32mok\u001b[39m'), JSON.stringify(env)).toBe(coloured);
    }
  });

  test('without an SdkAppID it exits 2; on a port in use it exits 1', async () => {
    const missing = await runCli(['listen', '--port', '0']);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('no SdkAppID: pass --sdk-app-id')]);
    const busy = await startServer();
    try {
      const port = new URL(busy.url).port;
      const taken = await runCli(['listen', '--port', port, ...APP]);
      expect([taken.code, taken.stderr]).toEqual([1, expect.stringContaining('EADDRINUSE')]);
    } finally {
      await busy.close();
    }
  });
});
