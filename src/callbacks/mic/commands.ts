import { after, rows } from '../../catalogue/row.js';
import { MicCallbackAfterSeatInfoChangedSchema, type MicCallbackAfterSeatInfoChanged } from './after-seat-info-changed.js';

/** The mic family's rows of the command table (src/commands.ts merges every family). */
export const MIC_COMMANDS = /* @__PURE__ */ rows({
  'Mic.CallbackAfterSeatInfoChanged': after<MicCallbackAfterSeatInfoChanged>()('live', MicCallbackAfterSeatInfoChangedSchema),
});
