// A Nest app answering Tencent Live callbacks on /tencent/live/callback.
// Run from the repo root: npm run build && npx esbuild examples/nest.ts | node --input-type=module
import 'reflect-metadata';
import { Injectable, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  allow,
  reject,
  type LiveCallbackAfterCreateRoom,
  type LiveCallbackBeforeSendGift,
  type LiveCallbackError,
  type LiveDecisionFor,
} from 'tencent-live-webhooks';
import { LiveCallbacksModule, OnLiveCallback, OnLiveCallbackError } from 'tencent-live-webhooks/nest';

@Injectable()
class LiveEvents {
  private readonly logger = new Logger('LiveEvents');

  @OnLiveCallback('Live.CallbackAfterCreateRoom')
  roomCreated(event: LiveCallbackAfterCreateRoom): void {
    this.logger.log(`room ${event.RoomInfo.RoomId} created by ${event.Operator_Account}`);
  }

  // A Before callback: the return value is the answer Tencent acts on.
  @OnLiveCallback('Live.CallbackBeforeSendGift')
  checkGift(event: LiveCallbackBeforeSendGift): LiveDecisionFor<'Live.CallbackBeforeSendGift'> {
    return event.GiftWater.Coins * event.GiftWater.Count > 10_000 ? reject(102101, 'gift over the limit') : allow();
  }

  @OnLiveCallbackError()
  failed(error: LiveCallbackError): void {
    this.logger.warn(`${error.code}: ${error.message}`);
  }
}

@Module({
  imports: [
    LiveCallbacksModule.forRoot({
      sdkAppId: Number(process.env.LIVE_SDK_APP_ID ?? 1400000000),
      token: process.env.LIVE_CALLBACK_TOKEN, // the token set with v4/live_config/set_callback_token
    }),
  ],
  providers: [LiveEvents],
})
class AppModule {}

// rawBody: true keeps the exact bytes, so 18-digit account IDs stay exact; the app's other routes still get parsed JSON.
const app = await NestFactory.create(AppModule, { rawBody: true });
await app.listen(Number(process.env.PORT ?? 8080));
