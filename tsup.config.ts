import { defineConfig } from 'tsup';

// Every public subpath is one entry (package.json "exports" lists the same names).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    node: 'src/adapters/node.ts',
    express: 'src/adapters/express.ts',
    koa: 'src/adapters/koa.ts',
    fastify: 'src/adapters/fastify.ts',
    nest: 'src/adapters/nest.ts',
    fetch: 'src/adapters/fetch.ts',
    testing: 'src/testing/index.ts',
    cli: 'src/cli/bin.ts',
  },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
  // Frameworks are optional peers: never bundled, only ever imported by the user's own app.
  external: ['express', 'koa', 'fastify', /^@nestjs\//, 'reflect-metadata', 'rxjs'],
});
