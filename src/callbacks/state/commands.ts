import { after, rows } from '../../catalogue/row.js';
import { StateStateChangeSchema, type StateStateChange } from './state-change.js';

/** The online-state family's rows of the command table (src/commands.ts merges every family). */
export const STATE_COMMANDS = /* @__PURE__ */ rows({
  'State.StateChange': after<StateStateChange>()('chat', StateStateChangeSchema),
});
