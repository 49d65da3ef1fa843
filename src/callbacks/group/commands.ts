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
  'Group.CallbackBeforeCreateGroup': before<GroupCallbackBeforeCreateGroup>()('chat', GroupCallbackBeforeCreateGroupSchema, [
    'allow',
    'reject',
  ]),
  'Group.CallbackAfterCreateGroup': after<GroupCallbackAfterCreateGroup>()('chat', GroupCallbackAfterCreateGroupSchema),
  'Group.CallbackBeforeApplyJoinGroup': before<GroupCallbackBeforeApplyJoinGroup>()(
    'chat',
    GroupCallbackBeforeApplyJoinGroupSchema,
    ['allow', 'reject'],
    {
      // The parameter table of one English copy drops the G.
      aliases: ['roup.CallbackBeforeApplyJoinGroup'],
    },
  ),
  'Group.CallbackBeforeInviteJoinGroup': before<GroupCallbackBeforeInviteJoinGroup>()('chat', GroupCallbackBeforeInviteJoinGroupSchema, [
    'allow',
    'reject',
    'refuseMembers',
  ]),
  'Group.CallbackAfterNewMemberJoin': after<GroupCallbackAfterNewMemberJoin>()('chat', GroupCallbackAfterNewMemberJoinSchema, {
    // The jp copy's parameter table leaves out the family.
    aliases: ['CallbackAfterNewMemberJoin'],
  }),
  'Group.CallbackAfterMemberExit': after<GroupCallbackAfterMemberExit>()('chat', GroupCallbackAfterMemberExitSchema),
  'Group.CallbackBeforeSendMsg': before<GroupCallbackBeforeSendMsg>()('chat', GroupCallbackBeforeSendMsgSchema, [
    'allow',
    'reject',
    'drop',
    'replace',
  ]),
  'Group.CallbackAfterSendMsg': after<GroupCallbackAfterSendMsg>()('chat', GroupCallbackAfterSendMsgSchema),
  'Group.CallbackAfterGroupFull': after<GroupCallbackAfterGroupFull>()('chat', GroupCallbackAfterGroupFullSchema),
  'Group.CallbackAfterGroupDestroyed': after<GroupCallbackAfterGroupDestroyed>()('chat', GroupCallbackAfterGroupDestroyedSchema),
  'Group.CallbackAfterGroupInfoChanged': after<GroupCallbackAfterGroupInfoChanged>()('chat', GroupCallbackAfterGroupInfoChangedSchema),
  'Group.CallbackOnMemberStateChange': after<GroupCallbackOnMemberStateChange>()('chat', GroupCallbackOnMemberStateChangeSchema),
  'Group.CallbackSendMsgException': after<GroupCallbackSendMsgException>()('chat', GroupCallbackSendMsgExceptionSchema),
  'Group.CallbackBeforeCreateTopic': before<GroupCallbackBeforeCreateTopic>()('chat', GroupCallbackBeforeCreateTopicSchema, [
    'allow',
    'reject',
  ]),
  'Group.CallbackAfterCreateTopic': after<GroupCallbackAfterCreateTopic>()('chat', GroupCallbackAfterCreateTopicSchema),
  'Group.CallbackAfterTopicDestroyed': after<GroupCallbackAfterTopicDestroyed>()('chat', GroupCallbackAfterTopicDestroyedSchema),
  'Group.CallbackAfterTopicInfoChanged': after<GroupCallbackAfterTopicInfoChanged>()('chat', GroupCallbackAfterTopicInfoChangedSchema),
  'Group.CallbackAfterMemberFieldChanged': after<GroupCallbackAfterMemberFieldChanged>()(
    'chat',
    GroupCallbackAfterMemberFieldChangedSchema,
  ),
  'Group.CallbackAfterGroupAttrChanged': after<GroupCallbackAfterGroupAttrChanged>()('chat', GroupCallbackAfterGroupAttrChangedSchema),
  'Group.CallbackAfterReadReceipt': after<GroupCallbackAfterReadReceipt>()('chat', GroupCallbackAfterReadReceiptSchema),
  'Group.CallbackAfterChangeGroupOwner': after<GroupCallbackAfterChangeGroupOwner>()('chat', GroupCallbackAfterChangeGroupOwnerSchema),
  'Group.CallbackOnDailyGroupQuotaAlarm': after<GroupCallbackOnDailyGroupQuotaAlarm>()('chat', GroupCallbackOnDailyGroupQuotaAlarmSchema),
  'Group.CallbackAfterGroupMsgExtension': after<GroupCallbackAfterGroupMsgExtension>()('chat', GroupCallbackAfterGroupMsgExtensionSchema),
  'Group.CallbackAfterRecallMsg': after<GroupCallbackAfterRecallMsg>()('chat', GroupCallbackAfterRecallMsgSchema),
});
