import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema, openString, type OpenString } from '../shared.js';

/** What happened to the connection; the current zh page adds a custom-status change. */
export type StateAction = OpenString<'Login' | 'Logout' | 'Disconnect' | 'CustomStatusChange'>;

/** Why: Register (login, reconnect), Unregister (logout), LinkClose (FIN/RST, app killed), TimeOut (heartbeat lost for 400 s). */
export type StateReason = OpenString<'Register' | 'Unregister' | 'LinkClose' | 'TimeOut' | 'SetCustomStatus'>;

/**
 * Platform of a kicked device, in this field's own list (`Mac`, not the `macOS` of OptPlatform). The
 * query's OptPlatform of this command says `IOS` in upper case (1047/34354); parseLiveCallbackQuery
 * maps it to `iOS`.
 */
export type KickedDevicePlatform = OpenString<'iOS' | 'Android' | 'Web' | 'Windows' | 'iPad' | 'Mac' | 'Linux'>;

/** The login or logout record. */
export interface StateChangeInfo {
  /** Login (TCP connection up), Logout, Disconnect (network lost) or, on current pages, CustomStatusChange. */
  Action: StateAction;
  /** UserID whose state changed. */
  To_Account: string;
  /** Why the state changed; only describes, so optional. */
  Reason?: StateReason;
  /** The user's custom status after the change (current zh table only; it does not say where, so both places are read). */
  CustomStatus?: string;
}

/** A device another login pushed offline. */
export interface KickedDevice {
  /** The device's platform. */
  Platform?: KickedDevicePlatform;
}

/**
 * A user logged in, logged out, lost the connection (seen after up to 400 s) or set a custom status.
 * https://www.tencentcloud.com/document/product/1047/34357
 */
export interface StateStateChange {
  CallbackCommand: 'State.StateChange';
  /** The login or logout record. */
  Info: StateChangeInfo;
  /** When the callback was triggered, Unix milliseconds. Older copies of the page show a body without it, so optional. */
  EventTime?: number;
  /** Devices this login kicked offline; only on a Login (Register) that kicked some. */
  KickedDevice?: KickedDevice[];
  /** The custom status, where a top-level row would put it (the zh table does not say Info or top level). */
  CustomStatus?: string;
}

/** Validates a {@link StateStateChange} body: `v.parse(StateStateChangeSchema, body)` returns the event (unknown fields kept). */
export const StateStateChangeSchema = callbackSchema('State.StateChange', () => ({
  Info: v.looseObject({
    Action: openString(['Login', 'Logout', 'Disconnect', 'CustomStatusChange']),
    To_Account: AccountIdSchema,
    Reason: v.exactOptional(openString(['Register', 'Unregister', 'LinkClose', 'TimeOut', 'SetCustomStatus'])),
    CustomStatus: v.exactOptional(v.string()),
  }),
  EventTime: v.exactOptional(MillisecondsSchema),
  KickedDevice: v.exactOptional(
    v.array(v.looseObject({ Platform: v.exactOptional(openString(['iOS', 'Android', 'Web', 'Windows', 'iPad', 'Mac', 'Linux'])) })),
  ),
  CustomStatus: v.exactOptional(v.string()),
}));
