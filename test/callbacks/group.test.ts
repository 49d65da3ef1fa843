import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
  LIVE_CALLBACK_COMMANDS,
  parseLiveCallbackBody,
  resolveLiveCallbackCommand,
  validateLiveCallback,
  type BodyInput,
  type LiveCallback,
} from '../../src/index.js';
import { fixtureJson } from '../helpers/fixtures.js';

/*
 * The quirks of the Group.* callbacks (PROTOCOL-CHAT.md part B): one test per contradiction between
 * the pages, their samples and real payloads, through the public parse functions.
 */

/** The event of a body that must pass; `command` stands for the query's CallbackCommand. */
function parse(body: BodyInput, command?: string): LiveCallback {
  const result = parseLiveCallbackBody(body, command === undefined ? {} : { command });
  if (!result.success) throw result.error;
  return result.output;
}

/** The dot paths of the issues that refused a body (none when it passed). */
function issuePaths(body: object): string[] {
  const result = validateLiveCallback(body);
  if (result.success) return [];
  expect(result.error.code).toBe('invalid_payload');
  return (result.error.issues ?? []).map((issue) => v.getDotPath(issue) ?? '');
}

/** A fixture with some fields replaced. */
function withFields(command: string, fields: Record<string, unknown>): Record<string, unknown> {
  return { ...fixtureJson(command), ...fields };
}

/** A fixture without some fields. */
function without(command: string, ...keys: string[]): Record<string, unknown> {
  const body = fixtureJson(command);
  for (const key of keys) delete body[key];
  return body;
}

const GROUP_COMMANDS = LIVE_CALLBACK_COMMANDS.filter((command) => command.startsWith('Group.'));

/** The group commands whose pages show EventTime (every table says Integer ms; many samples quote it). */
const WITH_EVENT_TIME = GROUP_COMMANDS.filter((command) => 'EventTime' in fixtureJson(command));

describe('EventTime: a quoted string on the en pages, a number on the newer zh pages and the wire', () => {
  test.each(WITH_EVENT_TIME)('%s: "1670574414123" and 1670574414123 both come out as 1670574414123', (command) => {
    expect(parse(withFields(command, { EventTime: '1670574414123' }))).toHaveProperty('EventTime', 1670574414123);
    expect(parse(withFields(command, { EventTime: 1670574414123 }))).toHaveProperty('EventTime', 1670574414123);
  });

  test.each(WITH_EVENT_TIME)('%s: an EventTime that is not digits is refused, naming EventTime', (command) => {
    expect(issuePaths(withFields(command, { EventTime: '2026-11-24T10:00:00Z' }))).toEqual(['EventTime']);
  });
});

describe('Type: an open string', () => {
  const TYPES = ['Public', 'Private', 'Work', 'ChatRoom', 'Meeting', 'AVChatRoom', 'Community', 'Live', 'SomeTypeAddedLater'];
  const WITH_TYPE = GROUP_COMMANDS.filter((command) => 'Type' in fixtureJson(command));

  test.each(WITH_TYPE)('%s: every documented group type, and one Tencent adds later, is kept as sent', (command) => {
    for (const Type of TYPES) expect(parse(withFields(command, { Type }))).toHaveProperty('Type', Type);
  });

  test.each(WITH_TYPE)('%s: a Type that is not a string is refused, naming Type', (command) => {
    expect(issuePaths(withFields(command, { Type: 1 }))).toEqual(['Type']);
  });
});

describe('member lists (MemberList, NewMemberList, ExitMemberList, DestinationMembers)', () => {
  const LISTS = [
    ['Group.CallbackBeforeCreateGroup', 'MemberList'],
    ['Group.CallbackAfterCreateGroup', 'MemberList'],
    ['Group.CallbackBeforeInviteJoinGroup', 'DestinationMembers'],
    ['Group.CallbackAfterNewMemberJoin', 'NewMemberList'],
    ['Group.CallbackAfterMemberExit', 'ExitMemberList'],
  ] as const;

  test.each(LISTS)('%s: numeric %s[].Member_Account values come out as strings', (command, list) => {
    expect(parse(withFields(command, { [list]: [{ Member_Account: 1207 }, { Member_Account: 'viewer_8841' }] }))).toHaveProperty(list, [
      { Member_Account: '1207' },
      { Member_Account: 'viewer_8841' },
    ]);
  });

  test.each(LISTS)('%s: a member without Member_Account (the account the event is about) is refused, naming %s.1', (command, list) => {
    expect(issuePaths(withFields(command, { [list]: [{ Member_Account: 'viewer_8841' }, { NameCard: 'x' }] }))).toEqual([
      `${list}.1.Member_Account`,
    ]);
  });
});

describe('Group.CallbackBeforeCreateGroup (1047/34368, zh 269/1662)', () => {
  const COMMAND = 'Group.CallbackBeforeCreateGroup';

  test('accepts the documented CreateGroupNum and the wire CreatedGroupNum object (doocs#182), each alone', () => {
    expect(parse(without(COMMAND, 'CreatedGroupNum'))).toHaveProperty('CreateGroupNum', 2);
    expect(parse(without(COMMAND, 'CreateGroupNum'))).toHaveProperty('CreatedGroupNum', { Public: 2, AVChatRoom: 14 });
  });

  test('accepts CreatedGroupNum as a plain number too', () => {
    expect(parse(withFields(COMMAND, { CreatedGroupNum: 5 }))).toHaveProperty('CreatedGroupNum', 5);
  });

  test('is valid with neither count, as on the newest zh page (2025-12), which dropped CreateGroupNum', () => {
    const event = parse(without(COMMAND, 'CreateGroupNum', 'CreatedGroupNum'));
    expect(event).not.toHaveProperty('CreateGroupNum');
    expect(event).not.toHaveProperty('CreatedGroupNum');
  });

  test('refuses a CreatedGroupNum whose counts are not numbers, naming it', () => {
    expect(issuePaths(withFields(COMMAND, { CreatedGroupNum: { Public: 'five' } }))).toEqual(['CreatedGroupNum']);
  });

  test('keeps the undocumented InviteOption, and is valid without it', () => {
    expect(parse(withFields(COMMAND, { InviteOption: 'DisableInvite' }))).toHaveProperty('InviteOption', 'DisableInvite');
    expect(parse(without(COMMAND, 'InviteOption'))).not.toHaveProperty('InviteOption');
  });

  test('is valid without Owner_Account and MemberList (a group created through the REST API may have neither)', () => {
    expect(parse(without(COMMAND, 'Owner_Account', 'MemberList')).CallbackCommand).toBe(COMMAND);
  });
});

describe('Group.CallbackAfterCreateGroup (1047/34369, zh 269/1663)', () => {
  test('accepts the real payload a PHP app logged in 2023 (numeric EventTime, undocumented InviteOption, no UserDefinedDataList)', () => {
    const text =
      '{"CallbackCommand":"Group.CallbackAfterCreateGroup","EventTime":1682914763569,"GroupId":"@TGS#2Z4CLQE5CM","InviteOption":"NeedPermission","MemberList":[{"Member_Account":"PLNJEE0k"}],"Name":"test8888","Operator_Account":"PLNJEE0k","Owner_Account":"PLNJEE0k","Type":"Public"}';
    expect(parse(text)).toEqual(JSON.parse(text));
  });

  test('reads GroupId as the sample, the zh table and the wire spell it, not the en table row groupID', () => {
    const { GroupId, ...rest } = fixtureJson('Group.CallbackAfterCreateGroup');
    expect(issuePaths({ ...rest, groupID: GroupId })).toEqual(['GroupId']);
  });

  test('keeps UserDefinedDataList Key/Value pairs, a Value being optional', () => {
    const UserDefinedDataList = [{ Key: 'fan_level_min', Value: '3' }, { Key: 'empty' }];
    expect(parse(withFields('Group.CallbackAfterCreateGroup', { UserDefinedDataList }))).toHaveProperty(
      'UserDefinedDataList',
      UserDefinedDataList,
    );
  });
});

describe('Group.CallbackBeforeApplyJoinGroup (1047/34370, zh 269/1665)', () => {
  const COMMAND = 'Group.CallbackBeforeApplyJoinGroup';

  test('arrives under the typo roup.CallbackBeforeApplyJoinGroup of an English table as the canonical command', () => {
    expect(resolveLiveCallbackCommand('roup.CallbackBeforeApplyJoinGroup')).toBe(COMMAND);
    expect(parse(withFields(COMMAND, { CallbackCommand: 'roup.CallbackBeforeApplyJoinGroup' })).CallbackCommand).toBe(COMMAND);
    const { CallbackCommand: _, ...noCommand } = fixtureJson(COMMAND);
    expect(parse(noCommand, 'roup.CallbackBeforeApplyJoinGroup').CallbackCommand).toBe(COMMAND);
  });

  test('is valid without ApplyMsg and TopicId, which only the zh page shows', () => {
    const event = parse(without(COMMAND, 'ApplyMsg', 'TopicId'));
    expect(event).not.toHaveProperty('ApplyMsg');
    expect(event).not.toHaveProperty('TopicId');
  });

  test('refuses a body without the applicant, naming Requestor_Account', () => {
    expect(issuePaths(without(COMMAND, 'Requestor_Account'))).toEqual(['Requestor_Account']);
  });
});

describe('Group.CallbackBeforeInviteJoinGroup (1047/34371, zh 269/1666)', () => {
  test('is valid without TopicId, which only the zh table lists', () => {
    expect(parse(without('Group.CallbackBeforeInviteJoinGroup', 'TopicId'))).not.toHaveProperty('TopicId');
  });

  test('refuses a body without the invitees, naming DestinationMembers', () => {
    expect(issuePaths(without('Group.CallbackBeforeInviteJoinGroup', 'DestinationMembers'))).toEqual(['DestinationMembers']);
  });
});

describe('Group.CallbackAfterNewMemberJoin (1047/34372, zh 269/1667)', () => {
  test('arrives under the bare CallbackAfterNewMemberJoin of the jp table as the canonical command', () => {
    expect(resolveLiveCallbackCommand('CallbackAfterNewMemberJoin')).toBe('Group.CallbackAfterNewMemberJoin');
    expect(parse(withFields('Group.CallbackAfterNewMemberJoin', { CallbackCommand: 'CallbackAfterNewMemberJoin' })).CallbackCommand).toBe(
      'Group.CallbackAfterNewMemberJoin',
    );
  });

  test('accepts the real AVChatRoom payload a PHP app logged (JoinType Apply, numeric EventTime)', () => {
    const text =
      '{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","EventTime":1682914665661,"GroupId":"WorldGroup777","JoinType":"Apply","NewMemberList":[{"Member_Account":"PLNJEE0k"}],"Operator_Account":"PLNJEE0k","Type":"AVChatRoom"}';
    expect(parse(text)).toEqual(JSON.parse(text));
  });
});

describe('Group.CallbackAfterMemberExit (1047/34373, zh 269/1668)', () => {
  test('keeps an ExitType Tencent adds later, and is valid without one', () => {
    expect(parse(withFields('Group.CallbackAfterMemberExit', { ExitType: 'Banned' }))).toHaveProperty('ExitType', 'Banned');
    expect(parse(without('Group.CallbackAfterMemberExit', 'ExitType'))).not.toHaveProperty('ExitType');
  });
});

const MESSAGE_COMMANDS = ['Group.CallbackBeforeSendMsg', 'Group.CallbackAfterSendMsg'] as const;

describe.each(MESSAGE_COMMANDS)(
  '%s: the Chat pages (1047/34374-34375, zh 269/1619, 269/2661) and the Live copies (647/74347-74348)',
  (command) => {
    test("accepts the Live copies' form: Type Live, MsgId, no OnlineOnlyFlag or TopicId", () => {
      const event = parse({ ...without(command, 'OnlineOnlyFlag', 'TopicId'), Type: 'Live' });
      expect(event).toMatchObject({ Type: 'Live', MsgId: '144115233874221367-1795508240-77218' });
      expect(event).not.toHaveProperty('OnlineOnlyFlag');
      expect(event).not.toHaveProperty('TopicId');
    });

    test('accepts the Chat en form: no MsgId (only the zh pages and the Live copies show it)', () => {
      expect(parse(without(command, 'MsgId'))).not.toHaveProperty('MsgId');
    });

    test('keeps OnlineOnlyFlag and TopicId, which only the Chat pages show', () => {
      expect(parse(fixtureJson(command))).toMatchObject({
        OnlineOnlyFlag: 0,
        TopicId: '@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5',
      });
    });

    test('refuses an OnlineOnlyFlag sent as text, naming OnlineOnlyFlag', () => {
      expect(issuePaths(withFields(command, { OnlineOnlyFlag: '0' }))).toEqual(['OnlineOnlyFlag']);
    });

    test('is valid without MsgId, CloudCustomData, Type and Random, which describe rather than identify the message', () => {
      const event = parse(without(command, 'MsgId', 'CloudCustomData', 'Type', 'Random'));
      for (const key of ['MsgId', 'CloudCustomData', 'Type', 'Random']) expect(event).not.toHaveProperty(key);
    });

    test('turns numeric From_Account and Operator_Account into strings', () => {
      expect(parse(withFields(command, { From_Account: 1207, Operator_Account: 1207 }))).toMatchObject({
        From_Account: '1207',
        Operator_Account: '1207',
      });
    });

    test('refuses a message without its body or sender, naming MsgBody and From_Account', () => {
      expect(issuePaths(without(command, 'MsgBody', 'From_Account'))).toEqual(['From_Account', 'MsgBody']);
    });

    test('accepts a custom element and keeps the content fields of element types it does not list', () => {
      const MsgBody = [
        { MsgType: 'TIMCustomElem', MsgContent: { Data: '{"gift":"rocket_01"}', Desc: 'gift', Ext: '' } },
        { MsgType: 'TIMFaceElem', MsgContent: { Index: 3, Data: 'smile' } },
      ];
      expect(parse(withFields(command, { MsgBody }))).toHaveProperty('MsgBody', MsgBody);
    });

    test('refuses a text element whose Text is not a string, naming MsgBody.0.MsgContent.Text', () => {
      expect(issuePaths(withFields(command, { MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 42 } }] }))).toEqual([
        'MsgBody.0.MsgContent.Text',
      ]);
    });
  },
);

describe('Group.CallbackBeforeSendMsg (1047/34374)', () => {
  test('is valid without EventTime, which older English versions of the page lack', () => {
    expect(parse(without('Group.CallbackBeforeSendMsg', 'EventTime'))).not.toHaveProperty('EventTime');
  });

  test('has no MsgSeq: the message is not stored yet', () => {
    expect(fixtureJson('Group.CallbackBeforeSendMsg')).not.toHaveProperty('MsgSeq');
    expect(parse(fixtureJson('Group.CallbackBeforeSendMsg'))).not.toHaveProperty('MsgSeq');
  });
});

describe('Group.CallbackAfterSendMsg (1047/34375)', () => {
  const COMMAND = 'Group.CallbackAfterSendMsg';

  test('requires MsgSeq, which identifies the stored message; MsgTime (seconds) only describes it', () => {
    expect(issuePaths(without(COMMAND, 'MsgSeq'))).toEqual(['MsgSeq']);
    expect(parse(without(COMMAND, 'MsgTime'))).not.toHaveProperty('MsgTime');
  });

  test('keeps GroupAtInfo (zh 269/2661 only): one @user entry and one @all entry without an account', () => {
    expect(parse(fixtureJson(COMMAND))).toHaveProperty('GroupAtInfo', [
      { GroupAtAllFlag: 0, GroupAt_Account: 'viewer_1207' },
      { GroupAtAllFlag: 1 },
    ]);
    expect(parse(without(COMMAND, 'GroupAtInfo'))).not.toHaveProperty('GroupAtInfo');
  });

  test('turns a numeric GroupAt_Account into a string, and refuses a GroupAtAllFlag sent as text', () => {
    expect(parse(withFields(COMMAND, { GroupAtInfo: [{ GroupAtAllFlag: 0, GroupAt_Account: 1207 }] }))).toHaveProperty('GroupAtInfo', [
      { GroupAtAllFlag: 0, GroupAt_Account: '1207' },
    ]);
    expect(issuePaths(withFields(COMMAND, { GroupAtInfo: [{ GroupAtAllFlag: 'all' }] }))).toEqual(['GroupAtInfo.0.GroupAtAllFlag']);
  });
});

describe('Group.CallbackAfterGroupFull (1047/34376)', () => {
  test('is valid with only GroupId, as an older sample quoted in a zh guide shows it (no EventTime)', () => {
    expect(parse(without('Group.CallbackAfterGroupFull', 'EventTime'))).toEqual({
      CallbackCommand: 'Group.CallbackAfterGroupFull',
      GroupId: '@TGS#2J4SZEAEL',
    });
  });
});

describe('Group.CallbackAfterGroupDestroyed (1047/34377)', () => {
  test('is valid without MemberList (not sent for Community groups), Name (sample only) and Owner_Account', () => {
    const event = parse(without('Group.CallbackAfterGroupDestroyed', 'MemberList', 'Name', 'Owner_Account'));
    for (const key of ['MemberList', 'Name', 'Owner_Account']) expect(event).not.toHaveProperty(key);
  });
});

describe('Group.CallbackAfterGroupInfoChanged (1047/34378)', () => {
  test('is valid with only the field that changed, as the sample sends Notification alone', () => {
    const body = without('Group.CallbackAfterGroupInfoChanged', 'Name', 'Introduction', 'FaceUrl');
    expect(parse(body)).toEqual(body);
  });

  test('refuses a FaceUrl that is not a string, naming FaceUrl', () => {
    expect(issuePaths(withFields('Group.CallbackAfterGroupInfoChanged', { FaceUrl: null }))).toEqual(['FaceUrl']);
  });
});

describe('Group.CallbackOnMemberStateChange (1047/48734)', () => {
  const COMMAND = 'Group.CallbackOnMemberStateChange';

  test('is valid without EventCause, which the en sample leaves out (a comment where the key should be) and the zh sample has', () => {
    expect(parse(without(COMMAND, 'EventCause'))).not.toHaveProperty('EventCause');
    expect(parse(withFields(COMMAND, { EventCause: 'Join' }))).toHaveProperty('EventCause', 'Join');
  });

  test('has no Type and no EventTime on any page, so the fixture has neither and the event needs neither', () => {
    const fixture = fixtureJson(COMMAND);
    expect(fixture).not.toHaveProperty('EventTime');
    expect(fixture).not.toHaveProperty('Type');
    expect(parse(fixture)).toEqual(fixture);
  });

  test('shares the member list of Live.CallbackAfterMemberStateChanged: a member without Member_Account is refused in both', () => {
    const MemberList = [{ Member_Account: 'viewer_8841' }, {}];
    expect(issuePaths(withFields(COMMAND, { MemberList }))).toEqual(['MemberList.1.Member_Account']);
    expect(issuePaths(withFields('Live.CallbackAfterMemberStateChanged', { MemberList }))).toEqual(['MemberList.1.Member_Account']);
  });
});

describe('Group.CallbackSendMsgException (1047/49462)', () => {
  const COMMAND = 'Group.CallbackSendMsgException';

  test('reads ErrorCode and ErrorInfo as the failure the event reports, not as a reply', () => {
    expect(parse(fixtureJson(COMMAND))).toMatchObject({ ErrorCode: 10023, ErrorInfo: 'msg count exceeds limit,please retry later' });
  });

  test('requires ErrorCode (why delivery failed); ErrorInfo only describes it', () => {
    expect(issuePaths(without(COMMAND, 'ErrorCode'))).toEqual(['ErrorCode']);
    expect(parse(without(COMMAND, 'ErrorInfo'))).not.toHaveProperty('ErrorInfo');
  });

  test('refuses an ErrorCode sent as text (the table types it "Interger"), naming ErrorCode', () => {
    expect(issuePaths(withFields(COMMAND, { ErrorCode: '10023' }))).toEqual(['ErrorCode']);
  });
});

describe('the topic callbacks and the others that carry no EventTime (B12, B14-B17)', () => {
  const NO_EVENT_TIME = [
    'Group.CallbackOnMemberStateChange',
    'Group.CallbackBeforeCreateTopic',
    'Group.CallbackAfterCreateTopic',
    'Group.CallbackAfterTopicDestroyed',
    'Group.CallbackAfterTopicInfoChanged',
  ];

  test.each(NO_EVENT_TIME)('%s: its full fixture has no EventTime, and one sent anyway is kept as sent', (command) => {
    expect(fixtureJson(command)).not.toHaveProperty('EventTime');
    expect(parse(withFields(command, { EventTime: '1670574414123' }))).toHaveProperty('EventTime', '1670574414123');
  });
});

describe('Group.CallbackBeforeCreateTopic (1047/49463, zh 269/78206)', () => {
  test('needs no GroupId (no page says which community), only the operator and the topic name', () => {
    expect(parse(fixtureJson('Group.CallbackBeforeCreateTopic', 'minimal'))).not.toHaveProperty('GroupId');
    expect(issuePaths(without('Group.CallbackBeforeCreateTopic', 'Name'))).toEqual(['Name']);
  });
});

describe('Group.CallbackAfterTopicDestroyed (1047/49465)', () => {
  test('reads TopicIdList as the array of the sample', () => {
    expect(parse(fixtureJson('Group.CallbackAfterTopicDestroyed'))).toHaveProperty('TopicIdList', [
      '@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5',
      '@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cUHGY4IM62C8',
    ]);
  });

  test('accepts the single String its table names, as a one-element list', () => {
    expect(parse(withFields('Group.CallbackAfterTopicDestroyed', { TopicIdList: '@TOPIC#_a' }))).toHaveProperty('TopicIdList', [
      '@TOPIC#_a',
    ]);
  });

  test('refuses a list with a non-string entry, naming TopicIdList', () => {
    expect(issuePaths(withFields('Group.CallbackAfterTopicDestroyed', { TopicIdList: [7] }))).toEqual(['TopicIdList']);
  });
});

describe('Group.CallbackAfterTopicInfoChanged (1047/49466)', () => {
  test('has no TopicId on either page, and keeps one if Tencent adds it', () => {
    expect(fixtureJson('Group.CallbackAfterTopicInfoChanged')).not.toHaveProperty('TopicId');
    expect(parse(withFields('Group.CallbackAfterTopicInfoChanged', { TopicId: '@TOPIC#_a' }))).toHaveProperty('TopicId', '@TOPIC#_a');
  });

  test('keeps a FaceUrl whose value contains // (a naive comment stripper of the sample truncates it)', () => {
    expect(parse(withFields('Group.CallbackAfterTopicInfoChanged', { FaceUrl: 'http://this.is.face.url' }))).toHaveProperty(
      'FaceUrl',
      'http://this.is.face.url',
    );
  });
});

describe('Group.CallbackAfterMemberFieldChanged (en 1047/60393 Member_Account, zh 269/105353 Modified_Account)', () => {
  const COMMAND = 'Group.CallbackAfterMemberFieldChanged';

  test('accepts the en spelling Member_Account alone', () => {
    const event = parse(without(COMMAND, 'Modified_Account'));
    expect(event).toHaveProperty('Member_Account', 'viewer_1207');
    expect(event).not.toHaveProperty('Modified_Account');
  });

  test('accepts the zh spelling Modified_Account alone, numeric IDs as strings', () => {
    const zh = parse({ ...without(COMMAND, 'Member_Account'), Modified_Account: 1207 });
    expect(zh).toHaveProperty('Modified_Account', '1207');
    expect(zh).not.toHaveProperty('Member_Account');
  });

  test('refuses a body with neither, saying both names', () => {
    const result = validateLiveCallback(without(COMMAND, 'Member_Account', 'Modified_Account'));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.message).toContain('Member_Account (en 1047/60393) or Modified_Account (zh 269/105353)');
    expect(result.error.issues?.map((issue) => v.getDotPath(issue))).toEqual(['Member_Account']);
  });

  test('is valid without Role or NameCard (a change carries the field that changed)', () => {
    const event = parse(without(COMMAND, 'Role', 'NameCard'));
    expect(event).not.toHaveProperty('Role');
    expect(event).not.toHaveProperty('NameCard');
  });
});

describe('Group.CallbackAfterGroupAttrChanged (1047/60394)', () => {
  const COMMAND = 'Group.CallbackAfterGroupAttrChanged';

  test('reads the lower-case key/value of GroupAttr[]', () => {
    expect(parse(fixtureJson(COMMAND))).toHaveProperty('GroupAttr', [
      { key: 'pk_status', value: 'battling' },
      { key: 'song', value: 'Yellow' },
    ]);
  });

  test('refuses an attribute without its lower-case key (an upper-case Key is not the documented name), naming GroupAttr.0.key', () => {
    expect(issuePaths(withFields(COMMAND, { GroupAttr: [{ Key: 'song', Value: 'Yellow' }] }))).toEqual(['GroupAttr.0.key']);
  });

  test('is valid without OptionType (in the sample, not the table) and GroupAttr (a clear holds nothing documented)', () => {
    const event = parse(without(COMMAND, 'GroupAttr', 'OptionType'));
    expect(event).not.toHaveProperty('GroupAttr');
    expect(event).not.toHaveProperty('OptionType');
    expect(parse(withFields(COMMAND, { OptionType: 'clear', GroupAttr: [] }))).toMatchObject({ OptionType: 'clear', GroupAttr: [] });
  });
});

describe('Group.CallbackAfterReadReceipt (1047/60395)', () => {
  test("requires each entry's MsgSeq; the counts and readers are optional", () => {
    expect(parse(withFields('Group.CallbackAfterReadReceipt', { GroupMsgReceiptList: [{ MsgSeq: 1 }] }))).toHaveProperty(
      'GroupMsgReceiptList',
      [{ MsgSeq: 1 }],
    );
    expect(issuePaths(withFields('Group.CallbackAfterReadReceipt', { GroupMsgReceiptList: [{ ReadNum: 2 }] }))).toEqual([
      'GroupMsgReceiptList.0.MsgSeq',
    ]);
  });

  test('reads ReadReceiptMembers as a group member list (numeric IDs as strings)', () => {
    const GroupMsgReceiptList = [{ MsgSeq: 1, ReadReceiptMembers: [{ Member_Account: 1207 }] }];
    expect(parse(withFields('Group.CallbackAfterReadReceipt', { GroupMsgReceiptList }))).toHaveProperty('GroupMsgReceiptList', [
      { MsgSeq: 1, ReadReceiptMembers: [{ Member_Account: '1207' }] },
    ]);
  });
});

describe('Group.CallbackAfterChangeGroupOwner (1047/60396)', () => {
  test('refuses a transfer without the new owner, naming NewOwner_Account', () => {
    expect(issuePaths(without('Group.CallbackAfterChangeGroupOwner', 'NewOwner_Account'))).toEqual(['NewOwner_Account']);
  });
});

describe('Group.CallbackOnDailyGroupQuotaAlarm (1047/57455, zh 269/90841)', () => {
  test('names no group; the counts are optional, and kept when sent', () => {
    expect(parse(fixtureJson('Group.CallbackOnDailyGroupQuotaAlarm', 'minimal'))).not.toHaveProperty('GroupId');
    expect(parse(fixtureJson('Group.CallbackOnDailyGroupQuotaAlarm'))).toMatchObject({ QuotaUsed: 7321, Quota: 10000 });
  });
});

describe('Group.CallbackAfterGroupMsgExtension (1047/76007, zh 269/126476; fields from the samples)', () => {
  const COMMAND = 'Group.CallbackAfterGroupMsgExtension';

  test('accepts the three sample kinds: set, delete (Value ""), clear all (empty list)', () => {
    const set = parse(fixtureJson(COMMAND));
    expect(set).toMatchObject({ OperateType: 1, Seq: 5 });
    const deleted = [{ Key: 'vote_yellow', Value: '', Seq: 4 }];
    expect(parse(withFields(COMMAND, { OperateType: 2, ExtensionList: deleted }))).toHaveProperty('ExtensionList', deleted);
    expect(parse(withFields(COMMAND, { OperateType: 3, ExtensionList: [] }))).toHaveProperty('ExtensionList', []);
  });

  test('refuses an OperateType sent as text, naming OperateType', () => {
    expect(issuePaths(withFields(COMMAND, { OperateType: 'set' }))).toEqual(['OperateType']);
  });
});

describe('Group.CallbackAfterRecallMsg (1047/46979, zh 269/73141)', () => {
  const COMMAND = 'Group.CallbackAfterRecallMsg';

  test('accepts MsgSeqList entries with MsgId (newer text) and without (the en copy)', () => {
    const MsgSeqList = [{ MsgSeq: 4127, MsgId: '144115233874221367-1795508240-77218' }, { MsgSeq: 4128 }];
    expect(parse(withFields(COMMAND, { MsgSeqList }))).toHaveProperty('MsgSeqList', MsgSeqList);
  });

  test('refuses an entry without MsgSeq, which identifies the recalled message', () => {
    expect(issuePaths(withFields(COMMAND, { MsgSeqList: [{ MsgId: 'x' }] }))).toEqual(['MsgSeqList.0.MsgSeq']);
  });

  test('is valid without TopicId (topic communities only)', () => {
    expect(parse(without(COMMAND, 'TopicId'))).not.toHaveProperty('TopicId');
  });
});
