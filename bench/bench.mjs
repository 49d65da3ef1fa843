// `npm run bench`: how much the parse layer costs next to the JSON.parse it cannot avoid.
// Runs against dist/ (node 20 cannot run the TypeScript sources), so build first.
// Each case is measured against JSON.parse of the same body text; the plain summary at the end
// prints ops/s and that ratio. Aim: parseLiveCallback of an ordinary body within ~2.5x JSON.parse.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bench, do_not_optimize, run, summary } from 'mitata';
import { createLiveCallbacks, parseLiveCallback, parseLiveCallbackQuery, validateLiveCallback } from '../dist/index.js';

const COMMAND = 'Live.CallbackAfterCreateRoom';
const TOKEN = 'bench-token';
const REQUEST_TIME = 1795507185;

// Tencent sends compact JSON; the fixture is pretty-printed for reading. Compact: ~510 bytes.
const fixture = JSON.parse(readFileSync(new URL(`../fixtures/${COMMAND}.json`, import.meta.url), 'utf8'));
const ordinaryBody = JSON.stringify(fixture);
// The samples of 647/64423 and 647/64425 send 18-digit account IDs unquoted.
const longIdBody = JSON.stringify({ ...fixture, RoomInfo: { ...fixture.RoomInfo, Owner_Account: 0 } }).replace('"Owner_Account":0', '"Owner_Account":144115216631667826');

// A query as Tencent sends it when a callback token is set (647/64412).
const sign = createHash('sha256').update(`${TOKEN}${REQUEST_TIME}`).digest('hex');
const query = `?SdkAppid=1400000001&CallbackCommand=${COMMAND}&contenttype=json&ClientIP=203.0.113.7&OptPlatform=RESTAPI&Sign=${sign}&RequestTime=${REQUEST_TIME}`;

/** Cases in registration order: { name, body, fn }; `body` names the JSON.parse baseline. */
const cases = [];
const baselines = new Map();

/**
 * Measures `fn` (sync or async) and, once per distinct body, `JSON.parse(body)` as its baseline.
 * Every case of one body is shown in one mitata summary, so mitata prints the ratios too.
 */
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
caseAgainstJsonParse('handleLiveCallback, unsigned', ordinaryBody, async () => unsignedLive.handleLiveCallback(unsignedQuery, ordinaryBody));
caseAgainstJsonParse('handleLiveCallback, signed', ordinaryBody, async () => signedLive.handleLiveCallback(query, ordinaryBody));

// Sanity: a benchmark of a failing parse would measure the error path.
for (const { name, fn } of cases) {
  const result = await fn();
  if (result && result.success === false) throw new Error(`${name}: ${result.error.message}`);
}
if (parseLiveCallback(query, longIdBody).output?.event.RoomInfo.Owner_Account !== '144115216631667826') throw new Error('the 18-digit ID lost its digits');

for (const [body, baselineName] of baselines) {
  summary(() => {
    bench(baselineName, () => do_not_optimize(JSON.parse(body))).baseline(true);
    for (const { name, fn } of cases.filter((c) => c.body === body)) {
      // Async cases are awaited on every iteration, so their whole promise chain is measured.
      bench(name, fn.constructor.name === 'AsyncFunction' ? async () => do_not_optimize(await fn()) : () => do_not_optimize(fn()));
    }
  });
}

const { benchmarks } = await run();

// The median, not the mean: on a shared machine a few slow samples move the mean a lot.
const medianNsByName = new Map(benchmarks.flatMap((b) => b.runs.map((r) => [r.name, r.stats?.p50])));
const opsPerSecond = (ns) => Math.round(1e9 / ns).toLocaleString('en-US');
console.log('\nSummary (ops/s from the median time; ratio = median time / that of JSON.parse of the same body)');
for (const [body, baselineName] of baselines) {
  const baselineNs = medianNsByName.get(baselineName);
  console.log(`${baselineName.padEnd(46)} ${opsPerSecond(baselineNs).padStart(12)} ops/s`);
  for (const { name } of cases.filter((c) => c.body === body)) {
    const ns = medianNsByName.get(name);
    console.log(`${name.padEnd(46)} ${opsPerSecond(ns).padStart(12)} ops/s  ${(ns / baselineNs).toFixed(2)}x`);
  }
}
