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
  ),
  'OfficialAccount.CallbackAfterCreateOfficialAccount': after<OfficialAccountCallbackAfterCreateOfficialAccount>()(
    'chat',
    OfficialAccountCallbackAfterCreateOfficialAccountSchema,
  ),
  'OfficialAccount.CallbackAfterOfficialAccountInfoChanged': after<OfficialAccountCallbackAfterOfficialAccountInfoChanged>()(
    'chat',
    OfficialAccountCallbackAfterOfficialAccountInfoChangedSchema,
  ),
  'OfficialAccount.CallbackAfterOfficialAccountDestroyed': after<OfficialAccountCallbackAfterOfficialAccountDestroyed>()(
    'chat',
    OfficialAccountCallbackAfterOfficialAccountDestroyedSchema,
  ),
  'OfficialAccount.CallbackBeforeAddSubscriber': before<OfficialAccountCallbackBeforeAddSubscriber>()(
    'chat',
    OfficialAccountCallbackBeforeAddSubscriberSchema,
    ['allow', 'reject', 'refuseSubscribers'],
  ),
  'OfficialAccount.CallbackAfterAddSubscriber': after<OfficialAccountCallbackAfterAddSubscriber>()(
    'chat',
    OfficialAccountCallbackAfterAddSubscriberSchema,
  ),
  'OfficialAccount.CallbackAfterOfficialAccountFull': after<OfficialAccountCallbackAfterOfficialAccountFull>()(
    'chat',
    OfficialAccountCallbackAfterOfficialAccountFullSchema,
  ),
  'OfficialAccount.CallbackAfterDeleteSubscriber': after<OfficialAccountCallbackAfterDeleteSubscriber>()(
    'chat',
    OfficialAccountCallbackAfterDeleteSubscriberSchema,
  ),
  'OfficialAccount.CallbackBeforeSendMsg': before<OfficialAccountCallbackBeforeSendMsg>()(
    'chat',
    OfficialAccountCallbackBeforeSendMsgSchema,
    ['allow', 'reject', 'drop', 'replace'],
  ),
  'OfficialAccount.CallbackAfterSendMsg': after<OfficialAccountCallbackAfterSendMsg>()('chat', OfficialAccountCallbackAfterSendMsgSchema),
  'OfficialAccount.CallbackAfterMsgWithDraw': after<OfficialAccountCallbackAfterMsgWithDraw>()(
    'chat',
    OfficialAccountCallbackAfterMsgWithDrawSchema,
  ),
});
