import * as v from 'valibot';
import { AccountIdSchema } from './shared.js';

/*
 * The Chat message format (TIMMessage, 1047/33527) that every message callback carries in `MsgBody`:
 * C2C, group, official-account, bot and relay messages. One element per `MsgType`, as a union
 * discriminated on it. Content fields are optional: SDK 2.x/3.x leave several out (33527), and a
 * message must not be refused for a descriptive field. Only a text element's `Text` is required, the
 * one thing a Before handler needs to read.
 *
 * A `MsgType` Tencent adds later passes validation with its content kept as sent; the exported type
 * lists the documented elements only, so narrowing on `MsgType` works. Give a `switch` a default branch.
 */

/** A text element. */
export interface TIMTextElem {
  MsgType: 'TIMTextElem';
  MsgContent: {
    /** The text; also the offline-push text. */
    Text: string;
  };
}

/** A location element. */
export interface TIMLocationElem {
  MsgType: 'TIMLocationElem';
  MsgContent: {
    /** Description of the place. */
    Desc?: string;
    /** Latitude, degrees. */
    Latitude?: number;
    /** Longitude, degrees. */
    Longitude?: number;
  };
}

/** An emoji (face) element. */
export interface TIMFaceElem {
  MsgType: 'TIMFaceElem';
  MsgContent: {
    /** Emoji index, app-defined. */
    Index?: number;
    /** Extra data, app-defined. */
    Data?: string;
  };
}

/** A custom element (at most one per message). */
export interface TIMCustomElem {
  MsgType: 'TIMCustomElem';
  MsgContent: {
    /** The custom payload; not pushed offline. */
    Data?: string;
    /** Offline-push text. */
    Desc?: string;
    /** Goes into the APNs payload. */
    Ext?: string;
    /** Custom APNs sound. */
    Sound?: string;
  };
}

/** A voice element. */
export interface TIMSoundElem {
  MsgType: 'TIMSoundElem';
  MsgContent: {
    /** Download URL (SDK 2.x/3.x leave it out). */
    Url?: string;
    /** Unique ID of the voice file. */
    UUID?: string;
    /** Size, bytes. */
    Size?: number;
    /** Duration, seconds. */
    Second?: number;
    /** Download flag; 2 means downloadable by URL. */
    Download_Flag?: number;
  };
}

/** One size of an image. */
export interface TIMImageInfo {
  /** 1 original, 2 large, 3 thumbnail. */
  Type?: number;
  /** Size, bytes. */
  Size?: number;
  /** Width, pixels. */
  Width?: number;
  /** Height, pixels. */
  Height?: number;
  /** Download URL (upper-case here, `Url` elsewhere). */
  URL?: string;
}

/** An image element. */
export interface TIMImageElem {
  MsgType: 'TIMImageElem';
  MsgContent: {
    /** Unique ID of the image. */
    UUID?: string;
    /** JPG = 1, GIF = 2, PNG = 3, BMP = 4, other = 255. */
    ImageFormat?: number;
    /** The original, large and thumbnail versions. */
    ImageInfoArray?: TIMImageInfo[];
  };
}

/** A file element. */
export interface TIMFileElem {
  MsgType: 'TIMFileElem';
  MsgContent: {
    /** Download URL (SDK 2.x/3.x leave it out). */
    Url?: string;
    /** Unique ID of the file. */
    UUID?: string;
    /** Size, bytes. */
    FileSize?: number;
    /** File name (the docs' table spells it `fileName`, the sample `FileName`). */
    FileName?: string;
    /** Download flag; 2 means downloadable by URL. */
    Download_Flag?: number;
  };
}

/** A video element. */
export interface TIMVideoFileElem {
  MsgType: 'TIMVideoFileElem';
  MsgContent: {
    /** Video download URL. */
    VideoUrl?: string;
    /** Unique ID of the video. */
    VideoUUID?: string;
    /** Video size, bytes. */
    VideoSize?: number;
    /** Duration, seconds (0 from web clients). */
    VideoSecond?: number;
    /** Container format, such as mp4. */
    VideoFormat?: string;
    /** Download flag; 2 means downloadable by URL. */
    VideoDownloadFlag?: number;
    /** Thumbnail download URL. */
    ThumbUrl?: string;
    /** Unique ID of the thumbnail. */
    ThumbUUID?: string;
    /** Thumbnail size, bytes. */
    ThumbSize?: number;
    /** Thumbnail width, pixels. */
    ThumbWidth?: number;
    /** Thumbnail height, pixels. */
    ThumbHeight?: number;
    /** Thumbnail format, such as JPG. */
    ThumbFormat?: string;
    /** Thumbnail download flag; 2 means downloadable by URL. */
    ThumbDownloadFlag?: number;
  };
}

/** One message inside a combined (forwarded) message. */
export interface TIMRelayMessage {
  /** Sender. */
  From_Account?: string;
  /** Receiver (one-to-one messages only). */
  To_Account?: string;
  /** Group (group messages only). */
  GroupId?: string;
  /** Sequence number. */
  MsgSeq?: number;
  /** Random number of the send request. */
  MsgRandom?: number;
  /** When it was sent, Unix seconds. */
  MsgTimeStamp?: number;
  /** Its elements. */
  MsgBody?: TIMMsgElement[];
  /** Its custom data. */
  CloudCustomData?: string;
}

/** A combined (forwarded) message element. */
export interface TIMRelayElem {
  MsgType: 'TIMRelayElem';
  MsgContent: {
    /** Title of the combined message. */
    Title?: string;
    /** How many messages it holds. */
    MsgNum?: number;
    /** Text shown by clients that cannot show combined messages. */
    CompatibleText?: string;
    /** Summary lines. */
    AbstractList?: string[];
    /** The messages, when they fit in 12 KB. */
    MsgList?: TIMRelayMessage[];
    /** Key to download the messages, when they do not fit in 12 KB. */
    JsonMsgKey?: string;
  };
}

/** One element of a message (TIMMessage format, 1047/33527), discriminated on `MsgType`. */
export type TIMMsgElement =
  | TIMTextElem
  | TIMLocationElem
  | TIMFaceElem
  | TIMCustomElem
  | TIMSoundElem
  | TIMImageElem
  | TIMFileElem
  | TIMVideoFileElem
  | TIMRelayElem;

/** Every documented `MsgType`. */
export type TIMMsgType = TIMMsgElement['MsgType'];

const optionalString = v.exactOptional(v.string());
const optionalNumber = v.exactOptional(v.number());

/** The element schema of one `MsgType`: its content is a loose object of optional fields. */
function element<const T extends string, const TContent extends v.ObjectEntries>(type: T, content: TContent) {
  return v.looseObject({ MsgType: v.literal(type), MsgContent: v.looseObject(content) });
}

const ImageInfoSchema = v.looseObject({
  Type: optionalNumber,
  Size: optionalNumber,
  Width: optionalNumber,
  Height: optionalNumber,
  URL: optionalString,
});

const DOCUMENTED_ELEMENTS = [
  element('TIMTextElem', { Text: v.string() }),
  element('TIMLocationElem', { Desc: optionalString, Latitude: optionalNumber, Longitude: optionalNumber }),
  element('TIMFaceElem', { Index: optionalNumber, Data: optionalString }),
  element('TIMCustomElem', { Data: optionalString, Desc: optionalString, Ext: optionalString, Sound: optionalString }),
  element('TIMSoundElem', {
    Url: optionalString,
    UUID: optionalString,
    Size: optionalNumber,
    Second: optionalNumber,
    Download_Flag: optionalNumber,
  }),
  element('TIMImageElem', { UUID: optionalString, ImageFormat: optionalNumber, ImageInfoArray: v.exactOptional(v.array(ImageInfoSchema)) }),
  element('TIMFileElem', {
    Url: optionalString,
    UUID: optionalString,
    FileSize: optionalNumber,
    FileName: optionalString,
    Download_Flag: optionalNumber,
  }),
  element('TIMVideoFileElem', {
    VideoUrl: optionalString,
    VideoUUID: optionalString,
    VideoSize: optionalNumber,
    VideoSecond: optionalNumber,
    VideoFormat: optionalString,
    VideoDownloadFlag: optionalNumber,
    ThumbUrl: optionalString,
    ThumbUUID: optionalString,
    ThumbSize: optionalNumber,
    ThumbWidth: optionalNumber,
    ThumbHeight: optionalNumber,
    ThumbFormat: optionalString,
    ThumbDownloadFlag: optionalNumber,
  }),
  element('TIMRelayElem', {
    Title: optionalString,
    MsgNum: optionalNumber,
    CompatibleText: optionalString,
    AbstractList: v.exactOptional(v.array(v.string())),
    MsgList: v.exactOptional(
      v.array(
        v.looseObject({
          From_Account: v.exactOptional(AccountIdSchema),
          To_Account: v.exactOptional(AccountIdSchema),
          GroupId: optionalString,
          MsgSeq: optionalNumber,
          MsgRandom: optionalNumber,
          MsgTimeStamp: optionalNumber,
          // A relayed message's own elements: any element shape (a relay inside a relay is rare and kept as sent).
          MsgBody: v.exactOptional(v.array(v.looseObject({ MsgType: v.string(), MsgContent: v.looseObject({}) }))),
          CloudCustomData: optionalString,
        }),
      ),
    ),
    JsonMsgKey: optionalString,
  }),
] as const;

const DOCUMENTED_TYPES: ReadonlySet<string> = new Set(DOCUMENTED_ELEMENTS.map((schema) => schema.entries.MsgType.literal));

/** An element whose `MsgType` this version does not know: kept as sent. */
const LaterElementSchema = v.looseObject({
  MsgType: v.pipe(v.string(), v.notValues([...DOCUMENTED_TYPES])),
  MsgContent: v.looseObject({}),
});

/** One message element, checked by its `MsgType`. */
export const TIMMsgElementSchema = v.variant('MsgType', [...DOCUMENTED_ELEMENTS, LaterElementSchema]) as v.GenericSchema as v.GenericSchema<
  unknown,
  TIMMsgElement
>;

/** A whole `MsgBody`: one or more elements. */
export const MsgBodySchema = v.array(TIMMsgElementSchema);
