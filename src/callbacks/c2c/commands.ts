import { after, before, rows } from '../../catalogue/row.js';
import { C2CCallbackAfterC2CMsgExtensionSchema, type C2CCallbackAfterC2CMsgExtension } from './after-msg-extension.js';
import { C2CCallbackAfterMsgReportSchema, type C2CCallbackAfterMsgReport } from './after-msg-report.js';
import { C2CCallbackAfterMsgWithDrawSchema, type C2CCallbackAfterMsgWithDraw } from './after-msg-withdraw.js';
import { C2CCallbackAfterSendMsgSchema, type C2CCallbackAfterSendMsg } from './after-send-msg.js';
import { C2CCallbackBeforeSendMsgSchema, type C2CCallbackBeforeSendMsg } from './before-send-msg.js';

/** The one-to-one message family's rows of the command table (src/commands.ts merges every family). */
export const C2C_COMMANDS = /* @__PURE__ */ rows({
  'C2C.CallbackBeforeSendMsg': before<C2CCallbackBeforeSendMsg>()(
    'chat',
    C2CCallbackBeforeSendMsgSchema,
    ['allow', 'reject', 'drop', 'replace'],
    {
      doc: '1047/34364',
      summary: 'A one-to-one message is about to be delivered; the reply allows, rejects, drops or rewrites it.',
    },
  ),
  'C2C.CallbackAfterSendMsg': after<C2CCallbackAfterSendMsg>()('chat', C2CCallbackAfterSendMsgSchema, {
    doc: '1047/34365',
    summary: 'A one-to-one message was delivered, or failed to be.',
  }),
  'C2C.CallbackAfterMsgReport': after<C2CCallbackAfterMsgReport>()('chat', C2CCallbackAfterMsgReportSchema, {
    doc: '1047/43465',
    summary: 'One-to-one messages were marked read.',
  }),
  'C2C.CallbackAfterMsgWithDraw': after<C2CCallbackAfterMsgWithDraw>()('chat', C2CCallbackAfterMsgWithDrawSchema, {
    doc: '1047/43466',
    summary: 'A one-to-one message was recalled.',
  }),
  'C2C.CallbackAfterC2CMsgExtension': after<C2CCallbackAfterC2CMsgExtension>()('chat', C2CCallbackAfterC2CMsgExtensionSchema, {
    doc: '1047/76006',
    summary: "A one-to-one message's extension key-value pairs were set, deleted or cleared.",
  }),
});
