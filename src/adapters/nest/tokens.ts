/*
 * Injection tokens and the metadata key. Strings, not symbols or classes: with both the ESM and the
 * CommonJS build of this package loaded in one app, a string still names the same provider.
 */

/** Injection token of the module's `LiveCallbacks` instance; `@InjectLiveCallbacks()` is the short form. */
export const LIVE_CALLBACKS = 'tencent-live-webhooks:LiveCallbacks';

/** The module's resolved options (dispatcher options plus `bodyLimit` and `bodyTimeoutMs`). */
export const LIVE_CALLBACKS_MODULE_OPTIONS = 'tencent-live-webhooks:ModuleOptions';

/** The provider that wires decorated methods into the dispatcher. */
export const LIVE_CALLBACKS_EXPLORER = 'tencent-live-webhooks:Explorer';

/** Reflect metadata key on a decorated method: the list of its registrations. */
export const LIVE_HANDLER_METADATA = 'tencent-live-webhooks:handlers';
