// `node bench/query-cache.mjs`: why the dispatcher does not cache parsed queries by their raw string.
// Each request brings its query as a new string, so a cache lookup must hash all of it (about 200
// characters with a Sign) before it can hit; reading Tencent's layout with one regex costs less than
// that hash even when every lookup hits. Runs against dist/: build first.
import { fileURLToPath } from 'node:url';

const lib = await import(fileURLToPath(new URL('../dist/index.js', import.meta.url)));
const COMMANDS = [
  'Live.CallbackAfterCreateRoom',
  'Mic.CallbackAfterSeatInfoChanged',
  'C2C.CallbackAfterSendMsg',
  'Group.CallbackAfterNewMemberJoin',
];
const queries = COMMANDS.flatMap((command) =>
  Array.from(
    { length: 64 },
    (_, client) =>
      `/tencent/live/callback?SdkAppid=1400000001&CallbackCommand=${command}&contenttype=json&ClientIP=203.0.113.${client}&OptPlatform=RESTAPI&Sign=${'a'.repeat(64)}&RequestTime=1795507185`,
  ),
);
// Every query already cached: the best case for a cache.
const cache = new Map(queries.map((query) => [query, Object.freeze(lib.parseLiveCallbackQuery(query))]));
/** New flat string objects with the same text, as an HTTP server hands over for each request. */
const arriving = () => queries.map((query) => Buffer.from(query).toString('latin1'));

let sink;
function nsPerQuery(read, rounds) {
  let total = 0;
  for (let round = 0; round < rounds; round++) {
    const batch = arriving();
    const start = process.hrtime.bigint();
    for (const query of batch) sink = read(query);
    total += Number(process.hrtime.bigint() - start);
  }
  return total / rounds / queries.length;
}
const reads = {
  'parseLiveCallbackQuery (regex)': (q) => lib.parseLiveCallbackQuery(q),
  'cache hit (Map.get by raw string)': (q) => cache.get(q),
};
const samples = Object.fromEntries(Object.keys(reads).map((name) => [name, []]));
for (let run = 0; run < 15; run++) {
  for (const [name, read] of Object.entries(reads)) {
    const ns = nsPerQuery(read, 200);
    if (run >= 3) samples[name].push(ns); // the first runs warm up
  }
}
for (const [name, values] of Object.entries(samples)) {
  values.sort((a, b) => a - b);
  console.log(`${name.padEnd(36)} ${values[values.length >> 1].toFixed(0)} ns per query (median of ${values.length})`);
}
if (sink === undefined) throw new Error('nothing was read');
