import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { ALERT_COMMANDS } from './commands.js';

/** The alert family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const ALERT_DOCS = {
  'Alert.RequestOverLimit': {
    doc: '1047/60256',
    summary: 'A REST API passed 80 % of its frequency limit (on by default once a Chat callback URL is set).',
  },
} as const satisfies FamilyDocs<typeof ALERT_COMMANDS>;
