// A Fastify app answering Tencent Live callbacks on /tencent/live/callback.
// Run from the repo root: npm run build && npx esbuild examples/fastify.ts --bundle --platform=node --format=esm --packages=external | node --input-type=module
import Fastify from 'fastify';
import { createFastifyPlugin } from 'tencent-live-webhooks/fastify';
import { live } from './live.js';

const app = Fastify({ logger: true });
// Its own encapsulated scope: the raw-body parser it adds does not touch the app's other routes.
await app.register(createFastifyPlugin(live, { path: '/tencent/live/callback' }));
app.get('/health', async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
