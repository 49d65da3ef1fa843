import { after, rows } from '../../catalogue/row.js';
import { AlertRequestOverLimitSchema, type AlertRequestOverLimit } from './request-over-limit.js';

/** The alert family's rows of the command table (src/commands.ts merges every family). */
export const ALERT_COMMANDS = /* @__PURE__ */ rows({
  'Alert.RequestOverLimit': after<AlertRequestOverLimit>()('chat', AlertRequestOverLimitSchema, {
    doc: '1047/60256',
    summary: 'A REST API passed 80 % of its frequency limit (on by default once a Chat callback URL is set).',
  }),
});
