import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { CHATBOT_COMMANDS } from './commands.js';

/** The chatbot pass-through family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const CHATBOT_DOCS = {
  'Chatbot.OnC2CSignalMessage': {
    doc: '1047/59057',
    summary: "A user sent a chatbot a pass-through message; the reply's RspData goes back to the chatbot.",
  },
} as const satisfies FamilyDocs<typeof CHATBOT_COMMANDS>;
