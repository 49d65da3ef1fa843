// A node:http server answering Tencent Live callbacks on /tencent/live/callback.
// Run from the repo root: npm run build && npx esbuild examples/node-http.ts --bundle --platform=node --format=esm --packages=external | node --input-type=module
import { createServer } from 'node:http';
import { createNodeHandler } from 'tencent-live-webhooks/node';
import { live } from './live.js';

const callback = createNodeHandler(live);
createServer((req, res) => {
  // The handler answers every request it gets (405 for anything but POST): give it its path only.
  if (req.url?.split('?')[0] === '/tencent/live/callback') return callback(req, res);
  res.writeHead(404).end();
}).listen(Number(process.env.PORT ?? 8080), () => console.log('listening on', process.env.PORT ?? 8080));
