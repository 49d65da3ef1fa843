import type { LiveBeforeCommand, LiveDecisionKind, LiveDecisionKindOf } from '../commands.js';
import type { TIMMsgElement } from '../callbacks/index.js';

/*
 * What a Before handler returns. Tencent reads only ErrorCode (and, for Group.CallbackBeforeSendMsg,
 * replacement content) from the reply, so a decision is a small tagged object the dispatcher turns
 * into that reply. Plain objects, so a decision can be logged, compared in tests and returned from
 * any async code.
 */

/** Let the action happen (ErrorCode 0). */
export interface LiveAllowDecision {
  readonly kind: 'allow';
}

/** Block the action with a non-zero ErrorCode and a text. */
export interface LiveRejectDecision {
  readonly kind: 'reject';
  readonly code: number;
  readonly info: string;
}

/** Group messages only: swallow the message; the sender still sees success (ErrorCode 2). */
export interface LiveDropDecision {
  readonly kind: 'drop';
}

/** Group messages only: deliver this content instead of what was sent (ErrorCode 0). */
export interface LiveReplaceDecision {
  readonly kind: 'replace';
  readonly MsgBody?: TIMMsgElement[];
  readonly CloudCustomData?: string;
}

/** Group invitations only: the invitation goes ahead without these invitees (`RefusedMembers_Account`). */
export interface LiveRefuseMembersDecision {
  readonly kind: 'refuseMembers';
  readonly accounts: readonly string[];
}

/** Official-account subscriptions only: these users are not subscribed (`RefusedSubscribers_Account`). */
export interface LiveRefuseSubscribersDecision {
  readonly kind: 'refuseSubscribers';
  readonly accounts: readonly string[];
}

/** One friend's answer in a friend request: 0 lets it through, anything else refuses (use 38000-39000). */
export interface LiveFriendAnswer {
  /** The user the request is to. */
  To_Account: string;
  /** 0 allows; a non-zero code refuses this friend. */
  ResultCode: number;
  /** Text passed back with a refusal. */
  ResultInfo?: string;
}

/** Friend requests only: an answer per requested friend (`ResultItem`). */
export interface LiveAnswerFriendsDecision {
  readonly kind: 'answerFriends';
  readonly results: readonly LiveFriendAnswer[];
}

/** Chatbot signalling only: the data sent back to the chatbot (`RspData`). */
export interface LiveRespondDecision {
  readonly kind: 'respond';
  readonly data: string;
}

/** Any decision a Before handler can return; each command accepts the kinds its row lists. */
export type LiveDecision =
  | LiveAllowDecision
  | LiveRejectDecision
  | LiveDropDecision
  | LiveReplaceDecision
  | LiveRefuseMembersDecision
  | LiveRefuseSubscribersDecision
  | LiveAnswerFriendsDecision
  | LiveRespondDecision;

/** The decisions a handler of command `C` may return (the row of `C` in the command table lists them). */
export type LiveDecisionFor<C extends LiveBeforeCommand> = Extract<LiveDecision, { kind: LiveDecisionKindOf<C> }>;

/** Lets the action happen (ErrorCode 0). Returning nothing does the same. */
export function allow(): LiveAllowDecision {
  return { kind: 'allow' };
}

/**
 * Blocks the action. Which codes reach the user's client depends on the command:
 *
 * `Live.CallbackBeforeSendGift` (647/72210): any non-zero code blocks the gift; codes 102100-102200
 * reach the sender's client together with `info`, other codes reach it as a generic failure.
 *
 * `Group.CallbackBeforeSendMsg` (647/74347): code 1 blocks and the sender gets error 10016; codes
 * 10100-10200 block and reach the sender with `info`. Code 2 means "drop silently": use {@link drop}.
 * The other Group Before callbacks (create group, apply/invite to join, create topic) read codes the same way.
 *
 * `C2C.CallbackBeforeSendMsg` (1047/34364): code 1 blocks and the sender gets 20006; codes 120001-130000
 * reach the sender with `info`. `OfficialAccount.CallbackBeforeSendMsg` (1047/60803): the same codes,
 * but a plain block gives 10016. `OfficialAccount.CallbackBeforeCreateOfficialAccount` (1047/60795) and
 * `...BeforeAddSubscriber` (1047/60799): 1 denies (20006), 120001-130000 pass through.
 * `Chatbot.OnC2CSignalMessage`: a non-zero code reports failure and no `RspData` is sent.
 *
 * @param code Non-zero integer ErrorCode. Defaults to 1 (blocked, nothing passed to the client).
 * @param info ErrorInfo text; shown to the sender only with a pass-through code.
 */
export function reject(code = 1, info = ''): LiveRejectDecision {
  if (!Number.isInteger(code) || code === 0) {
    throw new RangeError(
      `[tencent-live-webhooks] reject() needs a non-zero integer code, got ${String(code)}; use allow() to let it through`,
    );
  }
  return { kind: 'reject', code, info };
}

/** Message Before callbacks (group, C2C, official account): the message is silently discarded, the sender sees success (ErrorCode 2). */
export function drop(): LiveDropDecision {
  return { kind: 'drop' };
}

/**
 * Message Before callbacks (group, C2C, official account): the message goes out with this body and/or
 * custom data instead of the original (the reply's `MsgBody` / `CloudCustomData`, ErrorCode 0;
 * 647/74347, 1047/34364, 1047/60803).
 */
export function replaceMessage(replacement: { MsgBody?: TIMMsgElement[]; CloudCustomData?: string }): LiveReplaceDecision {
  return { kind: 'replace', ...replacement };
}

/**
 * `Group.CallbackBeforeInviteJoinGroup` (1047/34371): the invitation goes ahead, but these invitees
 * are not added (`RefusedMembers_Account`, ErrorCode 0).
 */
export function refuseMembers(accounts: readonly string[]): LiveRefuseMembersDecision {
  return { kind: 'refuseMembers', accounts: [...accounts] };
}

/**
 * `OfficialAccount.CallbackBeforeAddSubscriber` (1047/60799): the subscription goes ahead, but these
 * users are not subscribed (`RefusedSubscribers_Account`, ErrorCode 0).
 */
export function refuseSubscribers(accounts: readonly string[]): LiveRefuseSubscribersDecision {
  return { kind: 'refuseSubscribers', accounts: [...accounts] };
}

/**
 * `Sns.CallbackPrevFriendAdd` / `Sns.CallbackPrevFriendResponse` (1047/43468, 1047/43467): an answer
 * per requested friend (`ResultItem`): `ResultCode` 0 lets that friendship through, any other code
 * refuses it (Tencent suggests 38000-39000). Friends left out are let through.
 */
export function answerFriends(results: readonly LiveFriendAnswer[]): LiveAnswerFriendsDecision {
  return { kind: 'answerFriends', results: results.map((result) => ({ ...result })) };
}

/** `Chatbot.OnC2CSignalMessage` (1047/59057): `data` is sent back to the chatbot as `RspData` (ErrorCode 0). */
export function respond(data: string): LiveRespondDecision {
  return { kind: 'respond', data };
}

/** The rank used when several handlers decide: the most restrictive decision wins. */
const RESTRICTIVENESS: Record<LiveDecisionKind, number> = {
  allow: 0,
  respond: 1,
  answerFriends: 1,
  replace: 1,
  refuseMembers: 1,
  refuseSubscribers: 1,
  drop: 2,
  reject: 3,
};

/** True for an object made by one of the helpers above (JavaScript callers can return anything). */
export function isLiveDecision(value: unknown): value is LiveDecision {
  return typeof value === 'object' && value !== null && Object.hasOwn(RESTRICTIVENESS, (value as { kind?: unknown }).kind as string);
}

/**
 * Several handlers for one Before command combine like this: the most restrictive decision wins
 * (reject > drop > a changed action > allow), and among equals the handler registered first wins. So any one
 * handler can veto, and no handler can quietly undo another's block.
 */
export function combineDecisions(decisions: readonly LiveDecision[]): LiveDecision {
  let chosen: LiveDecision = allow();
  for (const decision of decisions) {
    if (RESTRICTIVENESS[decision.kind] > RESTRICTIVENESS[chosen.kind]) chosen = decision;
  }
  return chosen;
}
