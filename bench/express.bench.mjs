// `npm run bench:express`: requests per second of the Express adapter next to a bare Express 5 route
// that sends the same JSON reply. Runs against dist/ (build first). The servers run in a child
// process so autocannon's client does not share their event loop; both are measured the same way:
// 10 connections on 127.0.0.1, a 2 s warm-up, then 5 s counted, twice, taking turns; the better of
// the two runs counts (other load on the machine only ever slows a run down).
import autocannon from 'autocannon';
import express from 'express';
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLiveCallbacks } from '../dist/index.js';
import { createExpressMiddleware } from '../dist/express.js';

const SDK_APP_ID = 1400000001;
const TOKEN = 'bench-token';
const COMMAND = 'Live.CallbackAfterModifyAdmin';
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 2;
const SECONDS = 5;
const ROUNDS = 2;
const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };

/** In the child: both apps on 127.0.0.1, port 0; the ports go to the parent. */
async function serve() {
  const bare = express();
  bare.post('/callback', (_req, res) => {
    res.json(OK);
  });

  const live = createLiveCallbacks({ sdkAppId: SDK_APP_ID, token: TOKEN });
  live.on(COMMAND, () => {}); // a no-op handler: what is measured is the library, not the app
  const adapted = express();
  adapted.post('/callback', createExpressMiddleware(live));

  const listen = (app) =>
    new Promise((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => resolve(server.address().port));
    });
  process.send({ bare: await listen(bare), adapter: await listen(adapted) });
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

// Compact JSON, as Tencent sends it.
const body = JSON.stringify(JSON.parse(readFileSync(new URL(`../fixtures/${COMMAND}.json`, import.meta.url), 'utf8')));

/** One autocannon run; each request gets the Sign of the current second. */
function load(port, seconds) {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        setupRequest: (request) => ({ ...request, path: signedPath() }),
      },
    ],
  });
}

/** Checks the server answers OK and warms it up; refuses to go on with a server that does not. */
async function prepare(name, port) {
  const reply = await fetch(`http://127.0.0.1:${port}${signedPath()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
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
  const child = fork(new URL(import.meta.url), ['serve'], { stdio: 'inherit' });
  const ports = await new Promise((resolve) => child.once('message', resolve));
  const servers = [
    { name: 'bare Express 5 route, same JSON reply', port: ports.bare, runs: [] },
    { name: `createExpressMiddleware, signed ${COMMAND}, no-op handler`, port: ports.adapter, runs: [] },
  ];
  try {
    for (const server of servers) await prepare(server.name, server.port);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const server of servers) server.runs.push(await measure(server.name, server.port));
    }
    const [bare, adapter] = servers.map((server) => ({
      name: server.name,
      ...server.runs.reduce((best, run) => (run.rps > best.rps ? run : best)),
    }));
    console.log(
      `\nExpress 5 on 127.0.0.1, ${CONNECTIONS} connections, best of ${ROUNDS} x ${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up (node ${process.version})`,
    );
    for (const { name, rps, p99 } of [bare, adapter])
      console.log(`  ${name.padEnd(80)} ${Math.round(rps).toLocaleString('en-US').padStart(7)} req/s   p99 ${p99} ms`);
    console.log(`  adapter / bare: ${(adapter.rps / bare.rps).toFixed(2)}`);
  } finally {
    child.kill();
  }
}

if (process.argv[2] === 'serve') await serve();
else await main();
