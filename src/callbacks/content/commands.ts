import { after, rows } from '../../catalogue/row.js';
import { ContentCallbackResultNotifySchema, type ContentCallbackResultNotify } from './result-notify.js';

/** The content-moderation family's rows of the command table (src/commands.ts merges every family). */
export const CONTENT_COMMANDS = /* @__PURE__ */ rows({
  'ContentCallback.ResultNotify': after<ContentCallbackResultNotify>()('chat', ContentCallbackResultNotifySchema),
});
