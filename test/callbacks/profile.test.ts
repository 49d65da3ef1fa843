import { describe, expect, test } from 'vitest';
import { fixtureWith } from '../helpers/chat-body.js';
import { parsed, refusedAt } from '../helpers/validate.js';

// Profile.CallbackPortraitSet (PROTOCOL-CHAT.md #3, 1047/48733).

describe('Profile.CallbackPortraitSet (1047/48733)', () => {
  test('keeps each ProfileItem Value as sent, a string or an integer ("uint32/string")', () => {
    const ProfileItem = [
      { Tag: 'Tag_Profile_IM_Nick', Value: 'Ming' },
      { Tag: 'Tag_Profile_IM_Gender', Value: 'Gender_Type_Male' },
      { Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_NeedConfirm' },
      { Tag: 'Tag_Profile_Custom_Level', Value: 4294967295 },
    ];
    expect(parsed(fixtureWith('Profile.CallbackPortraitSet', { ProfileItem }))).toHaveProperty('ProfileItem', ProfileItem);
  });

  test('refuses a Value that is neither, naming ProfileItem.0.Value', () => {
    const body = fixtureWith('Profile.CallbackPortraitSet', { ProfileItem: [{ Tag: 'Tag_Profile_IM_Nick', Value: ['Ming'] }] });
    expect(refusedAt(body)).toEqual(['ProfileItem.0.Value']);
  });

  test('turns numeric Operator_Account and From_Account into strings, and a quoted EventTime into milliseconds', () => {
    const body = fixtureWith('Profile.CallbackPortraitSet', { Operator_Account: 144115, From_Account: 144115, EventTime: '1670574414123' });
    expect(parsed(body)).toMatchObject({ Operator_Account: '144115', From_Account: '144115', EventTime: 1670574414123 });
  });
});
