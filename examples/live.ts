// The dispatcher every example app serves: one After and one Before handler, errors logged.
// Each framework's example imports it, so they differ only in how the request reaches it.
import { allow, createLiveCallbacks, reject } from 'tencent-live-webhooks';

export const live = createLiveCallbacks({
  sdkAppId: Number(process.env.LIVE_SDK_APP_ID ?? 1400000000),
  token: process.env.LIVE_CALLBACK_TOKEN, // the token set with v4/live_config/set_callback_token
});
live.on('Live.CallbackAfterCreateRoom', (event) => console.log('room', event.RoomInfo.RoomId, 'created by', event.Operator_Account));
live.on('Live.CallbackBeforeSendGift', (event) =>
  event.GiftWater.Coins * event.GiftWater.Count > 10_000 ? reject(102101, 'gift over the limit') : allow(),
);
live.onError((error) => console.warn(error.code, error.message));
