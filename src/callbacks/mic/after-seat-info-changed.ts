import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';

/** One mic seat as it is now. */
export interface MicSeat {
  /** Seat number. */
  Index: number;
  /** UserID on the seat; absent while the seat is empty. */
  Member_Account?: string;
  /** True when the seat is locked: nobody may take it. A flag, so optional. */
  IsTakenDisabled?: boolean;
  /** True when video from this seat is forbidden. A flag, so optional. */
  IsVideoDisabled?: boolean;
  /** True when audio from this seat is forbidden. A flag, so optional. */
  IsAudioDisabled?: boolean;
}

/**
 * The mic seats of a room changed: someone took or left a seat, a seat was locked, audio or video
 * was switched off. https://www.tencentcloud.com/document/product/647/64425
 */
export interface MicCallbackAfterSeatInfoChanged {
  CallbackCommand: 'Mic.CallbackAfterSeatInfoChanged';
  /** Room ID. */
  RoomId: string;
  /** Every seat's current state. */
  SeatList: MicSeat[];
  /** When the event fired, Unix milliseconds. In the sample but not the field table, so optional. */
  EventTime?: number;
  /** UserID that made the change. Sent by the TUIRoomKit variant of this command (trtc.io 60736), not by Live. */
  Operator_Account?: string;
}

/** Validates a {@link MicCallbackAfterSeatInfoChanged} body (`v.parse(schema, body)` returns the event). */
export const MicCallbackAfterSeatInfoChangedSchema = callbackSchema('Mic.CallbackAfterSeatInfoChanged', () => ({
  RoomId: v.string(),
  SeatList: v.array(
    v.looseObject({
      Index: v.number(),
      Member_Account: v.exactOptional(AccountIdSchema),
      IsTakenDisabled: v.exactOptional(v.boolean()),
      IsVideoDisabled: v.exactOptional(v.boolean()),
      IsAudioDisabled: v.exactOptional(v.boolean()),
    }),
  ),
  EventTime: v.exactOptional(MillisecondsSchema),
  Operator_Account: v.exactOptional(AccountIdSchema),
}));
