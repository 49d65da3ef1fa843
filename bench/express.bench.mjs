// `npm run bench:express`: requests per second of the Express adapter next to a bare Express 5 route
// that sends the same JSON reply, and, in the same run, the adapter with the Redis dedupe store and
// with the BullMQ queue (`defer`). Runs against dist/ (build first). The servers run in a child
// process so autocannon's client does not share their event loop; all are measured the same way:
// 10 connections on 127.0.0.1, a 2 s warm-up, then 5 s counted, twice, taking turns; the better of
// the two runs counts (other load on the machine only ever slows a run down). The Redis rows need
// `redis-server` on the PATH: the bench starts its own on a free port (persistence off) and stops it.
// Every request is another event (its EventTime counts up), so the store claims a new key each time.
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import express from 'express';
import { Redis } from 'ioredis';
import { fork, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createLiveCallbacks } from '../dist/index.js';
import { createExpressMiddleware } from '../dist/express.js';
import { redisDeliveryStore } from '../dist/redis.js';
import { bullmqDefer } from '../dist/bullmq.js';

const SDK_APP_ID = 1400000001;
const TOKEN = 'bench-token';
const COMMAND = 'Live.CallbackAfterModifyAdmin';
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 2;
const SECONDS = 5;
const ROUNDS = 2;
const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };

/** The adapter in front of a dispatcher made with `options`, with a no-op handler: what is measured is the library, not the app. */
function adapterApp(options = {}) {
  const live = createLiveCallbacks({ sdkAppId: SDK_APP_ID, token: TOKEN, ...options });
  live.on(COMMAND, () => {});
  live.onError((error) => {
    // A refusal or a duplicate would make the figures meaningless: stop the bench.
    console.error(error);
    process.exit(1);
  });
  const app = express();
  app.post('/callback', createExpressMiddleware(live));
  return app;
}

/** In the child: every app on 127.0.0.1, port 0; the ports go to the parent. `redisPort` is 0 without redis-server. */
async function serve(redisPort) {
  const bare = express();
  // The baseline any JSON route pays: express.json() reads and parses the body (issue 11's bar).
  bare.post('/callback', express.json(), (_req, res) => {
    res.json(OK);
  });
  const listen = (app) =>
    new Promise((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => resolve(server.address().port));
    });
  const ports = { bare: await listen(bare), adapter: await listen(adapterApp()) };
  if (redisPort > 0) {
    const connection = { host: '127.0.0.1', port: redisPort };
    ports.redisStore = await listen(adapterApp({ dedupe: redisDeliveryStore(new Redis(connection)) }));
    ports.bullmq = await listen(adapterApp({ defer: bullmqDefer(new Queue('bench-callbacks', { connection })) }));
  }
  process.send(ports);
}

/** A free port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts redis-server on a free port, or returns undefined (with a note) when it is not installed. */
async function startRedis() {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.log('redis-server not found: the Redis store and BullMQ rows are skipped (apt-get install -y redis-server)');
    return undefined;
  }
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', () => reject(new Error(`redis-server did not start: ${output}`)));
  });
  return { port, stop: () => child.kill() };
}

/**
 * A query as Tencent signs it. Every callback of one second carries the same Sign (647/64412), so
 * it is computed once a second, keeping the load generator cheap.
 */
let signed = { second: 0, path: '' };
function signedPath() {
  const requestTime = Math.floor(Date.now() / 1000);
  if (signed.second !== requestTime) {
    const sign = createHash('sha256').update(`${TOKEN}${requestTime}`).digest('hex');
    const path = `/callback?SdkAppid=${SDK_APP_ID}&CallbackCommand=${COMMAND}&contenttype=json&ClientIP=203.0.113.7&OptPlatform=RESTAPI&Sign=${sign}&RequestTime=${requestTime}`;
    signed = { second: requestTime, path };
  }
  return signed.path;
}

// Compact JSON, as Tencent sends it; EventTime (the fixture's last field) counts up, one event per request.
const fixture = JSON.parse(readFileSync(new URL(`../fixtures/${COMMAND}.json`, import.meta.url), 'utf8'));
const [bodyHead, bodyTail] = JSON.stringify({ ...fixture, EventTime: 0 }).split('"EventTime":0');
let eventTime = Date.now();
const nextBody = () => `${bodyHead}"EventTime":${eventTime++}${bodyTail}`;

/** One autocannon run; each request gets the Sign of the current second and a new event. */
function load(port, seconds) {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, path: signedPath(), body: nextBody() }),
      },
    ],
  });
}

/** Checks the server answers OK and warms it up; refuses to go on with a server that does not. */
async function prepare(name, port) {
  const reply = await fetch(`http://127.0.0.1:${port}${signedPath()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: nextBody(),
  });
  const text = await reply.text();
  if (reply.status !== 200 || text !== JSON.stringify(OK)) throw new Error(`${name} answered ${reply.status} ${text}`);
  await load(port, WARM_UP_SECONDS);
}

/** One counted run; every answer must have been a 200. */
async function measure(name, port) {
  const result = await load(port, SECONDS);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

async function main() {
  const redis = await startRedis();
  const child = fork(new URL(import.meta.url), ['serve', String(redis?.port ?? 0)], { stdio: 'inherit' });
  const ports = await new Promise((resolve) => child.once('message', resolve));
  const servers = [
    { name: 'bare Express 5 route with express.json(), same JSON reply', port: ports.bare },
    { name: `createExpressMiddleware, signed ${COMMAND}, no-op handler`, port: ports.adapter },
    { name: '  + dedupe: redisDeliveryStore (ioredis, local redis-server)', port: ports.redisStore },
    { name: '  + defer: bullmqDefer (reply once the job is in Redis; no worker)', port: ports.bullmq },
  ]
    .filter((server) => server.port !== undefined)
    .map((server) => ({ ...server, runs: [] }));
  try {
    for (const server of servers) await prepare(server.name, server.port);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const server of servers) server.runs.push(await measure(server.name, server.port));
    }
    const best = servers.map((server) => ({
      name: server.name,
      ...server.runs.reduce((better, run) => (run.rps > better.rps ? run : better)),
    }));
    console.log(
      `\nExpress 5 on 127.0.0.1, ${CONNECTIONS} connections, best of ${ROUNDS} x ${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up (node ${process.version})`,
    );
    for (const { name, rps, p99 } of best)
      console.log(`  ${name.padEnd(80)} ${Math.round(rps).toLocaleString('en-US').padStart(7)} req/s   p99 ${p99} ms`);
    const [bare, adapter, ...delivery] = best;
    console.log(`  adapter / bare: ${(adapter.rps / bare.rps).toFixed(2)}`);
    for (const row of delivery) console.log(`  ${row.name.trim()} / adapter: ${(row.rps / adapter.rps).toFixed(2)}`);
  } finally {
    child.kill();
    redis?.stop();
  }
}

if (process.argv[2] === 'serve') await serve(Number(process.argv[3]));
else await main();
