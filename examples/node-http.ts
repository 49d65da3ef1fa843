// A node:http server answering Tencent Live callbacks on /tencent/live/callback.
// Run from the repo root: npm run build && npx esbuild examples/node-http.ts | node --input-type=module
import { createServer } from 'node:http';
import { allow, createLiveCallbacks, reject } from 'tencent-live-webhooks';
import { createNodeHandler } from 'tencent-live-webhooks/node';

const live = createLiveCallbacks({
  sdkAppId: Number(process.env.LIVE_SDK_APP_ID ?? 1400000000),
  token: process.env.LIVE_CALLBACK_TOKEN, // the token set with v4/live_config/set_callback_token
});
live.on('Live.CallbackAfterCreateRoom', (event) => console.log('room', event.RoomInfo.RoomId, 'created by', event.Operator_Account));
live.on('Live.CallbackBeforeSendGift', (event) => (event.GiftWater.Coins * event.GiftWater.Count > 10_000 ? reject(102101, 'gift over the limit') : allow()));
live.onError((error) => console.warn(error.code, error.message));

const callback = createNodeHandler(live);
createServer((req, res) => {
  // The handler answers every request it gets (405 for anything but POST): give it its path only.
  if (req.url?.split('?')[0] === '/tencent/live/callback') return callback(req, res);
  res.writeHead(404).end();
}).listen(Number(process.env.PORT ?? 8080), () => console.log('listening on', process.env.PORT ?? 8080));
