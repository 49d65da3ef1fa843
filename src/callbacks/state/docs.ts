import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { STATE_COMMANDS } from './commands.js';

/** The online-state family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const STATE_DOCS = {
  'State.StateChange': { doc: '1047/34357', summary: 'A user logged in, logged out, lost the connection or set a custom status.' },
} as const satisfies FamilyDocs<typeof STATE_COMMANDS>;
