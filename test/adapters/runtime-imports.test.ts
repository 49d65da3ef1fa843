import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/*
 * What each public entry loads at run time, read from esbuild's bundle graph of the sources with
 * every package left external: the bare specifiers that survive are exactly what `import` would
 * load. Type-only imports vanish, so a framework that shows up here is a real runtime import.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FRAMEWORKS = /^(express|koa|fastify|hono|@hono\/|@koa\/|@nestjs\/|reflect-metadata|rxjs)/;

async function bundleOf(entry: string) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  return result.metafile;
}

async function runtimeImportsOf(entry: string): Promise<string[]> {
  const output = Object.values((await bundleOf(entry)).outputs)[0];
  return [...new Set((output?.imports ?? []).filter((item) => item.external).map((item) => item.path))].sort();
}

/** The source files an entry's bundle holds. */
async function sourcesOf(entry: string): Promise<string[]> {
  return Object.keys((await bundleOf(entry)).inputs);
}

describe('runtime imports of each entry', () => {
  test('the core loads valibot and nothing else: no framework, no node: module', async () => {
    expect(await runtimeImportsOf('src/index.ts')).toEqual(['valibot']);
  });

  test("the core holds no command texts: they are the catalogue subpath's, which loads neither valibot nor the table", async () => {
    const texts = (path: string) => path.endsWith('/docs.ts');
    expect((await sourcesOf('src/index.ts')).filter(texts)).toEqual([]);
    const catalogue = await sourcesOf('src/catalogue/index.ts');
    expect(catalogue).toContain('src/catalogue/docs.ts');
    expect(catalogue.filter((path) => path.endsWith('/commands.ts'))).toEqual([]);
    expect(await runtimeImportsOf('src/catalogue/index.ts')).toEqual([]);
  });

  test('the fetch adapter runs on web APIs only', async () => {
    const imports = await runtimeImportsOf('src/adapters/fetch.ts');
    expect(imports.filter((specifier) => FRAMEWORKS.test(specifier) || specifier.startsWith('node:'))).toEqual([]);
  });

  test('the Redis store loads no Redis client: it uses the one the app passes', async () => {
    expect(await runtimeImportsOf('src/delivery/redis.ts')).toEqual([]);
  });

  test('the BullMQ subpath loads bullmq and nothing else', async () => {
    expect(await runtimeImportsOf('src/delivery/bullmq.ts')).toEqual(['bullmq']);
  });

  test.each(['node', 'express', 'koa', 'fastify'])('the %s adapter imports its framework as types only', async (name) => {
    const imports = await runtimeImportsOf(`src/adapters/${name}.ts`);
    expect(imports.filter((specifier) => FRAMEWORKS.test(specifier))).toEqual([]);
  });
});
