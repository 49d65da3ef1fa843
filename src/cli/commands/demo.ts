import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeHandler } from '../../adapters/node.js';
import { LIVE_CALLBACK_COMMANDS } from '../../commands.js';
import { createLiveCallbacks } from '../../dispatch/create-live-callbacks.js';
import { reject } from '../../dispatch/decisions.js';
import { createLiveCallbackFixture } from '../../testing/request.js';
import { defineCommand } from '../command.js';
import { commandOf, formatFields, keyFields, plainMessage } from '../event.js';
import type { Output } from '../output.js';
import { sendPayloads, type Target } from './send.js';

/* The README's "see it work": a real server with this library's Node adapter, and every fixture sent to it. */

const SDK_APP_ID = '1400000000';
const TOKEN = 'demo-token';

function listenOnLoopback(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/tencent/live/callback`));
  });
}

function demoServer(output: Output): Server {
  const live = createLiveCallbacks({ sdkAppId: SDK_APP_ID, token: TOKEN });
  live.onAny((event) => output.human(`  handled ${commandOf(event)} ${formatFields(keyFields(event))}`.trimEnd()));
  // A Before callback decides: gifts worth more than 1000 coins are refused.
  live.on('Live.CallbackBeforeSendGift', (event) =>
    event.GiftWater.Coins * event.GiftWater.Count > 1000 ? reject(102101, 'gift too large') : undefined,
  );
  live.onError((error) => output.human(`  onError ${error.code}: ${plainMessage(error)}`));
  return createServer(createNodeHandler(live));
}

/** Three requests Tencent would never send: a wrong token, a body that is not JSON, another app. */
async function sendBadRequests(url: string, output: Output): Promise<void> {
  output.human('\nand three requests Tencent would never send (answered 401, 400 and 403):');
  const room = { command: 'Live.CallbackAfterCreateRoom', body: JSON.stringify(createLiveCallbackFixture('Live.CallbackAfterCreateRoom')) };
  await sendPayloads([room], { url, sdkAppId: SDK_APP_ID, tokens: { live: 'wrong-token' } }, output);
  await sendPayloads([{ ...room, body: '{not json' }], { url, sdkAppId: SDK_APP_ID, tokens: { live: TOKEN } }, output);
  await sendPayloads([room], { url, sdkAppId: '1400999999', tokens: { live: TOKEN } }, output);
}

export const demo = defineCommand({
  name: 'demo',
  synopsis: '',
  summary: 'start a local server with logging handlers and send it every fixture',
  description: [
    "Starts a server on 127.0.0.1 built from this library's dispatcher and Node adapter, sends it the",
    'fixture of every command (signed), then three bad requests, and prints what the handlers saw.',
  ].join('\n'),
  options: {},
  positionals: { min: 0, max: 0 },
  examples: ['demo'],
  async run(_args, output) {
    const server = demoServer(output);
    const url = await listenOnLoopback(server);
    output.human(`${'tencent-live-webhooks'} demo: server on ${url}, ${LIVE_CALLBACK_COMMANDS.length} commands\n`);
    try {
      const target: Target = { url, sdkAppId: SDK_APP_ID, tokens: { live: TOKEN } };
      const payloads = LIVE_CALLBACK_COMMANDS.map((command) => ({ command, body: JSON.stringify(createLiveCallbackFixture(command)) }));
      const ok = await sendPayloads(payloads, target, output);
      await sendBadRequests(url, output);
      return ok ? 0 : 1;
    } finally {
      server.close();
    }
  },
});
