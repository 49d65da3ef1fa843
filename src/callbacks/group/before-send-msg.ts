import * as v from 'valibot';
import { MillisecondsSchema, callbackSchema } from '../shared.js';
import { groupSentMessageEntries, type GroupSentMessageFields } from './message.js';

/**
 * A group message (a live room's message too) is about to be delivered; the reply allows, rejects,
 * silently drops or rewrites it. Default timeout 2 s, which zh 269/1619 says cannot be changed.
 * https://www.tencentcloud.com/document/product/1047/34374 (Live copy: https://www.tencentcloud.com/document/product/647/74347)
 */
export interface GroupCallbackBeforeSendMsg extends GroupSentMessageFields {
  CallbackCommand: 'Group.CallbackBeforeSendMsg';
  /**
   * When the event fired, Unix milliseconds. The en and Live samples quote it ("1670574414123"), the
   * zh page sends a number; it comes out as a number. Older English versions of the page lack it.
   */
  EventTime?: number;
}

/** Validates a {@link GroupCallbackBeforeSendMsg} body (`v.parse(schema, body)` returns the event). */
export const GroupCallbackBeforeSendMsgSchema = callbackSchema('Group.CallbackBeforeSendMsg', () => ({
  ...groupSentMessageEntries,
  EventTime: v.exactOptional(MillisecondsSchema),
}));
