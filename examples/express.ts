// An Express app answering Tencent Live callbacks on /tencent/live/callback.
// Run from the repo root: npm run build && npx esbuild examples/express.ts | node --input-type=module
import express from 'express';
import { allow, createLiveCallbacks, reject } from 'tencent-live-webhooks';
import { createExpressMiddleware } from 'tencent-live-webhooks/express';

const live = createLiveCallbacks({
  sdkAppId: Number(process.env.LIVE_SDK_APP_ID ?? 1400000000),
  token: process.env.LIVE_CALLBACK_TOKEN, // the token set with v4/live_config/set_callback_token
});
live.on('Live.CallbackAfterCreateRoom', (event) => console.log('room', event.RoomInfo.RoomId, 'created by', event.Operator_Account));
live.on('Live.CallbackBeforeSendGift', (event) => (event.GiftWater.Coins * event.GiftWater.Count > 10_000 ? reject(102101, 'gift over the limit') : allow()));
live.onError((error) => console.warn(error.code, error.message));

const app = express();
// Before express.json(): the adapter reads the raw body itself, so 18-digit account IDs stay exact.
app.all('/tencent/live/callback', createExpressMiddleware(live));
app.use(express.json());
app.get('/health', (_req, res) => {
  res.json({ ok: true });
});
app.listen(Number(process.env.PORT ?? 8080), () => console.log('listening on', process.env.PORT ?? 8080));
