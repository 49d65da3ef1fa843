import { after, before, rows } from '../../catalogue/row.js';
import { GroupCallbackBeforeSendMsgSchema, type GroupCallbackBeforeSendMsg } from './before-send-msg.js';
import { GroupCallbackAfterSendMsgSchema, type GroupCallbackAfterSendMsg } from './after-send-msg.js';

/** The group family's rows of the command table (src/commands.ts merges every family). */
export const GROUP_COMMANDS = /* @__PURE__ */ rows({
  'Group.CallbackBeforeSendMsg': before<GroupCallbackBeforeSendMsg>()(
    'chat',
    GroupCallbackBeforeSendMsgSchema,
    ['allow', 'reject', 'drop', 'replace'],
    {
      doc: '647/74347',
      summary: 'A room message is about to be sent; the reply allows, rejects, drops or rewrites it.',
    },
  ),
  'Group.CallbackAfterSendMsg': after<GroupCallbackAfterSendMsg>()('chat', GroupCallbackAfterSendMsgSchema, {
    doc: '647/74348',
    summary: 'A room message was sent.',
  }),
});
