import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { FOLLOW_COMMANDS } from './commands.js';

/** The follow family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const FOLLOW_DOCS = {
  'Follow.CallbackAfterFollowAdd': { doc: '647/74356', summary: 'Users followed other users.' },
  'Follow.CallbackAfterFollowDelete': { doc: '647/74357', summary: 'Users unfollowed other users.' },
} as const satisfies FamilyDocs<typeof FOLLOW_COMMANDS>;
