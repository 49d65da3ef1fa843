import * as v from 'valibot';
import { MillisecondsSchema, callbackSchema, openNumber, type OpenNumber } from '../shared.js';

/** One key-value pair of a message's extensions. */
export interface GroupMsgExtension {
  /** Extension key. */
  Key: string;
  /** New value; "" when the key was deleted. */
  Value?: string;
  /** Version number of this key-value pair. */
  Seq?: number;
}

/**
 * Message extensions of a group message were set, deleted or cleared. The page's field table was not
 * seen: the fields come from its three samples and the REST page (zh 269/82032).
 * https://www.tencentcloud.com/document/product/1047/76007 (zh https://cloud.tencent.com/document/product/269/126476)
 */
export interface GroupCallbackAfterGroupMsgExtension {
  CallbackCommand: 'Group.CallbackAfterGroupMsgExtension';
  /** The group of the message. */
  GroupId: string;
  /** Sequence number of the message whose extensions changed. */
  MsgSeq: number;
  /** 1 set, 2 delete, 3 clear all. */
  OperateType: OpenNumber<1 | 2 | 3>;
  /** The key-value pairs affected; empty for a clear. */
  ExtensionList?: GroupMsgExtension[];
  /** Latest version number of the message's extensions as a whole. */
  Seq?: number;
  /** When the event fired, Unix milliseconds (a number in all three samples). */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterGroupMsgExtension} body: `v.parse(GroupCallbackAfterGroupMsgExtensionSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterGroupMsgExtensionSchema = callbackSchema('Group.CallbackAfterGroupMsgExtension', () => ({
  GroupId: v.string(),
  MsgSeq: v.number(),
  OperateType: openNumber([1, 2, 3]),
  ExtensionList: v.exactOptional(
    v.array(v.looseObject({ Key: v.string(), Value: v.exactOptional(v.string()), Seq: v.exactOptional(v.number()) })),
  ),
  Seq: v.exactOptional(v.number()),
  EventTime: MillisecondsSchema,
}));
