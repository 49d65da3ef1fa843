import { after, before, rows } from '../../catalogue/row.js';
import { GroupCallbackBeforeCreateGroupSchema, type GroupCallbackBeforeCreateGroup } from './before-create-group.js';
import { GroupCallbackAfterCreateGroupSchema, type GroupCallbackAfterCreateGroup } from './after-create-group.js';
import { GroupCallbackBeforeApplyJoinGroupSchema, type GroupCallbackBeforeApplyJoinGroup } from './before-apply-join-group.js';
import { GroupCallbackBeforeInviteJoinGroupSchema, type GroupCallbackBeforeInviteJoinGroup } from './before-invite-join-group.js';
import { GroupCallbackAfterNewMemberJoinSchema, type GroupCallbackAfterNewMemberJoin } from './after-new-member-join.js';
import { GroupCallbackAfterMemberExitSchema, type GroupCallbackAfterMemberExit } from './after-member-exit.js';
import { GroupCallbackBeforeSendMsgSchema, type GroupCallbackBeforeSendMsg } from './before-send-msg.js';
import { GroupCallbackAfterSendMsgSchema, type GroupCallbackAfterSendMsg } from './after-send-msg.js';
import { GroupCallbackAfterGroupFullSchema, type GroupCallbackAfterGroupFull } from './after-group-full.js';
import { GroupCallbackAfterGroupDestroyedSchema, type GroupCallbackAfterGroupDestroyed } from './after-group-destroyed.js';
import { GroupCallbackAfterGroupInfoChangedSchema, type GroupCallbackAfterGroupInfoChanged } from './after-group-info-changed.js';
import { GroupCallbackOnMemberStateChangeSchema, type GroupCallbackOnMemberStateChange } from './on-member-state-change.js';
import { GroupCallbackSendMsgExceptionSchema, type GroupCallbackSendMsgException } from './send-msg-exception.js';
import { GroupCallbackBeforeCreateTopicSchema, type GroupCallbackBeforeCreateTopic } from './before-create-topic.js';
import { GroupCallbackAfterCreateTopicSchema, type GroupCallbackAfterCreateTopic } from './after-create-topic.js';
import { GroupCallbackAfterTopicDestroyedSchema, type GroupCallbackAfterTopicDestroyed } from './after-topic-destroyed.js';
import { GroupCallbackAfterTopicInfoChangedSchema, type GroupCallbackAfterTopicInfoChanged } from './after-topic-info-changed.js';
import { GroupCallbackAfterMemberFieldChangedSchema, type GroupCallbackAfterMemberFieldChanged } from './after-member-field-changed.js';
import { GroupCallbackAfterGroupAttrChangedSchema, type GroupCallbackAfterGroupAttrChanged } from './after-group-attr-changed.js';
import { GroupCallbackAfterReadReceiptSchema, type GroupCallbackAfterReadReceipt } from './after-read-receipt.js';
import { GroupCallbackAfterChangeGroupOwnerSchema, type GroupCallbackAfterChangeGroupOwner } from './after-change-group-owner.js';
import { GroupCallbackOnDailyGroupQuotaAlarmSchema, type GroupCallbackOnDailyGroupQuotaAlarm } from './on-daily-group-quota-alarm.js';
import { GroupCallbackAfterGroupMsgExtensionSchema, type GroupCallbackAfterGroupMsgExtension } from './after-group-msg-extension.js';
import { GroupCallbackAfterRecallMsgSchema, type GroupCallbackAfterRecallMsg } from './after-recall-msg.js';

/** The group family's rows of the command table (src/commands.ts merges every family). */
export const GROUP_COMMANDS = /* @__PURE__ */ rows({
  'Group.CallbackBeforeCreateGroup': before<GroupCallbackBeforeCreateGroup>()(
    'chat',
    GroupCallbackBeforeCreateGroupSchema,
    ['allow', 'reject'],
    { doc: '1047/34368', summary: 'A group is about to be created; the reply allows or refuses it.' },
  ),
  'Group.CallbackAfterCreateGroup': after<GroupCallbackAfterCreateGroup>()('chat', GroupCallbackAfterCreateGroupSchema, {
    doc: '1047/34369',
    summary: 'A group was created.',
  }),
  'Group.CallbackBeforeApplyJoinGroup': before<GroupCallbackBeforeApplyJoinGroup>()(
    'chat',
    GroupCallbackBeforeApplyJoinGroupSchema,
    ['allow', 'reject'],
    {
      doc: '1047/34370',
      summary: 'A user applied to join a group; the reply lets the application go on or refuses it.',
      // The parameter table of one English copy drops the G.
      aliases: ['roup.CallbackBeforeApplyJoinGroup'],
    },
  ),
  'Group.CallbackBeforeInviteJoinGroup': before<GroupCallbackBeforeInviteJoinGroup>()(
    'chat',
    GroupCallbackBeforeInviteJoinGroupSchema,
    ['allow', 'reject', 'refuseMembers'],
    { doc: '1047/34371', summary: 'Users are about to be added to a group; the reply allows, refuses, or refuses some of them.' },
  ),
  'Group.CallbackAfterNewMemberJoin': after<GroupCallbackAfterNewMemberJoin>()('chat', GroupCallbackAfterNewMemberJoinSchema, {
    doc: '1047/34372',
    summary: 'Users joined a group (live room viewers too).',
    // The jp copy's parameter table leaves out the family.
    aliases: ['CallbackAfterNewMemberJoin'],
  }),
  'Group.CallbackAfterMemberExit': after<GroupCallbackAfterMemberExit>()('chat', GroupCallbackAfterMemberExitSchema, {
    doc: '1047/34373',
    summary: 'Members left a group: they quit or were removed.',
  }),
  'Group.CallbackBeforeSendMsg': before<GroupCallbackBeforeSendMsg>()(
    'chat',
    GroupCallbackBeforeSendMsgSchema,
    ['allow', 'reject', 'drop', 'replace'],
    {
      doc: '1047/34374',
      summary: 'A group or live room message is about to be sent; the reply allows, rejects, drops or rewrites it.',
    },
  ),
  'Group.CallbackAfterSendMsg': after<GroupCallbackAfterSendMsg>()('chat', GroupCallbackAfterSendMsgSchema, {
    doc: '1047/34375',
    summary: 'A group or live room message was sent.',
  }),
  'Group.CallbackAfterGroupFull': after<GroupCallbackAfterGroupFull>()('chat', GroupCallbackAfterGroupFullSchema, {
    doc: '1047/34376',
    summary: 'A group became full, or a join failed because it is full.',
  }),
  'Group.CallbackAfterGroupDestroyed': after<GroupCallbackAfterGroupDestroyed>()('chat', GroupCallbackAfterGroupDestroyedSchema, {
    doc: '1047/34377',
    summary: 'A group was disbanded.',
  }),
  'Group.CallbackAfterGroupInfoChanged': after<GroupCallbackAfterGroupInfoChanged>()('chat', GroupCallbackAfterGroupInfoChangedSchema, {
    doc: '1047/34378',
    summary: "A group's name, introduction, notice or face URL changed.",
  }),
  'Group.CallbackOnMemberStateChange': after<GroupCallbackOnMemberStateChange>()('chat', GroupCallbackOnMemberStateChangeSchema, {
    doc: '1047/48734',
    summary: 'Members of an audio-video group went offline or came back online.',
  }),
  'Group.CallbackSendMsgException': after<GroupCallbackSendMsgException>()('chat', GroupCallbackSendMsgExceptionSchema, {
    doc: '1047/49462',
    summary: 'A group message could not be delivered.',
  }),
  'Group.CallbackBeforeCreateTopic': before<GroupCallbackBeforeCreateTopic>()(
    'chat',
    GroupCallbackBeforeCreateTopicSchema,
    ['allow', 'reject'],
    { doc: '1047/49463', summary: 'A topic is about to be created in a community; the reply allows or refuses it.' },
  ),
  'Group.CallbackAfterCreateTopic': after<GroupCallbackAfterCreateTopic>()('chat', GroupCallbackAfterCreateTopicSchema, {
    doc: '1047/49464',
    summary: 'A topic was created in a community.',
  }),
  'Group.CallbackAfterTopicDestroyed': after<GroupCallbackAfterTopicDestroyed>()('chat', GroupCallbackAfterTopicDestroyedSchema, {
    doc: '1047/49465',
    summary: 'Topics of a community were deleted.',
  }),
  'Group.CallbackAfterTopicInfoChanged': after<GroupCallbackAfterTopicInfoChanged>()('chat', GroupCallbackAfterTopicInfoChangedSchema, {
    doc: '1047/49466',
    summary: "A topic's name, introduction, notice or face URL changed.",
  }),
  'Group.CallbackAfterMemberFieldChanged': after<GroupCallbackAfterMemberFieldChanged>()(
    'chat',
    GroupCallbackAfterMemberFieldChangedSchema,
    {
      doc: '1047/60393',
      summary: "A group member's role or name card changed.",
    },
  ),
  'Group.CallbackAfterGroupAttrChanged': after<GroupCallbackAfterGroupAttrChanged>()('chat', GroupCallbackAfterGroupAttrChangedSchema, {
    doc: '1047/60394',
    summary: 'Group custom attributes were set, modified, cleared or deleted.',
  }),
  'Group.CallbackAfterReadReceipt': after<GroupCallbackAfterReadReceipt>()('chat', GroupCallbackAfterReadReceiptSchema, {
    doc: '1047/60395',
    summary: 'Group messages were read (read receipts).',
  }),
  'Group.CallbackAfterChangeGroupOwner': after<GroupCallbackAfterChangeGroupOwner>()('chat', GroupCallbackAfterChangeGroupOwnerSchema, {
    doc: '1047/60396',
    summary: "A group's ownership was transferred.",
  }),
  'Group.CallbackOnDailyGroupQuotaAlarm': after<GroupCallbackOnDailyGroupQuotaAlarm>()('chat', GroupCallbackOnDailyGroupQuotaAlarmSchema, {
    doc: '1047/57455',
    summary: "The day's net group increase passed 70 % of the daily limit.",
  }),
  'Group.CallbackAfterGroupMsgExtension': after<GroupCallbackAfterGroupMsgExtension>()('chat', GroupCallbackAfterGroupMsgExtensionSchema, {
    doc: '1047/76007',
    summary: 'Message extensions of a group message were set, deleted or cleared.',
  }),
  'Group.CallbackAfterRecallMsg': after<GroupCallbackAfterRecallMsg>()('chat', GroupCallbackAfterRecallMsgSchema, {
    doc: '1047/46979',
    summary: 'Group messages were recalled.',
  }),
});
