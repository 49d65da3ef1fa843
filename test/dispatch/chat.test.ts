import { describe, expect, test } from 'vitest';
import {
  answerFriends,
  createLiveCallbacks,
  drop,
  refuseMembers,
  refuseSubscribers,
  reject,
  replaceMessage,
  respond,
  type LiveCallbackError,
} from '../../src/index.js';
import { batchFixtureJson } from '../helpers/fixtures.js';
import { signedQuery } from '../helpers/sign.js';
import { APP, NOW_MS, body, query } from './helpers.js';

/* The Chat Before callbacks' decisions as Tencent reads them, and Push batches (issue 9). */

function setup() {
  const live = createLiveCallbacks({ sdkAppId: APP });
  const errors: LiveCallbackError[] = [];
  live.onError((error) => void errors.push(error));
  return { live, errors };
}

const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };

describe('Chat Before callbacks answer with their own reply fields', () => {
  test('an invitation can go ahead without some invitees (RefusedMembers_Account)', async () => {
    const { live } = setup();
    const command = 'Group.CallbackBeforeInviteJoinGroup';
    live.on(command, (event) => refuseMembers(event.DestinationMembers.slice(0, 1).map((member) => member.Member_Account)));
    const reply = await live.handleLiveCallback(query(command), body(command));
    const [first] = JSON.parse(body(command)).DestinationMembers;
    expect(reply.body).toEqual({ ...OK, RefusedMembers_Account: [first.Member_Account] });
  });

  test('a subscription can go ahead without some subscribers (RefusedSubscribers_Account)', async () => {
    const { live } = setup();
    const command = 'OfficialAccount.CallbackBeforeAddSubscriber';
    live.on(command, () => refuseSubscribers(['spammer']));
    expect((await live.handleLiveCallback(query(command), body(command))).body).toEqual({ ...OK, RefusedSubscribers_Account: ['spammer'] });
  });

  test('a friend request is answered per friend (ResultItem)', async () => {
    const { live } = setup();
    const command = 'Sns.CallbackPrevFriendAdd';
    live.on(command, (event) =>
      answerFriends(event.FriendItem.map((item) => ({ To_Account: item.To_Account, ResultCode: 38001, ResultInfo: 'no' }))),
    );
    const reply = await live.handleLiveCallback(query(command), body(command));
    const targets = JSON.parse(body(command)).FriendItem.map((item: { To_Account: string }) => item.To_Account);
    expect(reply.body).toEqual({
      ...OK,
      ResultItem: targets.map((To_Account: string) => ({ To_Account, ResultCode: 38001, ResultInfo: 'no' })),
    });
  });

  test('a chatbot signal is answered with RspData', async () => {
    const { live } = setup();
    const command = 'Chatbot.OnC2CSignalMessage';
    live.on(command, (event) => respond(`echo:${event.Data}`));
    const reply = await live.handleLiveCallback(query(command), body(command));
    expect(reply.body).toEqual({ ...OK, RspData: `echo:${JSON.parse(body(command)).Data}` });
  });

  test('a one-to-one message can be dropped, rewritten or rejected with a pass-through code', async () => {
    const { live } = setup();
    const command = 'C2C.CallbackBeforeSendMsg';
    const decisions = [drop(), replaceMessage({ CloudCustomData: 'masked' }), reject(120001, 'not allowed')];
    let next = 0;
    live.on(command, () => decisions[next++]);
    const replies = [];
    for (let i = 0; i < decisions.length; i++) replies.push((await live.handleLiveCallback(query(command), body(command))).body);
    expect(replies).toEqual([
      { ...OK, ErrorCode: 2 },
      { ...OK, CloudCustomData: 'masked' },
      { ActionStatus: 'OK', ErrorCode: 120001, ErrorInfo: 'not allowed' },
    ]);
  });

  test('a decision another command does not support is a handler failure, answered with the fallback', async () => {
    const { live, errors } = setup();
    const command = 'Group.CallbackBeforeCreateGroup';
    // @ts-expect-error refuseMembers() is for invitations only
    live.on(command, () => refuseMembers(['x']));
    const reply = await live.handleLiveCallback(query(command), body(command));
    expect(reply.body).toEqual({ ...OK, ErrorInfo: 'no decision: a handler failed' });
    expect(errors.map((error) => error.code)).toEqual(['handler_failed']);
  });
});

describe('Push batches', () => {
  const batch = batchFixtureJson('Push');
  const events = batch.Events as { CallbackCommand: string }[];

  test("each event reaches its own command's handlers; one reply for the batch", async () => {
    const { live, errors } = setup();
    const seen: string[] = [];
    live.on('Push.OfflinePush', (event) => void seen.push(`offline:${event.PushID}`));
    live.on('Push.AllMemberPush', (event) => void seen.push(`all:${event.TaskId}`));
    const reply = await live.handleLiveCallback(query('Push.OfflinePush'), JSON.stringify(batch));
    expect(reply).toMatchObject({ status: 200, body: OK });
    expect(seen).toHaveLength(events.length);
    expect(seen.filter((entry) => entry.startsWith('offline:'))).toHaveLength(
      events.filter((event) => event.CallbackCommand === 'Push.OfflinePush').length,
    );
    expect(errors).toEqual([]);
  });

  test('an invalid event is reported and the others still run; a failing handler makes the batch FAIL', async () => {
    const { live, errors } = setup();
    let handled = 0;
    live.on(['Push.OfflinePush', 'Push.AllMemberPush'], () => void handled++);
    const broken = { ...batch, Events: [{ CallbackCommand: 'Push.OfflinePush', EventType: 'nope' }, ...events] };
    expect((await live.handleLiveCallback(query('Push.OfflinePush'), JSON.stringify(broken))).status).toBe(200);
    expect(handled).toBe(events.length);
    expect(errors.map((error) => error.code)).toEqual(['invalid_payload']);
    live.on('Push.AllMemberPush', () => {
      throw new Error('push log down');
    });
    expect((await live.handleLiveCallback(query('Push.OfflinePush'), JSON.stringify(batch))).body.ActionStatus).toBe('FAIL');
  });

  test('a batch of nothing valid is a 400', async () => {
    const { live } = setup();
    const reply = await live.handleLiveCallback(
      query('Push.OfflinePush'),
      JSON.stringify({ Events: [{ CallbackCommand: 'Push.OfflinePush' }] }),
    );
    expect(reply.status).toBe(400);
  });

  test('with tokens per source, a batch verified with the Chat token cannot carry a Live event', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP, token: { live: 'L', chat: 'C' }, now: () => NOW_MS });
    const errors: LiveCallbackError[] = [];
    live.onError((error) => void errors.push(error));
    const smuggled = { Events: [{ ...JSON.parse(body('Live.CallbackAfterCreateRoom')) }, ...events] };
    const signed = signedQuery({ sdkAppId: APP, command: 'Push.OfflinePush', token: 'C', requestTime: NOW_MS / 1000 });
    expect((await live.handleLiveCallback(signed, JSON.stringify(smuggled))).status).toBe(200);
    expect(errors.map((error) => error.code)).toEqual(['source_mismatch']);
  });
});
