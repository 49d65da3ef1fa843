// `npm run size`: minified + gzipped size of the core entry, as a bundler would ship it for an app
// that uses the dispatcher and the schemas. Counted with valibot bundled (what a user pays) and
// without it (this library's own code). esbuild + zlib, as TOOLCHAIN.md describes.
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const ENTRIES = {
  'everything in the core': "export * from './dist/index.js'",
  'createLiveCallbacks only': "export { createLiveCallbacks } from './dist/index.js'",
  'parseLiveCallback only': "export { parseLiveCallback } from './dist/index.js'",
};

for (const [name, contents] of Object.entries(ENTRIES)) {
  for (const external of [[], ['valibot']]) {
    const result = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      platform: 'neutral',
      external,
    });
    const code = Buffer.from(result.outputFiles[0].contents);
    const label = `${name}, ${external.length ? 'valibot external' : 'valibot bundled'}`;
    console.log(
      `${label.padEnd(52)} min ${String(code.length).padStart(6)} B  gzip ${String(gzipSync(code, { level: 9 }).length).padStart(6)} B  brotli ${String(brotliCompressSync(code).length).padStart(6)} B`,
    );
  }
}
