// tencent-live-webhooks/catalogue: the texts of the command table (doc page and summary per command),
// for tools that describe the commands. Kept out of the core entry so handling callbacks does not load them.
export { LIVE_CALLBACK_DOCS } from './docs.js';
export type { CommandDocs } from './family-docs.js';
