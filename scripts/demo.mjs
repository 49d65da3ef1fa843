// `npm run demo`: a live round trip on this machine. It starts a node:http server with the
// library's Node adapter (from dist/), registers logging handlers, and POSTs every bundled fixture
// to it as Tencent would (signed query string, JSON body), printing one line per callback.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createLiveCallbacks, LIVE_CALLBACK_COMMANDS, reject } from '../dist/index.js';
import { createNodeHandler } from '../dist/node.js';

const SDK_APP_ID = 1400000001;
const TOKEN = 'demo-token';

const live = createLiveCallbacks({ sdkAppId: SDK_APP_ID, token: TOKEN });
live.onAny((event) => describe(event));
// A Before callback decides: refuse gifts worth more than 1000 coins.
live.on('Live.CallbackBeforeSendGift', (event) => (event.GiftWater.Coins * event.GiftWater.Count > 1000 ? reject(102101, 'gift too large') : undefined));
live.onError((error) => console.log(`  onError: ${error.code}: ${error.message}`));

const server = createServer(createNodeHandler(live));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
console.log(`tencent-live-webhooks demo: server on http://127.0.0.1:${port}/, ${LIVE_CALLBACK_COMMANDS.length} commands\n`);

const fixtures = readdirSync(new URL('../fixtures/', import.meta.url)).filter((name) => name.endsWith('.json')).sort();
for (const name of fixtures) await send(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
console.log('\nand three requests Tencent would never send:');
await send('{"CallbackCommand": "Live.CallbackAfterModifyAdmin", "RoomId": 42}');
await send('{not json');
await send('{"CallbackCommand":"Live.CallbackAfterCreateRoom"}', { token: 'wrong-token' });
server.close();

async function send(body, { token = TOKEN } = {}) {
  const command = /"CallbackCommand"\s*:\s*"([^"]+)"/.exec(body)?.[1] ?? '';
  const requestTime = Math.floor(Date.now() / 1000);
  const sign = createHash('sha256').update(`${token}${requestTime}`).digest('hex');
  const query = new URLSearchParams({ SdkAppid: String(SDK_APP_ID), CallbackCommand: command, contenttype: 'json', ClientIP: '203.0.113.7', OptPlatform: 'iOS', Sign: sign, RequestTime: String(requestTime) });
  const response = await fetch(`http://127.0.0.1:${port}/?${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  console.log(`  <- HTTP ${response.status} ${await response.text()}`);
}

function describe(event) {
  const who = event.Operator_Account ?? event.From_Account ?? event.GiftWater?.From_Account ?? '';
  const room = event.RoomId ?? event.RoomInfo?.RoomId ?? event.GroupId ?? event.EventInfo?.RoomId ?? '';
  console.log(`-> ${event.CallbackCommand}${room ? ` room=${room}` : ''}${who ? ` by=${who}` : ''}`);
}
