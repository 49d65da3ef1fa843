import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyLiveCallbackSignature } from '../../src/index.js';
import { fixtures } from '../../src/testing/index.js';
import { jsonLines, runCli, startServer, type Received, type TestServer } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tlw-replay-'));

/** A JSON Lines file in the format `listen --save` writes. */
function savedFile(name: string, commands: readonly (keyof typeof fixtures)[]): string {
  const lines = commands.map((command) =>
    JSON.stringify({
      receivedAt: '2026-01-01T00:00:00.000Z',
      method: 'POST',
      path: '/cb',
      query: `SdkAppid=1400000000&CallbackCommand=${command}&contenttype=json&ClientIP=203.0.113.7&OptPlatform=RESTAPI&Sign=${'a'.repeat(64)}&RequestTime=1767225600`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fixtures[command]),
    }),
  );
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

let server: TestServer;
const arrivals: number[] = [];
beforeAll(async () => {
  server = await startServer((request: Received) => {
    arrivals.push(Date.now());
    const refused = request.body.includes('"refuse-me"');
    return { status: refused ? 400 : 200, body: '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}' };
  });
});
afterAll(() => server.close());

function since(start: number): Received[] {
  return server.received.slice(start);
}

describe('tencent-live-webhooks replay', () => {
  test('--filter keeps one command (an alias works), --rate paces the requests', async () => {
    const file = savedFile('mixed.jsonl', [
      'Live.CallbackAfterMemberStateChanged',
      'Live.CallbackAfterCreateRoom',
      'Live.CallbackAfterMemberStateChanged',
      'Live.CallbackAfterMemberStateChanged',
    ]);
    const start = server.received.length;
    const { code, stdout } = await runCli([
      'replay',
      file,
      '--url',
      `${server.url}/cb`,
      '--filter',
      'Live.CallbackMemberStateChanged',
      '--rate',
      '5/s',
      '--token',
      't',
    ]);
    expect(code).toBe(0);
    const sent = since(start);
    expect(sent.map((request) => new URLSearchParams(request.query).get('CallbackCommand'))).toEqual(
      Array(3).fill('Live.CallbackAfterMemberStateChanged'),
    );
    const times = arrivals.slice(-3);
    // 3 requests at 5/s: 400 ms from the first start to the last (the first also pays for the connection)
    expect((times[2] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(300);
    expect(stdout).toContain('Replayed 3 requests');
    expect(stdout).toContain('(1 left out by --filter)');
  });

  test('Chat commands are re-signed with --chat-token, Live ones with --token', async () => {
    const file = savedFile('sources.jsonl', [
      'Group.CallbackAfterSendMsg',
      'Live.CallbackAfterCreateRoom',
      'Follow.CallbackAfterFollowAdd',
    ]);
    const start = server.received.length;
    expect((await runCli(['replay', file, '--url', `${server.url}/cb`, '--token', 'L', '--chat-token', 'C'])).code).toBe(0);
    const tokens = [];
    for (const request of since(start)) {
      tokens.push(
        (await verifyLiveCallbackSignature(request.query, { token: 'C' })).success
          ? 'C'
          : (await verifyLiveCallbackSignature(request.query, { token: 'L' })).success
            ? 'L'
            : '?',
      );
    }
    expect(tokens).toEqual(['C', 'L', 'C']);
  });

  test('--sdk-app-id replaces the saved SdkAppid; without a token the stale Sign is dropped, with a warning', async () => {
    const file = savedFile('unsigned.jsonl', ['Live.CallbackAfterCreateRoom']);
    const start = server.received.length;
    const { code, stderr } = await runCli(['replay', file, '--url', `${server.url}/cb?mine=1`, '--sdk-app-id', '1400000099']);
    expect(code).toBe(0);
    expect(stderr).toContain('no token given');
    const query = new URLSearchParams(since(start)[0]?.query);
    expect([query.get('mine'), query.get('SdkAppid'), query.has('Sign'), query.has('RequestTime')]).toEqual([
      '1',
      '1400000099',
      false,
      false,
    ]);
  });

  test('bare payload lines are sent with a query built for them (needs --sdk-app-id)', async () => {
    const file = join(dir, 'payloads.jsonl');
    const line = JSON.stringify(fixtures['Live.CallbackAfterDelMetadata']);
    writeFileSync(file, `${line}\n\n`);
    const start = server.received.length;
    expect((await runCli(['replay', file, '--url', `${server.url}/cb`, '--token', 't'])).stderr).toContain(
      'has no SdkAppid; pass --sdk-app-id',
    );
    expect(since(start)).toHaveLength(0);
    expect((await runCli(['replay', file, '--url', `${server.url}/cb`, '--token', 't', '--sdk-app-id', '1400000000'])).code).toBe(0);
    const [sent] = since(start);
    expect(sent?.body.toString('utf8')).toBe(line);
    expect(new URLSearchParams(sent?.query).get('CallbackCommand')).toBe('Live.CallbackAfterDelMetadata');
    expect((await verifyLiveCallbackSignature(sent?.query ?? '', { token: 't' })).success).toBe(true);
  });

  test('a long file gets a progress line instead of a line per success; failures are still shown, and exit 1', async () => {
    const commands = Array.from({ length: 25 }, () => 'Live.CallbackAfterDelMetadata' as const);
    const file = savedFile('long.jsonl', commands);
    const lines = Array.from({ length: 25 }, (_, i) =>
      i === 7
        ? JSON.stringify({ query: 'SdkAppid=1400000000', body: '{"CallbackCommand":"Live.CallbackAfterDelMetadata","x":"refuse-me"}' })
        : undefined,
    );
    const text = (await import('node:fs')).readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, text.map((line, i) => lines[i] ?? line).join('\n'));
    const { code, stdout, stderr } = await runCli(['replay', file, '--url', `${server.url}/cb`, '--token', 't']);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^\[8\/25\] Live\.CallbackAfterDelMetadata -> HTTP 400/),
      expect.stringContaining('24 answered 200, 1 failed'),
    ]);
    expect(stderr).toContain('[25/25] sent, 1 failed');
  });

  test('--json: one object per request and a summary', async () => {
    const file = savedFile('json.jsonl', ['Live.CallbackAfterCreateRoom', 'Live.CallbackBeforeSendGift']);
    const { code, stdout } = await runCli(['replay', file, '--url', `${server.url}/cb`, '--token', 't', '--json']);
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual([
      {
        where: `${file}:1`,
        command: 'Live.CallbackAfterCreateRoom',
        ok: true,
        status: 200,
        reply: { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' },
      },
      {
        where: `${file}:2`,
        command: 'Live.CallbackBeforeSendGift',
        ok: true,
        status: 200,
        reply: { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' },
      },
      { summary: { sent: 2, ok: 2, failed: 0, skipped: 0 } },
    ]);
  });

  test('a line that is not JSON, a bad --rate or a missing --url exit 2 before anything is sent', async () => {
    const file = join(dir, 'broken.jsonl');
    writeFileSync(file, `${JSON.stringify(fixtures['Live.CallbackAfterCreateRoom'])}\n{oops\n`);
    const start = server.received.length;
    expect(await runCli(['replay', file, '--url', `${server.url}/cb`, '--sdk-app-id', '1400000000'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('broken.jsonl:2 is not JSON'),
    });
    expect((await runCli(['replay', file, '--url', `${server.url}/cb`, '--rate', 'fast'])).code).toBe(2);
    expect((await runCli(['replay', file])).stderr).toContain('missing --url');
    expect((await runCli(['replay', '--url', `${server.url}/cb`])).stderr).toContain('missing the file to replay');
    expect(since(start)).toHaveLength(0);
  });
});
