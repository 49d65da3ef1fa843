import * as v from 'valibot';
import { AccountIdSchema, openString, type OpenString } from '../shared.js';

/*
 * Pieces the Group.* callbacks share (PROTOCOL-CHAT.md part B), defined once: the group type, the
 * member lists, the key-value lists, and the member-state fields Live's member-state callback shares.
 */

/**
 * A Chat group's type. The tables give examples only; the documented set is Public, Private (Work in
 * the new version), ChatRoom (Meeting), AVChatRoom, Community (1047/52170), and the Live copies of
 * the message pages say Live (647/74347). Open: any string is accepted.
 */
export type GroupType = OpenString<'Public' | 'Private' | 'Work' | 'ChatRoom' | 'Meeting' | 'AVChatRoom' | 'Community' | 'Live'>;

/** Validates a {@link GroupType} body: `v.parse(GroupTypeSchema, body)` returns the event (unknown fields kept). */
export const GroupTypeSchema = openString(['Public', 'Private', 'Work', 'ChatRoom', 'Meeting', 'AVChatRoom', 'Community', 'Live']);

/**
 * One member an event is about, as every member list carries it (`MemberList`, `NewMemberList`,
 * `ExitMemberList`, `DestinationMembers`, `ReadReceiptMembers`, and Live's member-state `MemberList`).
 */
export interface GroupMember {
  /**
   * The member's UserID. Only the samples show it (no table has a row for it), but it is the account
   * the event is about, and real payloads carry it (1047/34369, 1047/34372), so it is required.
   */
  Member_Account: string;
}

/** A list of {@link GroupMember}s. */
export const GroupMemberListSchema = v.array(v.looseObject({ Member_Account: AccountIdSchema }));

/** One custom field given at creation (`UserDefinedDataList[]` of a group or topic). */
export interface GroupUserDefinedData {
  /** Custom field name. */
  Key: string;
  /** Custom field value. */
  Value?: string;
}

/** Validates a {@link GroupUserDefinedDataList} body: `v.parse(GroupUserDefinedDataListSchema, body)` returns the event (unknown fields kept). */
export const GroupUserDefinedDataListSchema = v.array(v.looseObject({ Key: v.string(), Value: v.exactOptional(v.string()) }));

/**
 * The profile fields a change callback carries, group (1047/34378) or topic (1047/49466): only the
 * ones that changed are sent.
 */
export interface GroupProfileChange {
  /** New name. */
  Name?: string;
  /** New introduction. */
  Introduction?: string;
  /** New notice. */
  Notification?: string;
  /** New face (avatar) URL. Spelled `FaceUrl`, not `FaceURL`. */
  FaceUrl?: string;
}

export const groupProfileChangeEntries = {
  Name: v.exactOptional(v.string()),
  Introduction: v.exactOptional(v.string()),
  Notification: v.exactOptional(v.string()),
  FaceUrl: v.exactOptional(v.string()),
};

/**
 * Who may invite users into a group without approval. Not on any page: seen in a real
 * Group.CallbackAfterCreateGroup payload (`NeedPermission`) and in doocs (`DisableInvite`); the values
 * are those of the REST API's `InviteJoinOption`. Open: any string is accepted.
 */
export type GroupInviteOption = OpenString<'FreeAccess' | 'NeedPermission' | 'DisableInvite'>;

/** Validates a {@link GroupInviteOption} body: `v.parse(GroupInviteOptionSchema, body)` returns the event (unknown fields kept). */
export const GroupInviteOptionSchema = openString(['FreeAccess', 'NeedPermission', 'DisableInvite']);

/** Online or Offline: what a member-state event reports. */
export type MemberStateEventType = OpenString<'Online' | 'Offline'>;

/**
 * The fields the member-state family shares: `Group.CallbackOnMemberStateChange` (1047/48734) and
 * `Live.CallbackAfterMemberStateChanged` (647/64424), the same event with a group or a room.
 */
export interface MemberStateFields {
  /** Offline (disconnected) or Online (connected again). */
  EventType: MemberStateEventType;
  /** The members the event is about. */
  MemberList: GroupMember[];
}

export const memberStateEntries = {
  EventType: openString(['Online', 'Offline']),
  MemberList: GroupMemberListSchema,
};
