// `tencent-live-webhooks/testing`: fixtures and signed requests, for testing your own handlers.
export { fixtures, type LiveCallbackFixtures } from './fixtures.js';
export {
  createLiveCallbackFixture,
  createLiveCallbackRequest,
  signLiveCallbackQuery,
  type CreateLiveCallbackRequestOptions,
  type LiveCallbackTestRequest,
  type SignLiveCallbackQueryOptions,
} from './request.js';
