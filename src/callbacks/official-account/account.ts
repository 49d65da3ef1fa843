import * as v from 'valibot';
import { MsgBodySchema, type TIMMsgElement } from '../msg-body.js';
import { AccountIdSchema, MillisecondsSchema, openNumber, type OpenNumber } from '../shared.js';

/*
 * What the official-account (Official Channel) callbacks share (1047/60795-60805): the account they
 * are about, the subscriber lists, and the message fields of the two send callbacks. Every page
 * shows `EventTime` in milliseconds.
 */

/** Fields every official-account callback but the one before creation carries. */
export interface OfficialAccountEventFields {
  /** ID of the official account, `@TOA#_…` (the recall page's sample writes `#TOA#_…`). */
  Official_Account: string;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

export const officialAccountEntries = {
  Official_Account: v.string(),
  EventTime: MillisecondsSchema,
};

/** One user in a subscribe or unsubscribe list. */
export interface OfficialAccountSubscriber {
  /** UserID of the subscriber. */
  Subscriber_Account: string;
}

/** Fields of the subscribe and unsubscribe callbacks (1047/60799, 60800, 60802). */
export interface OfficialAccountSubscribersFields extends OfficialAccountEventFields {
  /** UserID of whoever asked: the user subscribing from a client, or the admin calling the REST API. */
  Operator_Account: string;
  /** The users subscribing (or, for the delete callback, unsubscribing; the key is the same). */
  SubscribeAccountList: OfficialAccountSubscriber[];
}

export const subscribersEntries = {
  ...officialAccountEntries,
  Operator_Account: AccountIdSchema,
  SubscribeAccountList: v.array(v.looseObject({ Subscriber_Account: AccountIdSchema })),
};

/** Fields of the two message callbacks (1047/60803, 60804). */
export interface OfficialAccountMessageFields extends OfficialAccountEventFields {
  /** 1 when the message goes to online subscribers only (no offline storage or push), else 0. */
  OnlineOnlyFlag?: OpenNumber<0 | 1>;
  /** The message elements. */
  MsgBody: TIMMsgElement[];
  /** Custom data stored with the message. Sent only when the message has some, so optional. */
  CloudCustomData?: string;
}

export const messageEntries = {
  ...officialAccountEntries,
  OnlineOnlyFlag: v.exactOptional(openNumber([0, 1])),
  MsgBody: MsgBodySchema,
  CloudCustomData: v.exactOptional(v.string()),
};
