// A Koa app answering Tencent Live callbacks on /tencent/live/callback.
// Run from the repo root: npm run build && npx esbuild examples/koa.ts --bundle --platform=node --format=esm --packages=external | node --input-type=module
import Koa from 'koa';
import { createKoaMiddleware } from 'tencent-live-webhooks/koa';
import { live } from './live.js';

const app = new Koa();
const callback = createKoaMiddleware(live);
// With @koa/router: router.all('/tencent/live/callback', callback).
app.use((ctx, next) => (ctx.path === '/tencent/live/callback' ? callback(ctx, next) : next()));
app.listen(Number(process.env.PORT ?? 8080), () => console.log('listening on', process.env.PORT ?? 8080));
