import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { MsgBodySchema } from '../../src/index.js';

/* The message element union every message callback shares (1047/33527). */
describe('MsgBody', () => {
  test('every documented element type validates and comes out as sent, unknown fields kept', () => {
    const body = [
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'hi', Extra: 1 } },
      { MsgType: 'TIMLocationElem', MsgContent: { Desc: 'here', Latitude: 22.5, Longitude: 113.9 } },
      { MsgType: 'TIMFaceElem', MsgContent: { Index: 1, Data: 'smile' } },
      { MsgType: 'TIMCustomElem', MsgContent: { Data: '{"gift":1}', Desc: 'gift', Ext: '', Sound: 'dingdong.aiff' } },
      { MsgType: 'TIMSoundElem', MsgContent: { UUID: 'u', Size: 10, Second: 2 } },
      {
        MsgType: 'TIMImageElem',
        MsgContent: { UUID: 'i', ImageFormat: 1, ImageInfoArray: [{ Type: 1, Size: 9, Width: 2, Height: 3, URL: 'https://x' }] },
      },
      { MsgType: 'TIMFileElem', MsgContent: { UUID: 'f', FileSize: 3, FileName: 'a.txt' } },
      { MsgType: 'TIMVideoFileElem', MsgContent: { VideoUUID: 'v', VideoSecond: 0, ThumbWidth: 10 } },
      {
        MsgType: 'TIMRelayElem',
        MsgContent: {
          Title: 't',
          MsgNum: 1,
          MsgList: [{ From_Account: 'a', MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x' } }] }],
        },
      },
    ];
    expect(v.parse(MsgBodySchema, body)).toEqual(body);
  });

  test('an element type Tencent adds later passes with its content as sent', () => {
    const body = [{ MsgType: 'TIMStreamElem', MsgContent: { Anything: [1, 2] } }];
    expect(v.parse(MsgBodySchema, body)).toEqual(body);
  });

  test('a documented type is checked as itself, never waved through as an unknown one', () => {
    expect(v.is(MsgBodySchema, [{ MsgType: 'TIMTextElem', MsgContent: {} }])).toBe(false);
    expect(v.is(MsgBodySchema, [{ MsgType: 'TIMImageElem', MsgContent: { ImageFormat: 'png' } }])).toBe(false);
    expect(v.is(MsgBodySchema, [{ MsgType: 'TIMTextElem' }])).toBe(false);
    expect(v.is(MsgBodySchema, [{ MsgContent: { Text: 'no type' } }])).toBe(false);
  });
});
