import { before, rows } from '../../catalogue/row.js';
import { ChatbotOnC2CSignalMessageSchema, type ChatbotOnC2CSignalMessage } from './on-c2c-signal-message.js';

/** The chatbot pass-through family's rows of the command table (src/commands.ts merges every family). */
export const CHATBOT_COMMANDS = /* @__PURE__ */ rows({
  // Reply-bearing, so a Before row although its name does not say so: the reply's RspData goes to the chatbot.
  'Chatbot.OnC2CSignalMessage': before<ChatbotOnC2CSignalMessage>()('chat', ChatbotOnC2CSignalMessageSchema, ['respond']),
});
