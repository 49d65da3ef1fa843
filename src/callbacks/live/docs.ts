import type { FamilyDocs } from '../../catalogue/family-docs.js';
import type { LIVE_COMMANDS } from './commands.js';

/** The live family's texts: each command's Tencent doc page and one-line summary (src/catalogue/docs.ts merges every family). */
export const LIVE_DOCS = {
  'Live.CallbackAfterCreateRoom': { doc: '647/64422', summary: 'A live room was created.' },
  'Live.CallbackAfterDestroyRoom': { doc: '647/64423', summary: 'A live room was dissolved, by a user, an admin or the system.' },
  'Live.CallbackAfterUpdateRoomInfo': { doc: '647/67938', summary: 'The properties of a live room changed.' },
  'Live.CallbackAfterSetMetadata': { doc: '647/68222', summary: 'Room metadata keys were set.' },
  'Live.CallbackAfterDelMetadata': { doc: '647/68223', summary: 'Room metadata keys were deleted.' },
  'Live.CallbackAfterCreateRoomReachingThreshold': { doc: '647/70485', summary: 'The number of live rooms neared the limit of the plan.' },
  'Live.CallbackAfterMemberStateChanged': { doc: '647/64424', summary: 'Members entered or left a live room.' },
  'Live.CallbackAfterChangeOwner': { doc: '647/72553', summary: 'The owner of a live room changed.' },
  'Live.CallbackAfterModifyAdmin': { doc: '647/72554', summary: 'Room administrators were added or removed.' },
  'Live.CallbackAfterCreateBattle': { doc: '647/68259', summary: 'A host-versus-host battle was created.' },
  'Live.CallbackAfterStartBattle': { doc: '647/68260', summary: 'A battle started.' },
  'Live.CallbackAfterEndBattle': { doc: '647/68261', summary: 'A battle ended.' },
  'Live.CallbackBeforeSendGift': { doc: '647/72210', summary: 'A gift is about to be sent; the reply allows or rejects it.' },
  'Live.CallbackAfterCloudRecordingChanged': { doc: '647/78428', summary: 'The cloud recording of a room changed state.' },
} as const satisfies FamilyDocs<typeof LIVE_COMMANDS>;
