import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { BOT_COMMANDS } from './commands.js';

/** The chatbot message family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const BOT_DOCS = {
  'Bot.OnC2CMessage': { doc: '1047/68952', summary: 'A one-to-one message to a chatbot was delivered.' },
  'Bot.OnGroupMessage': { doc: '1047/68953', summary: 'A user @-mentioned chatbots in a group.' },
} as const satisfies FamilyDocs<typeof BOT_COMMANDS>;
