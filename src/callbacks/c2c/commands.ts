import { after, before, rows } from '../../catalogue/row.js';
import { C2CCallbackAfterC2CMsgExtensionSchema, type C2CCallbackAfterC2CMsgExtension } from './after-msg-extension.js';
import { C2CCallbackAfterMsgReportSchema, type C2CCallbackAfterMsgReport } from './after-msg-report.js';
import { C2CCallbackAfterMsgWithDrawSchema, type C2CCallbackAfterMsgWithDraw } from './after-msg-withdraw.js';
import { C2CCallbackAfterSendMsgSchema, type C2CCallbackAfterSendMsg } from './after-send-msg.js';
import { C2CCallbackBeforeSendMsgSchema, type C2CCallbackBeforeSendMsg } from './before-send-msg.js';

/** The one-to-one message family's rows of the command table (src/commands.ts merges every family). */
export const C2C_COMMANDS = /* @__PURE__ */ rows({
  'C2C.CallbackBeforeSendMsg': before<C2CCallbackBeforeSendMsg>()('chat', C2CCallbackBeforeSendMsgSchema, [
    'allow',
    'reject',
    'drop',
    'replace',
  ]),
  'C2C.CallbackAfterSendMsg': after<C2CCallbackAfterSendMsg>()('chat', C2CCallbackAfterSendMsgSchema),
  'C2C.CallbackAfterMsgReport': after<C2CCallbackAfterMsgReport>()('chat', C2CCallbackAfterMsgReportSchema),
  'C2C.CallbackAfterMsgWithDraw': after<C2CCallbackAfterMsgWithDraw>()('chat', C2CCallbackAfterMsgWithDrawSchema),
  'C2C.CallbackAfterC2CMsgExtension': after<C2CCallbackAfterC2CMsgExtension>()('chat', C2CCallbackAfterC2CMsgExtensionSchema),
});
