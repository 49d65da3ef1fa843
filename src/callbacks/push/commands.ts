import { after, rows } from '../../catalogue/row.js';
import { PushAllMemberPushSchema, type PushAllMemberPush } from './all-member-push.js';
import { PushOfflinePushSchema, type PushOfflinePush } from './offline-push.js';

/**
 * The push family's rows of the command table (src/commands.ts merges every family). Each row is for
 * one event of a batch (see batch.ts), not for the POSTed envelope.
 */
export const PUSH_COMMANDS = /* @__PURE__ */ rows({
  'Push.OfflinePush': after<PushOfflinePush>()('chat', PushOfflinePushSchema, {
    doc: '1047/67552',
    summary: 'Offline-push results of C2C and group messages (sent, delivered, clicked), in batches of up to 100.',
  }),
  'Push.AllMemberPush': after<PushAllMemberPush>()('chat', PushAllMemberPushSchema, {
    doc: '1047/67551',
    summary: 'Results of an all-users, tag or UserID push task (sent, delivered, clicked), in batches of up to 100.',
  }),
});
