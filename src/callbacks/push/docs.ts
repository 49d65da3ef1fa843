import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { PUSH_COMMANDS } from './commands.js';

/** The push family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const PUSH_DOCS = {
  'Push.OfflinePush': {
    doc: '1047/67552',
    summary: 'Offline-push results of C2C and group messages (sent, delivered, clicked), in batches of up to 100.',
  },
  'Push.AllMemberPush': {
    doc: '1047/67551',
    summary: 'Results of an all-users, tag or UserID push task (sent, delivered, clicked), in batches of up to 100.',
  },
} as const satisfies FamilyDocs<typeof PUSH_COMMANDS>;
