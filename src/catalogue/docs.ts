import type { LiveCallbackCommand } from '../commands.js';
import { ALERT_DOCS } from '../callbacks/alert/docs.js';
import { BOT_DOCS } from '../callbacks/bot/docs.js';
import { C2C_DOCS } from '../callbacks/c2c/docs.js';
import { CHATBOT_DOCS } from '../callbacks/chatbot/docs.js';
import { CONTENT_DOCS } from '../callbacks/content/docs.js';
import { FOLLOW_DOCS } from '../callbacks/follow/docs.js';
import { GROUP_DOCS } from '../callbacks/group/docs.js';
import { LIVE_DOCS } from '../callbacks/live/docs.js';
import { MIC_DOCS } from '../callbacks/mic/docs.js';
import { OFFICIAL_ACCOUNT_DOCS } from '../callbacks/official-account/docs.js';
import { PUSH_DOCS } from '../callbacks/push/docs.js';
import { PROFILE_DOCS } from '../callbacks/profile/docs.js';
import { SNS_DOCS } from '../callbacks/sns/docs.js';
import { STATE_DOCS } from '../callbacks/state/docs.js';
import type { CommandDocs } from './family-docs.js';

/**
 * Where Tencent documents each command of `LIVE_CALLBACK_TABLE`, and when it sends it: `doc` is the
 * page (`647/64422`, under https://www.tencentcloud.com/document/product/), `summary` one line. The
 * README's table, the JSON Schemas, the OpenAPI document and `tencent-live-webhooks commands --json`
 * are written from it. It lives in `tencent-live-webhooks/catalogue`, apart from the table, so an app
 * that only handles callbacks does not ship these texts.
 */
export const LIVE_CALLBACK_DOCS: { readonly [C in LiveCallbackCommand]: CommandDocs } = /* @__PURE__ */ Object.freeze({
  ...LIVE_DOCS,
  ...MIC_DOCS,
  ...GROUP_DOCS,
  ...FOLLOW_DOCS,
  ...C2C_DOCS,
  ...SNS_DOCS,
  ...PROFILE_DOCS,
  ...STATE_DOCS,
  ...ALERT_DOCS,
  ...BOT_DOCS,
  ...CHATBOT_DOCS,
  ...CONTENT_DOCS,
  ...OFFICIAL_ACCOUNT_DOCS,
  ...PUSH_DOCS,
});
