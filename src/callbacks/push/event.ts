import * as v from 'valibot';
import { AccountIdSchema, LooseIntegerSchema, openNumber, type OpenNumber } from '../shared.js';

/*
 * What the two push-result events share (1047/67552, 1047/67551). Each is one element of a batch's
 * `Events` array (see batch.ts). Two things differ from every other callback: times are Unix
 * SECONDS, and the result fields are `ErrCode`/`ErrInfo`, not `ErrorCode`/`ErrorInfo`.
 */

/** The push vendor: 0 unknown, 1 Apple APNs, 2 Xiaomi, 3 Huawei, 4 Google FCM, 5 Meizu, 6 OPPO, 7 vivo, 8 Honor. */
export type PushPlatform = OpenNumber<0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8>;

/** The stage a push event reports: 1 sent, 2 delivered (reached the device), 3 clicked. */
export type PushStage = OpenNumber<1 | 2 | 3>;

/** Fields both push events carry. */
export interface PushEventFields {
  /** When the event happened, Unix SECONDS (every other callback's EventTime is milliseconds). A digit string is read as a number. */
  EventTime: number;
  /** UserID of the recipient of the push. */
  To_Account: string;
  /** The push vendor (0 unknown, 1 APNs, 2 Xiaomi, 3 Huawei, 4 FCM, 5 Meizu, 6 OPPO, 7 vivo, 8 Honor). */
  PushPlatform?: PushPlatform;
  /** The stage this event reports: 1 sent, 2 delivered, 3 clicked. */
  PushStage: PushStage;
  /** 0 when the stage succeeded, else a failure code. Named `ErrCode` here, not `ErrorCode`. */
  ErrCode?: number;
  /** What the result means; may be empty. Named `ErrInfo` here, not `ErrorInfo`. */
  ErrInfo?: string;
}

export const pushEventEntries = {
  EventTime: LooseIntegerSchema,
  To_Account: AccountIdSchema,
  PushPlatform: v.exactOptional(openNumber([0, 1, 2, 3, 4, 5, 6, 7, 8])),
  PushStage: openNumber([1, 2, 3]),
  ErrCode: v.exactOptional(v.number()),
  ErrInfo: v.exactOptional(v.string()),
};
