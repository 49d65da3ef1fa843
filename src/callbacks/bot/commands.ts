import { after, rows } from '../../catalogue/row.js';
import { BotOnC2CMessageSchema, type BotOnC2CMessage } from './on-c2c-message.js';
import { BotOnGroupMessageSchema, type BotOnGroupMessage } from './on-group-message.js';

/** The chatbot message family's rows of the command table (src/commands.ts merges every family). */
export const BOT_COMMANDS = /* @__PURE__ */ rows({
  'Bot.OnC2CMessage': after<BotOnC2CMessage>()('chat', BotOnC2CMessageSchema),
  'Bot.OnGroupMessage': after<BotOnGroupMessage>()('chat', BotOnGroupMessageSchema),
});
