// The public API of tencent-live-webhooks: re-exports only.
export * from './errors.js';
export * from './callbacks/index.js';
export {
  LIVE_CALLBACK_TABLE,
  LIVE_CALLBACK_COMMANDS,
  LiveCallbackSchema,
  resolveLiveCallbackCommand,
  type CommandSpec,
  type LiveCallback,
  type LiveCallbackCommand,
  type LiveCallbackOf,
  type LiveBeforeCommand,
  type LiveAfterCommand,
  type LiveDecisionKind,
  type LiveDecisionKindOf,
  type LiveCallbackAliasMap,
} from './commands.js';
export * from './dispatch/index.js';
export { parseLiveCallbackQuery, type QueryInput, type OptPlatform, type LiveCallbackQuery } from './parse/query.js';
export { parseLiveCallbackBody, validateLiveCallback } from './parse/body.js';
export { parseLiveCallback } from './parse/parse.js';
export { verifyLiveCallbackSignature } from './parse/signature.js';
export type { BodyInput } from './parse/json.js';
