import * as v from 'valibot';
import { AccountIdSchema, callbackSchema, openNumber, openString, type OpenNumber, type OpenString } from '../shared.js';

/** What was moderated: a message (plain or custom), group or member info, a relation or a user profile. */
export type ModerationScene = OpenString<
  'C2C' | 'C2CCustom' | 'Group' | 'GroupCustom' | 'GroupInfo' | 'GroupMemberInfo' | 'RelationChain' | 'UserInfo'
>;

/** The label of a violation. */
export type ModerationLabel = OpenString<'Normal' | 'Illegal' | 'Abuse' | 'Polity' | 'Ad' | 'Porn' | 'Sexy' | 'Terror' | 'Composite'>;

/** Where a moderated message was going (message scenes only). */
export interface ModerationContactItem {
  /** 1 one-to-one, 2 group. */
  ContactType: OpenNumber<1 | 2>;
  /** Recipient UserID, when ContactType is 1. */
  To_Account?: string;
  /** Recipient group, when ContactType is 2. */
  ToGroupId?: string;
}

/**
 * A cloud moderation result (by default only for violations). The body has no CallbackCommand and no
 * EventTime: the dispatcher takes the command from the query and sets it on the event, so handlers
 * see `CallbackCommand`. The query has no ClientIP or OptPlatform.
 * https://www.tencentcloud.com/document/product/1047/78240
 */
export interface ContentCallbackResultNotify {
  CallbackCommand: 'ContentCallback.ResultNotify';
  /** What was moderated. */
  Scene: ModerationScene;
  /** The app, as a number in the body (the query's SdkAppid is what the dispatcher checks). */
  SdkAppId?: number;
  /** UserID that produced the content. */
  From_Account: string;
  /** Where a moderated message was going; message scenes only. */
  ContactItem?: ModerationContactItem;
  /** Kind of content: Text (see TextContent) or Image, Audio, Video (see FileURL). */
  ContentType: OpenString<'Text' | 'Image' | 'Audio' | 'Video'>;
  /** The moderated text: a list on 1047/78240 and the zh pages (several for custom messages), one string on intl 1047/77840. */
  TextContent?: string[] | string;
  /** URL of the moderated image, audio or video. */
  FileURL?: string;
  /** The moderated message: its MsgKey for one-to-one messages, its MsgSeq (as a string) for group messages. */
  MsgID?: string;
  /** The decision: 1 blocked, 0 allowed. */
  CtxcbResult: OpenNumber<0 | 1>;
  /** ID of the moderation request; with MsgID it names this result. */
  CtxcbRequestId: string;
  /** Sensitive words the text hit. */
  CtxcbKeywords?: string[];
  /** What the service suggests: Block, Review or Normal. */
  CtxcbSuggestion?: OpenString<'Block' | 'Review' | 'Normal'>;
  /** Category of the violation. */
  CtxcbLabel?: ModerationLabel;
  /** Sub-label, such as InsinuationPorn. */
  CtxcbSubLabel?: string;
  /** Description of the sub-label. */
  CtxcbSubLabelDesc?: string;
  /** Name of the custom word library that was hit. */
  CtxcbLibName?: string;
  /** The message's CloudCustomData for message scenes; empty otherwise. */
  CloudCustomData?: string;
}

/** Validates a {@link ContentCallbackResultNotify} body: `v.parse(ContentCallbackResultNotifySchema, body)` returns the event (unknown fields kept). */
export const ContentCallbackResultNotifySchema = callbackSchema('ContentCallback.ResultNotify', () => ({
  Scene: openString(['C2C', 'C2CCustom', 'Group', 'GroupCustom', 'GroupInfo', 'GroupMemberInfo', 'RelationChain', 'UserInfo']),
  SdkAppId: v.exactOptional(v.number()),
  From_Account: AccountIdSchema,
  ContactItem: v.exactOptional(
    v.looseObject({
      ContactType: openNumber([1, 2]),
      To_Account: v.exactOptional(AccountIdSchema),
      ToGroupId: v.exactOptional(v.string()),
    }),
  ),
  ContentType: openString(['Text', 'Image', 'Audio', 'Video']),
  TextContent: v.exactOptional(v.union([v.array(v.string()), v.string()])),
  FileURL: v.exactOptional(v.string()),
  MsgID: v.exactOptional(v.string()),
  CtxcbResult: openNumber([0, 1]),
  CtxcbRequestId: v.string(),
  CtxcbKeywords: v.exactOptional(v.array(v.string())),
  CtxcbSuggestion: v.exactOptional(openString(['Block', 'Review', 'Normal'])),
  CtxcbLabel: v.exactOptional(openString(['Normal', 'Illegal', 'Abuse', 'Polity', 'Ad', 'Porn', 'Sexy', 'Terror', 'Composite'])),
  CtxcbSubLabel: v.exactOptional(v.string()),
  CtxcbSubLabelDesc: v.exactOptional(v.string()),
  CtxcbLibName: v.exactOptional(v.string()),
  CloudCustomData: v.exactOptional(v.string()),
}));
