import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { PROFILE_COMMANDS } from './commands.js';

/** The profile family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const PROFILE_DOCS = {
  'Profile.CallbackPortraitSet': { doc: '1047/48733', summary: 'A user profile was changed.' },
} as const satisfies FamilyDocs<typeof PROFILE_COMMANDS>;
