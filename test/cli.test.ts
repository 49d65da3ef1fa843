import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLiveCallbacks, LIVE_CALLBACK_COMMANDS } from '../src/index.js';
import { createNodeHandler } from '../src/adapters/node.js';
import { main } from '../src/cli/main.js';

const received: string[] = [];
const live = createLiveCallbacks({ sdkAppId: 1400000777, token: 'cli-token' });
live.onAny((event) => void received.push(String(event.CallbackCommand)));
live.onError(() => undefined);
const server = createServer(createNodeHandler(live));
let url = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/callback`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function run(...argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await main(argv, (line) => void lines.push(line));
  return { code, lines };
}

describe('tencent-live-webhooks send', () => {
  test('send all POSTs every signed fixture to a running server and prints each reply', async () => {
    received.length = 0;
    const { code, lines } = await run('send', 'all', '--url', url, '--sdk-app-id', '1400000777', '--token', 'cli-token');
    expect(code).toBe(0);
    expect(lines).toHaveLength(LIVE_CALLBACK_COMMANDS.length);
    for (const line of lines) expect(line).toMatch(/-> HTTP 200 \{"ActionStatus":"OK"/);
    expect(received.sort()).toEqual([...LIVE_CALLBACK_COMMANDS].sort());
  });

  test('a documented alias names its command', async () => {
    const { code, lines } = await run(
      'send',
      'Live.CallbackMemberStateChanged',
      '--url',
      url,
      '--sdk-app-id',
      '1400000777',
      '--token',
      'cli-token',
    );
    expect([code, lines[0]?.startsWith('Live.CallbackAfterMemberStateChanged -> HTTP 200')]).toEqual([0, true]);
  });

  test('exits 1 when the server refuses (wrong token)', async () => {
    const { code, lines } = await run(
      'send',
      'Live.CallbackAfterCreateRoom',
      '--url',
      url,
      '--sdk-app-id',
      '1400000777',
      '--token',
      'other',
    );
    expect(code).toBe(1);
    expect(lines[0]).toContain('HTTP 401');
  });

  test('exits 1 when nothing listens', async () => {
    const { code } = await run('send', 'Live.CallbackAfterCreateRoom', '--url', 'http://127.0.0.1:1/callback');
    expect(code).toBe(1);
  });

  test('exits 2 with a hint for an unknown command or missing --url', async () => {
    expect(await run('send', 'Live.CallbackAfterNothing', '--url', url)).toMatchObject({
      code: 2,
      lines: [expect.stringContaining('unknown command')],
    });
    expect((await run('send', 'all')).code).toBe(2);
    expect((await run()).code).toBe(2);
    expect((await run('--help')).code).toBe(0);
  });

  test('commands lists every command', async () => {
    expect(await run('commands')).toEqual({ code: 0, lines: [...LIVE_CALLBACK_COMMANDS] });
  });
});

describe('tencent-live-webhooks demo', () => {
  test('serves every fixture through the Node adapter and shows three refusals', async () => {
    const { code, lines } = await run('demo');
    expect(code).toBe(0);
    expect(lines.filter((line) => line.startsWith('  handled '))).toHaveLength(LIVE_CALLBACK_COMMANDS.length);
    expect(lines.join('\n')).toMatch(/HTTP 401[\s\S]*HTTP 400[\s\S]*HTTP 403/);
    expect(lines.join('\n')).toContain('"ErrorCode":102101');
  });
});
