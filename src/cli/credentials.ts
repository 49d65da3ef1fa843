import { LIVE_CALLBACK_TABLE, resolveLiveCallbackCommand } from '../commands.js';
import { CliError, type OptionSpecs, type OptionValues } from './args.js';

/* Which app and which tokens: from flags first, then the environment. Never a hidden default. */

export const SDK_APP_ID_ENV = ['LIVE_SDK_APP_ID', 'TENCENT_SDK_APP_ID'] as const;
export const TOKEN_ENV = 'LIVE_CALLBACK_TOKEN';
export const CHAT_TOKEN_ENV = 'CHAT_CALLBACK_TOKEN';

export const SDK_APP_ID_OPTION = {
  'sdk-app-id': { type: 'string', value: 'ID', help: `your SdkAppID (default: $${SDK_APP_ID_ENV.join(' or $')})` },
} as const satisfies OptionSpecs;

export const TOKEN_OPTIONS = {
  token: { type: 'string', value: 'TOKEN', help: `the Live callback token (default: $${TOKEN_ENV})` },
  'chat-token': {
    type: 'string',
    value: 'TOKEN',
    help: `the Chat callback token, for Chat commands (default: $${CHAT_TOKEN_ENV}, else --token)`,
  },
} as const satisfies OptionSpecs;

export type Env = Readonly<Record<string, string | undefined>>;

/** The callback tokens per source; a Chat command without its own token uses the Live one. */
export interface Tokens {
  live?: string;
  chat?: string;
}

/** A set, non-empty environment variable (an empty one counts as unset). */
function fromEnv(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** The SdkAppID given, checked (digits only, not 0), or undefined when none was given. */
export function optionalSdkAppId(values: OptionValues<typeof SDK_APP_ID_OPTION>, env: Env): string | undefined {
  const given = values['sdk-app-id'] ?? SDK_APP_ID_ENV.map((name) => fromEnv(env, name)).find((value) => value !== undefined);
  if (given === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(given.trim())) throw new CliError(`the SdkAppID must be a number like 1400000000, got ${JSON.stringify(given)}`);
  return given.trim();
}

/** The SdkAppID, which this command cannot do without. */
export function requiredSdkAppId(values: OptionValues<typeof SDK_APP_ID_OPTION>, env: Env): string {
  const sdkAppId = optionalSdkAppId(values, env);
  if (sdkAppId === undefined) {
    throw new CliError(`no SdkAppID: pass --sdk-app-id ID (your app's SdkAppID, e.g. 1400000000) or set ${SDK_APP_ID_ENV.join(' or ')}`);
  }
  return sdkAppId;
}

function checkedToken(value: string | undefined, flag: string): string | undefined {
  if (value === '') throw new CliError(`${flag} is empty; leave it out to send unsigned requests`);
  return value;
}

export function tokensFrom(values: OptionValues<typeof TOKEN_OPTIONS>, env: Env): Tokens {
  const live = checkedToken(values.token, '--token') ?? fromEnv(env, TOKEN_ENV);
  const chat = checkedToken(values['chat-token'], '--chat-token') ?? fromEnv(env, CHAT_TOKEN_ENV) ?? live;
  return { ...(live !== undefined && { live }), ...(chat !== undefined && { chat }) };
}

/** Whether a command's callbacks carry the Chat token (a known command of the Chat URL); unknown commands go with the Live one. */
export function signedWithChatToken(command: string | undefined): boolean {
  const known = command === undefined ? undefined : resolveLiveCallbackCommand(command);
  return known !== undefined && LIVE_CALLBACK_TABLE[known].source === 'chat';
}

/** The token a command's callbacks are signed with: its source's (Live or Chat URL). Unknown commands use the Live one. */
export function tokenFor(tokens: Tokens, command: string | undefined): string | undefined {
  return signedWithChatToken(command) ? (tokens.chat ?? tokens.live) : tokens.live;
}
