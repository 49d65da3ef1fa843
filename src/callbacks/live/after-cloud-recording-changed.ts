import * as v from 'valibot';
import { MillisecondsSchema, callbackSchema, openNumber, type OpenNumber } from '../shared.js';

/** The TRTC cloud-recording event inside the callback; none of these is a row of the docs' table, so all are optional. */
export interface LiveRecordingEventInfo {
  /** Room ID; TRTC sends a string or a number, matching the room's ID type. */
  RoomId?: string | number;
  /** When the event happened, Unix seconds (TRTC prefers EventMsTs). */
  EventTs?: number;
  /** When the event happened, Unix milliseconds. */
  EventMsTs?: number;
  /** UserID of the recording robot. */
  UserId?: string;
  /** Recording task ID. */
  TaskId?: string;
  /** Event-specific details; `Status` 0 = success for 301 (recorder started). */
  Payload?: { Status?: number };
}

/*
 * TRTC cloud-recording event codes (trtc.io/document/54914): 301 recorder started, 302 stopped,
 * 303 upload started, 304 file info, 305 upload stopped, 306 failover, 307 file slice, 308 upload
 * error, 309 image download error, 310 MP4 stopped, 311 VOD commit, 312 VOD stopped; 801-804 for
 * web-page recording (EventGroupId 8).
 */
const RECORDING_EVENT_TYPES = [301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 801, 802, 803, 804] as const;

/** A TRTC cloud-recording event code; codes Tencent adds later are accepted too. */
export type LiveRecordingEventType = OpenNumber<(typeof RECORDING_EVENT_TYPES)[number]>;

/**
 * The cloud recording of a live room changed state. The English page (647/78428) names it
 * Follow.CallbackAfterCloudRecordingChanged, the Chinese one Live.; both are accepted and the event
 * carries the Live. name. https://www.tencentcloud.com/document/product/647/78428
 */
export interface LiveCallbackAfterCloudRecordingChanged {
  CallbackCommand: 'Live.CallbackAfterCloudRecordingChanged';
  /** Event group: 3 = cloud recording, 8 = web-page recording. */
  EventGroupId: OpenNumber<3 | 8>;
  /** TRTC recording event code: 301 recorder started, 302 stopped, 303-312 upload and VOD stages, 801-804 web-page recording. */
  EventType: LiveRecordingEventType;
  /** When Tencent sent the callback, Unix milliseconds. */
  CallbackTs: number;
  /** The recording event's details. */
  EventInfo: LiveRecordingEventInfo;
}

/** Validates a {@link LiveCallbackAfterCloudRecordingChanged} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterCloudRecordingChangedSchema = callbackSchema('Live.CallbackAfterCloudRecordingChanged', () => ({
  EventGroupId: openNumber([3, 8]),
  EventType: openNumber(RECORDING_EVENT_TYPES),
  CallbackTs: MillisecondsSchema,
  EventInfo: v.looseObject({
    RoomId: v.exactOptional(v.union([v.string(), v.number()])),
    EventTs: v.exactOptional(v.number()),
    EventMsTs: v.exactOptional(v.number()),
    UserId: v.exactOptional(v.string()),
    TaskId: v.exactOptional(v.string()),
    Payload: v.exactOptional(v.looseObject({ Status: v.exactOptional(v.number()) })),
  }),
}));
