import { describe, expect, test, vi } from 'vitest';
import { createLiveCallbacks, type LiveCallbackError, type LiveCallbackErrorContext } from '../../src/index.js';
import { APP, body, deferred, query } from './helpers.js';

const ADMIN = 'Live.CallbackAfterModifyAdmin';
const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };

function setup(options: { deadlineMs?: number } = {}) {
  const live = createLiveCallbacks({ sdkAppId: APP, ...options });
  const errors: { error: LiveCallbackError; ctx: LiveCallbackErrorContext }[] = [];
  live.onError((error, ctx) => void errors.push({ error, ctx }));
  return { live, errors };
}

describe('After callbacks', () => {
  test('hand the handler the typed event and the parsed query', async () => {
    const { live } = setup();
    const seen = vi.fn();
    live.on(ADMIN, (event, ctx) => seen(event.Admin_Account, event.opType, ctx.sdkAppId, ctx.optPlatform));
    const reply = await live.handleLiveCallback(query(ADMIN), body(ADMIN, { Admin_Account: ['u1', 'u2'], opType: 'add' }));
    expect(reply.body).toEqual(OK);
    expect(seen).toHaveBeenCalledWith(['u1', 'u2'], 'add', String(APP), 'RESTAPI');
  });

  test('run every handler concurrently, onAny included', async () => {
    const { live } = setup();
    const first = deferred();
    const started: string[] = [];
    live.on(ADMIN, async () => {
      started.push('first');
      await first.promise;
    });
    live.on(ADMIN, () => void started.push('second'));
    live.onAny((event) => void started.push(`any:${String(event.CallbackCommand)}`));
    const pending = live.handleLiveCallback(query(ADMIN), body(ADMIN));
    // The second handler and onAny start while the first is still waiting.
    await vi.waitFor(() => expect(started).toEqual(['first', 'second', `any:${ADMIN}`]));
    first.resolve();
    expect((await pending).body).toEqual(OK);
  });

  test('one handler registered for several commands gets each', async () => {
    const { live } = setup();
    const commands: string[] = [];
    live.on([ADMIN, 'Live.CallbackAfterCreateRoom'], (event) => void commands.push(event.CallbackCommand));
    await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    await live.handleLiveCallback(query('Live.CallbackAfterCreateRoom'), body('Live.CallbackAfterCreateRoom'));
    expect(commands).toEqual([ADMIN, 'Live.CallbackAfterCreateRoom']);
  });

  test('collect every handler error into one AggregateError and answer FAIL without leaking messages', async () => {
    const { live, errors } = setup();
    live.on(ADMIN, () => {
      throw new Error('database password is hunter2');
    });
    live.on(ADMIN, async () => Promise.reject(new Error('second failure')));
    live.on(ADMIN, () => undefined);
    const reply = await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'callback handler failed' });
    expect(JSON.stringify(reply)).not.toContain('hunter2');
    expect(errors).toHaveLength(1);
    const [{ error, ctx }] = errors as [(typeof errors)[number]];
    expect(error.code).toBe('handler_failed');
    expect(error.cause).toBeInstanceOf(AggregateError);
    expect((error.cause as AggregateError).errors.map((e: Error) => e.message)).toEqual(['database password is hunter2', 'second failure']);
    expect(ctx.command).toBe(ADMIN);
  });

  test('off() removes a handler', async () => {
    const { live } = setup();
    const handler = vi.fn();
    live.on(ADMIN, handler);
    live.off(ADMIN, handler);
    await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect(handler).not.toHaveBeenCalled();
  });

  test('the remover returned by on() removes that registration', async () => {
    const { live } = setup();
    const handler = vi.fn();
    const remove = live.on(ADMIN, handler);
    remove();
    await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect(handler).not.toHaveBeenCalled();
  });

  test('answer 400 FAIL for an invalid payload, with the issues for onError', async () => {
    const { live, errors } = setup();
    const handler = vi.fn();
    live.on(ADMIN, handler);
    const reply = await live.handleLiveCallback(query(ADMIN), body(ADMIN, { Admin_Account: 'not-an-array' }));
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ ActionStatus: 'FAIL', ErrorInfo: 'invalid_payload' });
    expect(errors[0]?.error.code).toBe('invalid_payload');
    expect(errors[0]?.error.issues?.length).toBeGreaterThan(0);
    expect(handler).not.toHaveBeenCalled();
  });

  test('reply within deadlineMs while a slow handler keeps running, and report its later failure', async () => {
    const { live, errors } = setup({ deadlineMs: 20 });
    const slow = deferred();
    let finished = false;
    live.on(ADMIN, async () => {
      await slow.promise;
      finished = true;
      throw new Error('failed after the reply');
    });
    const reply = await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect(reply.body).toEqual(OK);
    expect(finished).toBe(false);
    expect(errors.map((entry) => entry.error.code)).toEqual(['deadline_exceeded']);
    slow.resolve();
    await vi.waitFor(() => expect(errors.map((entry) => entry.error.code)).toEqual(['deadline_exceeded', 'handler_failed']));
    expect(finished).toBe(true);
  });
});

describe('unknown commands and bad bodies', () => {
  test('an unknown command answers OK and reaches onUnknown and onAny as the raw object', async () => {
    const { live, errors } = setup();
    const unknown = vi.fn();
    const any = vi.fn();
    live.onUnknown(unknown);
    live.onAny(any);
    const raw = { CallbackCommand: 'Live.CallbackAfterSomethingNew', Extra: 1 };
    const reply = await live.handleLiveCallback(query('Live.CallbackAfterSomethingNew'), JSON.stringify(raw));
    expect(reply.body).toEqual(OK);
    expect(unknown).toHaveBeenCalledWith(raw, expect.objectContaining({ sdkAppId: String(APP) }));
    expect(any).toHaveBeenCalledWith(raw, expect.anything());
    expect(errors).toEqual([]);
  });

  test('an unknown command nobody listens for answers OK and is told to onError, not dropped silently', async () => {
    const { live, errors } = setup();
    const reply = await live.handleLiveCallback(
      query('Live.CallbackAfterSomethingNew'),
      '{"CallbackCommand":"Live.CallbackAfterSomethingNew"}',
    );
    expect(reply.body).toEqual(OK);
    expect(errors.map((entry) => [entry.error.code, entry.ctx.command])).toEqual([['unknown_command', 'Live.CallbackAfterSomethingNew']]);
  });

  test('broken JSON answers 400 and tells onError', async () => {
    const { live, errors } = setup();
    const reply = await live.handleLiveCallback(query(ADMIN), '{"CallbackCommand": ');
    expect(reply.status).toBe(400);
    expect(reply.body.ErrorInfo).toBe('invalid_json');
    expect(errors[0]?.error.code).toBe('invalid_json');
  });

  test('the query command is used only when the body has none', async () => {
    const { live } = setup();
    const seen = vi.fn();
    live.on(ADMIN, (event) => seen(event.CallbackCommand));
    const { CallbackCommand: _, ...withoutCommand } = JSON.parse(body(ADMIN)) as Record<string, unknown>;
    await live.handleLiveCallback(query(ADMIN), JSON.stringify(withoutCommand));
    await live.handleLiveCallback(query('Live.CallbackAfterCreateRoom'), body(ADMIN));
    expect(seen.mock.calls).toEqual([[ADMIN], [ADMIN]]);
  });

  test('on() with a command this version does not know fails at registration', () => {
    const { live } = setup();
    // @ts-expect-error not a known command
    expect(() => live.on('Live.CallbackAfterCreateRom', () => undefined)).toThrow(/unknown command/);
  });

  test('on() accepts a documented alias and registers the canonical command', async () => {
    const { live } = setup();
    const handler = vi.fn();
    // @ts-expect-error aliases are not part of the typed API, but JavaScript callers may use them
    live.on('Live.CallbackMemberStateChanged', handler);
    await live.handleLiveCallback(query('Live.CallbackAfterMemberStateChanged'), body('Live.CallbackAfterMemberStateChanged'));
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
