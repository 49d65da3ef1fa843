// An Express app answering Tencent Live callbacks on /tencent/live/callback.
// Run from the repo root: npm run build && npx esbuild examples/express.ts --bundle --platform=node --format=esm --packages=external | node --input-type=module
import express from 'express';
import { createExpressMiddleware } from 'tencent-live-webhooks/express';
import { live } from './live.js';

const app = express();
// Before express.json(): the adapter reads the raw body itself, so 18-digit account IDs stay exact.
app.all('/tencent/live/callback', createExpressMiddleware(live));
app.use(express.json());
app.get('/health', (_req, res) => {
  res.json({ ok: true });
});
app.listen(Number(process.env.PORT ?? 8080), () => console.log('listening on', process.env.PORT ?? 8080));
