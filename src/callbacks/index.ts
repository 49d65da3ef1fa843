// Every command's schema and type, plus the shared pieces users may want to reuse.
export { AccountIdSchema, MillisecondsSchema, type LiveRoomInfo, type OpenNumber, type OpenString, type TakeSeatMode } from './shared.js';
export * from './live/after-create-room.js';
export * from './live/after-modify-admin.js';
