import { after, before, rows } from '../../catalogue/row.js';
import { GroupCallbackBeforeCreateGroupSchema, type GroupCallbackBeforeCreateGroup } from './before-create-group.js';
import { GroupCallbackAfterCreateGroupSchema, type GroupCallbackAfterCreateGroup } from './after-create-group.js';
import { GroupCallbackBeforeApplyJoinGroupSchema, type GroupCallbackBeforeApplyJoinGroup } from './before-apply-join-group.js';
import { GroupCallbackBeforeInviteJoinGroupSchema, type GroupCallbackBeforeInviteJoinGroup } from './before-invite-join-group.js';
import { GroupCallbackAfterNewMemberJoinSchema, type GroupCallbackAfterNewMemberJoin } from './after-new-member-join.js';
import { GroupCallbackAfterMemberExitSchema, type GroupCallbackAfterMemberExit } from './after-member-exit.js';
import { GroupCallbackBeforeSendMsgSchema, type GroupCallbackBeforeSendMsg } from './before-send-msg.js';
import { GroupCallbackAfterSendMsgSchema, type GroupCallbackAfterSendMsg } from './after-send-msg.js';

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
});
