import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { SNS_COMMANDS } from './commands.js';

/** The relationship-chain family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const SNS_DOCS = {
  'Sns.CallbackPrevFriendAdd': { doc: '1047/43468', summary: 'A client asked to add friends; the reply allows or refuses each one.' },
  'Sns.CallbackPrevFriendResponse': {
    doc: '1047/43467',
    summary: 'A client answered friend requests; the reply allows or refuses each answer.',
  },
  'Sns.CallbackFriendAdd': { doc: '1047/34359', summary: 'Friends were added.' },
  'Sns.CallbackFriendDelete': { doc: '1047/34360', summary: 'Friends were deleted.' },
  'Sns.CallbackBlackListAdd': { doc: '1047/34361', summary: 'Users were added to blocklists.' },
  'Sns.CallbackBlackListDelete': { doc: '1047/34362', summary: 'Users were removed from blocklists.' },
} as const satisfies FamilyDocs<typeof SNS_COMMANDS>;
