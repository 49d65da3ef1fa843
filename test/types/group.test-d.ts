import { describe, expectTypeOf, test } from 'vitest';
import type { GroupMember, GroupType, LiveCallback, LiveCallbackAfterMemberStateChanged, LiveDecisionKindOf } from '../../src/index.js';

// The Group.* commands (PROTOCOL-CHAT.md part B): narrowing, and what each Before command may decide.

describe('narrowing on CallbackCommand gives each group command its own fields and hides the others', () => {
  test('group creation and membership (B1-B6)', () => {
    const handle = (event: LiveCallback) => {
      switch (event.CallbackCommand) {
        case 'Group.CallbackBeforeCreateGroup':
          expectTypeOf(event.Type).toEqualTypeOf<GroupType>();
          expectTypeOf(event.CreatedGroupNum).toEqualTypeOf<Record<string, number> | number | undefined>();
          expectTypeOf(event.CreateGroupNum).toEqualTypeOf<number | undefined>();
          // @ts-expect-error the group has no ID before it is created
          void event.GroupId;
          break;
        case 'Group.CallbackAfterCreateGroup':
          expectTypeOf(event.GroupId).toEqualTypeOf<string>();
          expectTypeOf(event.MemberList).toEqualTypeOf<GroupMember[] | undefined>();
          // @ts-expect-error the counts belong to Group.CallbackBeforeCreateGroup
          void event.CreatedGroupNum;
          break;
        case 'Group.CallbackBeforeApplyJoinGroup':
          expectTypeOf(event.Requestor_Account).toEqualTypeOf<string>();
          expectTypeOf(event.ApplyMsg).toEqualTypeOf<string | undefined>();
          // @ts-expect-error an application has no operator
          void event.Operator_Account;
          break;
        case 'Group.CallbackBeforeInviteJoinGroup':
          expectTypeOf(event.DestinationMembers).toEqualTypeOf<GroupMember[]>();
          // @ts-expect-error NewMemberList belongs to Group.CallbackAfterNewMemberJoin
          void event.NewMemberList;
          break;
        case 'Group.CallbackAfterNewMemberJoin':
          expectTypeOf(event.NewMemberList[0]!.Member_Account).toEqualTypeOf<string>();
          expectTypeOf(event.JoinType).toExtend<string | undefined>();
          // @ts-expect-error ExitType belongs to Group.CallbackAfterMemberExit
          void event.ExitType;
          break;
        case 'Group.CallbackAfterMemberExit':
          expectTypeOf(event.ExitMemberList).toEqualTypeOf<GroupMember[]>();
          // @ts-expect-error JoinType belongs to Group.CallbackAfterNewMemberJoin
          void event.JoinType;
          break;
      }
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  });

  test("group messages (B7, B8): the Chat pages' fields next to the Live copies'", () => {
    const handle = (event: LiveCallback) => {
      switch (event.CallbackCommand) {
        case 'Group.CallbackBeforeSendMsg':
          expectTypeOf(event.OnlineOnlyFlag).toExtend<number | undefined>();
          expectTypeOf(event.TopicId).toEqualTypeOf<string | undefined>();
          expectTypeOf(event.MsgId).toEqualTypeOf<string | undefined>();
          expectTypeOf(event.Type).toEqualTypeOf<GroupType | undefined>();
          // @ts-expect-error GroupAtInfo belongs to Group.CallbackAfterSendMsg
          void event.GroupAtInfo;
          break;
        case 'Group.CallbackAfterSendMsg':
          expectTypeOf(event.MsgSeq).toEqualTypeOf<number>();
          expectTypeOf(event.MsgTime).toEqualTypeOf<number | undefined>();
          expectTypeOf(event.EventTime).toEqualTypeOf<number>();
          expectTypeOf(event.GroupAtInfo?.[0]?.GroupAt_Account).toEqualTypeOf<string | undefined>();
          break;
      }
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  });
});

describe('narrowing: group state and failures (B9-B13)', () => {
  test('each command has its own fields', () => {
    const handle = (event: LiveCallback) => {
      switch (event.CallbackCommand) {
        case 'Group.CallbackAfterGroupFull':
          expectTypeOf(event.EventTime).toEqualTypeOf<number | undefined>();
          // @ts-expect-error this callback carries only the group's ID
          void event.Type;
          break;
        case 'Group.CallbackAfterGroupDestroyed':
          expectTypeOf(event.MemberList).toEqualTypeOf<GroupMember[] | undefined>();
          // @ts-expect-error it does not say who disbanded the group
          void event.Operator_Account;
          break;
        case 'Group.CallbackAfterGroupInfoChanged':
          expectTypeOf(event.FaceUrl).toEqualTypeOf<string | undefined>();
          // @ts-expect-error the field is FaceUrl
          void event.FaceURL;
          break;
        case 'Group.CallbackOnMemberStateChange':
          expectTypeOf(event.EventCause).toExtend<string | undefined>();
          expectTypeOf(event.MemberList).toEqualTypeOf<GroupMember[]>();
          // @ts-expect-error no page shows an EventTime
          void event.EventTime;
          break;
        case 'Group.CallbackSendMsgException':
          expectTypeOf(event.ErrorCode).toEqualTypeOf<number>();
          // @ts-expect-error the message was never stored, so it has no MsgSeq
          void event.MsgSeq;
          break;
      }
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  });
});

describe('narrowing: topics, members, attributes, receipts, owners, quotas, extensions, recalls (B14-B24)', () => {
  test('each command has its own fields', () => {
    const handle = (event: LiveCallback) => {
      switch (event.CallbackCommand) {
        case 'Group.CallbackBeforeCreateTopic':
          expectTypeOf(event.Name).toEqualTypeOf<string>();
          // @ts-expect-error no page says which community the topic is created in
          void event.GroupId;
          break;
        case 'Group.CallbackAfterCreateTopic':
          expectTypeOf(event.TopicId).toEqualTypeOf<string>();
          // @ts-expect-error the topic pages carry no EventTime
          void event.EventTime;
          break;
        case 'Group.CallbackAfterTopicDestroyed':
          expectTypeOf(event.TopicIdList).toEqualTypeOf<string[]>();
          // @ts-expect-error it does not say who deleted the topics
          void event.Operator_Account;
          break;
        case 'Group.CallbackAfterTopicInfoChanged':
          expectTypeOf(event.Notification).toEqualTypeOf<string | undefined>();
          // @ts-expect-error no page says which topic changed
          void event.TopicId;
          break;
        case 'Group.CallbackAfterMemberFieldChanged':
          expectTypeOf(event.Member_Account).toEqualTypeOf<string | undefined>();
          expectTypeOf(event.Modified_Account).toEqualTypeOf<string | undefined>();
          expectTypeOf(event.Role).toExtend<string | undefined>();
          break;
        case 'Group.CallbackAfterGroupAttrChanged':
          expectTypeOf(event.GroupAttr?.[0]?.key).toEqualTypeOf<string | undefined>();
          // @ts-expect-error the attribute keys are lower case
          void event.GroupAttr?.[0]?.Key;
          break;
        case 'Group.CallbackAfterReadReceipt':
          expectTypeOf(event.GroupMsgReceiptList[0]!.MsgSeq).toEqualTypeOf<number>();
          expectTypeOf(event.GroupMsgReceiptList[0]!.ReadReceiptMembers).toEqualTypeOf<GroupMember[] | undefined>();
          break;
        case 'Group.CallbackAfterChangeGroupOwner':
          expectTypeOf(event.NewOwner_Account).toEqualTypeOf<string>();
          // @ts-expect-error Owner_Account belongs to other group callbacks
          void event.Owner_Account;
          break;
        case 'Group.CallbackOnDailyGroupQuotaAlarm':
          expectTypeOf(event.Quota).toEqualTypeOf<number | undefined>();
          // @ts-expect-error the alarm names no group
          void event.GroupId;
          break;
        case 'Group.CallbackAfterGroupMsgExtension':
          expectTypeOf(event.OperateType).toExtend<number>();
          expectTypeOf(event.ExtensionList?.[0]?.Key).toEqualTypeOf<string | undefined>();
          // @ts-expect-error no Operator_Account in any sample
          void event.Operator_Account;
          break;
        case 'Group.CallbackAfterRecallMsg':
          expectTypeOf(event.MsgSeqList[0]!.MsgId).toEqualTypeOf<string | undefined>();
          // @ts-expect-error a recall lists MsgSeqList, not one MsgSeq
          void event.MsgSeq;
          break;
      }
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  });
});

describe('decisions each Before group command accepts', () => {
  test('creating a group or a topic, or applying to join: allow or reject only', () => {
    expectTypeOf<LiveDecisionKindOf<'Group.CallbackBeforeCreateGroup'>>().toEqualTypeOf<'allow' | 'reject'>();
    expectTypeOf<LiveDecisionKindOf<'Group.CallbackBeforeCreateTopic'>>().toEqualTypeOf<'allow' | 'reject'>();
    expectTypeOf<LiveDecisionKindOf<'Group.CallbackBeforeApplyJoinGroup'>>().toEqualTypeOf<'allow' | 'reject'>();
  });

  test('inviting: allow, reject, or refuse some of the invitees', () => {
    expectTypeOf<LiveDecisionKindOf<'Group.CallbackBeforeInviteJoinGroup'>>().toEqualTypeOf<'allow' | 'reject' | 'refuseMembers'>();
  });

  test('sending a message: allow, reject, drop or replace', () => {
    expectTypeOf<LiveDecisionKindOf<'Group.CallbackBeforeSendMsg'>>().toEqualTypeOf<'allow' | 'reject' | 'drop' | 'replace'>();
  });
});

describe('shared pieces', () => {
  test('Live.CallbackAfterMemberStateChanged and the group member lists share one member type', () => {
    expectTypeOf<LiveCallbackAfterMemberStateChanged['MemberList'][number]>().toEqualTypeOf<GroupMember>();
  });

  test('GroupType completes the documented types and takes any other string', () => {
    expectTypeOf<'AVChatRoom'>().toExtend<GroupType>();
    expectTypeOf<'SomeTypeAddedLater'>().toExtend<GroupType>();
    expectTypeOf<GroupType>().toExtend<string>();
  });
});
