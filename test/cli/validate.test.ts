import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LIVE_CALLBACK_COMMANDS } from '../../src/index.js';
import { fixtures } from '../../src/testing/index.js';
import { jsonLines, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tlw-validate-'));
const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('tencent-live-webhooks validate', () => {
  test('a good payload file passes (exit 0)', async () => {
    const { code, stdout } = await runCli(['validate', `${FIXTURES}Live.CallbackBeforeSendGift.json`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^valid +\S+Live\.CallbackBeforeSendGift\.json Live\.CallbackBeforeSendGift room=live_lily_0412 by=viewer_8841$/m,
    );
    expect(stdout).toContain('1 payload: 1 valid, 0 invalid');
  });

  test('an array of every fixture passes, and several files are checked together', async () => {
    const all = file('all.json', JSON.stringify(Object.values(fixtures), null, 2));
    const { code, stdout } = await runCli(['validate', all, `${FIXTURES}Live.CallbackAfterCreateRoom.json`]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${all}[0]`);
    expect(stdout).toContain(`${LIVE_CALLBACK_COMMANDS.length + 1} payloads: ${LIVE_CALLBACK_COMMANDS.length + 1} valid, 0 invalid`);
  });

  test('a bad JSON Lines file: each issue with its path and line, exit 1', async () => {
    const gift = {
      ...fixtures['Live.CallbackBeforeSendGift'],
      GiftWater: { ...fixtures['Live.CallbackBeforeSendGift'].GiftWater, Count: 'two' },
    };
    const bad = file(
      'bad.jsonl',
      [
        JSON.stringify(fixtures['Live.CallbackAfterCreateRoom']),
        JSON.stringify(gift),
        '{"CallbackCommand":"Live.CallbackAfterModifyAdmin","RoomId":"r"}',
        'not json',
        '{"CallbackCommand":"Live.CallbackAfterSomethingNew"}',
      ].join('\n'),
    );
    const { code, stdout } = await runCli(['validate', bad]);
    expect(code).toBe(1);
    expect(stdout).toContain(`valid   ${bad}:1 Live.CallbackAfterCreateRoom`);
    expect(stdout).toMatch(
      new RegExp(
        `invalid ${bad}:2 Live\\.CallbackBeforeSendGift .*\\n {4}GiftWater\\.Count: Invalid type: Expected number but received "two"`,
      ),
    );
    expect(stdout).toMatch(/:3 Live\.CallbackAfterModifyAdmin room=r\n {4}Admin_Account: .*\n {4}opType: /);
    expect(stdout).toMatch(/:4 \(no command\)\n {4}the request body is not valid UTF-8 JSON/);
    expect(stdout).toMatch(/:5 Live\.CallbackAfterSomethingNew\n {4}Live\.CallbackAfterSomethingNew is not a command this version knows/);
    expect(stdout).toContain('5 payloads: 1 valid, 4 invalid');
  });

  test('requests saved by listen are checked by their body; the query names the command when the body does not', async () => {
    const { CallbackCommand: _, ...withoutCommand } = fixtures['Live.CallbackAfterDelMetadata'];
    const line = (body: object) =>
      JSON.stringify({
        method: 'POST',
        query: 'SdkAppid=1&CallbackCommand=Live.CallbackAfterDelMetadata',
        headers: {},
        body: JSON.stringify(body),
      });
    const saved = file('saved.jsonl', `${line(withoutCommand)}\n${line({ ...withoutCommand, Keys: 'k' })}\n`);
    const { code, stdout } = await runCli(['validate', saved]);
    expect(code).toBe(1);
    expect(stdout).toContain(`valid   ${saved}:1 Live.CallbackAfterDelMetadata room=live_lily_0412`);
    expect(stdout).toMatch(new RegExp(`invalid ${saved}:2 Live\\.CallbackAfterDelMetadata .*\\n {4}Keys: `));
  });

  test('- reads stdin; --json gives one object per payload with its issues', async () => {
    const { code, stdout } = await runCli(['validate', '-', '--json'], {
      stdin: '{"CallbackCommand":"Live.CallbackAfterDelMetadata","RoomId":7}',
    });
    expect(code).toBe(1);
    const [record, summary] = jsonLines(stdout);
    expect(record).toMatchObject({ where: '-', command: 'Live.CallbackAfterDelMetadata', valid: false, fields: { room: '7' } });
    expect(record?.issues).toContainEqual({ path: 'RoomId', message: 'Invalid type: Expected string but received 7' });
    expect(summary).toEqual({ summary: { total: 1, valid: 0, invalid: 1 } });
  });

  test('a file that cannot be read, or none at all, exits 2', async () => {
    expect(await runCli(['validate', join(dir, 'nope.json')])).toMatchObject({ code: 2, stderr: expect.stringContaining('ENOENT') });
    expect(await runCli(['validate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('missing the file to check') });
  });

  test('colour on a pipe only with FORCE_COLOR, and never with NO_COLOR', async () => {
    const path = `${FIXTURES}Live.CallbackBeforeSendGift.json`;
    expect((await runCli(['validate', path], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[32mvalid');
    expect((await runCli(['validate', path], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(['validate', path])).stdout).not.toContain('\u001b[');
  });
});
