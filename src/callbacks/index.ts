// Every command's schema and type, plus the shared pieces users may want to reuse.
export {
  AccountIdSchema,
  MillisecondsSchema,
  type LiveRoomInfo,
  type RoomInfoOf,
  type OpenNumber,
  type OpenString,
  type TakeSeatMode,
} from './shared.js';
export * from './live/after-create-room.js';
export * from './live/after-destroy-room.js';
export * from './live/after-update-room-info.js';
export * from './live/after-set-metadata.js';
export * from './live/after-del-metadata.js';
export * from './live/after-create-room-reaching-threshold.js';
export * from './live/after-member-state-changed.js';
export * from './live/after-change-owner.js';
export * from './live/after-modify-admin.js';
export * from './mic/after-seat-info-changed.js';
export * from './live/after-create-battle.js';
export * from './live/after-start-battle.js';
export * from './live/after-end-battle.js';
export * from './live/before-send-gift.js';
export * from './live/after-cloud-recording-changed.js';
export * from './group/before-create-group.js';
export * from './group/after-create-group.js';
export * from './group/before-apply-join-group.js';
export * from './group/before-invite-join-group.js';
export * from './group/after-new-member-join.js';
export * from './group/after-member-exit.js';
export * from './group/before-send-msg.js';
export * from './group/after-send-msg.js';
export * from './group/after-group-full.js';
export * from './group/after-group-destroyed.js';
export * from './group/after-group-info-changed.js';
export * from './group/on-member-state-change.js';
export * from './group/send-msg-exception.js';
export * from './group/before-create-topic.js';
export * from './group/after-create-topic.js';
export * from './group/after-topic-destroyed.js';
export * from './group/after-topic-info-changed.js';
export * from './group/after-member-field-changed.js';
export * from './group/after-group-attr-changed.js';
export * from './group/after-read-receipt.js';
export * from './group/after-change-group-owner.js';
export * from './group/on-daily-group-quota-alarm.js';
export * from './group/after-group-msg-extension.js';
export * from './group/after-recall-msg.js';
export * from './follow/after-follow-add.js';
export * from './follow/after-follow-delete.js';
export * from './official-account/before-create-official-account.js';
export * from './official-account/after-create-official-account.js';
export * from './official-account/after-official-account-info-changed.js';
export * from './official-account/after-official-account-destroyed.js';
export * from './official-account/before-add-subscriber.js';
export * from './official-account/after-add-subscriber.js';
export * from './official-account/after-official-account-full.js';
export * from './official-account/after-delete-subscriber.js';
export * from './official-account/before-send-msg.js';
export * from './official-account/after-send-msg.js';
export * from './official-account/after-msg-withdraw.js';
export type {
  OfficialAccountEventFields,
  OfficialAccountMessageFields,
  OfficialAccountSubscriber,
  OfficialAccountSubscribersFields,
} from './official-account/account.js';
export * from './push/offline-push.js';
export * from './push/all-member-push.js';
export * from './push/batch.js';
export type { PushEventFields, PushPlatform, PushStage } from './push/event.js';
export * from './alert/request-over-limit.js';
export * from './state/state-change.js';
export * from './profile/portrait-set.js';
export * from './sns/prev-friend-add.js';
export * from './sns/prev-friend-response.js';
export * from './sns/friend-add.js';
export * from './sns/friend-delete.js';
export * from './sns/black-list-add.js';
export * from './sns/black-list-delete.js';
export * from './c2c/before-send-msg.js';
export * from './c2c/after-send-msg.js';
export * from './c2c/after-msg-report.js';
export * from './c2c/after-msg-withdraw.js';
export * from './c2c/after-msg-extension.js';
export * from './bot/on-c2c-message.js';
export * from './bot/on-group-message.js';
export * from './chatbot/on-c2c-signal-message.js';
export * from './content/result-notify.js';
export type { LiveRoomStatistic } from './live/after-destroy-room.js';
export type { LiveBattleRoom, LiveBattleRoomScore } from './live/battle.js';
export {
  GroupMsgBodyElementSchema,
  type GroupMsgBodyElement,
  type GroupMessageFields,
  type GroupSentMessageFields,
} from './group/message.js';
export type {
  GroupInviteOption,
  GroupMember,
  GroupType,
  GroupUserDefinedData,
  MemberStateEventType,
  MemberStateFields,
} from './group/shared.js';
export * from './msg-body.js';
export type { C2CDeliveryFields, C2CMessageFields, C2CMessageId, C2CMessageKey } from './c2c/message.js';
export type { FriendPair, FriendPairListFields, FriendRequestFields, FriendRequestTarget } from './sns/friend.js';
