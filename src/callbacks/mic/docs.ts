import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { MIC_COMMANDS } from './commands.js';

/** The mic family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const MIC_DOCS = {
  'Mic.CallbackAfterSeatInfoChanged': { doc: '647/64425', summary: 'The mic seat list of a room changed.' },
} as const satisfies FamilyDocs<typeof MIC_COMMANDS>;
