import { defineConfig } from 'tsup';

/*
 * Two builds. The library: every public subpath (package.json "exports" lists the same names), as
 * ESM and CJS with types. The CLI: only ever run through `bin`, so one ESM file, no types.
 * No source maps: dist/ is unminified, readable code, and the maps were half the package's size.
 */
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      node: 'src/adapters/node.ts',
      express: 'src/adapters/express.ts',
      koa: 'src/adapters/koa.ts',
      fastify: 'src/adapters/fastify.ts',
      nest: 'src/adapters/nest.ts',
      fetch: 'src/adapters/fetch.ts',
      testing: 'src/testing/index.ts',
      redis: 'src/delivery/redis.ts',
      bullmq: 'src/delivery/bullmq.ts',
      catalogue: 'src/catalogue/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    // valibot's functions are bundled, only those the library uses: Node then loads and compiles a few
    // kB instead of valibot's whole 200 kB file, about two thirds of a cold import (npm run bench).
    // The types still come from the valibot package, which stays a dependency.
    noExternal: ['valibot'],
    // The two builds run in parallel: keep the CLI's file, which the other build may write first.
    clean: ['!cli.js'],
    target: 'node20',
    splitting: true,
    treeshake: true,
    // Frameworks, Redis clients and BullMQ are optional peers: never bundled, only ever imported by the user's own app.
    external: ['express', 'koa', 'fastify', /^@nestjs\//, 'reflect-metadata', 'rxjs', 'bullmq', 'ioredis', 'redis'],
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    treeshake: true,
  },
]);
