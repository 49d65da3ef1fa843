import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LIVE_CALLBACK_DOCS } from '../../src/catalogue/index.js';
import type { LiveCallbackCommand } from '../../src/index.js';
import { runCli } from './run-cli.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Each command and flags its --help must list. */
const HELP = {
  send: ['--url', '--sdk-app-id', '--token', '--chat-token', '--data', '--set', '--json'],
  listen: ['--port', '--host', '--sdk-app-id', '--token', '--chat-token', '--save', '--forward-to', '--json'],
  replay: ['--url', '--sdk-app-id', '--token', '--chat-token', '--filter', '--rate', '--json'],
  validate: ['--json'],
  demo: [],
  commands: ['--json'],
} as const;

describe('tencent-live-webhooks usage', () => {
  test('--version prints the package version', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect((await runCli(['-v'])).stdout).toBe(`${version}\n`);
  });

  test('--help lists every command and the environment variables', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const command of Object.keys(HELP)) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    for (const variable of ['LIVE_SDK_APP_ID', 'TENCENT_SDK_APP_ID', 'LIVE_CALLBACK_TOKEN', 'CHAT_CALLBACK_TOKEN', 'NO_COLOR']) {
      expect(stdout).toContain(variable);
    }
  });

  test.each(Object.entries(HELP))('%s --help shows its usage and every flag, and exits 0', async (command, flags) => {
    for (const args of [
      [command, '--help'],
      [command, '-h'],
      ['help', command],
    ]) {
      const { code, stdout } = await runCli(args);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: tencent-live-webhooks ${command}\\b`));
      for (const flag of flags) expect(stdout).toContain(flag);
    }
  });

  test('no command prints the usage and exits 2', async () => {
    const { code, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: tencent-live-webhooks <command>');
  });

  test('an unknown command exits 2 with the closest one', async () => {
    const { code, stderr } = await runCli(['sned', 'all']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command sned. Did you mean send?');
    expect((await runCli(['--verison'])).stderr).toContain('Did you mean --version?');
  });

  test.each([
    ['--sdk-appid', '--sdk-app-id'],
    ['--tokn', '--token'],
    ['--ur', '--url'],
  ])('send %s is refused (exit 2) with "did you mean %s"', async (typo, flag) => {
    const { code, stderr, stdout } = await runCli(['send', 'all', typo, 'x', '--url', 'http://127.0.0.1:1/', '--sdk-app-id', '1400000000']);
    expect(code).toBe(2);
    expect(stderr).toContain(`unknown option ${typo}. Did you mean ${flag}?`);
    expect(stdout).toBe('');
  });

  test('a flag close to nothing is refused without a guess; so is a flag of another command', async () => {
    const verbose = await runCli(['send', 'all', '--verbos', '--url', 'http://127.0.0.1:1/', '--sdk-app-id', '1400000000']);
    expect(verbose.code).toBe(2);
    expect(verbose.stderr).toContain('unknown option --verbos.');
    expect(verbose.stderr).not.toContain('Did you mean');
    expect(verbose.stderr).toContain('tencent-live-webhooks send --help');
    const port = await runCli(['validate', 'x.json', '--port', '1']);
    expect([port.code, port.stderr.includes('unknown option --port')]).toEqual([2, true]);
  });

  test('a flag without its value, a value for a boolean flag and extra arguments exit 2', async () => {
    expect((await runCli(['send', 'all', '--sdk-app-id', '1400000000', '--url'])).code).toBe(2);
    expect((await runCli(['commands', '--json=yes'])).code).toBe(2);
    const extra = await runCli(['send', 'a', 'b', '--url', 'http://127.0.0.1:1/', '--sdk-app-id', '1400000000']);
    expect([extra.code, extra.stderr]).toEqual([2, expect.stringContaining('unexpected argument: b')]);
  });

  test('commands lists every command; --json adds source, phase and the texts of tencent-live-webhooks/catalogue', async () => {
    const { code, stdout } = await runCli(['commands']);
    const names = stdout.trim().split('\n');
    expect(code).toBe(0);
    expect(names).toContain('Live.CallbackBeforeSendGift');
    const rows = (await runCli(['commands', '--json'])).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => row.command)).toEqual(names);
    expect(rows.find((row) => row.command === 'Live.CallbackBeforeSendGift')).toMatchObject({ source: 'live', phase: 'before' });
    expect(rows.find((row) => row.command === 'Group.CallbackAfterSendMsg')).toMatchObject({ source: 'chat', phase: 'after' });
    for (const row of rows) expect(row, String(row.command)).toMatchObject(LIVE_CALLBACK_DOCS[row.command as LiveCallbackCommand]);
  });
});
