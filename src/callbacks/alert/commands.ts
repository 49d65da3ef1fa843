import { after, rows } from '../../catalogue/row.js';
import { AlertRequestOverLimitSchema, type AlertRequestOverLimit } from './request-over-limit.js';

/** The alert family's rows of the command table (src/commands.ts merges every family). */
export const ALERT_COMMANDS = /* @__PURE__ */ rows({
  'Alert.RequestOverLimit': after<AlertRequestOverLimit>()('chat', AlertRequestOverLimitSchema),
});
