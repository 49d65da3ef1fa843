import * as v from 'valibot';
import { callbackSchema } from '../shared.js';
import { officialAccountEntries, type OfficialAccountEventFields } from './account.js';

/** One recalled message. */
export interface OfficialAccountWithdrawnMsg {
  /** `MsgKey` of the recalled message, as in OfficialAccount.CallbackAfterSendMsg. */
  MsgKey: string;
}

/**
 * Official-account messages were recalled, from a client or by an admin through REST. The body
 * names no operator.
 * https://www.tencentcloud.com/document/product/1047/60805
 */
export interface OfficialAccountCallbackAfterMsgWithDraw extends OfficialAccountEventFields {
  CallbackCommand: 'OfficialAccount.CallbackAfterMsgWithDraw';
  /** The recalled messages. */
  WithdrawMsgList: OfficialAccountWithdrawnMsg[];
}

/** Validates a {@link OfficialAccountCallbackAfterMsgWithDraw} body: `v.parse(OfficialAccountCallbackAfterMsgWithDrawSchema, body)` returns the event (unknown fields kept). */
export const OfficialAccountCallbackAfterMsgWithDrawSchema = callbackSchema('OfficialAccount.CallbackAfterMsgWithDraw', () => ({
  ...officialAccountEntries,
  WithdrawMsgList: v.array(v.looseObject({ MsgKey: v.string() })),
}));
