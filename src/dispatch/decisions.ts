import type { LiveBeforeCommand, LiveDecisionKind, LiveDecisionKindOf } from '../commands.js';
import type { GroupMsgBodyElement } from '../callbacks/index.js';

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
  readonly MsgBody?: GroupMsgBodyElement[];
  readonly CloudCustomData?: string;
}

export type LiveDecision = LiveAllowDecision | LiveRejectDecision | LiveDropDecision | LiveReplaceDecision;

/** The decisions a handler of command `C` may return: `allow`/`reject` for gifts, all four for group messages. */
export type LiveDecisionFor<C extends LiveBeforeCommand> = Extract<LiveDecision, { kind: LiveDecisionKindOf<C> }>;

/** Lets the gift or message through. */
export function allow(): LiveAllowDecision {
  return { kind: 'allow' };
}

/**
 * Blocks the gift or message.
 *
 * `Live.CallbackBeforeSendGift` (647/72210): any non-zero code blocks the gift; codes 102100-102200
 * reach the sender's client together with `info`, other codes reach it as a generic failure.
 *
 * `Group.CallbackBeforeSendMsg` (647/74347): code 1 blocks and the sender gets error 10016; codes
 * 10100-10200 block and reach the sender with `info`. Code 2 means "drop silently": use {@link drop}.
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

/** `Group.CallbackBeforeSendMsg` only: the message is silently discarded, the sender sees success. */
export function drop(): LiveDropDecision {
  return { kind: 'drop' };
}

/**
 * `Group.CallbackBeforeSendMsg` only: the message goes out with this body and/or custom data instead
 * of the original (647/74347: the reply's `MsgBody` / `CloudCustomData`, ErrorCode 0).
 */
export function replaceMessage(replacement: { MsgBody?: GroupMsgBodyElement[]; CloudCustomData?: string }): LiveReplaceDecision {
  return { kind: 'replace', ...replacement };
}

const DECISION_KINDS: ReadonlySet<string> = new Set<LiveDecisionKind>(['allow', 'reject', 'drop', 'replace']);

/** True for an object made by one of the helpers above (JavaScript callers can return anything). */
export function isLiveDecision(value: unknown): value is LiveDecision {
  return typeof value === 'object' && value !== null && DECISION_KINDS.has((value as { kind?: unknown }).kind as string);
}

/** The rank used when several handlers decide: the most restrictive decision wins. */
const RESTRICTIVENESS: Record<LiveDecisionKind, number> = {
  allow: 0,
  respond: 0,
  answerFriends: 1,
  replace: 1,
  refuseMembers: 1,
  refuseSubscribers: 1,
  drop: 2,
  reject: 3,
};

/**
 * Several handlers for one Before command combine like this: the most restrictive decision wins
 * (reject > drop > replace > allow), and among equals the handler registered first wins. So any one
 * handler can veto, and no handler can quietly undo another's block.
 */
export function combineDecisions(decisions: readonly LiveDecision[]): LiveDecision {
  let chosen: LiveDecision = allow();
  for (const decision of decisions) {
    if (RESTRICTIVENESS[decision.kind] > RESTRICTIVENESS[chosen.kind]) chosen = decision;
  }
  return chosen;
}
