#!/usr/bin/env node
// The `tencent-live-webhooks` command (see main.ts).
import { main } from './main.js';

// `tencent-live-webhooks ... | head` closes the pipe early: stop quietly, as other commands do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
