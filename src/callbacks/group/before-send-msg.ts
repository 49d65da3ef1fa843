import { callbackSchema } from '../shared.js';
import { groupMessageEntries, type GroupMessageFields } from './message.js';

/**
 * A room message is about to be delivered; the reply allows, rejects, silently drops or rewrites it.
 * A Chat webhook reused by Live; default timeout 2 s. https://www.tencentcloud.com/document/product/647/74347
 */
export interface GroupCallbackBeforeSendMsg extends GroupMessageFields {
  CallbackCommand: 'Group.CallbackBeforeSendMsg';
}

/** Validates a {@link GroupCallbackBeforeSendMsg} body (`v.parse(schema, body)` returns the event). */
export const GroupCallbackBeforeSendMsgSchema = callbackSchema('Group.CallbackBeforeSendMsg', groupMessageEntries);
