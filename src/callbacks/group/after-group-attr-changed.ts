import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema, openString, type OpenString } from '../shared.js';
import { GroupTypeSchema, type GroupType } from './shared.js';

/** One group custom attribute. The only Group callback whose keys are lower case. */
export interface GroupAttr {
  /** Attribute name. */
  key: string;
  /** Attribute value. */
  value?: string;
}

/**
 * Group custom attributes were reset, modified, cleared or deleted.
 * https://www.tencentcloud.com/document/product/1047/60394 (zh https://cloud.tencent.com/document/product/269/105354)
 */
export interface GroupCallbackAfterGroupAttrChanged {
  CallbackCommand: 'Group.CallbackAfterGroupAttrChanged';
  /** The group. */
  GroupId: string;
  /** Group type. */
  Type?: GroupType;
  /** UserID of whoever changed the attributes. */
  Operator_Account: string;
  /** Kind of change: set (reset all), modify (some), clear (all), delete (some). In the sample, not the table. */
  OptionType?: OpenString<'set' | 'modify' | 'clear' | 'delete'>;
  /** The attributes involved; what a clear holds is not documented, so optional. */
  GroupAttr?: GroupAttr[];
  /** When the event fired, Unix milliseconds. The sample quotes it; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterGroupAttrChanged} body: `v.parse(GroupCallbackAfterGroupAttrChangedSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterGroupAttrChangedSchema = callbackSchema('Group.CallbackAfterGroupAttrChanged', () => ({
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  Operator_Account: AccountIdSchema,
  OptionType: v.exactOptional(openString(['set', 'modify', 'clear', 'delete'])),
  GroupAttr: v.exactOptional(v.array(v.looseObject({ key: v.string(), value: v.exactOptional(v.string()) }))),
  EventTime: MillisecondsSchema,
}));
