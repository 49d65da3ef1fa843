import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { CONTENT_COMMANDS } from './commands.js';

/** The content-moderation family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const CONTENT_DOCS = {
  'ContentCallback.ResultNotify': {
    doc: '1047/78240',
    summary: 'A cloud moderation result is ready (by default violations only); the body has no CallbackCommand.',
  },
} as const satisfies FamilyDocs<typeof CONTENT_COMMANDS>;
