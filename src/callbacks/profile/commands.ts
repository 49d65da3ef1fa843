import { after, rows } from '../../catalogue/row.js';
import { ProfileCallbackPortraitSetSchema, type ProfileCallbackPortraitSet } from './portrait-set.js';

/** The profile family's rows of the command table (src/commands.ts merges every family). */
export const PROFILE_COMMANDS = /* @__PURE__ */ rows({
  'Profile.CallbackPortraitSet': after<ProfileCallbackPortraitSet>()('chat', ProfileCallbackPortraitSetSchema),
});
