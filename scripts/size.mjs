// `npm run size`: minified + gzipped size of the core entry, as a bundler would ship it for an app
// that uses the dispatcher and the schemas. Counted with valibot bundled (what a user pays, from
// dist/, which carries the valibot functions it uses) and without it (this library's own code, from
// the sources with valibot left external). esbuild + zlib, as TOOLCHAIN.md describes.
// bench/bench.mjs prints the first line too (`coreSizes`), for any build directory.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** What an app imports, from the built core or from the sources. */
const ENTRIES = {
  'everything in the core': (from) => `export * from "${from}"`,
  'createLiveCallbacks only': (from) => `export { createLiveCallbacks } from "${from}"`,
  'parseLiveCallback only': (from) => `export { parseLiveCallback } from "${from}"`,
};
const BUILT = './dist/index.js';
const SOURCES = './src/index.ts';

/** Bytes of one entry's bundle, minified, gzipped (level 9) and brotli'd; `root` holds dist/. */
export async function bundleSize(contents, { root = process.cwd(), external = [] } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
    external,
    // dist/index.js imports a chunk for its side effects, which "sideEffects": false lets esbuild drop; nothing is lost.
    logLevel: 'error',
  });
  const code = Buffer.from(result.outputFiles[0].contents);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
}

/** The whole core's min+gzip, with valibot bundled and without. */
export async function coreSizes(root = process.cwd()) {
  return {
    bundled: await bundleSize(ENTRIES['everything in the core'](BUILT), { root }),
    own: await bundleSize(ENTRIES['everything in the core'](SOURCES), { root, external: ['valibot'] }),
  };
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    for (const external of [[], ['valibot']]) {
      const { min, gzip, brotli } = await bundleSize(entry(external.length ? SOURCES : BUILT), { external });
      const label = `${name}, ${external.length ? 'valibot external' : 'valibot bundled'}`;
      console.log(
        `${label.padEnd(52)} min ${String(min).padStart(6)} B  gzip ${String(gzip).padStart(6)} B  brotli ${String(brotli).padStart(6)} B`,
      );
    }
  }
}
