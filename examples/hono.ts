// A Hono app (on Node through @hono/node-server) answering Tencent Live callbacks on /tencent/live/callback.
// The same handler serves Bun.serve, Deno.serve, Cloudflare Workers and Next.js route handlers.
// Run from the repo root: npm run build && npx esbuild examples/hono.ts | node --input-type=module
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { allow, createLiveCallbacks, reject } from 'tencent-live-webhooks';
import { createFetchHandler } from 'tencent-live-webhooks/fetch';

const live = createLiveCallbacks({
  sdkAppId: Number(process.env.LIVE_SDK_APP_ID ?? 1400000000),
  token: process.env.LIVE_CALLBACK_TOKEN, // the token set with v4/live_config/set_callback_token
});
live.on('Live.CallbackAfterCreateRoom', (event) => console.log('room', event.RoomInfo.RoomId, 'created by', event.Operator_Account));
live.on('Live.CallbackBeforeSendGift', (event) => (event.GiftWater.Coins * event.GiftWater.Count > 10_000 ? reject(102101, 'gift over the limit') : allow()));
live.onError((error) => console.warn(error.code, error.message));

const callback = createFetchHandler(live);
const app = new Hono();
app.all('/tencent/live/callback', (c) => callback(c.req.raw));
app.get('/health', (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) }, (info) => console.log('listening on', info.port));
