import * as v from 'valibot';
import { MillisecondsSchema, callbackSchema, openNumber, type OpenNumber } from '../shared.js';
import { c2cMessageIdEntries, type C2CMessageId } from './message.js';

/** One key-value pair of a message extension that changed. */
export interface C2CMsgExtension {
  /** The extension key. */
  Key: string;
  /** Its new value; empty for a deleted key. */
  Value?: string;
  /** Version of this key-value pair. */
  Seq?: number;
}

/**
 * A one-to-one message's extension (key-value pairs) was set, deleted or cleared, from a client or by
 * an admin through the REST API. Who changed it is not given. https://www.tencentcloud.com/document/product/1047/76006
 */
export interface C2CCallbackAfterC2CMsgExtension extends C2CMessageId {
  CallbackCommand: 'C2C.CallbackAfterC2CMsgExtension';
  /** 1 set key-value pairs, 2 deleted some, 3 cleared them all. */
  OperateType: OpenNumber<1 | 2 | 3>;
  /** The pairs affected; empty (or absent) when all were cleared. */
  ExtensionList?: C2CMsgExtension[];
  /** Latest version of the message's whole extension set. */
  Seq?: number;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link C2CCallbackAfterC2CMsgExtension} body: `v.parse(C2CCallbackAfterC2CMsgExtensionSchema, body)` returns the event (unknown fields kept). */
export const C2CCallbackAfterC2CMsgExtensionSchema = callbackSchema('C2C.CallbackAfterC2CMsgExtension', () => ({
  ...c2cMessageIdEntries,
  OperateType: openNumber([1, 2, 3]),
  ExtensionList: v.exactOptional(
    v.array(v.looseObject({ Key: v.string(), Value: v.exactOptional(v.string()), Seq: v.exactOptional(v.number()) })),
  ),
  Seq: v.exactOptional(v.number()),
  EventTime: MillisecondsSchema,
}));
