/*
 * The texts of the command table: where Tencent documents each command and what it is. They sit
 * beside each family's rows (src/callbacks/<family>/docs.ts), not in them, because nothing at run time
 * reads them: only the README's table, the JSON Schemas and OpenAPI document, and the CLI's
 * `commands --json`. Kept apart, they stay out of the core bundle.
 */

/** Where Tencent documents a command, and when it sends it: for the README, the schemas and the CLI. */
export interface CommandDocs {
  /** Tencent doc page, as `product/page` of https://www.tencentcloud.com/document/product/. */
  readonly doc: string;
  /** One line: when Tencent sends it. */
  readonly summary: string;
}

/**
 * A family's texts: one `CommandDocs` per command of its rows (`TRows`, the type of its
 * `*_COMMANDS`). Used as `{ ... } as const satisfies FamilyDocs<typeof LIVE_COMMANDS>`: a command
 * left out fails as a missing key, a command that is not a row fails as an excess key.
 */
export type FamilyDocs<TRows> = { readonly [C in keyof TRows]: CommandDocs };
