// `npm run bench`: what parsing and dispatching a callback cost next to the JSON.parse they cannot
// avoid. Runs against dist/ (node 20 cannot run the TypeScript sources), so build first. Each case
// is measured against JSON.parse of the same body text and printed as ops/s and that ratio.
// Aims: parseLiveCallback ~2.5x, handleLiveCallback unsigned 3x and signed 4x JSON.parse.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, do_not_optimize, run } from 'mitata';
import { createLiveCallbacks, parseLiveCallback, parseLiveCallbackQuery, validateLiveCallback } from '../dist/index.js';

const COMMAND = 'Live.CallbackAfterCreateRoom';
const TOKEN = 'bench-token';
const REQUEST_TIME = 1795507185;

// Tencent sends compact JSON; the fixture is pretty-printed for reading. Compact: ~510 bytes.
const fixture = JSON.parse(readFileSync(new URL(`../fixtures/${COMMAND}.json`, import.meta.url), 'utf8'));
const ordinaryBody = JSON.stringify(fixture);
// The samples of 647/64423 and 647/64425 send 18-digit account IDs unquoted.
const longIdBody = JSON.stringify({ ...fixture, RoomInfo: { ...fixture.RoomInfo, Owner_Account: 0 } }).replace(
  '"Owner_Account":0',
  '"Owner_Account":144115216631667826',
);

// A query as Tencent sends it when a callback token is set (647/64412).
const sign = createHash('sha256').update(`${TOKEN}${REQUEST_TIME}`).digest('hex');
const query = `?SdkAppid=1400000001&CallbackCommand=${COMMAND}&contenttype=json&ClientIP=203.0.113.7&OptPlatform=RESTAPI&Sign=${sign}&RequestTime=${REQUEST_TIME}`;

/** Cases in registration order: { name, body, fn }; `body` names the JSON.parse baseline. */
const cases = [];
const baselines = new Map();

/** Measures `fn` (sync or async) against `JSON.parse(body)`. */
function caseAgainstJsonParse(name, body, fn) {
  if (!baselines.has(body)) baselines.set(body, `JSON.parse (${body.length} B${body === longIdBody ? ', 18-digit ID' : ''})`);
  cases.push({ name, body, fn });
}

caseAgainstJsonParse('parseLiveCallback, ordinary body', ordinaryBody, () => parseLiveCallback(query, ordinaryBody));
caseAgainstJsonParse('parseLiveCallback, 18-digit unquoted ID', longIdBody, () => parseLiveCallback(query, longIdBody));
// Where the time goes: the query alone; JSON.parse plus valibot, the floor of any validating parser
// (validated on fresh objects: reusing one parsed object flatters valibot by about 0.3x).
caseAgainstJsonParse('  of which parseLiveCallbackQuery', ordinaryBody, () => parseLiveCallbackQuery(query));
caseAgainstJsonParse('  JSON.parse + validateLiveCallback', ordinaryBody, () => validateLiveCallback(JSON.parse(ordinaryBody)));

// The whole dispatch: query, (signature), JSON, schema, a no-op handler and the reply. Aim: unsigned
// within 3x JSON.parse, signed within 4x. Tencent sends many callbacks in the same second, so the
// signed case hits the Sign cache as it would in production.
const unsignedQuery = query.slice(0, query.indexOf('&Sign='));
const unsignedLive = createLiveCallbacks({ sdkAppId: 1400000001 });
const signedLive = createLiveCallbacks({ sdkAppId: 1400000001, token: TOKEN, now: () => REQUEST_TIME * 1000 });
for (const live of [unsignedLive, signedLive]) live.on(COMMAND, () => {});
const replyOk = async (reply) => {
  if (reply.status !== 200 || reply.body.ActionStatus !== 'OK') throw new Error(`bench reply: ${JSON.stringify(reply)}`);
};
await replyOk(await unsignedLive.handleLiveCallback(unsignedQuery, ordinaryBody));
await replyOk(await signedLive.handleLiveCallback(query, ordinaryBody));
caseAgainstJsonParse('handleLiveCallback, unsigned', ordinaryBody, async () =>
  unsignedLive.handleLiveCallback(unsignedQuery, ordinaryBody),
);
caseAgainstJsonParse('handleLiveCallback, signed', ordinaryBody, async () => signedLive.handleLiveCallback(query, ordinaryBody));

// Sanity: a benchmark of a failing parse would measure the error path.
for (const { name, fn } of cases) {
  const result = await fn();
  if (result && result.success === false) throw new Error(`${name}: ${result.error.message}`);
}
if (parseLiveCallback(query, longIdBody).output?.event.RoomInfo.Owner_Account !== '144115216631667826')
  throw new Error('the 18-digit ID lost its digits');

/*
 * Each case runs in its own process, next to its own JSON.parse baseline: in one process the cases
 * disturb each other (JIT and GC state), and a case's figure moved by up to 2x between runs.
 */
const only = process.argv.indexOf('--case');
if (only !== -1) {
  const { name, body, fn } = cases[Number(process.argv[only + 1])];
  const baselineName = baselines.get(body);
  bench(baselineName, () => do_not_optimize(JSON.parse(body)));
  // Async cases are awaited on every iteration, so their whole promise chain is measured.
  bench(name, fn.constructor.name === 'AsyncFunction' ? async () => do_not_optimize(await fn()) : () => do_not_optimize(fn()));
  const { benchmarks } = await run({ format: 'quiet' });
  // The median, not the mean: on a shared machine a few slow samples move the mean a lot.
  const median = (benchName) => benchmarks.flatMap((b) => b.runs).find((r) => r.name === benchName).stats.p50;
  console.log(JSON.stringify({ baselineNs: median(baselineName), ns: median(name) }));
} else {
  const { execFileSync } = await import('node:child_process');
  const opsPerSecond = (ns) => Math.round(1e9 / ns).toLocaleString('en-US');
  console.log('ops/s from the median time; ratio = time / that of JSON.parse of the same body, measured in the same process');
  for (const [index, { name, body }] of cases.entries()) {
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--case', String(index)], { encoding: 'utf8' });
    const { baselineNs, ns } = JSON.parse(output.trim().split('\n').at(-1));
    console.log(
      `${name.padEnd(46)} ${opsPerSecond(ns).padStart(10)} ops/s  ${(ns / baselineNs).toFixed(2)}x   (${baselines.get(body)}: ${opsPerSecond(baselineNs)} ops/s)`,
    );
  }
}
