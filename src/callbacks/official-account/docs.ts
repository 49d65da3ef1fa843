import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { OFFICIAL_ACCOUNT_COMMANDS } from './commands.js';

/** The official-account (Official Channel) family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const OFFICIAL_ACCOUNT_DOCS = {
  'OfficialAccount.CallbackBeforeCreateOfficialAccount': {
    doc: '1047/60795',
    summary: 'An admin is about to create an official account; the reply allows or denies it.',
  },
  'OfficialAccount.CallbackAfterCreateOfficialAccount': { doc: '1047/60796', summary: 'An official account was created.' },
  'OfficialAccount.CallbackAfterOfficialAccountInfoChanged': { doc: '1047/60797', summary: "An official account's profile was changed." },
  'OfficialAccount.CallbackAfterOfficialAccountDestroyed': { doc: '1047/60798', summary: 'An official account was destroyed.' },
  'OfficialAccount.CallbackBeforeAddSubscriber': {
    doc: '1047/60799',
    summary: 'Users are about to subscribe to an official account; the reply admits them, refuses some, or rejects all.',
  },
  'OfficialAccount.CallbackAfterAddSubscriber': { doc: '1047/60800', summary: 'Users subscribed to an official account.' },
  'OfficialAccount.CallbackAfterOfficialAccountFull': { doc: '1047/60801', summary: 'An official account reached its subscriber limit.' },
  'OfficialAccount.CallbackAfterDeleteSubscriber': { doc: '1047/60802', summary: 'Users unsubscribed from an official account.' },
  'OfficialAccount.CallbackBeforeSendMsg': {
    doc: '1047/60803',
    summary: 'An official account is about to send a message; the reply allows, rejects, drops or rewrites it.',
  },
  'OfficialAccount.CallbackAfterSendMsg': { doc: '1047/60804', summary: "An official account's message was delivered to its subscribers." },
  'OfficialAccount.CallbackAfterMsgWithDraw': { doc: '1047/60805', summary: 'Official-account messages were recalled.' },
} as const satisfies FamilyDocs<typeof OFFICIAL_ACCOUNT_COMMANDS>;
