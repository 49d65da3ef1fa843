import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLiveCallbacks, LIVE_CALLBACK_COMMANDS, LIVE_CALLBACK_TABLE, verifyLiveCallbackSignature } from '../../src/index.js';
import { fixtures } from '../../src/testing/index.js';
import { closedPort, jsonLines, runCli, startServer, type TestServer } from './run-cli.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'tlw-send-'));

/** A server answering with this library's own dispatcher: SdkAppid 1400000000 and a token, as the README's quick start. */
const live = createLiveCallbacks({ sdkAppId: 1400000000, token: 'readme-token' });
live.onError(() => undefined);
let server: TestServer;

beforeAll(async () => {
  server = await startServer(async (request) => {
    const reply = await live.handleLiveCallback(request.query, new Uint8Array(request.body));
    return { status: reply.status, body: JSON.stringify(reply.body) };
  });
});
afterAll(() => server.close());

const APP = ['--sdk-app-id', '1400000000'];

/** `send ...` to the test server, for app 1400000000, unsigned. */
function sendTo(...args: string[]) {
  return runCli(['send', ...args, '--url', `${server.url}/cb`, ...APP]);
}

/** `send ...` to the test server, signed with the server's token. */
function sendSigned(...args: string[]) {
  return sendTo(...args, '--token', 'readme-token');
}

function lastBody(): Record<string, unknown> {
  return JSON.parse(server.received.at(-1)?.body.toString('utf8') ?? 'null') as Record<string, unknown>;
}

/** The README's own `send` line for one command, as argv, pointed at the test server. */
function readmeLine(command: string): string[] {
  const line = README.split('\n').find((text) => text.startsWith(`npx tencent-live-webhooks send ${command} --url `));
  if (line === undefined) throw new Error(`the README has no send ${command} line`);
  return line
    .split(' ')
    .slice(2)
    .map((arg) => (arg.startsWith('http://localhost:8080') ? arg.replace('http://localhost:8080', server.url) : arg));
}

describe('tencent-live-webhooks send: which app', () => {
  test("the README's send line, with --sdk-app-id 1400000000 and the token from LIVE_CALLBACK_TOKEN, gets 200", async () => {
    const args = readmeLine('Live.CallbackBeforeSendGift');
    expect(args).toContain('--sdk-app-id');
    const { code, stdout } = await runCli(args, { env: { LIVE_CALLBACK_TOKEN: 'readme-token' } });
    expect(stdout).toMatch(/^Live\.CallbackBeforeSendGift -> HTTP 200 \{"ActionStatus":"OK"/);
    expect(code).toBe(0);
  });

  test('without --sdk-app-id or its variables nothing is sent: exit 2 and a message naming the flag and the variables', async () => {
    const before = server.received.length;
    const { code, stderr, stdout } = await runCli([
      'send',
      'Live.CallbackBeforeSendGift',
      '--url',
      `${server.url}/cb`,
      '--token',
      'readme-token',
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no SdkAppID: pass --sdk-app-id');
    expect(stderr).toContain('LIVE_SDK_APP_ID or TENCENT_SDK_APP_ID');
    expect(server.received.length).toBe(before);
  });

  test.each(['LIVE_SDK_APP_ID', 'TENCENT_SDK_APP_ID'])('%s stands in for --sdk-app-id', async (variable) => {
    const { code } = await runCli(['send', 'Live.CallbackAfterCreateRoom', '--url', `${server.url}/cb`], {
      env: { [variable]: '1400000000', LIVE_CALLBACK_TOKEN: 'readme-token' },
    });
    expect(code).toBe(0);
    expect(new URLSearchParams(server.received.at(-1)?.query).get('SdkAppid')).toBe('1400000000');
  });

  test('an SdkAppid that is not a number exits 2', async () => {
    const { code, stderr } = await runCli(['send', 'all', '--url', `${server.url}/cb`, '--sdk-app-id', '14000x']);
    expect([code, stderr]).toEqual([2, expect.stringContaining('must be a number like 1400000000')]);
  });

  test('another app is refused by the server (403) and send exits 1', async () => {
    const { code, stdout } = await runCli([
      'send',
      'Live.CallbackAfterCreateRoom',
      '--url',
      `${server.url}/cb`,
      '--sdk-app-id',
      '1400000001',
    ]);
    expect([code, stdout]).toEqual([1, expect.stringContaining('HTTP 403')]);
  });
});

describe('tencent-live-webhooks send: what is sent', () => {
  test('send all signs Live commands with --token and Chat commands with --chat-token', async () => {
    const start = server.received.length;
    const { code, stdout } = await runCli([
      'send',
      'all',
      '--url',
      `${server.url}/cb`,
      '--sdk-app-id',
      '1400000000',
      '--token',
      'live-t',
      '--chat-token',
      'chat-t',
    ]);
    expect(stdout.trim().split('\n')).toHaveLength(LIVE_CALLBACK_COMMANDS.length);
    expect(code).toBe(1); // the server's token is another one
    const sent = server.received.slice(start);
    expect(sent.map((request) => new URLSearchParams(request.query).get('CallbackCommand'))).toEqual([...LIVE_CALLBACK_COMMANDS]);
    for (const request of sent) {
      const command = new URLSearchParams(request.query).get('CallbackCommand') as keyof typeof LIVE_CALLBACK_TABLE;
      const token = LIVE_CALLBACK_TABLE[command].source === 'chat' ? 'chat-t' : 'live-t';
      expect((await verifyLiveCallbackSignature(request.query, { token })).success, command).toBe(true);
    }
  });

  test('with only --token, Chat commands are signed with it too', async () => {
    const { code } = await sendSigned('Group.CallbackAfterSendMsg');
    expect(code).toBe(0);
  });

  test('--json prints one JSON object per request', async () => {
    const { code, stdout } = await sendSigned('all', '--json');
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    expect(records.map((record) => record.command)).toEqual([...LIVE_CALLBACK_COMMANDS]);
    for (const record of records) expect(record).toMatchObject({ ok: true, status: 200, reply: { ActionStatus: 'OK' } });
  });

  test('--data sends the file byte for byte and takes the command from it', async () => {
    const text = `{ "CallbackCommand": "Live.CallbackAfterModifyAdmin",\n  "RoomId": "r-1", "Admin_Account": [144115212345678901], "opType": "add",\n  "Operator_Account": "héllo", "EventTime": 1795507601873 }\n`;
    const file = join(dir, 'admin.json');
    writeFileSync(file, text);
    const { code, stdout } = await sendSigned('--data', file);
    expect(stdout).toContain('Live.CallbackAfterModifyAdmin -> HTTP 200');
    expect(code).toBe(0);
    expect(server.received.at(-1)?.body.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(new URLSearchParams(server.received.at(-1)?.query).get('CallbackCommand')).toBe('Live.CallbackAfterModifyAdmin');
  });

  test('--data with a file that is not one JSON object, or that cannot be read, exits 2', async () => {
    const file = join(dir, 'list.json');
    writeFileSync(file, '[1, 2]');
    expect(await sendTo('--data', file)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('must hold one JSON object'),
    });
    expect(await sendTo('--data', join(dir, 'missing.json'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('ENOENT'),
    });
  });

  test('--set changes nested fields, array items and types (JSON when it parses, else a string)', async () => {
    const { code } = await sendSigned(
      'Live.CallbackAfterMemberStateChanged',
      '--set',
      'MemberList.0.Member_Account=bob',
      '--set',
      'RoomId="12345"',
      '--set',
      'EventTime=1',
      '--set',
      'Extra.Flags.1=true',
    );
    expect(code).toBe(0);
    const body = lastBody();
    const fixture = fixtures['Live.CallbackAfterMemberStateChanged'];
    expect(body).toEqual({
      ...fixture,
      MemberList: [{ ...fixture.MemberList[0], Member_Account: 'bob' }, ...fixture.MemberList.slice(1)],
      RoomId: '12345',
      EventTime: 1,
      Extra: { Flags: [null, true] },
    });
  });

  test('--set can make a payload the server refuses, and says so (400, exit 1)', async () => {
    const { code, stdout } = await sendSigned('Live.CallbackAfterCreateRoom', '--set', 'RoomInfo.RoomId=42');
    expect([code, stdout]).toEqual([1, expect.stringContaining('HTTP 400')]);
    expect((lastBody().RoomInfo as Record<string, unknown>).RoomId).toBe(42);
  });

  test.each([['RoomId'], ['=x'], ['RoomId..x=1'], ['RoomId.name=x'], ['MemberList.first=x']])(
    '--set %s exits 2 and sends nothing',
    async (assignment) => {
      const before = server.received.length;
      const { code, stderr } = await sendTo('Live.CallbackAfterMemberStateChanged', '--set', assignment);
      expect([code, stderr]).toEqual([2, expect.stringContaining('--set')]);
      expect(server.received.length).toBe(before);
    },
  );

  test('an alias names its command; an unknown command exits 2 with the closest one', async () => {
    const alias = await sendSigned('Live.CallbackMemberStateChanged');
    expect([alias.code, alias.stdout]).toEqual([0, expect.stringMatching(/^Live\.CallbackAfterMemberStateChanged -> HTTP 200/)]);
    const typo = await sendTo('Live.CallbackAfterCreatRoom');
    expect([typo.code, typo.stderr]).toEqual([2, expect.stringContaining('Did you mean Live.CallbackAfterCreateRoom?')]);
  });

  test('exits 1 when nothing listens; 2 without --url or with a URL that is not http', async () => {
    const down = await runCli([
      'send',
      'Live.CallbackAfterCreateRoom',
      '--url',
      `http://127.0.0.1:${await closedPort()}/cb`,
      '--sdk-app-id',
      '1400000000',
    ]);
    expect([down.code, down.stdout]).toEqual([1, expect.stringContaining('ECONNREFUSED')]);
    expect((await runCli(['send', 'all', '--sdk-app-id', '1400000000'])).stderr).toContain('missing --url');
    expect((await runCli(['send', 'all', '--url', 'localhost:8080', '--sdk-app-id', '1400000000'])).code).toBe(2);
  });
});

describe('tencent-live-webhooks demo', () => {
  test('serves every fixture through the Node adapter and shows three refusals', async () => {
    const { code, stdout } = await runCli(['demo']);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((line) => line.startsWith('  handled '))).toHaveLength(LIVE_CALLBACK_COMMANDS.length);
    expect(stdout).toMatch(/HTTP 401[\s\S]*HTTP 400[\s\S]*HTTP 403/);
    expect(stdout).toContain('"ErrorCode":102101');
  });
});
