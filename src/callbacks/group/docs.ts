import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { GROUP_COMMANDS } from './commands.js';

/** The group family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const GROUP_DOCS = {
  'Group.CallbackBeforeCreateGroup': { doc: '1047/34368', summary: 'A group is about to be created; the reply allows or refuses it.' },
  'Group.CallbackAfterCreateGroup': { doc: '1047/34369', summary: 'A group was created.' },
  'Group.CallbackBeforeApplyJoinGroup': {
    doc: '1047/34370',
    summary: 'A user applied to join a group; the reply lets the application go on or refuses it.',
  },
  'Group.CallbackBeforeInviteJoinGroup': {
    doc: '1047/34371',
    summary: 'Users are about to be added to a group; the reply allows, refuses, or refuses some of them.',
  },
  'Group.CallbackAfterNewMemberJoin': { doc: '1047/34372', summary: 'Users joined a group (live room viewers too).' },
  'Group.CallbackAfterMemberExit': { doc: '1047/34373', summary: 'Members left a group: they quit or were removed.' },
  'Group.CallbackBeforeSendMsg': {
    doc: '1047/34374',
    summary: 'A group or live room message is about to be sent; the reply allows, rejects, drops or rewrites it.',
  },
  'Group.CallbackAfterSendMsg': { doc: '1047/34375', summary: 'A group or live room message was sent.' },
  'Group.CallbackAfterGroupFull': { doc: '1047/34376', summary: 'A group became full, or a join failed because it is full.' },
  'Group.CallbackAfterGroupDestroyed': { doc: '1047/34377', summary: 'A group was disbanded.' },
  'Group.CallbackAfterGroupInfoChanged': { doc: '1047/34378', summary: "A group's name, introduction, notice or face URL changed." },
  'Group.CallbackOnMemberStateChange': { doc: '1047/48734', summary: 'Members of an audio-video group went offline or came back online.' },
  'Group.CallbackSendMsgException': { doc: '1047/49462', summary: 'A group message could not be delivered.' },
  'Group.CallbackBeforeCreateTopic': {
    doc: '1047/49463',
    summary: 'A topic is about to be created in a community; the reply allows or refuses it.',
  },
  'Group.CallbackAfterCreateTopic': { doc: '1047/49464', summary: 'A topic was created in a community.' },
  'Group.CallbackAfterTopicDestroyed': { doc: '1047/49465', summary: 'Topics of a community were deleted.' },
  'Group.CallbackAfterTopicInfoChanged': { doc: '1047/49466', summary: "A topic's name, introduction, notice or face URL changed." },
  'Group.CallbackAfterMemberFieldChanged': { doc: '1047/60393', summary: "A group member's role or name card changed." },
  'Group.CallbackAfterGroupAttrChanged': { doc: '1047/60394', summary: 'Group custom attributes were set, modified, cleared or deleted.' },
  'Group.CallbackAfterReadReceipt': { doc: '1047/60395', summary: 'Group messages were read (read receipts).' },
  'Group.CallbackAfterChangeGroupOwner': { doc: '1047/60396', summary: "A group's ownership was transferred." },
  'Group.CallbackOnDailyGroupQuotaAlarm': { doc: '1047/57455', summary: "The day's net group increase passed 70 % of the daily limit." },
  'Group.CallbackAfterGroupMsgExtension': {
    doc: '1047/76007',
    summary: 'Message extensions of a group message were set, deleted or cleared.',
  },
  'Group.CallbackAfterRecallMsg': { doc: '1047/46979', summary: 'Group messages were recalled.' },
} as const satisfies FamilyDocs<typeof GROUP_COMMANDS>;
