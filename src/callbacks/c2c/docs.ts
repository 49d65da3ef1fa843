import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { C2C_COMMANDS } from './commands.js';

/** The one-to-one message family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const C2C_DOCS = {
  'C2C.CallbackBeforeSendMsg': {
    doc: '1047/34364',
    summary: 'A one-to-one message is about to be delivered; the reply allows, rejects, drops or rewrites it.',
  },
  'C2C.CallbackAfterSendMsg': { doc: '1047/34365', summary: 'A one-to-one message was delivered, or failed to be.' },
  'C2C.CallbackAfterMsgReport': { doc: '1047/43465', summary: 'One-to-one messages were marked read.' },
  'C2C.CallbackAfterMsgWithDraw': { doc: '1047/43466', summary: 'A one-to-one message was recalled.' },
  'C2C.CallbackAfterC2CMsgExtension': {
    doc: '1047/76006',
    summary: "A one-to-one message's extension key-value pairs were set, deleted or cleared.",
  },
} as const satisfies FamilyDocs<typeof C2C_COMMANDS>;
