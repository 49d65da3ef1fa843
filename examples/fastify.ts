// A Fastify app answering Tencent Live callbacks on /tencent/live/callback.
// Run from the repo root: npm run build && npx esbuild examples/fastify.ts | node --input-type=module
import Fastify from 'fastify';
import { allow, createLiveCallbacks, reject } from 'tencent-live-webhooks';
import { createFastifyPlugin } from 'tencent-live-webhooks/fastify';

const live = createLiveCallbacks({
  sdkAppId: Number(process.env.LIVE_SDK_APP_ID ?? 1400000000),
  token: process.env.LIVE_CALLBACK_TOKEN, // the token set with v4/live_config/set_callback_token
});
live.on('Live.CallbackAfterCreateRoom', (event) => console.log('room', event.RoomInfo.RoomId, 'created by', event.Operator_Account));
live.on('Live.CallbackBeforeSendGift', (event) => (event.GiftWater.Coins * event.GiftWater.Count > 10_000 ? reject(102101, 'gift over the limit') : allow()));
live.onError((error) => console.warn(error.code, error.message));

const app = Fastify({ logger: true });
// Its own encapsulated scope: the raw-body parser it adds does not touch the app's other routes.
await app.register(createFastifyPlugin(live, { path: '/tencent/live/callback' }));
app.get('/health', async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
