import { after, before, rows } from '../../catalogue/row.js';
import { OfficialAccountCallbackAfterAddSubscriberSchema, type OfficialAccountCallbackAfterAddSubscriber } from './after-add-subscriber.js';
import {
  OfficialAccountCallbackAfterCreateOfficialAccountSchema,
  type OfficialAccountCallbackAfterCreateOfficialAccount,
} from './after-create-official-account.js';
import {
  OfficialAccountCallbackAfterDeleteSubscriberSchema,
  type OfficialAccountCallbackAfterDeleteSubscriber,
} from './after-delete-subscriber.js';
import { OfficialAccountCallbackAfterMsgWithDrawSchema, type OfficialAccountCallbackAfterMsgWithDraw } from './after-msg-withdraw.js';
import {
  OfficialAccountCallbackAfterOfficialAccountDestroyedSchema,
  type OfficialAccountCallbackAfterOfficialAccountDestroyed,
} from './after-official-account-destroyed.js';
import {
  OfficialAccountCallbackAfterOfficialAccountFullSchema,
  type OfficialAccountCallbackAfterOfficialAccountFull,
} from './after-official-account-full.js';
import {
  OfficialAccountCallbackAfterOfficialAccountInfoChangedSchema,
  type OfficialAccountCallbackAfterOfficialAccountInfoChanged,
} from './after-official-account-info-changed.js';
import { OfficialAccountCallbackAfterSendMsgSchema, type OfficialAccountCallbackAfterSendMsg } from './after-send-msg.js';
import {
  OfficialAccountCallbackBeforeAddSubscriberSchema,
  type OfficialAccountCallbackBeforeAddSubscriber,
} from './before-add-subscriber.js';
import {
  OfficialAccountCallbackBeforeCreateOfficialAccountSchema,
  type OfficialAccountCallbackBeforeCreateOfficialAccount,
} from './before-create-official-account.js';
import { OfficialAccountCallbackBeforeSendMsgSchema, type OfficialAccountCallbackBeforeSendMsg } from './before-send-msg.js';

/** The official-account (Official Channel) family's rows of the command table (src/commands.ts merges every family). */
export const OFFICIAL_ACCOUNT_COMMANDS = /* @__PURE__ */ rows({
  'OfficialAccount.CallbackBeforeCreateOfficialAccount': before<OfficialAccountCallbackBeforeCreateOfficialAccount>()(
    'chat',
    OfficialAccountCallbackBeforeCreateOfficialAccountSchema,
    ['allow', 'reject'],
    { doc: '1047/60795', summary: 'An admin is about to create an official account; the reply allows or denies it.' },
  ),
  'OfficialAccount.CallbackAfterCreateOfficialAccount': after<OfficialAccountCallbackAfterCreateOfficialAccount>()(
    'chat',
    OfficialAccountCallbackAfterCreateOfficialAccountSchema,
    { doc: '1047/60796', summary: 'An official account was created.' },
  ),
  'OfficialAccount.CallbackAfterOfficialAccountInfoChanged': after<OfficialAccountCallbackAfterOfficialAccountInfoChanged>()(
    'chat',
    OfficialAccountCallbackAfterOfficialAccountInfoChangedSchema,
    { doc: '1047/60797', summary: "An official account's profile was changed." },
  ),
  'OfficialAccount.CallbackAfterOfficialAccountDestroyed': after<OfficialAccountCallbackAfterOfficialAccountDestroyed>()(
    'chat',
    OfficialAccountCallbackAfterOfficialAccountDestroyedSchema,
    { doc: '1047/60798', summary: 'An official account was destroyed.' },
  ),
  'OfficialAccount.CallbackBeforeAddSubscriber': before<OfficialAccountCallbackBeforeAddSubscriber>()(
    'chat',
    OfficialAccountCallbackBeforeAddSubscriberSchema,
    ['allow', 'reject', 'refuseSubscribers'],
    {
      doc: '1047/60799',
      summary: 'Users are about to subscribe to an official account; the reply admits them, refuses some, or rejects all.',
    },
  ),
  'OfficialAccount.CallbackAfterAddSubscriber': after<OfficialAccountCallbackAfterAddSubscriber>()(
    'chat',
    OfficialAccountCallbackAfterAddSubscriberSchema,
    { doc: '1047/60800', summary: 'Users subscribed to an official account.' },
  ),
  'OfficialAccount.CallbackAfterOfficialAccountFull': after<OfficialAccountCallbackAfterOfficialAccountFull>()(
    'chat',
    OfficialAccountCallbackAfterOfficialAccountFullSchema,
    { doc: '1047/60801', summary: 'An official account reached its subscriber limit.' },
  ),
  'OfficialAccount.CallbackAfterDeleteSubscriber': after<OfficialAccountCallbackAfterDeleteSubscriber>()(
    'chat',
    OfficialAccountCallbackAfterDeleteSubscriberSchema,
    { doc: '1047/60802', summary: 'Users unsubscribed from an official account.' },
  ),
  'OfficialAccount.CallbackBeforeSendMsg': before<OfficialAccountCallbackBeforeSendMsg>()(
    'chat',
    OfficialAccountCallbackBeforeSendMsgSchema,
    ['allow', 'reject', 'drop', 'replace'],
    { doc: '1047/60803', summary: 'An official account is about to send a message; the reply allows, rejects, drops or rewrites it.' },
  ),
  'OfficialAccount.CallbackAfterSendMsg': after<OfficialAccountCallbackAfterSendMsg>()('chat', OfficialAccountCallbackAfterSendMsgSchema, {
    doc: '1047/60804',
    summary: "An official account's message was delivered to its subscribers.",
  }),
  'OfficialAccount.CallbackAfterMsgWithDraw': after<OfficialAccountCallbackAfterMsgWithDraw>()(
    'chat',
    OfficialAccountCallbackAfterMsgWithDrawSchema,
    { doc: '1047/60805', summary: 'Official-account messages were recalled.' },
  ),
});
