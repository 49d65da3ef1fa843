import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema, openNumber, type OpenNumber } from '../shared.js';
import { groupSentMessageEntries, type GroupSentMessageFields } from './message.js';

/** One @-mention a group message carries. */
export interface GroupAtInfo {
  /** 1 when the message mentions everyone (@all), 0 when it mentions one user. */
  GroupAtAllFlag?: OpenNumber<0 | 1>;
  /** UserID mentioned; absent for @all. */
  GroupAt_Account?: string;
}

/**
 * A group message (a live room's message too) was delivered.
 * https://www.tencentcloud.com/document/product/1047/34375 (Live copy: https://www.tencentcloud.com/document/product/647/74348)
 */
export interface GroupCallbackAfterSendMsg extends GroupSentMessageFields {
  CallbackCommand: 'Group.CallbackAfterSendMsg';
  /** Sequence number, unique in the group; messages are ordered by it (larger is later). Identifies the message. */
  MsgSeq: number;
  /** When the server accepted the message, Unix seconds. */
  MsgTime?: number;
  /**
   * The @-mentions of the message. Only the zh pages show it (269/2661 of 2025-09, 454/125496); the en
   * and Live pages do not.
   */
  GroupAtInfo?: GroupAtInfo[];
  /** When the event fired, Unix milliseconds. The en and Live samples quote it, zh sends a number; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterSendMsg} body (`v.parse(schema, body)` returns the event). */
export const GroupCallbackAfterSendMsgSchema = callbackSchema('Group.CallbackAfterSendMsg', () => ({
  ...groupSentMessageEntries,
  MsgSeq: v.number(),
  MsgTime: v.exactOptional(v.number()),
  GroupAtInfo: v.exactOptional(
    v.array(
      v.looseObject({
        GroupAtAllFlag: v.exactOptional(openNumber([0, 1])),
        GroupAt_Account: v.exactOptional(AccountIdSchema),
      }),
    ),
  ),
  EventTime: MillisecondsSchema,
}));
