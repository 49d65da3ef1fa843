// A Hono app (on Node through @hono/node-server) answering Tencent Live callbacks on /tencent/live/callback.
// The same handler serves Bun.serve, Deno.serve, Cloudflare Workers and Next.js route handlers.
// Run from the repo root: npm run build && npx esbuild examples/hono.ts --bundle --platform=node --format=esm --packages=external | node --input-type=module
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createFetchHandler } from 'tencent-live-webhooks/fetch';
import { live } from './live.js';

const callback = createFetchHandler(live);
const app = new Hono();
app.all('/tencent/live/callback', (c) => callback(c.req.raw));
app.get('/health', (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) }, (info) => console.log('listening on', info.port));
